//! Why an import was refused. Every error has a Swedish and an English message naming the JSON
//! path of the offending value (paths are relative to the file's `data`, e.g.
//! `scenarios[2].groups[0].lines[4].source.own.amounts.2016`).

use super::problem::Problem;
use super::MigrationError;
use crate::engine::model::PartyKind;

/// A refused import file or import plan; nothing was changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// The file is larger than [`super::MAX_IMPORT_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// The file is not UTF-8 text.
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        at_byte: usize,
    },
    /// The file is not well-formed JSON.
    Syntax {
        /// Line (1-based).
        line: usize,
        /// Column (1-based).
        column: usize,
        /// serde_json's description (English).
        detail: String,
    },
    /// The JSON is not a finsam-planner file (no or another `format`).
    NotOurFormat,
    /// Written by a newer version of the app.
    TooNew {
        /// The file's schema version.
        found: u64,
    },
    /// The file's version could not be migrated.
    Migration(MigrationError),
    /// A value has the wrong type or shape, or a field is unknown (serde's English detail).
    Invalid {
        /// JSON path.
        path: String,
        /// What is wrong (English, from serde).
        detail: String,
    },
    /// A required field is missing.
    MissingField {
        /// JSON path of the missing field.
        path: String,
    },
    /// Well-formed but not acceptable (a broken reference, a duplicate id, a year out of range …).
    Violation {
        /// JSON path.
        path: String,
        /// What is wrong.
        problem: Problem,
    },
    /// A scenario file's parties do not match the workspace's (by kind and name).
    PartiesDoNotMatch {
        /// The file's parties that the workspace lacks (name and kind).
        missing: Vec<(String, PartyKind)>,
    },
    /// There is no open workspace to import a scenario into.
    NoActiveWorkspace,
    /// The workspaces changed after the plan was made; make a new plan.
    PlanOutdated,
    /// The workspace has run out of identifiers.
    IdsExhausted,
    /// The choices do not fit the plan (one choice per collision is needed).
    ChoicesDoNotFit {
        /// Collisions in the plan.
        expected: usize,
        /// Choices given.
        given: usize,
    },
}

impl ImportError {
    /// A violation at `path`.
    pub(super) fn at(path: impl Into<String>, problem: Problem) -> ImportError {
        ImportError::Violation {
            path: path.into(),
            problem,
        }
    }

    /// The JSON path the error is about, if any.
    pub fn path(&self) -> Option<&str> {
        match self {
            ImportError::Invalid { path, .. }
            | ImportError::MissingField { path }
            | ImportError::Violation { path, .. } => Some(path),
            ImportError::Migration(MigrationError::Malformed { path, .. })
            | ImportError::Migration(MigrationError::FieldAlreadyPresent { path }) => Some(path),
            _ => None,
        }
    }
}
