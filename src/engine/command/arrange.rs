//! The order of cost lines and groups, and removing a whole group.

use super::lines::cost_line;
use super::validate::{self, scenario_mut};
use super::CommandError;
use crate::engine::ids::{GroupId, LineId, ScenarioId};
use crate::engine::model::Workspace;

/// The index `index` moves to, one step up or down in a list of `len`; refused at the edge.
fn neighbour(index: usize, len: usize, up: bool) -> Result<usize, CommandError> {
    if up {
        index.checked_sub(1).ok_or(CommandError::AlreadyFirst)
    } else {
        let next = index.saturating_add(1);
        if next < len {
            Ok(next)
        } else {
            Err(CommandError::AlreadyLast)
        }
    }
}

/// Swaps a cost line with its neighbour in the same group.
pub(super) fn move_line(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    line: LineId,
    up: bool,
) -> Result<(), CommandError> {
    let (position, found) = validate::scenario(workspace, scenario)?;
    let (g, l) = cost_line(found, line)?;
    let group = found.groups.get(g).ok_or(CommandError::UnknownLine(line))?;
    let to = neighbour(l, group.lines.len(), up)?;
    let lines = &mut scenario_mut(workspace, position, scenario)?
        .groups
        .get_mut(g)
        .ok_or(CommandError::UnknownLine(line))?
        .lines;
    lines.swap(l, to);
    Ok(())
}

/// Swaps a cost group with its neighbour.
pub(super) fn move_group(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    group: GroupId,
    up: bool,
) -> Result<(), CommandError> {
    let (position, found) = validate::scenario(workspace, scenario)?;
    let g = found
        .group_position(group)
        .ok_or(CommandError::UnknownGroup(group))?;
    let to = neighbour(g, found.groups.len(), up)?;
    scenario_mut(workspace, position, scenario)?
        .groups
        .swap(g, to);
    Ok(())
}

/// Removes a cost group and its lines.
pub(super) fn remove_group(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    group: GroupId,
) -> Result<(), CommandError> {
    let (position, found) = validate::scenario(workspace, scenario)?;
    let g = found
        .group_position(group)
        .ok_or(CommandError::UnknownGroup(group))?;
    let groups = &mut scenario_mut(workspace, position, scenario)?.groups;
    if g < groups.len() {
        groups.remove(g);
    }
    Ok(())
}
