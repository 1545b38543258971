//! The schema version this build writes, and bringing older stored workspace data up to it through the
//! exchange migrations (the same steps as for imported files).

use super::layout::Reason;
use crate::engine::exchange::{self, MigrationError};
use serde_json::Value;

pub use crate::engine::exchange::SCHEMA_VERSION;

/// Workspace data of schema version `from`, brought up to [`SCHEMA_VERSION`] (the input is not changed).
pub fn migrate_workspace(value: &Value, from: u32) -> Result<Value, Reason> {
    exchange::migrate_workspace(value, from).map_err(|error| match error {
        MigrationError::TooNew { found } => Reason::NewerVersion(found),
        other => Reason::Migration(other),
    })
}
