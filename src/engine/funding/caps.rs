//! The limits of the three sides under options 1 and 2: S/2, the regions' and the
//! municipalities' frames (each in whole kronor, rounded down), and which of them binds.

use super::sides::Sides;
use super::{FundingSide, FundingWarning};
use crate::engine::error::EngineError;
use crate::engine::ids::PartyId;
use crate::engine::model::{FrameInputs, Workspace};
use crate::engine::money::Money;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The limits of the three sides, each in whole kronor (`None` = not limiting).
pub(super) struct Caps {
    pub state_half: Money,
    pub regions: Option<Money>,
    pub municipalities: Option<Money>,
}

impl Caps {
    pub fn quarter(&self) -> Money {
        [Some(self.state_half), self.regions, self.municipalities]
            .into_iter()
            .flatten()
            .fold(self.state_half, Money::min)
    }

    pub fn binding(&self) -> Vec<FundingSide> {
        let q = self.quarter();
        let sides = [
            (FundingSide::State, Some(self.state_half)),
            (FundingSide::Regions, self.regions),
            (FundingSide::Municipalities, self.municipalities),
        ];
        sides
            .into_iter()
            .filter(|(_, cap)| *cap == Some(q))
            .map(|(side, _)| side)
            .collect()
    }
}

/// The caps of a year, with warnings for sides whose frames are incomplete.
pub(super) fn caps(
    workspace: &Workspace,
    sides: &Sides,
    inputs: &FrameInputs,
) -> Result<(Caps, Vec<FundingWarning>), EngineError> {
    let half = inputs
        .state_offer
        .amount()
        .checked_div(Decimal::TWO)
        .ok_or(EngineError::Overflow)?;
    let mut warnings = Vec::new();
    let regions = side_cap(
        workspace,
        &sides.regions,
        &inputs.region_frames,
        &mut warnings,
    )?;
    let municipalities = side_cap(
        workspace,
        &sides.municipalities,
        &inputs.municipal_frames,
        &mut warnings,
    )?;
    let caps = Caps {
        state_half: Money::new(half).floor_kr(),
        regions,
        municipalities,
    };
    let negative = [Some(caps.state_half), caps.regions, caps.municipalities]
        .into_iter()
        .flatten()
        .any(Money::is_negative);
    if negative {
        return Err(EngineError::NegativeFundingInput);
    }
    Ok((caps, warnings))
}

/// Σ frames, floored to whole kronor, if every member has a frame; `None` if none has one;
/// `None` plus a warning per member without a frame if only some have one.
fn side_cap(
    workspace: &Workspace,
    members: &[PartyId],
    frames: &BTreeMap<PartyId, Money>,
    warnings: &mut Vec<FundingWarning>,
) -> Result<Option<Money>, EngineError> {
    let missing: Vec<PartyId> = members
        .iter()
        .copied()
        .filter(|m| !frames.contains_key(m))
        .collect();
    if missing.len() == members.len() {
        return Ok(None);
    }
    if !missing.is_empty() {
        warnings.extend(
            missing
                .into_iter()
                .map(|party| FundingWarning::FrameMissing {
                    party,
                    name: party_name(workspace, party),
                }),
        );
        return Ok(None);
    }
    let stated = members.iter().filter_map(|m| frames.get(m).copied());
    let sum = Money::checked_sum(stated).ok_or(EngineError::Overflow)?;
    Ok(Some(sum.floor_kr()))
}

fn party_name(workspace: &Workspace, party: PartyId) -> String {
    workspace
        .party(party)
        .map(|p| p.name.clone())
        .unwrap_or_default()
}
