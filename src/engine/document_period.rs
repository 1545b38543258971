//! Amounts a scenario uses outside its catalogue item's period: for each cost line taken from the catalogue,
//! each year of the scenario whose amount (the scenario's own override, else the item's) is not zero while the
//! item's period does not reach that year — a project budgeted after it ends, or before it starts.

use crate::engine::ids::ScenarioId;
use crate::engine::model::{LineSource, Period, Workspace, Year};
use crate::engine::money::Money;

/// One amount outside its item's period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutsidePeriod {
    /// The cost line's name in the scenario.
    pub line: String,
    /// The catalogue item's name.
    pub item: String,
    /// The year of the amount.
    pub year: Year,
    /// The amount used that year.
    pub amount: Money,
    /// Whether the amount is the scenario's own (an override), not the catalogue's.
    pub overridden: bool,
    /// The item's period.
    pub period: Period,
}

/// Every amount of `scenario` outside its item's period, in the order of groups, lines and years.
pub fn amounts_outside_period(workspace: &Workspace, scenario: ScenarioId) -> Vec<OutsidePeriod> {
    let Some(scenario) = workspace.scenarios.iter().find(|s| s.id == scenario) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for line in scenario.groups.iter().flat_map(|g| &g.lines) {
        let LineSource::Catalogue { item, overrides } = &line.source else {
            continue;
        };
        let Some(item) = workspace.catalogue.iter().find(|i| i.id == *item) else {
            continue;
        };
        for plan in &scenario.years {
            let own = overrides.get(&plan.year);
            let Some(&amount) = own.or_else(|| item.amounts.get(&plan.year)) else {
                continue;
            };
            if amount.amount().is_zero() || item.period.covers_year(plan.year) {
                continue;
            }
            out.push(OutsidePeriod {
                line: line.name.clone(),
                item: item.name.clone(),
                year: plan.year,
                amount,
                overridden: own.is_some(),
                period: item.period,
            });
        }
    }
    out
}
