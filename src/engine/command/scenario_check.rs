//! Checks a whole scenario as if it were imported: names, texts, years, funding, amounts,
//! catalogue references and ids.

use super::validate;
use super::CommandError;
use crate::engine::model::MAX_SCENARIO_YEARS as MAX_YEARS;
use crate::engine::model::{LineSource, Scenario, Workspace, Year, YearlyAmounts};
use crate::engine::ordered::set_of;
use std::collections::BTreeSet;

/// Checks `scenario` against `workspace` as if it were to be added to it.
///
/// - names are valid ([`super::MAX_NAME_CHARS`]) and notes too ([`super::MAX_NOTE_CHARS`]);
/// - 1–5 years, consecutive calendar years in order, within [`super::MIN_YEAR`]–[`super::MAX_YEAR`];
/// - every funding input names a member party of the right kind and is not negative;
/// - every amount is within the input limit, has at most two decimals, and is for a year the
///   scenario spans;
/// - every catalogue line's item exists;
/// - its ids (scenario, groups, lines) are distinct and not used anywhere in `workspace`.
///
/// # Errors
/// The first problem found, as a [`CommandError`].
pub fn check_scenario(workspace: &Workspace, scenario: &Scenario) -> Result<(), CommandError> {
    validate::name(&scenario.name)?;
    validate::note(&scenario.note)?;
    validate::amount(scenario.opening_equity)?;
    let years = check_years(workspace, scenario)?;
    for line in &scenario.other_income {
        validate::name(&line.name)?;
        check_amounts(&line.amounts, &years)?;
    }
    for group in &scenario.groups {
        validate::name(&group.name)?;
        for line in &group.lines {
            validate::name(&line.name)?;
            validate::note(&line.note)?;
            let amounts = match &line.source {
                LineSource::Own { amounts } => amounts,
                LineSource::Catalogue { item, overrides } => {
                    workspace
                        .catalogue_item(*item)
                        .ok_or(CommandError::UnknownCatalogueItem(*item))?;
                    overrides
                }
            };
            check_amounts(amounts, &years)?;
        }
    }
    check_ids(workspace, scenario)
}

/// The years, after checking their number, range, order and funding.
fn check_years(workspace: &Workspace, scenario: &Scenario) -> Result<Vec<Year>, CommandError> {
    if scenario.years.is_empty() || scenario.years.len() > MAX_YEARS {
        return Err(CommandError::InvalidYearCount { max: MAX_YEARS });
    }
    let years: Vec<Year> = scenario.years.iter().map(|y| y.year).collect();
    for year in &years {
        validate::calendar_year(*year)?;
    }
    if years.windows(2).any(|w| w[0].checked_add(1) != Some(w[1])) {
        return Err(CommandError::YearsNotConsecutive);
    }
    for plan in &scenario.years {
        validate::funding(workspace, &plan.funding)?;
    }
    Ok(years)
}

fn check_amounts(amounts: &YearlyAmounts, years: &[Year]) -> Result<(), CommandError> {
    for (year, amount) in amounts {
        if !years.contains(year) {
            return Err(CommandError::YearNotInScenario(*year));
        }
        validate::amount(*amount)?;
    }
    Ok(())
}

/// The scenario's ids are distinct and none is in use in the workspace.
fn check_ids(workspace: &Workspace, scenario: &Scenario) -> Result<(), CommandError> {
    let mut used = workspace_ids(workspace);
    for id in scenario_ids(scenario) {
        if !used.insert(id) {
            return Err(CommandError::IdInUse(id));
        }
    }
    Ok(())
}

pub(super) use super::scenario_copy::scenario_ids;

/// Every id used in a workspace (parties, catalogue items, scenarios and their parts).
pub fn workspace_ids(workspace: &Workspace) -> BTreeSet<u32> {
    let parties = workspace.parties.iter().map(|p| p.id.0);
    let items = workspace.catalogue.iter().map(|c| c.id.0);
    let scenarios = workspace.scenarios.iter().flat_map(scenario_ids);
    set_of(parties.chain(items).chain(scenarios))
}
