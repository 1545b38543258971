//! The app's saved data in memory: the workspaces and the user's view choices. Pure data (serde only).
//! Serialized whole, it is the v1 stored layout; `crate::persist` now stores it as layout v2 (an index key and
//! one key per workspace) and reads the v1 value once, for the migration.

use crate::engine::examples::default_workspaces;
use crate::engine::model::Workspace;
use crate::history::History;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// The v1 localStorage key (read for the migration, never written).
pub const STORAGE_KEY: &str = "finsam-planner/v1/app";

/// The layout version inside a v1 value.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the app stores: the workspaces, which one is open, and the view settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Persisted {
    /// Layout version; a value this build does not know is refused, never guessed at.
    pub schema_version: u32,
    /// The workspaces (one per förbund).
    pub workspaces: Vec<Workspace>,
    /// Index of the open workspace.
    pub active_workspace: usize,
    /// Index of the open scenario within the open workspace.
    pub active_scenario: usize,
    /// UI language.
    pub lang: Lang,
    /// The storage id of each workspace, parallel to `workspaces` (its key is `finsam-planner/v2/ws/<id>`).
    #[serde(default, skip_serializing)]
    pub ids: Vec<String>,
    /// The undo/redo history of each workspace, parallel to `workspaces`.
    #[serde(default, skip_serializing)]
    pub histories: Vec<History>,
    /// Removed förbund, kept restorable for [`REMOVED_KEPT_DAYS`] days.
    #[serde(default, skip_serializing)]
    pub removed: Vec<RemovedWorkspace>,
}

/// How long a removed förbund stays restorable.
pub const REMOVED_KEPT_DAYS: i64 = 30;

/// A removed förbund with its history, kept until it is restored or [`REMOVED_KEPT_DAYS`] have passed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct RemovedWorkspace {
    /// Its storage id.
    pub id: String,
    /// The förbund as it was removed.
    pub workspace: Workspace,
    /// Its history.
    pub history: History,
    /// The day it was removed (`YYYY-MM-DD`).
    pub removed_on: String,
}

impl Default for Persisted {
    /// The first-open state: the built-in examples, in Swedish.
    fn default() -> Self {
        Persisted {
            schema_version: SCHEMA_VERSION,
            workspaces: default_workspaces(),
            active_workspace: 0,
            active_scenario: 0,
            lang: Lang::Sv,
            ids: vec!["example-1".to_string(), "example-2".to_string()],
            histories: vec![History::default(), History::default()],
            removed: Vec::new(),
        }
    }
}

/// Why a stored value is not usable by this build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unusable {
    /// Written by a newer (or unknown) layout version.
    UnknownVersion(u32),
    /// No workspace in it.
    Empty,
}

impl Persisted {
    /// Checks a value read from storage; indices out of range are brought back in range (they are view state).
    pub fn validated(mut self) -> Result<Self, Unusable> {
        if self.schema_version != SCHEMA_VERSION {
            return Err(Unusable::UnknownVersion(self.schema_version));
        }
        if self.workspaces.is_empty() {
            return Err(Unusable::Empty);
        }
        self.active_workspace = self.active_workspace.min(self.workspaces.len() - 1);
        self.fill_ids_and_histories();
        Ok(self)
    }

    /// Gives every workspace an id and a history (`ids` and `histories` as long as `workspaces`): see
    /// [`Persisted::filled_ids`]; a missing history becomes an empty one.
    pub fn fill_ids_and_histories(&mut self) {
        self.ids = self.filled_ids();
        self.histories
            .resize_with(self.workspaces.len(), History::default);
    }

    /// The id of every workspace, one per workspace: `ids[i]` when it is there, not empty and not used by an
    /// earlier workspace; otherwise `w<position>` (made unique among all of them).
    pub fn filled_ids(&self) -> Vec<String> {
        let count = self.workspaces.len();
        let mut ids: Vec<Option<String>> = Vec::with_capacity(count);
        for position in 0..count {
            let given = self.ids.get(position).filter(|id| {
                !id.is_empty() && !ids.iter().any(|taken| taken.as_ref() == Some(*id))
            });
            ids.push(given.cloned());
        }
        let taken = |ids: &[Option<String>], id: &str| {
            ids.iter().any(|t| t.as_deref() == Some(id)) || self.ids.iter().any(|t| t == id)
        };
        for position in 0..count {
            if ids.get(position).is_some_and(Option::is_none) {
                let mut n = position;
                let mut id = format!("w{n}");
                while taken(&ids, &id) {
                    n = n.saturating_add(1);
                    id = format!("w{n}");
                }
                if let Some(slot) = ids.get_mut(position) {
                    *slot = Some(id);
                }
            }
        }
        ids.into_iter().flatten().collect()
    }

    /// The open workspace.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.workspaces.get(self.active_workspace)
    }

    /// The open scenario's index, kept within the open workspace's scenarios.
    pub fn scenario_index(&self) -> usize {
        let count = self.workspace().map_or(0, |w| w.scenarios.len());
        self.active_scenario.min(count.saturating_sub(1))
    }

    /// The open workspace, for a change.
    pub fn workspace_mut(&mut self) -> Option<&mut Workspace> {
        self.workspaces.get_mut(self.active_workspace)
    }
}
