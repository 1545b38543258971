//! The one entry point for every change to the saved data: [`apply_change`] takes an [`AppCommand`] —
//! an edit of the open förbund, undo/redo/jump, the display unit, an import, a new, removed or restored
//! förbund, or a view choice — and records each change to a förbund in that förbund's history. Pure.

mod import;
pub mod merge;
mod workspaces;

use crate::engine::command::{self, Command, CommandError};
use crate::engine::exchange::{Choice, ImportError, ImportPlan};
use crate::engine::ids::ScenarioId;
use crate::engine::model::Workspace;
use crate::engine::money_text::DisplayUnit;
use crate::history::{self, HistoryError, Label};
use crate::i18n::Lang;
use crate::persisted::Persisted;

pub use workspaces::new_workspace_id;

/// Every change the app can make to what it saves.
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)] // built once per user action and consumed at once: no array holds many
pub enum AppCommand {
    /// An engine command on the open förbund (recorded in its history).
    Edit(Command),
    /// Undoes the open förbund's last done step.
    Undo,
    /// Redoes the open förbund's first undone step.
    Redo,
    /// Brings the open förbund back to the state after `position` steps, recorded as a new step.
    JumpTo {
        /// How many of the steps stay done.
        position: usize,
    },
    /// kr or t kr for the open förbund (recorded).
    SetDisplayUnit(DisplayUnit),
    /// Applies an import plan with the chosen options (each changed förbund records one step).
    Import {
        /// The plan the preview showed.
        plan: Box<ImportPlan>,
        /// One choice per collision.
        choices: Vec<Choice>,
    },
    /// Adds a förbund (from the template, or a copy) and opens it.
    AddWorkspace(Box<Workspace>),
    /// Moves the förbund at this position to the removed list (restorable for 30 days).
    RemoveWorkspace(usize),
    /// Brings a removed förbund back and opens it.
    RestoreWorkspace(String),
    /// Resolves a conflict with another tab in the open förbund (which holds the other tab's version): each
    /// picked scenario is taken from `mine`, this tab's version (recorded as one step).
    MergeTab {
        /// This tab's version of the förbund.
        mine: Box<Workspace>,
        /// One choice per differing scenario; the others keep the other tab's version.
        picks: Vec<(ScenarioId, merge::Pick)>,
        /// Added to the name of a scenario kept as a copy (" (min version)").
        copy_suffix: String,
    },
    /// Opens a förbund and one of its scenarios (a view choice: not recorded).
    Open {
        /// Position of the förbund.
        workspace: usize,
        /// Position of the scenario in it.
        scenario: usize,
    },
    /// The UI language (a view choice: not recorded).
    SetLang(Lang),
}

/// The moment of a change: for the history's times, new ids and the removal day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeContext {
    /// ISO 8601 time, shown in the history.
    pub iso: String,
    /// Milliseconds since 1970, for new storage ids.
    pub millis: u64,
    /// The local day (`YYYY-MM-DD`).
    pub today: String,
}

/// What a change did, for the UI's message.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changed {
    /// The label of the step recorded, undone or redone, if any.
    pub label: Option<Label>,
    /// What an import did.
    pub import: Option<crate::engine::exchange::ApplyOutcome>,
}

/// Why a change was refused; the data is then exactly as before.
#[derive(Debug, Clone, PartialEq)]
pub enum ChangeError {
    /// The engine refused the command.
    Command(CommandError),
    /// The import was refused.
    Import(ImportError),
    /// The step does not fit the förbund (or there is nothing to undo or redo).
    History(HistoryError),
    /// No förbund is open.
    NoWorkspace,
    /// The last förbund cannot be removed.
    LastWorkspace,
    /// No removed förbund has this id.
    NotRemoved,
}

/// Applies one change to `data`. On `Err` nothing changed.
///
/// # Errors
/// A [`ChangeError`] saying why the change was refused.
pub fn apply_change(
    data: &mut Persisted,
    change: AppCommand,
    at: &ChangeContext,
) -> Result<Changed, ChangeError> {
    data.fill_ids_and_histories();
    workspaces::forget_expired(data, &at.today);
    match change {
        AppCommand::Edit(command) => edit(data, command, at),
        AppCommand::Undo => step_back_or_forth(data, true),
        AppCommand::Redo => step_back_or_forth(data, false),
        AppCommand::JumpTo { position } => jump(data, position, at),
        AppCommand::SetDisplayUnit(unit) => set_display_unit(data, unit, at),
        AppCommand::Import { plan, choices } => import::apply(data, &plan, &choices, at),
        AppCommand::AddWorkspace(workspace) => Ok(workspaces::add(data, *workspace, at)),
        AppCommand::RemoveWorkspace(index) => workspaces::remove(data, index, at),
        AppCommand::RestoreWorkspace(id) => workspaces::restore(data, &id),
        AppCommand::MergeTab {
            mine,
            picks,
            copy_suffix,
        } => merge_tab(data, &mine, &picks, &copy_suffix, at),
        AppCommand::Open {
            workspace,
            scenario,
        } => Ok(workspaces::open(data, workspace, scenario)),
        AppCommand::SetLang(lang) => {
            data.lang = lang;
            Ok(Changed::default())
        }
    }
}

