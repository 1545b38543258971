//! Scanning the number in an amount text: digit grouping, the decimal mark, and the exact
//! conversion of the digits written to öre.

use rust_decimal::Decimal;

use super::chars::{is_decimal_mark, is_group_separator};
use super::ParseAmountError;

/// [`MAX_PARSED_AMOUNT`] in öre.
///
/// [`MAX_PARSED_AMOUNT`]: super::MAX_PARSED_AMOUNT
const MAX_ABS_ORE: i128 = 100_000_000_000_000_000;

/// The digits of an amount as written, before its unit is known.
pub(super) struct ScannedNumber {
    /// The digits before the decimal mark (0 if there are none).
    int_value: i128,
    /// The digits after the decimal mark, as an integer.
    frac_value: i128,
    /// How many digits were written after the decimal mark.
    frac_digits: u32,
    /// Some digit sequence did not fit an `i128`.
    overflow: bool,
    /// Index just after the last character of the number.
    pub(super) end: usize,
}

impl ScannedNumber {
    /// The amount in kronor once the unit (10^`exponent` kr) and the sign are known: checks that it
    /// is whole öre, judged on the digits written, and not larger than [`MAX_PARSED_AMOUNT`].
    ///
    /// [`MAX_PARSED_AMOUNT`]: super::MAX_PARSED_AMOUNT
    pub(super) fn to_decimal(
        &self,
        exponent: u32,
        negative: bool,
    ) -> Result<Decimal, ParseAmountError> {
        let max_decimals = exponent + 2;
        if self.frac_digits > max_decimals {
            return Err(ParseAmountError::TooManyDecimals { max_decimals });
        }
        if self.overflow {
            return Err(ParseAmountError::TooLarge);
        }
        let ore = 10_i128
            .checked_pow(self.frac_digits)
            .and_then(|p| self.int_value.checked_mul(p))
            .and_then(|v| v.checked_add(self.frac_value))
            .and_then(|v| {
                10_i128
                    .checked_pow(max_decimals - self.frac_digits)
                    .and_then(|p| v.checked_mul(p))
            })
            .filter(|v| *v <= MAX_ABS_ORE)
            .ok_or(ParseAmountError::TooLarge)?;
        let signed = if negative { -ore } else { ore };
        Decimal::try_from_i128_with_scale(signed, 2)
            .map(|d| d.normalize())
            .map_err(|_| ParseAmountError::TooLarge)
    }
}

/// Appends a decimal digit to `value`, or records the overflow.
fn push_digit(value: &mut i128, digit: u32, overflow: &mut bool) {
    match value
        .checked_mul(10)
        .and_then(|v| v.checked_add(i128::from(digit)))
    {
        Some(v) => *value = v,
        None => *overflow = true,
    }
}

/// Scans the number that starts at `chars[start]` (a digit, or a decimal mark before a digit) and
/// checks its grouping and decimal mark. Stops at the first character that cannot continue it.
pub(super) fn scan_number(
    chars: &[char],
    start: usize,
    end: usize,
) -> Result<ScannedNumber, ParseAmountError> {
    // Nothing at or after `end` belongs to the number.
    let chars = chars.get(..end).unwrap_or(chars);
    let mut number = ScannedNumber {
        int_value: 0,
        frac_value: 0,
        frac_digits: 0,
        overflow: false,
        end: start,
    };
    let after_integer = scan_integer(chars, start, &mut number)?;
    number.end = scan_fraction(chars, after_integer, &mut number)?;
    Ok(number)
}

/// Integer part: digits, grouped in threes by single separators. Returns the index just after it.
fn scan_integer(
    chars: &[char],
    start: usize,
    number: &mut ScannedNumber,
) -> Result<usize, ParseAmountError> {
    let at = |i: usize| chars.get(i).copied();
    let mut i = start;
    let mut group_len = 0usize;
    let mut last_sep: Option<usize> = None;
    while let Some(c) = at(i) {
        if let Some(d) = c.to_digit(10) {
            push_digit(&mut number.int_value, d, &mut number.overflow);
            group_len += 1;
        } else if is_group_separator(c) && at(i + 1).is_some_and(|n| n.is_ascii_digit()) {
            check_group(last_sep, group_len, i)?;
            last_sep = Some(i);
            group_len = 0;
        } else {
            break;
        }
        i += 1;
    }
    if let Some(sep) = last_sep.filter(|_| group_len != 3) {
        return Err(ParseAmountError::MisplacedSeparator { position: sep + 1 });
    }
    Ok(i)
}

/// Checks the digit group that ends at the separator `chars[sep]`: the first group has 1–3 digits,
/// every later one exactly 3. `last_sep` is the separator before the group, if any.
fn check_group(
    last_sep: Option<usize>,
    group_len: usize,
    sep: usize,
) -> Result<(), ParseAmountError> {
    let misplaced = match last_sep {
        None if !(1..=3).contains(&group_len) => Some(sep),
        Some(previous) if group_len != 3 => Some(previous),
        _ => None,
    };
    match misplaced {
        Some(position) => Err(ParseAmountError::MisplacedSeparator {
            position: position + 1,
        }),
        None => Ok(()),
    }
}

/// Fraction part: a decimal mark at `chars[i]` followed by digits (no grouping inside). Returns
/// the index just after the number; a mark without a digit after it is left for the unit.
fn scan_fraction(
    chars: &[char],
    mut i: usize,
    number: &mut ScannedNumber,
) -> Result<usize, ParseAmountError> {
    let at = |i: usize| chars.get(i).copied();
    if let Some(mark) = at(i).filter(|&c| is_decimal_mark(c)) {
        if at(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            let mark_pos = i;
            i += 1;
            while let Some(d) = at(i).and_then(|c| c.to_digit(10)) {
                push_digit(&mut number.frac_value, d, &mut number.overflow);
                number.frac_digits = number.frac_digits.saturating_add(1);
                i += 1;
            }
            let second_mark =
                at(i).is_some_and(is_decimal_mark) && at(i + 1).is_some_and(|c| c.is_ascii_digit());
            if second_mark || (mark == '.' && number.frac_digits == 3) {
                return Err(ParseAmountError::AmbiguousSeparator {
                    ch: mark,
                    position: mark_pos + 1,
                });
            }
        }
    }
    Ok(i)
}
