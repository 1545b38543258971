//! Split keys and parties: checking a key for one side, and keeping keys valid when a region or
//! municipality joins or leaves.

use super::validate::{self, MAX_NAME_CHARS};
use super::CommandError;
use crate::engine::funding::side_weights;
use crate::engine::ids::PartyId;
use crate::engine::model::{PartyKind, SplitKey, SplitMethod, SplitSide, Workspace};
use std::collections::BTreeMap;

/// The kind of party on a side.
pub(super) fn side_kind(side: SplitSide) -> PartyKind {
    match side {
        SplitSide::Regional => PartyKind::Region,
        SplitSide::Municipal => PartyKind::Municipality,
    }
}

/// The side a party of this kind belongs to, if its quarter is split by a key.
pub(super) fn side_of(kind: PartyKind) -> Option<SplitSide> {
    match kind {
        PartyKind::Region => Some(SplitSide::Regional),
        PartyKind::Municipality => Some(SplitSide::Municipal),
        PartyKind::Forsakringskassan | PartyKind::Arbetsformedlingen => None,
    }
}

/// The key of a side, for a change.
pub(super) fn key_mut(workspace: &mut Workspace, side: SplitSide) -> &mut SplitKey {
    match side {
        SplitSide::Regional => &mut workspace.regional_split,
        SplitSide::Municipal => &mut workspace.municipal_split,
    }
}

/// Every weight table of a key (parts, or population and the second measure's values).
fn tables(key: &SplitKey) -> Vec<&BTreeMap<PartyId, u64>> {
    match &key.method {
        SplitMethod::FixedShares { parts } => vec![parts],
        SplitMethod::Population { population, second } => {
            let mut all = vec![population];
            all.extend(second.as_ref().map(|s| &s.values));
            all
        }
    }
}

/// Every weight table of a key, for a change.
fn tables_mut(key: &mut SplitKey) -> Vec<&mut BTreeMap<PartyId, u64>> {
    match &mut key.method {
        SplitMethod::FixedShares { parts } => vec![parts],
        SplitMethod::Population { population, second } => {
            let mut all = vec![population];
            all.extend(second.as_mut().map(|s| &mut s.values));
            all
        }
    }
}

/// The members of a side, in display order.
pub(super) fn members(workspace: &Workspace, side: SplitSide) -> Vec<PartyId> {
    workspace
        .parties_of(side_kind(side))
        .map(|p| p.id)
        .collect()
}

/// The key with trimmed texts, after checking that every weight belongs to a member of the side
/// and that some member has a weight (unless the side has at most one member).
pub(super) fn checked_key(
    workspace: &Workspace,
    side: SplitSide,
    mut key: SplitKey,
) -> Result<SplitKey, CommandError> {
    key.note = validate::note(&key.note)?;
    if let SplitMethod::Population {
        second: Some(second),
        ..
    } = &mut key.method
    {
        second.name = validate::line_text(&second.name, MAX_NAME_CHARS)?;
    }
    let expected = side_kind(side);
    for party in tables(&key).into_iter().flat_map(|t| t.keys()) {
        validate::party_of_kind(workspace, *party, expected)?;
    }
    let members = members(workspace, side);
    let weights = side_weights(&key, &members).map_err(|_| CommandError::SplitKeyTooLarge)?;
    if weights.fell_back_to_equal && members.len() > 1 {
        return Err(CommandError::SplitKeyWithoutWeights);
    }
    Ok(key)
}

/// The key once `party` has joined the side (`members` already includes it): weight 0 in every
/// table of the key, so nobody's share changes; equal shares if the key would give several
/// members no weight at all.
pub(super) fn key_with_member(key: &SplitKey, members: &[PartyId], party: PartyId) -> SplitKey {
    let mut key = key.clone();
    for table in tables_mut(&mut key) {
        table.insert(party, 0);
    }
    without_weights_is_equal(key, members)
}

/// The key once `party` has left the side (`members` no longer includes it).
pub(super) fn key_without_member(key: &SplitKey, members: &[PartyId], party: PartyId) -> SplitKey {
    let mut key = key.clone();
    for table in tables_mut(&mut key) {
        table.remove(&party);
    }
    without_weights_is_equal(key, members)
}

/// Equal fixed shares (same note) if `key` gives several members no weight at all.
fn without_weights_is_equal(key: SplitKey, members: &[PartyId]) -> SplitKey {
    let no_weights = side_weights(&key, members).is_ok_and(|w| w.fell_back_to_equal);
    if no_weights && members.len() > 1 {
        SplitKey::equal(members, &key.note)
    } else {
        key
    }
}
