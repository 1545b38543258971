//! The stored shape of a history: steps with a label, a time and the changes that undo and redo them.

use serde::{Deserialize, Serialize};
use serde_json::Value;

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
    /// The change itself, reversible: applied in order to redo, inverted in reverse order to undo.
    pub changes: Vec<Change>,
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

impl Label {
    /// A label of `action` done to `subject`.
    pub fn new(action: &str, subject: impl Into<String>) -> Label {
        Label {
            action: action.to_string(),
            subject: subject.into(),
        }
    }
}

/// One step of a path into the workspace's JSON: an array index or an object key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Seg {
    /// An element of an array.
    Index(usize),
    /// A member of an object.
    Key(String),
}

/// One reversible change to the workspace's JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "camelCase", deny_unknown_fields)]
pub enum Change {
    /// The value at `path` goes from `before` to `after` (`None`: the key is absent).
    Set {
        /// Where.
        path: Vec<Seg>,
        /// What was there (`None`: nothing).
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "present"
        )]
        before: Option<Value>,
        /// What is there afterwards (`None`: nothing).
        #[serde(
            default,
            skip_serializing_if = "Option::is_none",
            deserialize_with = "present"
        )]
        after: Option<Value>,
    },
    /// In the array at `path`, from index `at`, `removed` is replaced by `inserted`.
    Splice {
        /// Where the array is.
        path: Vec<Seg>,
        /// The first index replaced.
        at: usize,
        /// The elements that were there.
        removed: Vec<Value>,
        /// The elements that are there afterwards.
        inserted: Vec<Value>,
    },
}

impl Change {
    /// The change that undoes this one.
    pub fn inverse(&self) -> Change {
        match self {
            Change::Set {
                path,
                before,
                after,
            } => Change::Set {
                path: path.clone(),
                before: after.clone(),
                after: before.clone(),
            },
            Change::Splice {
                path,
                at,
                removed,
                inserted,
            } => Change::Splice {
                path: path.clone(),
                at: *at,
                removed: inserted.clone(),
                inserted: removed.clone(),
            },
        }
    }
}

/// Reads a member that is there as `Some`, even when it is `null` (a `null` value is not an absent key).
fn present<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<Value>, D::Error> {
    Value::deserialize(deserializer).map(Some)
}
