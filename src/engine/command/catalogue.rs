//! Commands on the catalogue: add, replace and remove an item (checked by [`check_item`]).

use super::catalogue_check::{check_item, normalized_item};
use super::validate;
use super::CommandError;
use crate::engine::catalogue::scenario_ids_including;
use crate::engine::ids::CatalogueItemId;
use crate::engine::model::{CatalogueItem, Workspace};

/// Appends `item` under a new id (the id it carries is ignored).
pub(super) fn add_item(
    workspace: &mut Workspace,
    item: &CatalogueItem,
) -> Result<(), CommandError> {
    let mut item = checked(workspace, item)?;
    let id = validate::reserve_ids(workspace, 1)?;
    item.id = CatalogueItemId(id);
    workspace.catalogue.push(item);
    workspace.next_id = id.saturating_add(1);
    Ok(())
}

/// Replaces the item with `item.id` by `item`.
pub(super) fn update_item(
    workspace: &mut Workspace,
    item: &CatalogueItem,
) -> Result<(), CommandError> {
    let position = position(workspace, item.id)?;
    let item = checked(workspace, item)?;
    let slot = workspace
        .catalogue
        .get_mut(position)
        .ok_or(CommandError::UnknownCatalogueItem(item.id))?;
    *slot = item;
    Ok(())
}

/// Removes an item that no scenario includes.
pub(super) fn remove_item(
    workspace: &mut Workspace,
    item: CatalogueItemId,
) -> Result<(), CommandError> {
    let position = position(workspace, item)?;
    let scenarios = names_of_scenarios_including(workspace, item);
    if !scenarios.is_empty() {
        return Err(CommandError::CatalogueItemInUse { item, scenarios });
    }
    if position < workspace.catalogue.len() {
        workspace.catalogue.remove(position);
    }
    Ok(())
}

/// The normalised item, or every problem it has.
fn checked(workspace: &Workspace, item: &CatalogueItem) -> Result<CatalogueItem, CommandError> {
    let problems = check_item(workspace, item);
    if problems.is_empty() {
        Ok(normalized_item(item))
    } else {
        Err(CommandError::InvalidCatalogueItem(problems))
    }
}

fn position(workspace: &Workspace, item: CatalogueItemId) -> Result<usize, CommandError> {
    workspace
        .catalogue
        .iter()
        .position(|c| c.id == item)
        .ok_or(CommandError::UnknownCatalogueItem(item))
}

/// Names of the scenarios with a cost line taken from `item`, each once, in display order.
fn names_of_scenarios_including(workspace: &Workspace, item: CatalogueItemId) -> Vec<String> {
    let ids = scenario_ids_including(workspace, item);
    let names = ids.into_iter().filter_map(|id| workspace.scenario(id));
    names.map(|s| s.name.clone()).collect()
}
