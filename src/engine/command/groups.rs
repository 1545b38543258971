//! Commands on the cost groups of a scenario.

use super::validate::{self, scenario_mut};
use super::CommandError;
use crate::engine::ids::{GroupId, ScenarioId};
use crate::engine::model::{CostGroup, Workspace};

/// Appends an empty cost group.
pub(super) fn add_group(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    name: &str,
    is_administration: bool,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let (position, _) = validate::scenario(workspace, scenario)?;
    let id = validate::reserve_ids(workspace, 1)?;
    let group = CostGroup {
        id: GroupId(id),
        name,
        is_administration,
        lines: Vec::new(),
    };
    scenario_mut(workspace, position, scenario)?
        .groups
        .push(group);
    workspace.next_id = id.saturating_add(1);
    Ok(())
}

/// Renames a group and/or sets its administration flag.
pub(super) fn edit_group(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    group: GroupId,
    name: Option<&str>,
    is_administration: Option<bool>,
) -> Result<(), CommandError> {
    let name = name.map(validate::name).transpose()?;
    let (position, found) = validate::scenario(workspace, scenario)?;
    let g = found
        .group_position(group)
        .ok_or(CommandError::UnknownGroup(group))?;
    let target = scenario_mut(workspace, position, scenario)?
        .groups
        .get_mut(g)
        .ok_or(CommandError::UnknownGroup(group))?;
    if let Some(name) = name {
        target.name = name;
    }
    if let Some(flag) = is_administration {
        target.is_administration = flag;
    }
    Ok(())
}
