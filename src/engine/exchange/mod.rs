//! Export and import of workspaces and scenarios as JSON files, and the schema migrations that
//! bring older data (files or stored values) up to the current version. Pure: no web crates.
//!
//! - [`migrate_workspace`]: `vN → vN+1` steps on `serde_json::Value`, up to [`SCHEMA_VERSION`].
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::arithmetic_side_effects
)]

pub mod migrate;

pub use migrate::{migrate_workspace, MigrationError, SCHEMA_VERSION};
