//! Export and import of workspaces and scenarios as JSON files, and the schema migrations that
//! bring older data (files or stored values) up to the current version. Pure: no web crates.
//!
//! - [`migrate_workspace`]: `vN → vN+1` steps on `serde_json::Value`, up to [`SCHEMA_VERSION`];
//! - [`export_workspace`] / [`export_scenario`] / [`file_name`]: byte-stable export files;
//! - [`parse_import`]: bytes → a checked [`ImportFile`], or an [`ImportError`] with the JSON path;
//! - [`plan_import`] / [`apply_import`]: the preview (added, unchanged, collisions with their
//!   differences in kr) and its all-or-nothing application with a [`Choice`] per collision.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::arithmetic_side_effects
)]

mod apply;
mod apply_scenario;
mod check_catalogue;
mod check_ids;
mod check_parts;
mod check_scenario;
mod check_source;
mod check_text;
mod check_workspace;
mod diff;
mod envelope;
mod error;
mod export;
mod file_name;
mod messages;
pub mod migrate;
mod missing_keys;
mod parse;
mod plan;
mod plan_types;
mod plan_workspace;
mod problem;
mod remap;
#[cfg(test)]
mod schema_test;
mod serde_text;
mod strict_json;

pub use apply::{apply_import, ApplyOutcome};
pub use diff::{DiffRow, ScenarioDiff};
pub use envelope::{ExportKind, ImportContent, ImportFile, ScenarioFile, FORMAT};
pub use error::ImportError;

/// Checks a whole förbund as an imported workspace file is checked (ids, texts, references, years, amounts).
///
/// # Errors
/// The first finding, with its path.
pub fn check_workspace(workspace: &crate::engine::model::Workspace) -> Result<(), ImportError> {
    check_workspace::workspace_file(workspace)
}
pub use export::{
    export_file, export_scenario, export_workspace, scenario_file, used_items, ExportError,
};
pub use file_name::{file_name, slug};
pub use migrate::{migrate_workspace, MigrationError, SCHEMA_VERSION};
pub use parse::{parse_import, MAX_IMPORT_BYTES};
pub use plan::{
    plan_import, Change, Choice, Collision, ImportPlan, ScenarioChange, ScenarioChangeKind,
    Subject, WorkspaceDiff,
};
pub use problem::Problem;
