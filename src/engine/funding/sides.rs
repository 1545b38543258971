//! The members of each side and how a quarter is paid by them (state 2q, regions q, municipalities q).

use super::key::side_weights;
use super::{split_largest_remainder, FundingSide, FundingWarning};
use crate::engine::error::EngineError;
use crate::engine::ids::PartyId;
use crate::engine::model::{PartyKind, SplitKey, Workspace};
use crate::engine::money::Money;
use std::collections::BTreeMap;

/// The paying members of each side (Arbetsförmedlingen pays nothing itself and is not listed).
pub(super) struct Sides {
    pub state: Vec<PartyId>,
    pub regions: Vec<PartyId>,
    pub municipalities: Vec<PartyId>,
}

impl Sides {
    /// The paying sides of a workspace; options 1 and 2 need every side to have a member.
    pub fn of(workspace: &Workspace) -> Result<Sides, EngineError> {
        let members = |kind| -> Result<Vec<PartyId>, EngineError> {
            let ids: Vec<PartyId> = workspace.parties_of(kind).map(|p| p.id).collect();
            if ids.is_empty() {
                return Err(EngineError::MissingParty(kind));
            }
            Ok(ids)
        };
        Ok(Sides {
            state: members(PartyKind::Forsakringskassan)?,
            regions: members(PartyKind::Region)?,
            municipalities: members(PartyKind::Municipality)?,
        })
    }
}

/// What each paying party pays when the quarter is `quarter`, plus split-key warnings.
pub(super) fn pay_quarter(
    workspace: &Workspace,
    sides: &Sides,
    quarter: Money,
) -> Result<(BTreeMap<PartyId, Money>, Vec<FundingWarning>), EngineError> {
    let half = quarter.checked_add(quarter).ok_or(EngineError::Overflow)?;
    let state_key = SplitKey::equal(&sides.state, "");
    let mut paid = BTreeMap::new();
    let mut warnings = Vec::new();
    let plan = [
        (FundingSide::State, &sides.state, &state_key, half),
        (
            FundingSide::Regions,
            &sides.regions,
            &workspace.regional_split,
            quarter,
        ),
        (
            FundingSide::Municipalities,
            &sides.municipalities,
            &workspace.municipal_split,
            quarter,
        ),
    ];
    for (side, members, key, amount) in plan {
        let weights = side_weights(key, members)?;
        if weights.fell_back_to_equal && members.len() > 1 {
            warnings.push(FundingWarning::SplitKeyWithoutWeights { side });
        }
        warnings.extend(zero_weight_warnings(workspace, members, &weights.weights));
        let parts = split_largest_remainder(amount, &weights.weights)?;
        paid.extend(members.iter().copied().zip(parts));
    }
    Ok((paid, warnings))
}

/// A warning for each member the key gives weight 0 (it pays nothing).
fn zero_weight_warnings(
    workspace: &Workspace,
    members: &[PartyId],
    weights: &[u128],
) -> Vec<FundingWarning> {
    members
        .iter()
        .zip(weights)
        .filter(|(_, weight)| **weight == 0)
        .map(|(party, _)| FundingWarning::ZeroWeightInKey {
            party: *party,
            name: workspace
                .party(*party)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
        })
        .collect()
}
