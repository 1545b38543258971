//! Applies an import plan with the user's choices, all or nothing: the work is done on a copy,
//! the changed workspace is checked like an imported file, and only then swapped in.

use super::check_workspace::workspace_file;
use super::envelope::{ImportContent, ScenarioFile};
use super::error::ImportError;
use super::plan::{existing_scenario, plan_import, same_workspace, Choice, ImportPlan, Subject};
use super::remap::{
    item_parties, party_map, renumbered, scenario_items, scenario_parties, Fresh, ItemMap,
};
use crate::engine::command::MAX_NAME_CHARS;
use crate::engine::ids::{CatalogueItemId, ScenarioId};
use crate::engine::model::{Scenario, Workspace};
use std::collections::BTreeSet;

/// What an applied import did.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ApplyOutcome {
    /// The workspace that was added or changed (or looked at, if nothing changed).
    pub workspace: Option<usize>,
    /// The imported scenario's id in that workspace (scenario files, unless skipped).
    pub scenario: Option<ScenarioId>,
    /// Things added.
    pub added: usize,
    /// Things replaced.
    pub replaced: usize,
    /// Things added as copies next to the current ones.
    pub kept_both: usize,
    /// Collisions skipped.
    pub skipped: usize,
    /// Things already there, identical.
    pub unchanged: usize,
}

impl ApplyOutcome {
    /// True if the workspaces changed.
    pub fn changed(&self) -> bool {
        self.added > 0 || self.replaced > 0 || self.kept_both > 0
    }
}

/// The suffix of a name kept next to the current one.
const IMPORTED: &str = " (importerad)";

/// Applies `plan` (made by [`plan_import`] for these `workspaces` and `active`) with one choice
/// per collision. On `Err` the workspaces are exactly as before.
///
/// # Errors
/// The plan's [`ImportPlan::blocked`] reason, [`ImportError::PlanOutdated`] if the workspaces
/// changed since the plan was made, [`ImportError::ChoicesDoNotFit`], or a check of the result.
pub fn apply_import(
    workspaces: &mut Vec<Workspace>,
    active: usize,
    plan: &ImportPlan,
    choices: &[Choice],
) -> Result<ApplyOutcome, ImportError> {
    if let Some(reason) = &plan.blocked {
        return Err(reason.clone());
    }
    if plan_import(workspaces, active, &plan.file) != *plan {
        return Err(ImportError::PlanOutdated);
    }
    if choices.len() != plan.collisions.len() {
        return Err(ImportError::ChoicesDoNotFit {
            expected: plan.collisions.len(),
            given: choices.len(),
        });
    }
    let mut result = workspaces.clone();
    let outcome = match &plan.file.content {
        ImportContent::Workspace(incoming) => apply_workspace(&mut result, incoming, choices)?,
        ImportContent::Scenario(data) => apply_scenario(&mut result, active, plan, data, choices)?,
    };
    let index = outcome.workspace.filter(|_| outcome.changed());
    if let Some(changed) = index.and_then(|i| result.get(i)) {
        workspace_file(changed)?;
    }
    *workspaces = result;
    Ok(outcome)
}

fn apply_workspace(
    result: &mut Vec<Workspace>,
    incoming: &Workspace,
    choices: &[Choice],
) -> Result<ApplyOutcome, ImportError> {
    let mut outcome = ApplyOutcome::default();
    let found = same_workspace(result, incoming);
    match (found, choices.first()) {
        (None, _) => {
            result.push(incoming.clone());
            outcome.workspace = Some(result.len().saturating_sub(1));
            outcome.added = 1;
        }
        (Some(i), None) => {
            outcome.workspace = Some(i);
            outcome.unchanged = 1;
        }
        (Some(i), Some(choice)) => {
            outcome.workspace = Some(i);
            match choice {
                Choice::Replace => {
                    let slot = result.get_mut(i).ok_or(ImportError::PlanOutdated)?;
                    *slot = incoming.clone();
                    outcome.replaced = 1;
                }
                Choice::KeepBoth => {
                    let mut copy = incoming.clone();
                    copy.name = imported_name(&copy.name);
                    result.push(copy);
                    outcome.workspace = Some(result.len().saturating_sub(1));
                    outcome.kept_both = 1;
                }
                Choice::Skip => outcome.skipped = 1,
            }
        }
    }
    Ok(outcome)
}

/// `name (importerad)`, shortened to fit the name limit.
fn imported_name(name: &str) -> String {
    let room = MAX_NAME_CHARS.saturating_sub(IMPORTED.chars().count());
    let kept: String = name.trim().chars().take(room).collect();
    format!("{}{IMPORTED}", kept.trim_end())
}

/// The choice for a subject of the plan (`None`: not a collision).
fn choice_for(plan: &ImportPlan, choices: &[Choice], subject: &Subject) -> Option<Choice> {
    let position = plan
        .collisions
        .iter()
        .position(|c| c.incoming == *subject)?;
    choices.get(position).copied()
}

fn apply_scenario(
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
    let used = used_ids(target);
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
            let free = scenario_ids(&scenario).is_disjoint(&used_ids(target));
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
            if !scenario_ids(&placed).is_disjoint(&used_ids(&others)) {
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
    let mut ids = BTreeSet::from([scenario.id.0]);
    for group in &scenario.groups {
        ids.insert(group.id.0);
        ids.extend(group.lines.iter().map(|l| l.id.0));
    }
    ids.extend(scenario.other_income.iter().map(|l| l.id.0));
    ids
}

/// Every id used in a workspace.
fn used_ids(ws: &Workspace) -> BTreeSet<u32> {
    let mut ids: BTreeSet<u32> = ws.parties.iter().map(|p| p.id.0).collect();
    ids.extend(ws.catalogue.iter().map(|c| c.id.0));
    for scenario in &ws.scenarios {
        ids.extend(scenario_ids(scenario));
    }
    ids
}

fn max_file_id(data: &ScenarioFile) -> u32 {
    let items = data.catalogue.iter().map(|c| c.id.0);
    let parties = data.parties.iter().map(|p| p.id.0);
    let own = scenario_ids(&data.scenario).into_iter();
    items.chain(parties).chain(own).max().unwrap_or(0)
}
