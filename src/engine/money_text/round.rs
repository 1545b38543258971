//! Display rounding: amounts to whole öre or whole t kr, exactly, working on the decimal mantissa.

use rust_decimal::Decimal;

use super::DISPLAY_ROUNDING;

/// Rounds an amount of kronor to whole öre (2 decimals) with [`DISPLAY_ROUNDING`]. Every `kr`
/// display ([`format_kr`], [`format_plain`]) shows exactly this value.
///
/// [`format_kr`]: super::format_kr
/// [`format_plain`]: super::format_plain
///
/// ```
/// use finsam_planner::engine::money_text::round_ore;
/// use rust_decimal::Decimal;
/// assert_eq!(round_ore(Decimal::new(12345, 3)), Decimal::new(1235, 2)); // 12,345 → 12,35
/// assert_eq!(round_ore(Decimal::new(-12345, 3)), Decimal::new(-1235, 2)); // −12,345 → −12,35
/// ```
#[must_use]
pub fn round_ore(amount: Decimal) -> Decimal {
    amount
        .round_dp_with_strategy(2, DISPLAY_ROUNDING)
        .normalize()
}

/// Rounds an amount of kronor to whole thousands and returns the number of thousands, with
/// [`DISPLAY_ROUNDING`] applied once to the exact value (no rounding to öre first). This is what
/// [`format_tkr`] shows.
///
/// [`format_tkr`]: super::format_tkr
///
/// ```
/// use finsam_planner::engine::money_text::round_tkr;
/// use rust_decimal::Decimal;
/// assert_eq!(round_tkr(Decimal::from(1_565_500)), Decimal::from(1_566));
/// assert_eq!(round_tkr(Decimal::from(-1_565_500)), Decimal::from(-1_566));
/// assert_eq!(round_tkr(Decimal::from(1_565_499)), Decimal::from(1_565));
/// ```
#[must_use]
pub fn round_tkr(amount: Decimal) -> Decimal {
    let (negative, magnitude) = scaled_round(amount, -3);
    // `magnitude` is at most |mantissa| / 1000 + 1 < 2^96, so it always fits; the fallback is unreachable.
    let value = i128::try_from(magnitude).unwrap_or(0);
    let signed = if negative { -value } else { value };
    Decimal::try_from_i128_with_scale(signed, 0).unwrap_or(Decimal::ZERO)
}

/// `round(|amount| × 10^shift)` with [`DISPLAY_ROUNDING`], as an integer, and whether the
/// rounded value is negative (never true for zero). Exact: works on the mantissa, no division
/// of decimals. For `shift` ≤ 2 the result always fits a `u128`; larger shifts saturate, so
/// callers that need them use [`scaled_round_digits`].
pub(super) fn scaled_round(amount: Decimal, shift: i32) -> (bool, u128) {
    let (negative, digits) = scaled_round_digits(amount, shift);
    (negative, digits.parse::<u128>().unwrap_or(u128::MAX))
}

/// Like [`scaled_round`], but returns the decimal digits of the rounded magnitude, so that any
/// shift works without overflow.
pub(super) fn scaled_round_digits(amount: Decimal, shift: i32) -> (bool, String) {
    let magnitude = amount.mantissa().unsigned_abs();
    let exponent = shift - i32::try_from(amount.scale()).unwrap_or(0); // scale ≤ 28
    let rounded = if exponent >= 0 {
        if magnitude == 0 {
            "0".to_string()
        } else {
            let mut digits = magnitude.to_string();
            digits.extend(std::iter::repeat_n('0', exponent.unsigned_abs() as usize));
            digits
        }
    } else {
        match 10_u128.checked_pow(exponent.unsigned_abs()) {
            Some(divisor) => {
                let quotient = magnitude / divisor;
                let remainder = magnitude % divisor;
                // Half away from zero on the magnitude: round up when remainder ≥ divisor / 2.
                let up = remainder >= divisor - remainder;
                (quotient + u128::from(up)).to_string()
            }
            // The divisor exceeds u128, far above any mantissa (< 2^96): rounds to zero.
            None => "0".to_string(),
        }
    };
    let negative = amount.is_sign_negative() && rounded != "0";
    (negative, rounded)
}
