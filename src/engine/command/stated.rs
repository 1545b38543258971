//! Figures "enligt dokumentet" typed by hand: set (add, or replace the one for the same scenario, year and
//! figure) and remove. Each must refer to a year of the scenario and to a party, line or group it has.

use super::validate;
use super::CommandError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{FigureRef, StatedFigure, Workspace, Year};

/// Adds `figure`, or replaces the stated figure for the same scenario, year and figure.
pub(super) fn set(workspace: &mut Workspace, figure: StatedFigure) -> Result<(), CommandError> {
    let amount = validate::amount(figure.amount)?;
    let source = validate::note(&figure.source)?;
    let (_, scenario) = validate::scenario(workspace, figure.scenario)?;
    validate::year(scenario, figure.year)?;
    let lines = || scenario.groups.iter().flat_map(|g| g.lines.iter());
    match figure.what {
        FigureRef::PartyContribution(party) if workspace.party(party).is_none() => {
            return Err(CommandError::UnknownParty(party))
        }
        FigureRef::OtherIncomeLine(line) if !scenario.other_income.iter().any(|l| l.id == line) => {
            return Err(CommandError::UnknownLine(line))
        }
        FigureRef::CostLine(line) if !lines().any(|l| l.id == line) => {
            return Err(CommandError::UnknownLine(line))
        }
        FigureRef::GroupTotal(group) if !scenario.groups.iter().any(|g| g.id == group) => {
            return Err(CommandError::UnknownGroup(group))
        }
        _ => {}
    }
    let figure = StatedFigure {
        amount,
        source,
        ..figure
    };
    let same = |f: &StatedFigure| {
        f.scenario == figure.scenario && f.year == figure.year && f.what == figure.what
    };
    match workspace.stated_figures.iter_mut().find(|f| same(f)) {
        Some(existing) => *existing = figure,
        None => workspace.stated_figures.push(figure),
    }
    Ok(())
}

/// Removes the stated figure for `scenario`, `year` and `what` (refused if there is none).
pub(super) fn remove(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    year: Year,
    what: FigureRef,
) -> Result<(), CommandError> {
    validate::scenario(workspace, scenario)?;
    let before = workspace.stated_figures.len();
    workspace
        .stated_figures
        .retain(|f| !(f.scenario == scenario && f.year == year && f.what == what));
    if workspace.stated_figures.len() == before {
        return Err(CommandError::NoStatedFigure);
    }
    Ok(())
}
