//! Splits a whole-kronor amount by weights into whole kronor with the largest-remainder method,
//! so the parts always add up to the amount and each part is within 1 kr of its exact share.

use crate::engine::error::EngineError;
use crate::engine::money::Money;
use crate::engine::ordered::sort_positions;
use rust_decimal::prelude::{FromPrimitive, ToPrimitive};

/// Splits `total` (whole kronor, ≥ 0) in proportion to `weights`.
///
/// Each party first gets `floor(total · w_i / W)`; the kronor left over go, one each, to the
/// parties with the largest remainders (ties: the earlier party). Hence `Σ parts = total` and
/// `|part_i − total · w_i / W| < 1`. All arithmetic is exact integer arithmetic.
///
/// ```
/// use finsam_planner::engine::funding::split_largest_remainder;
/// use finsam_planner::engine::money::Money;
/// let parts = split_largest_remainder(Money::from_kr(100), &[1, 1, 1]).unwrap();
/// assert_eq!(parts, [Money::from_kr(34), Money::from_kr(33), Money::from_kr(33)]);
/// ```
///
/// # Errors
/// [`EngineError::InvalidSplitTotal`] if `total` is negative or has öre,
/// [`EngineError::SplitWithoutWeights`] if the weights are empty or all 0,
/// [`EngineError::Overflow`] if `total · w_i` does not fit in 128 bits.
pub fn split_largest_remainder(total: Money, weights: &[u128]) -> Result<Vec<Money>, EngineError> {
    let total = whole_kronor(total)?;
    let weight_sum = checked_sum(weights)?;
    if weight_sum == 0 {
        return Err(EngineError::SplitWithoutWeights);
    }
    let mut floors = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    for weight in weights {
        let product = total.checked_mul(*weight).ok_or(EngineError::Overflow)?;
        floors.push(
            product
                .checked_div(weight_sum)
                .ok_or(EngineError::SplitWithoutWeights)?,
        );
        remainders.push(
            product
                .checked_rem(weight_sum)
                .ok_or(EngineError::SplitWithoutWeights)?,
        );
    }
    let leftover = total
        .checked_sub(checked_sum(&floors)?)
        .ok_or(EngineError::Overflow)?;
    hand_out_leftover(&mut floors, &remainders, leftover)?;
    floors.into_iter().map(to_money).collect()
}

/// Adds 1 kr to the `leftover` parties with the largest remainders (earlier party wins ties).
fn hand_out_leftover(
    parts: &mut [u128],
    remainders: &[u128],
    leftover: u128,
) -> Result<(), EngineError> {
    let mut order: Vec<usize> = (0..remainders.len()).collect();
    sort_positions(&mut order, &|a, b| {
        remainders.get(*b).cmp(&remainders.get(*a)).then(a.cmp(b))
    });
    let count = usize::try_from(leftover).map_err(|_| EngineError::Overflow)?;
    if count > order.len() {
        return Err(EngineError::Overflow);
    }
    for index in order.into_iter().take(count) {
        if let Some(part) = parts.get_mut(index) {
            *part = part.checked_add(1).ok_or(EngineError::Overflow)?;
        }
    }
    Ok(())
}

fn whole_kronor(total: Money) -> Result<u128, EngineError> {
    if total.is_negative() || !total.is_whole_kr() {
        return Err(EngineError::InvalidSplitTotal);
    }
    total
        .amount()
        .to_u128()
        .ok_or(EngineError::InvalidSplitTotal)
}

fn checked_sum(values: &[u128]) -> Result<u128, EngineError> {
    values
        .iter()
        .try_fold(0u128, |sum, v| sum.checked_add(*v))
        .ok_or(EngineError::Overflow)
}

fn to_money(kronor: u128) -> Result<Money, EngineError> {
    rust_decimal::Decimal::from_u128(kronor)
        .map(Money::new)
        .ok_or(EngineError::Overflow)
}
