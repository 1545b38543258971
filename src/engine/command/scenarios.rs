//! Commands on whole scenarios and their years.

use super::validate::{self, scenario_mut};
use super::CommandError;
use crate::engine::ids::{GroupId, LineId, ScenarioId};
use crate::engine::model::{Funding, Scenario, Workspace, Year, YearPlan};
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

/// Copies a scenario with fresh ids and places the copy right after the original.
pub(super) fn duplicate(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    name: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let (position, found) = validate::scenario(workspace, scenario)?;
    let first = validate::reserve_ids(workspace, found.id_count())?;
    let mut copy = found.clone();
    copy.name = name;
    let next = renumber(&mut copy, first);
    workspace.scenarios.insert(
        position.saturating_add(1).min(workspace.scenarios.len()),
        copy,
    );
    workspace.next_id = next;
    Ok(())
}

/// Gives the scenario, its groups, cost lines and income lines consecutive ids from `first`;
/// returns the next free id. `reserve_ids` has checked that they fit.
fn renumber(scenario: &mut Scenario, first: u32) -> u32 {
    let mut next = first;
    let mut take = || {
        let id = next;
        next = next.saturating_add(1);
        id
    };
    scenario.id = ScenarioId(take());
    for group in &mut scenario.groups {
        group.id = GroupId(take());
        for line in &mut group.lines {
            line.id = LineId(take());
        }
    }
    for line in &mut scenario.other_income {
        line.id = LineId(take());
    }
    next
}

/// Removes a scenario and the stated figures that refer to it.
pub(super) fn remove(workspace: &mut Workspace, scenario: ScenarioId) -> Result<(), CommandError> {
    let (position, _) = validate::scenario(workspace, scenario)?;
    if position < workspace.scenarios.len() {
        workspace.scenarios.remove(position);
    }
    workspace.stated_figures.retain(|f| f.scenario != scenario);
    Ok(())
}
