//! Commands on whole scenarios and their years.

use super::validate::{self, scenario_mut};
use super::CommandError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{Funding, Workspace, Year, YearPlan};
use crate::engine::money::Money;

/// Sets the opening equity of the first year (may be negative).
pub(super) fn set_opening_equity(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    amount: Money,
) -> Result<(), CommandError> {
    let amount = validate::amount(amount)?;
    let (position, _) = validate::scenario(workspace, scenario)?;
    scenario_mut(workspace, position, scenario)?.opening_equity = amount;
    Ok(())
}

/// Sets a year's funding after checking its amounts and parties.
pub(super) fn set_funding(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    year: Year,
    funding: Funding,
) -> Result<(), CommandError> {
    validate::funding(workspace, &funding)?;
    year_plan_mut(workspace, scenario, year)?.funding = funding;
    Ok(())
}

/// Marks a year as overview plan or not.
pub(super) fn set_overview_plan(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    year: Year,
    flag: bool,
) -> Result<(), CommandError> {
    year_plan_mut(workspace, scenario, year)?.overview_plan = flag;
    Ok(())
}

/// The plan of `year` in `scenario`, for a change.
fn year_plan_mut(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    year: Year,
) -> Result<&mut YearPlan, CommandError> {
    let (position, found) = validate::scenario(workspace, scenario)?;
    let index = validate::year(found, year)?;
    scenario_mut(workspace, position, scenario)?
        .years
        .get_mut(index)
        .ok_or(CommandError::YearNotInScenario(year))
}

/// Renames a scenario.
pub(super) fn rename(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    name: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let (position, _) = validate::scenario(workspace, scenario)?;
    scenario_mut(workspace, position, scenario)?.name = name;
    Ok(())
}

/// Removes a scenario, the stated figures that refer to it and its baseline status.
pub(super) fn remove(workspace: &mut Workspace, scenario: ScenarioId) -> Result<(), CommandError> {
    let (position, _) = validate::scenario(workspace, scenario)?;
    if position < workspace.scenarios.len() {
        workspace.scenarios.remove(position);
    }
    workspace.stated_figures.retain(|f| f.scenario != scenario);
    if workspace.baseline == Some(scenario) {
        workspace.baseline = None;
    }
    Ok(())
}
