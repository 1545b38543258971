//! The undo/redo history of one förbund: every change recorded as a reversible step (what changed, in which
//! part of the workspace, with its label and time), bounded in count and size, stored with the förbund.
//! Pure (serde + serde_json only): it runs natively in tests and in the browser alike.
//!
//! A step's changes are computed on the workspace's JSON ([`diff`]), part by part on a large förbund; undo
//! applies their inverses in reverse order, redo applies them again, each checking that it finds what it
//! recorded.

mod actions;
mod apply;
mod describe;
mod diff;
mod model;
mod moves;
mod record;
mod split;

pub use actions::{all_actions, COMMAND_ACTIONS, IMPORT, JUMP, MERGE_TAB, SET_DISPLAY_UNIT};
pub use describe::describe;
pub use model::{Change, History, Label, Seg, Step};

use crate::engine::model::Workspace;

/// The most steps kept (the oldest are dropped first).
pub const MAX_STEPS: usize = 250;
/// The most bytes the steps may take as JSON (`serde_json::to_string(&history.steps)`); a single larger
/// step is still kept, alone.
pub const MAX_BYTES: usize = 1_000_000;

/// Why the history could not move.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryError {
    /// The workspace has changed since in a way the step does not fit.
    DoesNotFit,
    /// No step is done.
    NothingToUndo,
    /// No step is undone.
    NothingToRedo,
    /// The position is beyond the last step.
    NoSuchPosition,
}

/// The changes that turn `before` into `after` (empty when equal).
pub fn diff(before: &Workspace, after: &Workspace) -> Vec<Change> {
    split::diff_in_parts(before, after)
}
