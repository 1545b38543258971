//! Applies a scenario file's part of an import plan to the target workspace: catalogue items
//! (added, replaced, kept both or skipped) and the scenario, with parties mapped and ids kept
//! where they are free, fresh otherwise.

use super::apply::{choice_for, imported_name, ApplyOutcome};
use super::envelope::ScenarioFile;
use super::error::ImportError;
use super::plan::{existing_scenario, Choice, ImportPlan, Subject};
use super::remap::{
    item_parties, party_map, renumbered, scenario_items, scenario_parties, Fresh, ItemMap,
};
use crate::engine::command::workspace_ids;
use crate::engine::ids::CatalogueItemId;
use crate::engine::model::{Scenario, Workspace};
use crate::engine::ordered::set_of;
use std::collections::BTreeSet;

/// Applies the scenario file `data` to `result[active]`.
pub(super) fn apply_scenario(
    result: &mut [Workspace],
    active: usize,
    plan: &ImportPlan,
    data: &ScenarioFile,
    choices: &[Choice],
) -> Result<ApplyOutcome, ImportError> {
    let target = result
        .get_mut(active)
        .ok_or(ImportError::NoActiveWorkspace)?;
    let parties = party_map(&data.parties, &target.parties)
        .map_err(|missing| ImportError::PartiesDoNotMatch { missing })?;
    let mut outcome = ApplyOutcome {
        workspace: Some(active),
        ..ApplyOutcome::default()
    };
    let file_max = max_file_id(data);
    let start = target.max_used_id().max(file_max).max(target.next_id);
    let mut fresh = Fresh::from(start.checked_add(1).ok_or(ImportError::IdsExhausted)?);
    let mut items = ItemMap::new();
    let used = workspace_ids(target);
    for item in &data.catalogue {
        let mut mapped = item_parties(item, &parties);
        let subject = Subject::CatalogueItem {
            id: item.id,
            name: item.name.clone(),
        };
        let exists = target.catalogue_item(item.id).is_some();
        match (exists, choice_for(plan, choices, &subject)) {
            (false, _) => {
                if used.contains(&item.id.0) {
                    mapped.id = CatalogueItemId(fresh.next().ok_or(ImportError::IdsExhausted)?);
                }
                items.insert(item.id, mapped.id);
                target.catalogue.push(mapped);
                outcome.added = outcome.added.saturating_add(1);
            }
            (true, None) => outcome.unchanged = outcome.unchanged.saturating_add(1),
            (true, Some(Choice::Replace)) => {
                if let Some(slot) = target.catalogue.iter_mut().find(|c| c.id == item.id) {
                    *slot = mapped;
                }
                outcome.replaced = outcome.replaced.saturating_add(1);
            }
            (true, Some(Choice::KeepBoth)) => {
                mapped.id = CatalogueItemId(fresh.next().ok_or(ImportError::IdsExhausted)?);
                mapped.name = imported_name(&mapped.name);
                items.insert(item.id, mapped.id);
                target.catalogue.push(mapped);
                outcome.kept_both = outcome.kept_both.saturating_add(1);
            }
            (true, Some(Choice::Skip)) => outcome.skipped = outcome.skipped.saturating_add(1),
        }
    }
    let scenario = scenario_items(&scenario_parties(&data.scenario, &parties), &items);
    place_scenario(
        target,
        plan,
        data,
        choices,
        scenario,
        &mut fresh,
        &mut outcome,
    )?;
    if outcome.changed() {
        let above = target.max_used_id().checked_add(1);
        target.next_id = target.next_id.max(above.ok_or(ImportError::IdsExhausted)?);
    }
    Ok(outcome)
}

fn place_scenario(
    target: &mut Workspace,
    plan: &ImportPlan,
    data: &ScenarioFile,
    choices: &[Choice],
    scenario: Scenario,
    fresh: &mut Fresh,
    outcome: &mut ApplyOutcome,
) -> Result<(), ImportError> {
    let subject = Subject::Scenario {
        id: data.scenario.id,
        name: data.scenario.name.clone(),
    };
    let existing = existing_scenario(target, data).map(|s| s.id);
    match (existing, choice_for(plan, choices, &subject)) {
        (None, _) => {
            let free = scenario_ids(&scenario).is_disjoint(&workspace_ids(target));
            let placed = if free {
                scenario
            } else {
                renumber(&scenario, fresh)?
            };
            outcome.scenario = Some(placed.id);
            target.scenarios.push(placed);
            outcome.added = outcome.added.saturating_add(1);
        }
        (Some(id), None) => {
            outcome.scenario = Some(id);
            outcome.unchanged = outcome.unchanged.saturating_add(1);
        }
        (Some(id), Some(Choice::Replace)) => {
            let mut placed = scenario;
            placed.id = id;
            let mut others = target.clone();
            others.scenarios.retain(|s| s.id != id);
            if !scenario_ids(&placed).is_disjoint(&workspace_ids(&others)) {
                placed = renumber(&placed, fresh)?;
                placed.id = id;
            }
            if let Some(slot) = target.scenarios.iter_mut().find(|s| s.id == id) {
                *slot = placed;
            }
            outcome.scenario = Some(id);
            outcome.replaced = outcome.replaced.saturating_add(1);
        }
        (Some(_), Some(Choice::KeepBoth)) => {
            let mut placed = renumber(&scenario, fresh)?;
            placed.name = imported_name(&placed.name);
            outcome.scenario = Some(placed.id);
            target.scenarios.push(placed);
            outcome.kept_both = outcome.kept_both.saturating_add(1);
        }
        (Some(id), Some(Choice::Skip)) => {
            outcome.scenario = Some(id);
            outcome.skipped = outcome.skipped.saturating_add(1);
        }
    }
    Ok(())
}

fn renumber(scenario: &Scenario, fresh: &mut Fresh) -> Result<Scenario, ImportError> {
    renumbered(scenario, fresh).ok_or(ImportError::IdsExhausted)
}

/// Every id of a scenario: itself, its groups and lines.
fn scenario_ids(scenario: &Scenario) -> BTreeSet<u32> {
    set_of(crate::engine::command::scenario_ids(scenario))
}

fn max_file_id(data: &ScenarioFile) -> u32 {
    let items = data.catalogue.iter().map(|c| c.id.0);
    let parties = data.parties.iter().map(|p| p.id.0);
    let own = scenario_ids(&data.scenario).into_iter();
    items.chain(parties).chain(own).max().unwrap_or(0)
}
