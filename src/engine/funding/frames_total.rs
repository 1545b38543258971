//! Frames told as one total ("kommunerna har godkänt 1 257 000 kr tillsammans"): the total split between the
//! members of a side by the side's key, by largest remainder, so the frames add up to the total exactly.

use super::key::side_weights;
use super::split_largest_remainder;
use crate::engine::error::EngineError;
use crate::engine::ids::PartyId;
use crate::engine::model::{PartyKind, SplitSide, Workspace};
use crate::engine::money::Money;
use crate::engine::ordered::map_of;
use std::collections::BTreeMap;

/// One frame per member of `side`, in proportion to its key, adding up to `total`.
///
/// # Errors
/// A negative total, a key that cannot be turned into weights, or overflow.
pub fn frames_from_total(
    workspace: &Workspace,
    side: SplitSide,
    total: Money,
) -> Result<BTreeMap<PartyId, Money>, EngineError> {
    let (kind, key) = match side {
        SplitSide::Regional => (PartyKind::Region, &workspace.regional_split),
        SplitSide::Municipal => (PartyKind::Municipality, &workspace.municipal_split),
    };
    let members: Vec<PartyId> = workspace.parties_of(kind).map(|p| p.id).collect();
    let weights = side_weights(key, &members)?;
    let parts = split_largest_remainder(total, &weights.weights)?;
    Ok(map_of(members.into_iter().zip(parts)))
}
