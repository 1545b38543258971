//! The stored layout v2: an index key and one key per workspace, each a whole envelope
//! `{format, schemaVersion, revision, savedAt, data}`; and reading such a value with a reason when it fails.

use super::migration::{migrate_workspace, SCHEMA_VERSION};
use crate::engine::exchange::MigrationError;
use crate::engine::model::Workspace;
use crate::i18n::Lang;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Every key the app writes starts with this ("Radera all lokal data" removes them all).
pub const APP_PREFIX: &str = "finsam-planner/";
/// The index: which workspaces exist, in order, and the view choices.
pub const INDEX_KEY: &str = "finsam-planner/v2/index";
/// Prefix of a workspace key; the workspace's id follows.
pub const WORKSPACE_PREFIX: &str = "finsam-planner/v2/ws/";
/// The layout before v2: everything in one value. Read for the migration, never written or deleted by it.
pub const V1_KEY: &str = "finsam-planner/v1/app";
/// Key used to check that storage works.
pub const PROBE_KEY: &str = "finsam-planner/probe";
/// `format` of the index envelope.
pub const INDEX_FORMAT: &str = "finsam-planner/index";
/// `format` of a workspace envelope.
pub const WORKSPACE_FORMAT: &str = "finsam-planner/workspace";

/// The key of the workspace with `id`.
pub fn workspace_key(id: &str) -> String {
    format!("{WORKSPACE_PREFIX}{id}")
}

/// The key a raw value is copied to before "Börja om" replaces it.
pub fn quarantine_key(key: &str, stamp_ms: u64) -> String {
    format!("{key}:quarantine:{stamp_ms}")
}

/// One stored document with its header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Envelope<T> {
    /// What kind of document this is.
    pub format: String,
    /// The schema version of `data`.
    pub schema_version: u32,
    /// Counts the writes of this key; a write based on an older revision is refused.
    pub revision: u64,
    /// When it was written (for display only; ordering uses `revision`).
    pub saved_at: String,
    /// The document.
    pub data: T,
}

/// The index document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct IndexData {
    /// Ids of the workspaces, in display order.
    pub workspaces: Vec<String>,
    /// Position of the open workspace.
    pub active_workspace: usize,
    /// Position of the open scenario in the open workspace.
    pub active_scenario: usize,
    /// UI language.
    pub lang: Lang,
    /// The day of the last export (`YYYY-MM-DD`), if any.
    #[serde(default)]
    pub last_exported_on: Option<String>,
    /// The day of the first change not in an export, if any.
    #[serde(default)]
    pub first_unexported_change_on: Option<String>,
}

/// Why a stored value cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The text is not JSON (the parser's message).
    NotJson(String),
    /// JSON, but not a document of this app.
    NotOurFormat,
    /// Written by a newer version of the app.
    NewerVersion(u32),
    /// Our format, but a value is invalid (the parser's message, with where).
    InvalidValue(String),
    /// The index names a workspace whose key is missing.
    Missing,
    /// Older data that the migration could not bring up to date.
    Migration(MigrationError),
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    format: Option<Value>,
    schema_version: Option<Value>,
}

/// Reads an envelope of `format` from `raw`, migrating older workspace data; the reason when it cannot.
pub fn read_envelope<T: DeserializeOwned>(raw: &str, format: &str) -> Result<Envelope<T>, Reason> {
    let header: Header = serde_json::from_str(raw).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => Reason::NotOurFormat,
        _ => Reason::NotJson(e.to_string()),
    })?;
    if header.format.as_ref().and_then(Value::as_str) != Some(format) {
        return Err(Reason::NotOurFormat);
    }
    let version = header
        .schema_version
        .as_ref()
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| Reason::InvalidValue("schemaVersion".to_string()))?;
    if version > SCHEMA_VERSION {
        return Err(Reason::NewerVersion(version));
    }
    if version == SCHEMA_VERSION {
        let mut json = serde_json::Deserializer::from_str(raw);
        return serde_path_to_error::deserialize(&mut json).map_err(invalid_at);
    }
    migrate_envelope(raw, version)
}

fn migrate_envelope<T: DeserializeOwned>(raw: &str, version: u32) -> Result<Envelope<T>, Reason> {
    let mut value: Value = serde_json::from_str(raw).map_err(|e| Reason::NotJson(e.to_string()))?;
    if let Some(data) = value.get_mut("data") {
        *data = migrate_workspace(data, version)?;
    }
    if let Some(v) = value.get_mut("schemaVersion") {
        *v = Value::from(SCHEMA_VERSION);
    }
    serde_path_to_error::deserialize(value).map_err(invalid_at)
}

/// An invalid value with its path in the document, e.g. `data.catalogue[3].amounts.2023: invalid type …`.
fn invalid_at(error: serde_path_to_error::Error<serde_json::Error>) -> Reason {
    Reason::InvalidValue(format!("{}: {}", error.path(), error.inner()))
}

/// The stored text of an envelope: compact JSON.
pub fn write_envelope<T: Serialize>(envelope: &Envelope<T>) -> Result<String, String> {
    serde_json::to_string(envelope).map_err(|e| e.to_string())
}

/// The revision and version of a stored value, without reading its data (for the compare-and-set check).
pub fn stored_header(raw: &str) -> Option<(u64, u32)> {
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct Head {
        revision: u64,
        schema_version: u32,
    }
    serde_json::from_str::<Head>(raw)
        .ok()
        .map(|h| (h.revision, h.schema_version))
}

/// A workspace envelope's data type.
pub type WorkspaceEnvelope = Envelope<Workspace>;
/// The index envelope's data type.
pub type IndexEnvelope = Envelope<IndexData>;