/// The open förbund and its history.
fn open_parts(
    data: &mut Persisted,
) -> Result<(&mut Workspace, &mut history::History), ChangeError> {
    let at = data.active_workspace;
    match (data.workspaces.get_mut(at), data.histories.get_mut(at)) {
        (Some(workspace), Some(history)) => Ok((workspace, history)),
        _ => Err(ChangeError::NoWorkspace),
    }
}

fn edit(
    data: &mut Persisted,
    command: Command,
    at: &ChangeContext,
) -> Result<Changed, ChangeError> {
    let open = open_scenario(data);
    let (workspace, history) = open_parts(data)?;
    let label = history::describe(&command, workspace);
    record(workspace, history, label.clone(), at, |w| {
        command::apply(w, command).map_err(ChangeError::Command)
    })?;
    keep_open(data, open);
    Ok(Changed {
        label: Some(label),
        import: None,
    })
}

fn set_display_unit(
    data: &mut Persisted,
    unit: DisplayUnit,
    at: &ChangeContext,
) -> Result<Changed, ChangeError> {
    let (workspace, history) = open_parts(data)?;
    if workspace.settings.display_unit == unit {
        return Ok(Changed::default());
    }
    let label = Label {
        action: history::SET_DISPLAY_UNIT.to_string(),
        subject: unit_name(unit).to_string(),
    };
    record(workspace, history, label.clone(), at, |w| {
        w.settings.display_unit = unit;
        Ok(())
    })?;
    Ok(Changed {
        label: Some(label),
        import: None,
    })
}

fn unit_name(unit: DisplayUnit) -> &'static str {
    match unit {
        DisplayUnit::Kr => "kr",
        DisplayUnit::Tkr => "t kr",
    }
}

/// Changes `workspace` with `change` and records the difference as one step (nothing when unchanged).
pub(crate) fn record(
    workspace: &mut Workspace,
    history: &mut history::History,
    label: Label,
    at: &ChangeContext,
    change: impl FnOnce(&mut Workspace) -> Result<(), ChangeError>,
) -> Result<(), ChangeError> {
    let before = workspace.clone();
    change(workspace)?;
    let changes = history::diff(&before, workspace);
    history.record(label, at.iso.clone(), changes);
    Ok(())
}

fn step_back_or_forth(data: &mut Persisted, back: bool) -> Result<Changed, ChangeError> {
    let open = open_scenario(data);
    let (workspace, history) = open_parts(data)?;
    let label = if back {
        history.undo(workspace)
    } else {
        history.redo(workspace)
    }
    .map_err(ChangeError::History)?;
    keep_open(data, open);
    Ok(Changed {
        label: Some(label),
        import: None,
    })
}

fn jump(data: &mut Persisted, position: usize, at: &ChangeContext) -> Result<Changed, ChangeError> {
    let open = open_scenario(data);
    let (workspace, history) = open_parts(data)?;
    history
        .jump_to(workspace, position, at.iso.clone())
        .map_err(ChangeError::History)?;
    let label = history.next_undo().cloned();
    keep_open(data, open);
    Ok(Changed {
        label,
        import: None,
    })
}

fn merge_tab(
    data: &mut Persisted,
    mine: &Workspace,
    picks: &[(ScenarioId, merge::Pick)],
    copy_suffix: &str,
    at: &ChangeContext,
) -> Result<Changed, ChangeError> {
    let open = open_scenario(data);
    let (workspace, history) = open_parts(data)?;
    let label = Label::new(history::MERGE_TAB, String::new());
    record(workspace, history, label.clone(), at, |w| {
        *w = merge::merged(mine, w, picks, copy_suffix).map_err(ChangeError::Import)?;
        Ok(())
    })?;
    keep_open(data, open);
    Ok(Changed {
        label: Some(label),
        import: None,
    })
}

/// The id of the open scenario, to keep it open when positions move.
fn open_scenario(data: &Persisted) -> Option<ScenarioId> {
    data.workspace()
        .and_then(|w| w.scenarios.get(data.scenario_index()))
        .map(|s| s.id)
}

/// Keeps the scenario `open` open if it is still there (its position may have moved).
fn keep_open(data: &mut Persisted, open: Option<ScenarioId>) {
    let position = open.and_then(|id| {
        data.workspace()
            .and_then(|w| w.scenarios.iter().position(|s| s.id == id))
    });
    if let Some(p) = position {
        data.active_scenario = p;
    }
    data.active_scenario = data.scenario_index();
}
