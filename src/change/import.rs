//! An import through the one entry point: the engine's all-or-nothing `apply_import`, then every förbund it
//! changed records one step ("Import") in its history, and an added förbund gets an id and an empty history.

use super::{ChangeContext, ChangeError, Changed};
use crate::engine::exchange::{apply_import, Choice, ImportPlan};
use crate::history::{self, History, Label};
use crate::persisted::Persisted;

/// Applies `plan` with `choices` and opens what was imported.
pub fn apply(
    data: &mut Persisted,
    plan: &ImportPlan,
    choices: &[Choice],
    at: &ChangeContext,
) -> Result<Changed, ChangeError> {
    let before = data.workspaces.clone();
    let outcome = apply_import(&mut data.workspaces, data.active_workspace, plan, choices)
        .map_err(ChangeError::Import)?;
    let label = Label {
        action: history::IMPORT.to_string(),
        subject: String::new(),
    };
    for (position, old) in before.iter().enumerate() {
        let (Some(new), Some(history)) = (
            data.workspaces.get(position),
            data.histories.get_mut(position),
        ) else {
            continue;
        };
        if new != old {
            history.record(label.clone(), at.iso.clone(), history::diff(old, new));
        }
    }
    while data.ids.len() < data.workspaces.len() {
        let id = super::new_workspace_id(data, at.millis);
        data.ids.push(id);
        data.histories.push(History::default());
    }
    if outcome.changed() {
        open_result(data, &outcome);
    }
    Ok(Changed {
        label: Some(label),
        import: Some(outcome),
    })
}

/// Opens the imported förbund and scenario.
fn open_result(data: &mut Persisted, outcome: &crate::engine::exchange::ApplyOutcome) {
    let Some(index) = outcome.workspace.filter(|i| *i < data.workspaces.len()) else {
        return;
    };
    data.active_workspace = index;
    let position = outcome.scenario.and_then(|id| {
        data.workspace()
            .and_then(|w| w.scenarios.iter().position(|s| s.id == id))
    });
    data.active_scenario = position.unwrap_or(0);
}
