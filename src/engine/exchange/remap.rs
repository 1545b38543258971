//! Moves a file's scenario and catalogue items into a target workspace's id space: parties mapped
//! by kind and name, catalogue items and the scenario's own ids renumbered where needed.

use crate::engine::ids::{CatalogueItemId, GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{CatalogueItem, Funding, LineSource, Party, PartyKind, Scenario};
use crate::engine::ordered::map_of;
use std::collections::BTreeMap;

/// File party id → target party id.
pub(super) type PartyMap = BTreeMap<PartyId, PartyId>;

/// File item id → target item id.
pub(super) type ItemMap = BTreeMap<CatalogueItemId, CatalogueItemId>;

/// Maps every file party to the target party of the same kind and name (trimmed, ignoring
/// case), each target party used once; `Err` lists the file's parties without a match.
pub(super) fn party_map(
    file: &[Party],
    target: &[Party],
) -> Result<PartyMap, Vec<(String, PartyKind)>> {
    let mut map = PartyMap::new();
    let mut missing = Vec::new();
    for party in file {
        let key = party.name.trim().to_lowercase();
        let found = target.iter().find(|t| {
            t.kind == party.kind
                && t.name.trim().to_lowercase() == key
                && !map.values().any(|used| *used == t.id)
        });
        match found {
            Some(t) => {
                map.insert(party.id, t.id);
            }
            None => missing.push((party.name.trim().to_string(), party.kind)),
        }
    }
    if missing.is_empty() {
        Ok(map)
    } else {
        Err(missing)
    }
}

fn party(map: &PartyMap, id: PartyId) -> PartyId {
    map.get(&id).copied().unwrap_or(id)
}

fn keyed<V: Clone>(map: &PartyMap, amounts: &BTreeMap<PartyId, V>) -> BTreeMap<PartyId, V> {
    map_of(amounts.iter().map(|(p, v)| (party(map, *p), v.clone())))
}

/// The scenario with party ids mapped (funding amounts and frames).
pub(super) fn scenario_parties(scenario: &Scenario, map: &PartyMap) -> Scenario {
    let mut result = scenario.clone();
    for plan in &mut result.years {
        match &mut plan.funding {
            Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs) => {
                inputs.region_frames = keyed(map, &inputs.region_frames);
                inputs.municipal_frames = keyed(map, &inputs.municipal_frames);
            }
            Funding::Manual { amounts } => *amounts = keyed(map, amounts),
        }
    }
    result
}

/// The item with party ids mapped (owner and participants).
pub(super) fn item_parties(item: &CatalogueItem, map: &PartyMap) -> CatalogueItem {
    let mut result = item.clone();
    result.owner = item.owner.map(|p| party(map, p));
    result.participants = item.participants.iter().map(|p| party(map, *p)).collect();
    result
}

/// The scenario's catalogue references mapped.
pub(super) fn scenario_items(scenario: &Scenario, map: &ItemMap) -> Scenario {
    let mut result = scenario.clone();
    for line in result.groups.iter_mut().flat_map(|g| &mut g.lines) {
        if let LineSource::Catalogue { item, .. } = &mut line.source {
            *item = map.get(item).copied().unwrap_or(*item);
        }
    }
    result
}

/// Hands out consecutive fresh ids.
pub(super) struct Fresh(u32);

impl Fresh {
    /// Ids from `first` on.
    pub fn from(first: u32) -> Fresh {
        Fresh(first)
    }

    /// The next id, or `None` when ids run out.
    pub fn next(&mut self) -> Option<u32> {
        let id = self.0;
        self.0 = id.checked_add(1)?;
        Some(id)
    }
}

/// The scenario with fresh ids for itself, its groups and all its lines.
pub(super) fn renumbered(scenario: &Scenario, fresh: &mut Fresh) -> Option<Scenario> {
    let mut result = scenario.clone();
    result.id = ScenarioId(fresh.next()?);
    for group in &mut result.groups {
        group.id = GroupId(fresh.next()?);
        for line in &mut group.lines {
            line.id = LineId(fresh.next()?);
        }
    }
    for line in &mut result.other_income {
        line.id = LineId(fresh.next()?);
    }
    Some(result)
}
