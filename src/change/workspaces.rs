//! Adding, removing (to the removed list, restorable for 30 days, then forgotten), restoring and opening förbund.

use super::{ChangeContext, ChangeError, Changed};
use crate::engine::model::Workspace;
use crate::history::History;
use crate::persist::exports::day_number;
use crate::persisted::{Persisted, RemovedWorkspace, REMOVED_KEPT_DAYS};

/// A storage id not used by any förbund in `data` (kept or removed): the time in hex and a counter.
pub fn new_workspace_id(data: &Persisted, millis: u64) -> String {
    let used =
        |id: &str| data.ids.iter().any(|i| i == id) || data.removed.iter().any(|r| r.id == id);
    let mut n: u32 = 1;
    loop {
        let id = format!("{millis:x}-{n}");
        if !used(&id) {
            return id;
        }
        n = n.saturating_add(1);
    }
}

/// Adds `workspace` with a new id and an empty history, and opens it.
pub fn add(data: &mut Persisted, workspace: Workspace, at: &ChangeContext) -> Changed {
    let id = new_workspace_id(data, at.millis);
    data.workspaces.push(workspace);
    data.ids.push(id);
    data.histories.push(History::default());
    data.active_workspace = data.workspaces.len().saturating_sub(1);
    data.active_scenario = 0;
    Changed::default()
}

/// Moves the förbund at `index` to the removed list; the same förbund stays open when it can.
pub fn remove(
    data: &mut Persisted,
    index: usize,
    at: &ChangeContext,
) -> Result<Changed, ChangeError> {
    if data.workspaces.len() <= 1 {
        return Err(ChangeError::LastWorkspace);
    }
    if index >= data.workspaces.len() {
        return Err(ChangeError::NoWorkspace);
    }
    let workspace = data.workspaces.remove(index);
    let id = data.ids.remove(index);
    let history = data.histories.remove(index);
    data.removed.push(RemovedWorkspace {
        id,
        workspace,
        history,
        removed_on: at.today.clone(),
    });
    let last = data.workspaces.len().saturating_sub(1);
    if index < data.active_workspace {
        data.active_workspace = data.active_workspace.saturating_sub(1);
    } else if index == data.active_workspace {
        data.active_workspace = index.min(last);
        data.active_scenario = 0;
    }
    Ok(Changed::default())
}

/// Brings the removed förbund `id` back at the end of the list and opens it.
pub fn restore(data: &mut Persisted, id: &str) -> Result<Changed, ChangeError> {
    let at = data
        .removed
        .iter()
        .position(|r| r.id == id)
        .ok_or(ChangeError::NotRemoved)?;
    let removed = data.removed.remove(at);
    data.workspaces.push(removed.workspace);
    data.ids.push(removed.id);
    data.histories.push(removed.history);
    data.active_workspace = data.workspaces.len().saturating_sub(1);
    data.active_scenario = 0;
    Ok(Changed::default())
}

/// Opens the förbund at `workspace` (ignored when out of range) and its scenario at `scenario`.
pub fn open(data: &mut Persisted, workspace: usize, scenario: usize) -> Changed {
    if workspace < data.workspaces.len() {
        data.active_workspace = workspace;
        data.active_scenario = scenario;
        data.active_scenario = data.scenario_index();
    }
    Changed::default()
}

/// Drops the removed förbund whose [`REMOVED_KEPT_DAYS`] have passed by `today` (a förbund removed on
/// 2026-01-01 is restorable through 2026-01-30). An unreadable date keeps the förbund.
pub fn forget_expired(data: &mut Persisted, today: &str) {
    let Some(today) = day_number(today) else {
        return;
    };
    data.removed.retain(|r| {
        day_number(&r.removed_on)
            .is_none_or(|removed| today.saturating_sub(removed) < REMOVED_KEPT_DAYS)
    });
}
