//! Adding a year to the end of a scenario and removing its last year.

use super::validate::{self, scenario_mut};
use super::CommandError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{LineSource, Scenario, Workspace, Year, YearPlan, MAX_SCENARIO_YEARS};

/// Appends the next calendar year, an overview-plan year funded like the last year.
pub(super) fn add_year(
    workspace: &mut Workspace,
    scenario: ScenarioId,
) -> Result<(), CommandError> {
    let (position, found) = validate::scenario(workspace, scenario)?;
    if found.years.len() >= MAX_SCENARIO_YEARS {
        return Err(CommandError::TooManyYears {
            max: MAX_SCENARIO_YEARS,
        });
    }
    let last = found.years.last().ok_or(CommandError::InvalidYearCount {
        max: MAX_SCENARIO_YEARS,
    })?;
    let next = last
        .year
        .checked_add(1)
        .ok_or(CommandError::YearOutOfRange(last.year))?;
    validate::calendar_year(next)?;
    let plan = YearPlan {
        year: next,
        overview_plan: true,
        funding: last.funding.clone(),
    };
    scenario_mut(workspace, position, scenario)?
        .years
        .push(plan);
    Ok(())
}

/// Removes the last year with its amounts, overrides, other income and stated figures.
pub(super) fn remove_last_year(
    workspace: &mut Workspace,
    scenario: ScenarioId,
) -> Result<(), CommandError> {
    let (position, found) = validate::scenario(workspace, scenario)?;
    if found.years.len() <= 1 {
        return Err(CommandError::OnlyOneYear);
    }
    let target = scenario_mut(workspace, position, scenario)?;
    let Some(removed) = target.years.pop() else {
        return Err(CommandError::OnlyOneYear);
    };
    forget_year(target, removed.year);
    workspace
        .stated_figures
        .retain(|f| f.scenario != scenario || f.year != removed.year);
    Ok(())
}

/// Drops every amount of `year` from the scenario's lines and other income.
fn forget_year(scenario: &mut Scenario, year: Year) {
    for line in &mut scenario.other_income {
        line.amounts.remove(&year);
    }
    for line in scenario.groups.iter_mut().flat_map(|g| g.lines.iter_mut()) {
        match &mut line.source {
            LineSource::Own { amounts } => amounts.remove(&year),
            LineSource::Catalogue { overrides, .. } => overrides.remove(&year),
        };
    }
}
