//! Equity against the Nationella rådet recommendation step table ("trappa").
//!
//! The tilldelning is the year's total member contributions (domain.md §4). The row that applies
//! is the one with the smallest `up_to` that is ≥ the tilldelning ("≤": at the cap is within).
//! Above the highest row the highest row's share is used and flagged `outside_table` (unconfirmed:
//! no source gives a rule there). With an empty table there is no recommendation.

use crate::engine::error::EngineError;
use crate::engine::model::EquityStep;
use crate::engine::money::Money;
use rust_decimal::Decimal;

/// The step-table row applied to a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppliedStep {
    /// The row's upper bound (inclusive).
    pub up_to: Money,
    /// Maximum equity as a fraction of the tilldelning.
    pub max_share: Decimal,
    /// False if the row is marked *att bekräfta*.
    pub confirmed: bool,
    /// True if the tilldelning is above every row (the highest row is used; unconfirmed).
    pub outside_table: bool,
}

/// Where the closing equity stands against the recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EquityStatus {
    /// At or below the recommended maximum.
    Within,
    /// Above the recommended maximum.
    Over,
    /// The step table is empty.
    NoRecommendation,
}

/// Closing equity against the recommended maximum for one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EquityCheck {
    /// Closing equity.
    pub closing_equity: Money,
    /// The tilldelning (total member contributions).
    pub contributions: Money,
    /// Closing equity / contributions (`None` when contributions are 0).
    pub share_of_contributions: Option<Decimal>,
    /// The row applied (`None` with an empty table).
    pub applied_step: Option<AppliedStep>,
    /// `max_share × contributions`.
    pub recommended_max: Option<Money>,
    /// `closing − recommended_max`: positive = over by that much, zero or negative = within
    /// (the magnitude is the room left).
    pub above_max: Option<Money>,
    /// Within, over, or no recommendation.
    pub status: EquityStatus,
}

/// The row of `steps` that applies to `tilldelning` (see the module docs).
pub fn applicable_step(steps: &[EquityStep], tilldelning: Money) -> Option<AppliedStep> {
    let within = steps
        .iter()
        .filter(|s| tilldelning <= s.up_to)
        .min_by_key(|s| s.up_to);
    let (step, outside_table) = match within {
        Some(step) => (step, false),
        None => (steps.iter().max_by_key(|s| s.up_to)?, true),
    };
    Some(AppliedStep {
        up_to: step.up_to,
        max_share: step.max_share,
        confirmed: step.confirmed,
        outside_table,
    })
}

/// Checks `closing` equity against the recommendation for a year with `contributions`.
///
/// # Errors
/// [`EngineError::Overflow`] for amounts too large to compute with.
pub fn equity_check(
    steps: &[EquityStep],
    contributions: Money,
    closing: Money,
) -> Result<EquityCheck, EngineError> {
    let share = closing.ratio_to(contributions)?;
    let applied = applicable_step(steps, contributions);
    let recommended_max = match &applied {
        Some(step) => Some(
            contributions
                .checked_mul(step.max_share)
                .ok_or(EngineError::Overflow)?,
        ),
        None => None,
    };
    let above_max = match recommended_max {
        Some(max) => Some(closing.checked_sub(max).ok_or(EngineError::Overflow)?),
        None => None,
    };
    let status = match above_max {
        None => EquityStatus::NoRecommendation,
        Some(above) if above.amount() > Decimal::ZERO => EquityStatus::Over,
        Some(_) => EquityStatus::Within,
    };
    Ok(EquityCheck {
        closing_equity: closing,
        contributions,
        share_of_contributions: share,
        applied_step: applied,
        recommended_max,
        above_max,
        status,
    })
}
