//! The stored layout v2: an index key, one key per workspace, one key per workspace's undo history, and one
//! key for the removed förbund, each a whole envelope `{format, schemaVersion, revision, savedAt, data}`; the
//! set-aside copies of values that could not be read; and reading such a value with a reason when it fails.

use super::migration::{migrate_workspace, SCHEMA_VERSION};
use crate::engine::exchange::MigrationError;
use crate::engine::json_path::path_of_error;
use crate::engine::model::Workspace;
use crate::history::History;
use crate::i18n::Lang;
use crate::persisted::RemovedWorkspace;
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

/// Prefix of a history key; the workspace's id follows.
pub const HISTORY_PREFIX: &str = "finsam-planner/v2/history/";
/// The removed förbund (kept restorable for a while).
pub const REMOVED_KEY: &str = "finsam-planner/v2/removed";
/// `format` of a history envelope.
pub const HISTORY_FORMAT: &str = "finsam-planner/history";
/// `format` of the removed-förbund envelope.
pub const REMOVED_FORMAT: &str = "finsam-planner/removed";
/// Prefix of a set-aside copy: `finsam-planner/set-aside/<millis>/<original key>`.
pub const SET_ASIDE_PREFIX: &str = "finsam-planner/set-aside/";
/// What older builds put between a key and the time in the name of its copy (`<key>:quarantine:<millis>`).
pub const QUARANTINE_MARK: &str = ":quarantine:";

/// The key of the history of the workspace with `id`.
pub fn history_key(id: &str) -> String {
    format!("{HISTORY_PREFIX}{id}")
}

/// The key a raw value of `key` is copied to when it is set aside at `millis`.
pub fn set_aside_key(millis: u64, key: &str) -> String {
    format!("{SET_ASIDE_PREFIX}{millis}/{key}")
}

/// The time and original key of a set-aside key, or `None` if `key` is not one.
pub fn parse_set_aside_key(key: &str) -> Option<(Option<u64>, &str)> {
    let (millis, from) = key.strip_prefix(SET_ASIDE_PREFIX)?.split_once('/')?;
    Some((millis.parse().ok(), from))
}

/// The key of an older build's copy of `key` (before "Börja om" replaced it); still read and listed.
pub fn quarantine_key(key: &str, stamp_ms: u64) -> String {
    format!("{key}{QUARANTINE_MARK}{stamp_ms}")
}

/// The time and original key of an older build's quarantine key, or `None` if `key` is not one.
pub fn parse_quarantine_key(key: &str) -> Option<(Option<u64>, &str)> {
    let (from, millis) = key.rsplit_once(QUARANTINE_MARK)?;
    Some((millis.parse().ok(), from))
}

/// The history document: the history and the revision of the workspace key it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct HistoryData {
    /// The revision the workspace key got in the save that wrote this history; any other revision of the
    /// workspace (another tab, an older build) makes this history stale.
    pub workspace_revision: u64,
    /// The history.
    pub history: History,
}

/// [`HistoryData`] borrowed, for writing.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct HistoryDataRef<'a> {
    pub workspace_revision: u64,
    pub history: &'a History,
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
    read_envelope_with(raw, format, |data, from| {
        *data = migrate_workspace(data, from)?;
        Ok(())
    })
}

/// Reads a history envelope. An older schema version is not migrated (its steps are patches of the older
/// shape): it is refused with [`Reason::InvalidValue`].
pub fn read_history(raw: &str) -> Result<Envelope<HistoryData>, Reason> {
    read_envelope_with(raw, HISTORY_FORMAT, |_, from| {
        Err(Reason::InvalidValue(format!(
            "schemaVersion: {from} (an older history is not migrated)"
        )))
    })
}

/// Reads the removed-förbund envelope, migrating each older workspace in it.
pub fn read_removed(raw: &str) -> Result<Envelope<Vec<RemovedWorkspace>>, Reason> {
    read_envelope_with(raw, REMOVED_FORMAT, |data, from| {
        for item in data.as_array_mut().into_iter().flatten() {
            if let Some(workspace) = item.get_mut("workspace") {
                *workspace = migrate_workspace(workspace, from)?;
            }
        }
        Ok(())
    })
}

/// Reads an envelope of `format`, bringing the `data` of an older schema version up to date with `migrate`.
fn read_envelope_with<T: DeserializeOwned>(
    raw: &str,
    format: &str,
    migrate: impl Fn(&mut Value, u32) -> Result<(), Reason>,
) -> Result<Envelope<T>, Reason> {
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
        return from_text(raw);
    }
    let mut value: Value = serde_json::from_str(raw).map_err(|e| Reason::NotJson(e.to_string()))?;
    if let Some(data) = value.get_mut("data") {
        migrate(data, version)?;
    }
    if let Some(v) = value.get_mut("schemaVersion") {
        *v = Value::from(SCHEMA_VERSION);
    }
    // Migrated data is read from its text like current data: one deserializer of the model in the wasm, not
    // one per kind of input (a migration is rare; its extra writing of the text does not matter).
    let text = serde_json::to_string(&value).map_err(|e| Reason::NotJson(e.to_string()))?;
    from_text(&text)
}

/// `text` read as `T`, an invalid value named with its path.
fn from_text<T: DeserializeOwned>(text: &str) -> Result<T, Reason> {
    serde_json::from_str(text).map_err(|error| invalid_at(text, &error))
}

/// An invalid value with its path in the document, e.g. `data.catalogue[3].amounts.2023: invalid type …`.
fn invalid_at(text: &str, error: &serde_json::Error) -> Reason {
    let path = path_of_error(text, error);
    Reason::InvalidValue(format!("{path}: {error}"))
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

/// The name of the förbund in a stored workspace value, best effort for one that cannot be read: the
/// `data.name` string if the text parses as JSON, else the first `"name":"…"` in the text; `None` if neither.
pub fn workspace_name(raw: &str) -> Option<String> {
    match serde_json::from_str::<Value>(raw) {
        Ok(value) => value
            .get("data")
            .and_then(|d| d.get("name"))
            .and_then(Value::as_str)
            .map(str::to_string),
        Err(_) => scan_name(raw),
    }
}

/// The first complete `"name": "…"` string in `text` (JSON escapes decoded), without parsing the rest.
pub fn scan_name(text: &str) -> Option<String> {
    const KEY: &str = "\"name\"";
    let mut rest = text;
    loop {
        let at = rest.find(KEY)?;
        rest = rest.get(at.checked_add(KEY.len())?..)?;
        let value = rest
            .trim_start()
            .strip_prefix(':')
            .map(str::trim_start)
            .and_then(|v| v.strip_prefix('"'));
        if let Some(value) = value {
            return read_json_string(value).filter(|name| !name.is_empty());
        }
    }
}

/// A JSON string's contents up to its closing quote (`text` starts after the opening one); `None` if cut short.
fn read_json_string(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'b' | 'f' => {}
                'u' => {
                    let hex: String = chars.by_ref().take(4).collect();
                    let code = u32::from_str_radix(&hex, 16).ok()?;
                    out.push(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER));
                }
                other => out.push(other),
            },
            c => out.push(c),
        }
    }
    None
}

/// A workspace envelope's data type.
pub type WorkspaceEnvelope = Envelope<Workspace>;
/// The index envelope's data type.
pub type IndexEnvelope = Envelope<IndexData>;
