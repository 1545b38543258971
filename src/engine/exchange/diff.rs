//! What an import would change, in kr: the figures of a file's scenario against the current one,
//! from the engine's comparison (no money is recomputed here).

use super::remap::ItemMap;
use super::remap::{item_parties, party_map, renumbered, scenario_items, scenario_parties, Fresh};
use crate::engine::compare::{compare, RowKind};
use crate::engine::ids::{CatalogueItemId, ScenarioId};
use crate::engine::model::{CatalogueItem, Party, Scenario, Workspace, Year};
use crate::engine::money::Money;

/// The differing figures of a scenario: current data against the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioDiff {
    /// Rows whose amount differs (or that exist on one side only), per year in display order.
    pub rows: Vec<DiffRow>,
}

/// One differing figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiffRow {
    /// Calendar year.
    pub year: Year,
    /// What the row is (a line, a group total, the result …).
    pub kind: RowKind,
    /// Party, line or group name (empty for fixed rows; the UI names them by `kind`).
    pub label: String,
    /// The cost group of a line or group total.
    pub group: Option<String>,
    /// The current figure (`None`: only in the file).
    pub current: Option<Money>,
    /// The file's figure (`None`: only in the current data).
    pub file: Option<Money>,
    /// `file − current` (a missing side counts as 0).
    pub delta: Money,
}

/// The file's side of a comparison: its parties and its catalogue. Items identical to the
/// target's are matched by id; others are compared as copies (their lines show on one side each).
pub(super) struct FileSide<'a> {
    /// The file's parties.
    pub parties: &'a [Party],
    /// The file's catalogue.
    pub catalogue: &'a [CatalogueItem],
}

/// The differing figures of the file's `scenario` against `existing` in `target`; `None` if they
/// cannot be compared (the members differ, or a figure cannot be computed).
pub(super) fn scenario_diff(
    target: &Workspace,
    existing: ScenarioId,
    side: &FileSide,
    scenario: &Scenario,
) -> Option<ScenarioDiff> {
    let parties = party_map(side.parties, &target.parties).ok()?;
    let mut combined = target.clone();
    let mut fresh = Fresh::from(
        combined
            .max_used_id()
            .max(combined.next_id)
            .checked_add(1)?,
    );
    let mut items = ItemMap::new();
    for item in side.catalogue {
        let mut copy = item_parties(item, &parties);
        if target.catalogue_item(item.id) == Some(&copy) {
            continue;
        }
        copy.id = CatalogueItemId(fresh.next()?);
        items.insert(item.id, copy.id);
        combined.catalogue.push(copy);
    }
    let mapped = scenario_items(&scenario_parties(scenario, &parties), &items);
    let incoming = renumbered(&mapped, &mut fresh)?;
    let incoming_id = incoming.id;
    combined.scenarios.push(incoming);
    let comparison = compare(&combined, existing, incoming_id).ok()?;
    let rows = comparison
        .years
        .into_iter()
        .flat_map(|y| y.rows.into_iter().map(move |row| (y.year, row)))
        .filter(|(_, row)| !row.delta.is_zero() || row.a.is_none() != row.b.is_none())
        .map(|(year, row)| DiffRow {
            year,
            kind: row.kind,
            label: row.label,
            group: row.group,
            current: row.a,
            file: row.b,
            delta: row.delta,
        })
        .collect();
    Some(ScenarioDiff { rows })
}
