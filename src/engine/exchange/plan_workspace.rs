//! The differences shown for a workspace or catalogue item collision: which fields differ, and
//! which scenarios are added, removed or changed (with their figures in kr).

use super::diff::{scenario_diff, FileSide};
use super::plan_types::{ScenarioChange, ScenarioChangeKind, WorkspaceDiff};
use crate::engine::model::{CatalogueItem, Workspace};

/// How `incoming` differs from `current`.
pub(super) fn workspace_diff(current: &Workspace, incoming: &Workspace) -> WorkspaceDiff {
    let checks: [(&'static str, bool); 12] = [
        ("name", current.name == incoming.name),
        ("org_number", current.org_number == incoming.org_number),
        ("parties", current.parties == incoming.parties),
        (
            "regional_split",
            current.regional_split == incoming.regional_split,
        ),
        (
            "municipal_split",
            current.municipal_split == incoming.municipal_split,
        ),
        ("catalogue", current.catalogue == incoming.catalogue),
        ("baseline", current.baseline == incoming.baseline),
        ("settings", current.settings == incoming.settings),
        (
            "stated_figures",
            current.stated_figures == incoming.stated_figures,
        ),
        ("note", current.note == incoming.note),
        ("decisions", current.decisions == incoming.decisions),
        ("meeting_log", current.meeting_log == incoming.meeting_log),
    ];
    let fields = checks
        .iter()
        .filter(|(_, same)| !same)
        .map(|(f, _)| *f)
        .collect();
    let side = FileSide {
        parties: &incoming.parties,
        catalogue: &incoming.catalogue,
    };
    let mut scenarios = Vec::new();
    for scenario in &incoming.scenarios {
        let kind = match current.scenario(scenario.id) {
            None => ScenarioChangeKind::Added,
            Some(same) if same == scenario => continue,
            Some(other) => {
                ScenarioChangeKind::Changed(scenario_diff(current, other.id, &side, scenario))
            }
        };
        scenarios.push(ScenarioChange {
            name: scenario.name.clone(),
            kind,
        });
    }
    for scenario in &current.scenarios {
        if incoming.scenario(scenario.id).is_none() {
            scenarios.push(ScenarioChange {
                name: scenario.name.clone(),
                kind: ScenarioChangeKind::Removed,
            });
        }
    }
    WorkspaceDiff { fields, scenarios }
}

/// Names of the fields in which two catalogue items differ.
pub(super) fn item_fields(current: &CatalogueItem, incoming: &CatalogueItem) -> Vec<&'static str> {
    let (a, b) = (current, incoming);
    let checks: [(&'static str, bool); 17] = [
        ("name", a.name == b.name),
        ("kind", a.kind == b.kind),
        ("owner", a.owner == b.owner),
        ("owner_unit", a.owner_unit == b.owner_unit),
        ("leaders", a.leaders == b.leaders),
        ("target_group", a.target_group == b.target_group),
        ("participants", a.participants == b.participants),
        (
            "external_partners",
            a.external_partners == b.external_partners,
        ),
        ("period", a.period == b.period),
        ("status", a.status == b.status),
        ("amounts", a.amounts == b.amounts),
        ("description", a.description == b.description),
        ("inriktning", a.inriktning == b.inriktning),
        (
            "planned_participants",
            a.planned_participants == b.planned_participants,
        ),
        ("decision_date", a.decision_date == b.decision_date),
        ("origin", a.origin == b.origin),
        ("notes", a.notes == b.notes),
    ];
    checks
        .iter()
        .filter(|(_, same)| !same)
        .map(|(f, _)| *f)
        .collect()
}
