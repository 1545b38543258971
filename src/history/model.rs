//! The stored shape of a history: steps with a label, a time and the changes that undo and redo them.

use serde::{Deserialize, Serialize};

/// One förbund's history: `steps[..position]` are done (undo takes `steps[position - 1]`),
/// `steps[position..]` are undone (redo takes `steps[position]`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct History {
    /// The recorded steps, oldest first.
    pub steps: Vec<Step>,
    /// How many of them are done.
    pub position: usize,
}

/// One recorded change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Step {
    /// What was done, for "Ångra: …" and the history list.
    pub label: Label,
    /// When (ISO 8601, for display).
    pub at: String,
    /// The change itself, reversible (JSON patches of the parts that changed).
    pub changes: serde_json::Value,
}

/// What a step did, named by the engine and worded by `i18n::history`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Label {
    /// The kind of action, a stable snake_case name (e.g. `remove_group`).
    pub action: String,
    /// What it was done to (e.g. the group's name), possibly empty.
    pub subject: String,
}
