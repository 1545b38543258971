//! Options 1 (approved frames) and 2 (maximum state allocation).
//!
//! Rounding: the quarter q is whole kronor, rounded down, so the state never pays more than its
//! offer (`q = floor(min(S/2, R, ΣK))`; an odd S leaves 1 kr unused under option 2).

use super::caps::caps;
use super::sides::{pay_quarter, Sides};
use super::{FundingOption, FundingReport, FundingSide, FundingWarning, PartyFunding};
use crate::engine::error::EngineError;
use crate::engine::ids::PartyId;
use crate::engine::model::{FrameInputs, PartyKind, Workspace};
use crate::engine::money::Money;
use std::collections::BTreeMap;

/// Option 1: `q = floor(min(S/2, R, ΣK))`.
pub(super) fn approved_frames(
    workspace: &Workspace,
    inputs: &FrameInputs,
) -> Result<FundingReport, EngineError> {
    let sides = Sides::of(workspace)?;
    let (caps, mut warnings) = caps(workspace, &sides, inputs)?;
    let quarter = caps.quarter();
    let (paid, split_warnings) = pay_quarter(workspace, &sides, quarter)?;
    warnings.extend(split_warnings);
    let parties = party_rows(workspace, inputs, &paid, None)?;
    warnings.extend(exceeded_frames(&parties));
    finish(
        FundingOption::ApprovedFrames,
        inputs,
        quarter,
        caps.binding(),
        parties,
        warnings,
    )
}

/// Option 2: `q = floor(S/2)`; every party is compared with option 1.
pub(super) fn maximum_state(
    workspace: &Workspace,
    inputs: &FrameInputs,
) -> Result<FundingReport, EngineError> {
    let sides = Sides::of(workspace)?;
    let (caps, mut warnings) = caps(workspace, &sides, inputs)?;
    let (approved, _) = pay_quarter(workspace, &sides, caps.quarter())?;
    let quarter = caps.state_half;
    let (paid, split_warnings) = pay_quarter(workspace, &sides, quarter)?;
    warnings.extend(split_warnings);
    let parties = party_rows(workspace, inputs, &paid, Some(&approved))?;
    finish(
        FundingOption::MaximumState,
        inputs,
        quarter,
        caps.binding(),
        parties,
        warnings,
    )
}

fn finish(
    option: FundingOption,
    inputs: &FrameInputs,
    quarter: Money,
    binding: Vec<FundingSide>,
    parties: Vec<PartyFunding>,
    warnings: Vec<FundingWarning>,
) -> Result<FundingReport, EngineError> {
    let total =
        Money::checked_sum(parties.iter().map(|p| p.amount)).ok_or(EngineError::Overflow)?;
    let state_paid = quarter.checked_add(quarter).ok_or(EngineError::Overflow)?;
    let unused = inputs
        .state_offer
        .checked_sub(state_paid)
        .ok_or(EngineError::Overflow)?;
    Ok(FundingReport {
        option,
        parties,
        total,
        quarter: Some(quarter),
        state_offer: Some(inputs.state_offer),
        unused_state_money: Some(unused),
        binding,
        warnings,
    })
}

/// One row per party; `approved` holds option 1's amounts when computing option 2.
fn party_rows(
    workspace: &Workspace,
    inputs: &FrameInputs,
    paid: &BTreeMap<PartyId, Money>,
    approved: Option<&BTreeMap<PartyId, Money>>,
) -> Result<Vec<PartyFunding>, EngineError> {
    workspace
        .parties
        .iter()
        .map(|party| {
            let amount = paid.get(&party.id).copied().unwrap_or(Money::ZERO);
            let frame = match party.kind {
                PartyKind::Forsakringskassan => Some(inputs.state_offer),
                PartyKind::Arbetsformedlingen => None,
                PartyKind::Region => inputs.region_frames.get(&party.id).copied(),
                PartyKind::Municipality => inputs.municipal_frames.get(&party.id).copied(),
            };
            let before = approved.map(|a| a.get(&party.id).copied().unwrap_or(Money::ZERO));
            let is_local = matches!(party.kind, PartyKind::Region | PartyKind::Municipality);
            let raise_needed = if is_local {
                raise(amount, frame.or(before))?
            } else {
                None
            };
            let change = before
                .map(|b| amount.checked_sub(b).ok_or(EngineError::Overflow))
                .transpose()?;
            Ok(PartyFunding {
                party: party.id,
                name: party.name.clone(),
                kind: party.kind,
                amount,
                frame,
                raise_needed,
                change_vs_approved_frames: change,
            })
        })
        .collect()
}

/// `max(0, amount − baseline)`, or `None` without a baseline.
fn raise(amount: Money, baseline: Option<Money>) -> Result<Option<Money>, EngineError> {
    let Some(baseline) = baseline else {
        return Ok(None);
    };
    let difference = amount.checked_sub(baseline).ok_or(EngineError::Overflow)?;
    Ok(Some(difference.max(Money::ZERO)))
}

fn exceeded_frames(parties: &[PartyFunding]) -> Vec<FundingWarning> {
    parties
        .iter()
        .filter_map(|p| {
            let by = p.raise_needed.filter(|r| !r.is_zero())?;
            Some(FundingWarning::PartExceedsFrame {
                party: p.party,
                name: p.name.clone(),
                by,
            })
        })
        .collect()
}
