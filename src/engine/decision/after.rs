//! The scenario "efter beslut": a decided budget brought back as an editable scenario whose figures are
//! exactly the decided ones, whatever has changed in the catalogue since.

use crate::engine::model::{
    CatalogueItem, Decision, LineSource, Scenario, Workspace, Year, YearlyAmounts,
};
use crate::engine::money::Money;

/// The decided scenario for use in `workspace` (ids not yet renumbered): every catalogue line keeps
/// its item where the item is still there, with an override wherever today's catalogue amount differs
/// from the decided one; a line whose item is gone gets the decided amounts as its own.
pub fn after_decision_scenario(workspace: &Workspace, decision: &Decision) -> Scenario {
    let frozen = &decision.budget;
    let mut scenario = frozen.scenario.clone();
    let years: Vec<_> = scenario.years.iter().map(|y| y.year).collect();
    for line in scenario.groups.iter_mut().flat_map(|g| g.lines.iter_mut()) {
        let LineSource::Catalogue { item, overrides } = &line.source else {
            continue;
        };
        let decided_item = frozen.catalogue.iter().find(|c| c.id == *item);
        let decided = |year| decided_amount(overrides, decided_item, year);
        line.source = match workspace.catalogue_item(*item) {
            None => LineSource::Own {
                amounts: years.iter().map(|&y| (y, decided(y))).collect(),
            },
            Some(today) => {
                let mut kept = overrides.clone();
                for &year in &years {
                    let now = today.amounts.get(&year).copied().unwrap_or(Money::ZERO);
                    if !kept.contains_key(&year) && now != decided(year) {
                        kept.insert(year, decided(year));
                    }
                }
                LineSource::Catalogue {
                    item: *item,
                    overrides: kept,
                }
            }
        };
    }
    scenario
}

fn decided_amount(overrides: &YearlyAmounts, item: Option<&CatalogueItem>, year: Year) -> Money {
    overrides
        .get(&year)
        .or_else(|| item.and_then(|i| i.amounts.get(&year)))
        .copied()
        .unwrap_or(Money::ZERO)
}
