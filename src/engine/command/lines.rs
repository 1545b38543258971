//! Commands on the cost lines and other-income lines of a scenario.

use super::validate::{self, scenario_mut};
use super::CommandError;
use crate::engine::ids::{CatalogueItemId, GroupId, LineId, ScenarioId};
use crate::engine::model::{CostLine, IncomeLine, LineSource, Scenario, Workspace, Year};
use crate::engine::money::Money;

/// Position of a cost line, or why it is not one.
pub(super) fn cost_line(scenario: &Scenario, line: LineId) -> Result<(usize, usize), CommandError> {
    scenario
        .cost_line_position(line)
        .ok_or(match scenario.income_line_position(line) {
            Some(_) => CommandError::NotACostLine(line),
            None => CommandError::UnknownLine(line),
        })
}

/// Position of an other-income line, or why it is not one.
fn income_line(scenario: &Scenario, line: LineId) -> Result<usize, CommandError> {
    scenario
        .income_line_position(line)
        .ok_or(match scenario.cost_line_position(line) {
            Some(_) => CommandError::NotAnIncomeLine(line),
            None => CommandError::UnknownLine(line),
        })
}

/// Sets (`Some`) or clears (`None`, catalogue lines only) a cost line's amount for a year.
pub(super) fn set_line_amount(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    line: LineId,
    year: Year,
    amount: Option<Money>,
) -> Result<(), CommandError> {
    let amount = amount.map(validate::amount).transpose()?;
    let (position, found) = validate::scenario(workspace, scenario)?;
    validate::year(found, year)?;
    let (g, l) = cost_line(found, line)?;
    let target = scenario_mut(workspace, position, scenario)?
        .groups
        .get_mut(g)
        .and_then(|group| group.lines.get_mut(l))
        .ok_or(CommandError::UnknownLine(line))?;
    match (&mut target.source, amount) {
        (LineSource::Own { amounts }, Some(amount)) => {
            amounts.insert(year, amount);
        }
        (LineSource::Catalogue { overrides, .. }, Some(amount)) => {
            overrides.insert(year, amount);
        }
        (LineSource::Catalogue { overrides, .. }, None) => {
            overrides.remove(&year);
        }
        (LineSource::Own { .. }, None) => return Err(CommandError::NotACatalogueLine(line)),
    }
    Ok(())
}

/// Sets an other-income line's amount for a year.
pub(super) fn set_income_amount(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    line: LineId,
    year: Year,
    amount: Money,
) -> Result<(), CommandError> {
    let amount = validate::amount(amount)?;
    let (position, found) = validate::scenario(workspace, scenario)?;
    validate::year(found, year)?;
    let index = income_line(found, line)?;
    let target = scenario_mut(workspace, position, scenario)?
        .other_income
        .get_mut(index)
        .ok_or(CommandError::UnknownLine(line))?;
    target.amounts.insert(year, amount);
    Ok(())
}

/// Renames a cost line or an other-income line.
pub(super) fn rename_line(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    line: LineId,
    name: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let (position, found) = validate::scenario(workspace, scenario)?;
    let cost = found.cost_line_position(line);
    let income = found.income_line_position(line);
    let target = scenario_mut(workspace, position, scenario)?;
    let slot = match (cost, income) {
        (Some((g, l)), _) => target
            .groups
            .get_mut(g)
            .and_then(|g| g.lines.get_mut(l))
            .map(|l| &mut l.name),
        (None, Some(i)) => target.other_income.get_mut(i).map(|l| &mut l.name),
        (None, None) => None,
    };
    *slot.ok_or(CommandError::UnknownLine(line))? = name;
    Ok(())
}

/// Appends a cost line to a group.
pub(super) fn add_line(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    group: GroupId,
    name: &str,
    item: Option<CatalogueItemId>,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    if let Some(item) = item {
        workspace
            .catalogue_item(item)
            .ok_or(CommandError::UnknownCatalogueItem(item))?;
    }
    let (position, found) = validate::scenario(workspace, scenario)?;
    let g = found
        .group_position(group)
        .ok_or(CommandError::UnknownGroup(group))?;
    let id = validate::reserve_ids(workspace, 1)?;
    let source = match item {
        Some(item) => LineSource::Catalogue {
            item,
            overrides: Default::default(),
        },
        None => LineSource::Own {
            amounts: Default::default(),
        },
    };
    let target = scenario_mut(workspace, position, scenario)?
        .groups
        .get_mut(g)
        .ok_or(CommandError::UnknownGroup(group))?;
    target.lines.push(CostLine {
        id: LineId(id),
        name,
        source,
        note: String::new(),
    });
    workspace.next_id = id.saturating_add(1);
    Ok(())
}

/// Appends an other-income line.
pub(super) fn add_income_line(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    name: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let (position, _) = validate::scenario(workspace, scenario)?;
    let id = validate::reserve_ids(workspace, 1)?;
    let line = IncomeLine {
        id: LineId(id),
        name,
        amounts: Default::default(),
    };
    scenario_mut(workspace, position, scenario)?
        .other_income
        .push(line);
    workspace.next_id = id.saturating_add(1);
    Ok(())
}

/// Removes a cost line or an other-income line.
pub(super) fn remove_line(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    line: LineId,
) -> Result<(), CommandError> {
    let (position, found) = validate::scenario(workspace, scenario)?;
    let cost = found.cost_line_position(line);
    let income = found.income_line_position(line);
    let target = scenario_mut(workspace, position, scenario)?;
    match (cost, income) {
        (Some((g, l)), _) => {
            let group = target
                .groups
                .get_mut(g)
                .ok_or(CommandError::UnknownLine(line))?;
            if l < group.lines.len() {
                group.lines.remove(l);
            }
        }
        (None, Some(i)) if i < target.other_income.len() => {
            target.other_income.remove(i);
        }
        _ => return Err(CommandError::UnknownLine(line)),
    }
    Ok(())
}

/// Sets a cost line's note.
pub(super) fn set_line_note(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    line: LineId,
    note: &str,
) -> Result<(), CommandError> {
    let note = validate::note(note)?;
    let (position, found) = validate::scenario(workspace, scenario)?;
    let (g, l) = cost_line(found, line)?;
    let target = scenario_mut(workspace, position, scenario)?
        .groups
        .get_mut(g)
        .and_then(|group| group.lines.get_mut(l))
        .ok_or(CommandError::UnknownLine(line))?;
    target.note = note;
    Ok(())
}
