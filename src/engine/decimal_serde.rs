//! Strict string (de)serialization of decimals: amounts and ratios are JSON strings, never JSON numbers.
//!
//! Use with `#[serde(with = "crate::engine::decimal_serde")]` on a `Decimal` field. A JSON number is
//! rejected on input (serde_json would otherwise pass it through a binary float and lose digits).

use rust_decimal::Decimal;
use serde::{de, Deserializer, Serializer};

/// The published schema's type for a field written by this module (`schemars(with = "…DecimalText")`).
#[cfg(test)]
pub struct DecimalText;

text_schema!(
    DecimalText,
    "Decimal",
    "An exact decimal number written as a string of digits with an optional minus sign and decimal point, \
     e.g. \"0.20\"; never a JSON number.",
    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
);

/// Writes a decimal as a plain string such as `"1257000"` or `"0.20"`.
pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// Reads a decimal from a plain string; JSON numbers and exponent notation are rejected.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    deserializer.deserialize_str(PlainDecimalVisitor)
}

struct PlainDecimalVisitor;

impl de::Visitor<'_> for PlainDecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a decimal number written as a string, e.g. \"1257000\" or \"-12.50\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Decimal, E> {
        parse_plain_decimal(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}

/// Parses `-?digits(.digits)?` exactly (no spaces, signs other than a leading `-`, exponents or
/// underscores); `None` if the text has another shape or more digits than a `Decimal` holds.
pub fn parse_plain_decimal(text: &str) -> Option<Decimal> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(whole) || !fraction.is_none_or(all_digits) {
        return None;
    }
    Decimal::from_str_exact(text).ok()
}
