//! The undo/redo history of one förbund: every change recorded as a reversible step (what changed, in which
//! part of the workspace, with its label and time), bounded in count and size, stored with the förbund.
//! Pure (serde + serde_json only): it runs natively in tests and in the browser alike.

mod model;

pub use model::{History, Label, Step};
