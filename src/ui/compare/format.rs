//! Text helpers of the compare page: signed amounts and percentages, and template filling. They
//! only format engine figures; nothing is computed here.

use crate::engine::money::Money;
use crate::engine::money_text::{format_percent, DisplayUnit};
use rust_decimal::Decimal;

pub use crate::engine::template::fill;

/// An amount with its sign, `+380 000` or `−95 000`; a value that shows as zero has no sign.
pub fn signed_amount(unit: DisplayUnit, amount: Money) -> String {
    with_plus(unit.format_plain(amount.amount()), amount.amount())
}

/// A ratio as a signed percentage with one decimal, `+6,0 %`.
pub fn signed_percent(ratio: Decimal) -> String {
    with_plus(format_percent(ratio, 1), ratio)
}

/// A share such as a recommendation, `20 %`, or with one decimal when it has one, `17,5 %`.
pub fn share_percent(ratio: Decimal) -> String {
    let whole = (ratio * Decimal::ONE_HUNDRED).fract().is_zero();
    format_percent(ratio, if whole { 0 } else { 1 })
}

fn with_plus(text: String, value: Decimal) -> String {
    let shows_zero = !text.chars().any(|c| c.is_ascii_digit() && c != '0');
    if value > Decimal::ZERO && !shows_zero {
        format!("+{text}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_every_named_placeholder() {
        let text = fill("{b} mot {a} ({b})", &[("a", "A"), ("b", "B")]);
        assert_eq!(text, "B mot A (B)");
    }

    #[test]
    fn signs_positive_amounts_and_leaves_zero_bare() {
        let kr = DisplayUnit::Kr;
        assert_eq!(signed_amount(kr, Money::from_kr(380_000)), "+380\u{a0}000");
        assert_eq!(
            signed_amount(kr, Money::from_kr(-95_000)),
            "\u{2212}95\u{a0}000"
        );
        assert_eq!(signed_amount(kr, Money::ZERO), "0");
        assert_eq!(signed_amount(DisplayUnit::Tkr, Money::from_kr(400)), "0");
        assert_eq!(
            signed_amount(DisplayUnit::Tkr, Money::from_kr(380_000)),
            "+380"
        );
    }

    #[test]
    fn percentages_have_one_decimal_and_a_sign() {
        assert_eq!(signed_percent(Decimal::new(60_317, 6)), "+6,0\u{a0}%");
        assert_eq!(signed_percent(Decimal::new(-5, 2)), "\u{2212}5,0\u{a0}%");
        assert_eq!(share_percent(Decimal::new(20, 2)), "20\u{a0}%");
        assert_eq!(share_percent(Decimal::new(175, 3)), "17,5\u{a0}%");
    }
}
