//! Which scenarios include a catalogue item, with what amount, and which of them a status
//! change to *avslagen* or *avbruten* should warn about.

use crate::engine::ids::{CatalogueItemId, LineId, ScenarioId};
use crate::engine::model::{ItemStatus, LineSource, Workspace, Year};
use crate::engine::money::Money;

/// One cost line that takes its amounts from the item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inclusion {
    /// The scenario.
    pub scenario: ScenarioId,
    /// The cost line in it.
    pub line: LineId,
    /// The years where this scenario overrides the item's amount, ascending.
    pub overridden_years: Vec<Year>,
}

/// Every cost line, in scenario and line order, that takes its amounts from `item`.
pub fn scenarios_including(workspace: &Workspace, item: CatalogueItemId) -> Vec<Inclusion> {
    let mut found = Vec::new();
    for scenario in &workspace.scenarios {
        for line in scenario.groups.iter().flat_map(|g| g.lines.iter()) {
            if let LineSource::Catalogue {
                item: of,
                overrides,
            } = &line.source
            {
                if *of == item {
                    found.push(Inclusion {
                        scenario: scenario.id,
                        line: line.id,
                        overridden_years: overrides.keys().copied().collect(),
                    });
                }
            }
        }
    }
    found
}

/// The item's amount in `scenario` for `year`: the first including line's override, else the
/// item's amount (missing = 0 kr). `None` if the scenario does not include the item or the
/// item does not exist.
pub fn amount_in_scenario(
    workspace: &Workspace,
    scenario: ScenarioId,
    item: CatalogueItemId,
    year: Year,
) -> Option<Money> {
    let found = workspace.scenario(scenario)?;
    let catalogue_amount = workspace.catalogue_item(item)?.amounts.get(&year).copied();
    let mut lines = found.groups.iter().flat_map(|g| g.lines.iter());
    lines.find_map(|line| match &line.source {
        LineSource::Catalogue {
            item: of,
            overrides,
        } if *of == item => {
            let amount = overrides.get(&year).copied().or(catalogue_amount);
            Some(amount.unwrap_or(Money::ZERO))
        }
        _ => None,
    })
}

/// The scenarios that include `item`, each once, in display order.
pub fn scenario_ids_including(workspace: &Workspace, item: CatalogueItemId) -> Vec<ScenarioId> {
    let mut scenarios: Vec<ScenarioId> = Vec::new();
    for inclusion in scenarios_including(workspace, item) {
        if !scenarios.contains(&inclusion.scenario) {
            scenarios.push(inclusion.scenario);
        }
    }
    scenarios
}

/// The scenarios (each once, in display order) that still include `item`, if `new_status` is
/// *avslagen* or *avbruten*; empty for any other status.
pub fn status_warnings(
    workspace: &Workspace,
    item: CatalogueItemId,
    new_status: ItemStatus,
) -> Vec<ScenarioId> {
    if super::is_stopped(new_status) {
        scenario_ids_including(workspace, item)
    } else {
        Vec::new()
    }
}
