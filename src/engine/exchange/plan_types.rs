//! The parts of an import preview: choices, subjects, collisions and their differences.

use super::diff::ScenarioDiff;
use crate::engine::ids::{CatalogueItemId, ScenarioId};

/// What to do with one collision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    /// Overwrite the current data with the file's.
    Replace,
    /// Keep the current data and add the file's as a copy ("… (importerad)", new ids).
    KeepBoth,
    /// Keep the current data; ignore the file's (the default: never overwrite by default).
    #[default]
    Skip,
}

/// A thing in a file or in the current data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// A workspace (förbund).
    Workspace {
        /// Its name.
        name: String,
    },
    /// A scenario.
    Scenario {
        /// Its id.
        id: ScenarioId,
        /// Its name.
        name: String,
    },
    /// A catalogue item.
    CatalogueItem {
        /// Its id.
        id: CatalogueItemId,
        /// Its name.
        name: String,
    },
}

/// A file's thing that collides with current data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Collision {
    /// The file's.
    pub incoming: Subject,
    /// The current data's.
    pub existing: Subject,
    /// How they differ.
    pub change: Change,
}

/// How a collision's two sides differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Two versions of a workspace.
    Workspace(WorkspaceDiff),
    /// Two versions of a scenario: the differing figures (`None`: they cannot be compared).
    Scenario(Option<ScenarioDiff>),
    /// Two versions of a catalogue item: the names of the differing fields.
    CatalogueItem {
        /// Field names, e.g. `amounts`, `status`.
        fields: Vec<&'static str>,
    },
}

/// How two versions of a workspace differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkspaceDiff {
    /// Names of differing top-level fields other than the scenarios (e.g. `parties`, `catalogue`).
    pub fields: Vec<&'static str>,
    /// Scenarios added, removed or changed by the file.
    pub scenarios: Vec<ScenarioChange>,
}

/// One scenario's change in a workspace collision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioChange {
    /// The scenario's name.
    pub name: String,
    /// What happens to it.
    pub kind: ScenarioChangeKind,
}

/// Added, removed or changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScenarioChangeKind {
    /// Only in the file.
    Added,
    /// Only in the current data.
    Removed,
    /// In both, different (`None`: the figures cannot be compared).
    Changed(Option<ScenarioDiff>),
}
