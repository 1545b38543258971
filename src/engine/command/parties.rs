//! Adding, renaming and removing member parties, keeping split keys, funding inputs, the
//! catalogue and stated figures consistent.

use super::party_keys::{key_mut, key_with_member, key_without_member, members, side_of};
use super::validate;
use super::CommandError;
use crate::engine::ids::PartyId;
use crate::engine::model::{
    FigureRef, Funding, Party, PartyKind, SplitKey, SplitMethod, Workspace,
};
use crate::engine::money::Money;
use std::collections::BTreeMap;

/// Kinds the förbund has exactly one of.
const SINGLE_KINDS: [PartyKind; 2] = [PartyKind::Forsakringskassan, PartyKind::Arbetsformedlingen];

/// Kinds the förbund must keep at least one of.
const REQUIRED_KINDS: [PartyKind; 3] = [
    PartyKind::Forsakringskassan,
    PartyKind::Region,
    PartyKind::Municipality,
];

/// Adds a party; a region or municipality joins its side's key (with `weight`, or 0) and stated frames.
pub(super) fn add(
    workspace: &mut Workspace,
    name: &str,
    kind: PartyKind,
    weight: Option<u64>,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    if SINGLE_KINDS.contains(&kind) && workspace.parties_of(kind).next().is_some() {
        return Err(CommandError::OnlyOnePartyOfKind(kind));
    }
    let id = validate::reserve_ids(workspace, 1)?;
    let party = PartyId(id);
    workspace.parties.push(Party {
        id: party,
        name,
        kind,
    });
    if let Some(side) = side_of(kind) {
        let members = members(workspace, side);
        let mut key = key_with_member(key_mut(workspace, side), &members, party);
        if let Some(weight) = weight {
            set_weight(&mut key, party, weight);
        }
        *key_mut(workspace, side) = key;
        add_zero_frames(workspace, party, kind);
    }
    workspace.next_id = id.saturating_add(1);
    Ok(())
}

/// Gives `party` its weight in the key: population in a population key, parts in a fixed-shares key.
fn set_weight(key: &mut SplitKey, party: PartyId, weight: u64) {
    match &mut key.method {
        SplitMethod::FixedShares { parts } => {
            parts.insert(party, weight);
        }
        SplitMethod::Population { population, .. } => {
            population.insert(party, weight);
        }
    }
}

/// A frame of 0 for `party` in every year whose frames for its side are stated.
fn add_zero_frames(workspace: &mut Workspace, party: PartyId, kind: PartyKind) {
    for plan in workspace
        .scenarios
        .iter_mut()
        .flat_map(|s| s.years.iter_mut())
    {
        let (Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs)) = &mut plan.funding
        else {
            continue;
        };
        let frames = match kind {
            PartyKind::Region => &mut inputs.region_frames,
            _ => &mut inputs.municipal_frames,
        };
        if !frames.is_empty() {
            frames.insert(party, Money::ZERO);
        }
    }
}

/// Renames a party.
pub(super) fn rename(
    workspace: &mut Workspace,
    party: PartyId,
    name: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let target = workspace
        .parties
        .iter_mut()
        .find(|p| p.id == party)
        .ok_or(CommandError::UnknownParty(party))?;
    target.name = name;
    Ok(())
}

/// Removes a party that has no non-zero funding input, and every reference to it.
pub(super) fn remove(workspace: &mut Workspace, party: PartyId) -> Result<(), CommandError> {
    let kind = workspace
        .party(party)
        .ok_or(CommandError::UnknownParty(party))?
        .kind;
    if REQUIRED_KINDS.contains(&kind) && workspace.parties_of(kind).count() <= 1 {
        return Err(CommandError::LastPartyOfKind(kind));
    }
    check_no_funding(workspace, party)?;
    workspace.parties.retain(|p| p.id != party);
    if let Some(side) = side_of(kind) {
        let members = members(workspace, side);
        let key = key_without_member(key_mut(workspace, side), &members, party);
        *key_mut(workspace, side) = key;
    }
    for plan in workspace
        .scenarios
        .iter_mut()
        .flat_map(|s| s.years.iter_mut())
    {
        for entries in funding_entries(&mut plan.funding) {
            entries.remove(&party);
        }
    }
    for item in &mut workspace.catalogue {
        if item.owner == Some(party) {
            item.owner = None;
        }
        item.participants.retain(|p| *p != party);
    }
    workspace
        .stated_figures
        .retain(|f| f.what != FigureRef::PartyContribution(party));
    Ok(())
}

/// Refuses if `party` has a non-zero frame or manual amount in any scenario year.
fn check_no_funding(workspace: &Workspace, party: PartyId) -> Result<(), CommandError> {
    for scenario in &workspace.scenarios {
        for plan in &scenario.years {
            let has_amount = funding_tables(&plan.funding)
                .into_iter()
                .any(|entries| entries.get(&party).is_some_and(|a| !a.is_zero()));
            if has_amount {
                return Err(CommandError::PartyHasFunding {
                    party,
                    scenario: scenario.id,
                    scenario_name: scenario.name.clone(),
                    year: plan.year,
                });
            }
        }
    }
    Ok(())
}

/// The per-party tables of a year's funding (frames, or manual amounts).
fn funding_tables(funding: &Funding) -> Vec<&BTreeMap<PartyId, Money>> {
    match funding {
        Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs) => {
            vec![&inputs.region_frames, &inputs.municipal_frames]
        }
        Funding::Manual { amounts } => vec![amounts],
    }
}

/// The per-party tables of a year's funding, for a change.
fn funding_entries(funding: &mut Funding) -> Vec<&mut BTreeMap<PartyId, Money>> {
    match funding {
        Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs) => {
            vec![&mut inputs.region_frames, &mut inputs.municipal_frames]
        }
        Funding::Manual { amounts } => vec![amounts],
    }
}
