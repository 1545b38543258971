//! Turns a split key into whole-number weights for the members of one side.

use crate::engine::error::EngineError;
use crate::engine::ids::PartyId;
use crate::engine::model::{SecondMeasure, SplitKey, SplitMethod};
use std::collections::BTreeMap;

/// Weights for the members of one side, in member order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SideWeights {
    /// One weight per member.
    pub weights: Vec<u128>,
    /// True if the key gave every member weight 0 and equal shares were used instead.
    pub fell_back_to_equal: bool,
}

/// Weights for `members` under `key`. A member missing from the key has weight 0; if all are 0
/// every member gets weight 1 (equal shares) and `fell_back_to_equal` is set.
pub(crate) fn side_weights(
    key: &SplitKey,
    members: &[PartyId],
) -> Result<SideWeights, EngineError> {
    let weights = match &key.method {
        SplitMethod::FixedShares { parts } => plain_weights(parts, members),
        SplitMethod::Population {
            population,
            second: None,
        } => plain_weights(population, members),
        SplitMethod::Population {
            population,
            second: Some(second),
        } => blended_weights(population, second, members)?,
    };
    if weights.iter().all(|w| *w == 0) {
        let weights = vec![1; members.len()];
        return Ok(SideWeights {
            weights,
            fell_back_to_equal: true,
        });
    }
    Ok(SideWeights {
        weights,
        fell_back_to_equal: false,
    })
}

fn plain_weights(values: &BTreeMap<PartyId, u64>, members: &[PartyId]) -> Vec<u128> {
    members
        .iter()
        .map(|m| u128::from(values.get(m).copied().unwrap_or(0)))
        .collect()
}

/// `w_i = a · pop_i · M + b · m_i · P` (P = Σpop, M = Σm): proportional to
/// `a · pop_i/P + b · m_i/M` without any division. A component whose total or weight is 0 is dropped.
fn blended_weights(
    population: &BTreeMap<PartyId, u64>,
    second: &SecondMeasure,
    members: &[PartyId],
) -> Result<Vec<u128>, EngineError> {
    let pop = plain_weights(population, members);
    let measure = plain_weights(&second.values, members);
    let pop_total = sum(&pop)?;
    let measure_total = sum(&measure)?;
    let a = u128::from(second.population_weight);
    let b = u128::from(second.measure_weight);
    let use_pop = a > 0 && pop_total > 0;
    let use_measure = b > 0 && measure_total > 0;
    match (use_pop, use_measure) {
        (true, false) => Ok(pop),
        (false, true) => Ok(measure),
        (false, false) => Ok(vec![0; members.len()]),
        (true, true) => pop
            .iter()
            .zip(&measure)
            .map(|(p, m)| blend(a, *p, measure_total, b, *m, pop_total))
            .collect(),
    }
}

fn blend(
    a: u128,
    pop: u128,
    measure_total: u128,
    b: u128,
    measure: u128,
    pop_total: u128,
) -> Result<u128, EngineError> {
    let left = a
        .checked_mul(pop)
        .and_then(|x| x.checked_mul(measure_total));
    let right = b
        .checked_mul(measure)
        .and_then(|x| x.checked_mul(pop_total));
    left.zip(right)
        .and_then(|(l, r)| l.checked_add(r))
        .ok_or(EngineError::Overflow)
}

fn sum(values: &[u128]) -> Result<u128, EngineError> {
    values
        .iter()
        .try_fold(0u128, |s, v| s.checked_add(*v))
        .ok_or(EngineError::Overflow)
}
