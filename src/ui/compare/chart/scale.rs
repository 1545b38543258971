//! Chart geometry: a linear scale from kronor to SVG x coordinates, with round tick values.
//! Floating point is used here for drawing only; no figure shown as text comes from it.

use crate::engine::money::Money;
use rust_decimal::prelude::ToPrimitive;

/// An amount as a coordinate input (geometry only, never displayed).
pub fn to_f64(amount: Money) -> f64 {
    amount.amount().to_f64().unwrap_or(0.0)
}

/// A linear scale over `[lo, hi]` kronor drawn from `left` over `width` units.
#[derive(Debug, Clone, PartialEq)]
pub struct Scale {
    lo: f64,
    hi: f64,
    left: f64,
    width: f64,
    step: i64,
}

impl Scale {
    /// A scale that covers zero and every value, widened to whole tick steps.
    pub fn covering(values: &[f64], left: f64, width: f64) -> Scale {
        let finite = values.iter().copied().filter(|v| v.is_finite());
        let min = finite.clone().fold(0.0_f64, f64::min);
        let max = finite.fold(0.0_f64, f64::max);
        let step = nice_step((max - min) / 5.0);
        let s = step as f64;
        let lo = (min / s).floor() * s;
        let mut hi = (max / s).ceil() * s;
        if hi <= lo {
            hi = lo + s;
        }
        Scale {
            lo,
            hi,
            left,
            width,
            step,
        }
    }

    /// The x coordinate of `value` kronor.
    pub fn x(&self, value: f64) -> f64 {
        self.left + (value - self.lo) / (self.hi - self.lo) * self.width
    }

    /// The tick values in whole kronor, from the lowest to the highest.
    pub fn ticks(&self) -> Vec<i64> {
        let first = (self.lo / self.step as f64).round() as i64;
        let last = (self.hi / self.step as f64).round() as i64;
        (first..=last)
            .map(|k| k.saturating_mul(self.step))
            .collect()
    }
}

/// The smallest of 1, 2 or 5 × 10ⁿ kronor that is at least `raw` (at least 1).
pub fn nice_step(raw: f64) -> i64 {
    if !raw.is_finite() || raw <= 1.0 {
        return 1;
    }
    let magnitude = 10_f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * magnitude)
        .find(|candidate| *candidate >= raw)
        .unwrap_or(10.0 * magnitude);
    step.round().max(1.0) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_one_two_or_five_times_a_power_of_ten() {
        assert_eq!(nice_step(512_500.0), 1_000_000);
        assert_eq!(nice_step(170_000.0), 200_000);
        assert_eq!(nice_step(400_000.0), 500_000);
        assert_eq!(nice_step(0.0), 1);
    }

    #[test]
    fn the_lund_equity_scale_starts_at_zero_and_covers_the_largest_value() {
        let scale = Scale::covering(
            &[670_000.0, 1_050_000.0, 1_670_000.0, 2_050_000.0],
            100.0,
            400.0,
        );
        let ticks: Vec<i64> = (0..=5).map(|k| k * 500_000).collect();
        assert_eq!(scale.ticks(), ticks);
        assert!((scale.x(0.0) - 100.0).abs() < 1e-9);
        assert!((scale.x(2_500_000.0) - 500.0).abs() < 1e-9);
    }

    #[test]
    fn negative_values_move_zero_to_the_right() {
        let scale = Scale::covering(&[-910_000.0, 2_000_000.0], 0.0, 300.0);
        assert_eq!(scale.ticks().first(), Some(&-1_000_000));
        assert!(scale.x(0.0) > 0.0);
        let flat = Scale::covering(&[], 0.0, 100.0);
        assert_eq!(flat.ticks(), vec![0, 1]);
    }

    #[test]
    fn money_converts_for_geometry() {
        assert!((to_f64(Money::from_kr(1_670_000)) - 1_670_000.0).abs() < 1e-6);
    }
}
