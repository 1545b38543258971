//! Applies an import plan with the user's choices, all or nothing: the work is done on a copy,
//! the changed workspace is checked like an imported file, and only then swapped in.

use super::apply_scenario::apply_scenario;
use super::check_workspace::workspace_file;
use super::envelope::ImportContent;
use super::error::ImportError;
use super::plan::{plan_import, same_workspace, Choice, ImportPlan, Subject};
use crate::engine::command::MAX_NAME_CHARS;
use crate::engine::ids::ScenarioId;
use crate::engine::model::Workspace;

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
pub(super) fn imported_name(name: &str) -> String {
    let room = MAX_NAME_CHARS.saturating_sub(IMPORTED.chars().count());
    let kept: String = name.trim().chars().take(room).collect();
    format!("{}{IMPORTED}", kept.trim_end())
}

/// The choice for a subject of the plan (`None`: not a collision).
pub(super) fn choice_for(
    plan: &ImportPlan,
    choices: &[Choice],
    subject: &Subject,
) -> Option<Choice> {
    let position = plan
        .collisions
        .iter()
        .position(|c| c.incoming == *subject)?;
    choices.get(position).copied()
}
