//! Formatting amounts and ratios as Swedish text: `−1 565 000 kr`, `6 300 t kr`, `26,5 %`.

use rust_decimal::Decimal;

use super::round::{scaled_round, scaled_round_digits};
use super::{MAX_PERCENT_DECIMALS, MINUS_SIGN, NBSP};

/// Formats an amount of kronor in Swedish style: `5 028 000 kr`, `−1 565 000 kr`, `1 234,50 kr`.
///
/// The amount is first rounded to öre ([`round_ore`]). Whole kronor are shown without decimals,
/// anything else with exactly two decimals after a decimal comma. Groups of three digits and the
/// unit are separated by [`NBSP`]; negative amounts start with [`MINUS_SIGN`]; zero is `0 kr`.
///
/// [`round_ore`]: super::round_ore
///
/// ```
/// use finsam_planner::engine::money_text::format_kr;
/// use rust_decimal::Decimal;
/// assert_eq!(format_kr(Decimal::from(5_028_000)), "5\u{a0}028\u{a0}000\u{a0}kr");
/// assert_eq!(format_kr(Decimal::from(-1_565_000)), "\u{2212}1\u{a0}565\u{a0}000\u{a0}kr");
/// assert_eq!(format_kr(Decimal::new(123_450, 2)), "1\u{a0}234,50\u{a0}kr");
/// assert_eq!(format_kr(Decimal::ZERO), "0\u{a0}kr");
/// ```
#[must_use]
pub fn format_kr(amount: Decimal) -> String {
    let mut text = format_plain(amount);
    text.push(NBSP);
    text.push_str("kr");
    text
}

/// Formats an amount of kronor like [`format_kr`] but without the unit, for table cells whose
/// column header names the unit: `5 028 000`, `−408 000`, `1 234,50`.
///
/// ```
/// use finsam_planner::engine::money_text::format_plain;
/// use rust_decimal::Decimal;
/// assert_eq!(format_plain(Decimal::from(-408_000)), "\u{2212}408\u{a0}000");
/// assert_eq!(format_plain(Decimal::new(5, 1)), "0,50");
/// ```
#[must_use]
pub fn format_plain(amount: Decimal) -> String {
    let (negative, ore) = scaled_round(amount, 2);
    let kronor = ore / 100;
    let rest = ore % 100;
    let mut text = String::new();
    if negative {
        text.push(MINUS_SIGN);
    }
    text.push_str(&group_thousands(&kronor.to_string()));
    if rest != 0 {
        text.push(',');
        if rest < 10 {
            text.push('0');
        }
        text.push_str(&rest.to_string());
    }
    text
}

/// Formats an amount of kronor in thousands of kronor: `6 300 t kr`, `−1 566 t kr`.
///
/// The value is rounded to whole t kr with [`round_tkr`] (half away from zero: `1 565 500 kr` →
/// `1 566 t kr`). [`NBSP`] separates digit groups, the number from `t`, and `t` from `kr`.
///
/// [`round_tkr`]: super::round_tkr
///
/// ```
/// use finsam_planner::engine::money_text::format_tkr;
/// use rust_decimal::Decimal;
/// assert_eq!(format_tkr(Decimal::from(6_300_000)), "6\u{a0}300\u{a0}t\u{a0}kr");
/// assert_eq!(format_tkr(Decimal::from(-1_565_500)), "\u{2212}1\u{a0}566\u{a0}t\u{a0}kr");
/// ```
#[must_use]
pub fn format_tkr(amount: Decimal) -> String {
    let mut text = format_tkr_plain(amount);
    text.push(NBSP);
    text.push('t');
    text.push(NBSP);
    text.push_str("kr");
    text
}

/// [`format_tkr`] without the unit.
pub(super) fn format_tkr_plain(amount: Decimal) -> String {
    let (negative, thousands) = scaled_round(amount, -3);
    let mut text = String::new();
    if negative {
        text.push(MINUS_SIGN);
    }
    text.push_str(&group_thousands(&thousands.to_string()));
    text
}

/// Formats a ratio as a Swedish percentage with exactly `decimals` decimals: `0.265` → `26,5 %`.
///
/// The percentage is rounded with [`DISPLAY_ROUNDING`]; [`NBSP`] separates the number from `%`
/// (and groups the digits of very large percentages). `decimals` above [`MAX_PERCENT_DECIMALS`]
/// is treated as [`MAX_PERCENT_DECIMALS`]. A value that rounds to zero has no sign.
///
/// [`DISPLAY_ROUNDING`]: super::DISPLAY_ROUNDING
///
/// ```
/// use finsam_planner::engine::money_text::format_percent;
/// use rust_decimal::Decimal;
/// assert_eq!(format_percent(Decimal::new(265, 3), 1), "26,5\u{a0}%");
/// assert_eq!(format_percent(Decimal::new(-2, 1), 0), "\u{2212}20\u{a0}%");
/// // Lund 2016: closing equity 1 670 of contributions 6 300
/// let ratio = Decimal::from(1670) / Decimal::from(6300);
/// assert_eq!(format_percent(ratio, 1), "26,5\u{a0}%");
/// ```
#[must_use]
pub fn format_percent(ratio: Decimal, decimals: u32) -> String {
    let decimals = decimals.min(MAX_PERCENT_DECIMALS);
    let shift = 2 + i32::try_from(decimals).unwrap_or(0); // at most 12
    let (negative, digits) = scaled_round_digits(ratio, shift);
    let width = decimals as usize + 1;
    let padded = format!("{digits:0>width$}");
    let (whole, fraction) = padded
        .split_at_checked(padded.len().saturating_sub(decimals as usize))
        .unwrap_or((padded.as_str(), ""));
    let mut text = String::new();
    if negative {
        text.push(MINUS_SIGN);
    }
    text.push_str(&group_thousands(whole));
    if !fraction.is_empty() {
        text.push(',');
        text.push_str(fraction);
    }
    text.push(NBSP);
    text.push('%');
    text
}

/// Inserts [`NBSP`] between groups of three digits, counted from the right. `digits` is ASCII.
fn group_thousands(digits: &str) -> String {
    let len = digits.chars().count();
    let mut text = String::with_capacity(digits.len() + len / 3 * 2);
    for (index, c) in digits.chars().enumerate() {
        if index > 0 && (len - index).is_multiple_of(3) {
            text.push(NBSP);
        }
        text.push(c);
    }
    text
}

/// A share as a percentage with only the decimals it needs: 0.20 → "20 %", 0.125 → "12,5 %".
pub fn format_share(share: Decimal) -> String {
    let decimals = share.normalize().scale().saturating_sub(2);
    format_percent(share, decimals)
}
