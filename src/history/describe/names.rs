//! The names a label's subject is made of, read from the workspace before the command (empty when the
//! id is unknown).

use crate::engine::ids::{CatalogueItemId, GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{Workspace, Year};

/// The scenario's name.
pub(super) fn scenario(ws: &Workspace, id: ScenarioId) -> Option<&str> {
    ws.scenario(id).map(|s| s.name.as_str())
}

/// The name of a cost line or an other-income line of the scenario.
pub(super) fn line(ws: &Workspace, scenario: ScenarioId, line: LineId) -> Option<&str> {
    let scenario = ws.scenario(scenario)?;
    let costs = scenario.groups.iter().flat_map(|g| &g.lines);
    let cost = costs.map(|l| (l.id, &l.name));
    let income = scenario.other_income.iter().map(|l| (l.id, &l.name));
    let mut all = cost.chain(income);
    all.find(|(id, _)| *id == line)
        .map(|(_, name)| name.as_str())
}

/// The name of a cost group of the scenario.
pub(super) fn group(ws: &Workspace, scenario: ScenarioId, group: GroupId) -> Option<&str> {
    let scenario = ws.scenario(scenario)?;
    let found = scenario.groups.iter().find(|g| g.id == group);
    found.map(|g| g.name.as_str())
}

/// The member party's name.
pub(super) fn party(ws: &Workspace, id: PartyId) -> Option<&str> {
    ws.party(id).map(|p| p.name.as_str())
}

/// The catalogue item's name.
pub(super) fn item(ws: &Workspace, id: CatalogueItemId) -> Option<&str> {
    ws.catalogue_item(id).map(|i| i.name.as_str())
}

/// The name, or nothing.
pub(super) fn text(name: Option<&str>) -> String {
    name.unwrap_or_default().to_string()
}

/// "<name> <year>", or nothing when the name is unknown.
pub(super) fn with_year(name: Option<&str>, year: Year) -> String {
    name.map(|name| format!("{name} {year}"))
        .unwrap_or_default()
}

/// The scenario's first year, in digits (nothing when the scenario is unknown or has no year).
pub(super) fn first_year(ws: &Workspace, id: ScenarioId) -> String {
    let first = ws.scenario(id).and_then(|s| s.years.first());
    first.map(|y| y.year.to_string()).unwrap_or_default()
}
