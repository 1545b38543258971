//! Import: bytes → a checked [`ImportFile`], refusing anything doubtful with the path of the
//! offending value. Steps: size cap, UTF-8, JSON syntax (no duplicate keys), our `format`,
//! `schemaVersion` (newer refused, older migrated), strict typed parse, no missing field,
//! semantic checks.

use super::check_workspace;
use super::envelope::{EnvelopeIn, ExportKind, ImportContent, ImportFile, FORMAT};
use super::error::ImportError;
use super::missing_keys::first_missing_key;
use super::strict_json::StrictValue;
use super::{migrate_workspace, MigrationError, SCHEMA_VERSION};
use crate::engine::json_path::path_of_error;
use crate::engine::json_value;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The largest file accepted: 5 MiB (the UI checks the size before reading).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Parses, migrates and checks an export file.
///
/// ```
/// use finsam_planner::engine::exchange::{parse_import, ImportError};
/// let error = parse_import(br#"{"format": "finsam-planner", "schemaVersion": 99}"#).unwrap_err();
/// assert_eq!(error, ImportError::TooNew { found: 99 });
/// assert!(error.message_sv().contains("gjord med en nyare version (v99)"));
/// ```
///
/// # Errors
/// An [`ImportError`] saying what is wrong, and where.
pub fn parse_import(bytes: &[u8]) -> Result<ImportFile, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::NotUtf8 {
        at_byte: e.valid_up_to(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let root = read_json(text)?;
    let version = schema_version(&root)?;
    let migrated = with_migrated_data(&root, version)?;
    let envelope: EnvelopeIn = typed(&migrated, "")?;
    let content = match envelope.kind {
        ExportKind::Workspace => ImportContent::Workspace(Box::new(exact(&envelope.data)?)),
        ExportKind::Scenario => ImportContent::Scenario(Box::new(exact(&envelope.data)?)),
    };
    check_workspace::content(&content)?;
    Ok(ImportFile {
        schema_version: version,
        exported_on: envelope.exported_on,
        content,
    })
}

/// The JSON value of `text`; syntax errors with line and column.
fn read_json(text: &str) -> Result<Value, ImportError> {
    let StrictValue(value) = serde_json::from_str(text).map_err(|error| {
        let path = path_of_error(text, &error);
        json_error(error, path)
    })?;
    Ok(value)
}

fn json_error(error: serde_json::Error, path: String) -> ImportError {
    if error.is_data() {
        return ImportError::Invalid {
            path: display_path(&path),
            detail: error.to_string(),
        };
    }
    let detail = error.to_string();
    let detail = detail
        .split(" at line ")
        .next()
        .unwrap_or(&detail)
        .to_string();
    ImportError::Syntax {
        line: error.line(),
        column: error.column(),
        detail,
    }
}

/// Our format's `schemaVersion`, if the file is ours and not newer than this build.
fn schema_version(root: &Value) -> Result<u32, ImportError> {
    if root.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(ImportError::NotOurFormat);
    }
    let Some(raw) = root.get("schemaVersion") else {
        return Err(ImportError::MissingField {
            path: "schemaVersion".into(),
        });
    };
    let found = raw.as_u64().ok_or_else(|| ImportError::Invalid {
        path: "schemaVersion".into(),
        detail: "expected a whole number".into(),
    })?;
    match u32::try_from(found) {
        Ok(0) => Err(ImportError::Migration(MigrationError::UnknownVersion(0))),
        Ok(version) if version <= SCHEMA_VERSION => Ok(version),
        _ => Err(ImportError::TooNew { found }),
    }
}

/// The envelope with its `data` migrated to [`SCHEMA_VERSION`] (unchanged if already current).
fn with_migrated_data(root: &Value, version: u32) -> Result<Value, ImportError> {
    let mut result = root.clone();
    if let Some(data) = result.get_mut("data") {
        *data = migrate_workspace(data, version).map_err(ImportError::Migration)?;
    }
    Ok(result)
}

/// `value` parsed as `T`, with the path of the first failing value.
fn typed<T: DeserializeOwned>(value: &Value, prefix: &str) -> Result<T, ImportError> {
    // Read from the value's text, as stored data is: one deserializer of the model in the wasm, not one for
    // text and one for JSON values (the file is at most 5 MB; writing it once more costs milliseconds).
    let text = serde_json::to_string(value).map_err(|e| ImportError::Invalid {
        path: String::new(),
        detail: e.to_string(),
    })?;
    serde_json::from_str(&text).map_err(|error| {
        let path = path_of_error(&text, &error);
        let detail = without_position(&error.to_string());
        let path = display_path(&format!("{prefix}{path}"));
        match detail.strip_prefix("missing field `") {
            Some(rest) => ImportError::MissingField {
                path: join(&path, rest.trim_end_matches('`')),
            },
            None => ImportError::Invalid { path, detail },
        }
    })
}

/// Like [`typed`], and every field the type writes is present in `value` (a field with a
/// default would otherwise be filled in silently).
fn exact<T: DeserializeOwned + Serialize>(value: &Value) -> Result<T, ImportError> {
    let parsed: T = typed(value, "")?;
    let canonical = json_value::to_value(&parsed).map_err(|e| ImportError::Invalid {
        path: String::new(),
        detail: e.to_string(),
    })?;
    match first_missing_key(value, &canonical, "") {
        Some(path) => Err(ImportError::MissingField { path }),
        None => Ok(parsed),
    }
}

/// An error's words without serde_json's " at line 1 column 523" (a place in the rewritten text, not the file's).
fn without_position(detail: &str) -> String {
    match detail.rfind(" at line ") {
        Some(at) if detail[at..].contains(" column ") => detail[..at].to_string(),
        _ => detail.to_string(),
    }
}

/// Paths are relative to the file's `data` (envelope fields keep their names); [`path_of_error`]
/// writes the root as ".".
fn display_path(path: &str) -> String {
    match path {
        "." | "data" => String::new(),
        _ => path.strip_prefix("data.").unwrap_or(path).to_string(),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}
