//! Schema migrations: pure steps `vN → vN+1` on JSON values, chained from any released version to
//! [`SCHEMA_VERSION`]. A step never mutates its input; the result is checked afterwards by the
//! strict typed parse (see `parse`).

use serde_json::{Map, Value};

/// The schema version this build writes (1: first release; 2: catalogue items gained
/// `inriktning`, `planned_participants`, `decision_date`, `origin` and `notes`).
pub const SCHEMA_VERSION: u32 = 2;

/// Why a stored or imported value could not be brought up to [`SCHEMA_VERSION`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MigrationError {
    /// Version 0 (or another version that was never released).
    UnknownVersion(u32),
    /// Written by a newer version of the app.
    TooNew {
        /// The version in the data.
        found: u32,
    },
    /// A value the migration needs is missing or has the wrong JSON type.
    Malformed {
        /// JSON path of the value, e.g. `catalogue[3]`.
        path: String,
        /// What was expected there (English, e.g. "an array").
        expected: &'static str,
    },
    /// A field the migration adds is already there (the data is not of the version it claims).
    FieldAlreadyPresent {
        /// JSON path of the field.
        path: String,
    },
}

impl MigrationError {
    /// The message in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            MigrationError::UnknownVersion(v) => format!("Okänd formatversion {v}."),
            MigrationError::TooNew { found } => format!(
                "Datan är gjord med en nyare version (v{found}) av Finsam-planeraren; den här \
                 versionen läser till och med v{SCHEMA_VERSION}. Uppdatera appen."
            ),
            MigrationError::Malformed { path, expected } => {
                format!("Fel på {path}: väntade {}.", expected_sv(expected))
            }
            MigrationError::FieldAlreadyPresent { path } => {
                format!("Fältet {path} finns redan, fast det är nytt i en senare version.")
            }
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            MigrationError::UnknownVersion(v) => format!("Unknown format version {v}."),
            MigrationError::TooNew { found } => format!(
                "The data was made by a newer version (v{found}) of finsam-planner; this version \
                 reads up to v{SCHEMA_VERSION}. Update the app."
            ),
            MigrationError::Malformed { path, expected } => {
                format!("Error at {path}: expected {expected}.")
            }
            MigrationError::FieldAlreadyPresent { path } => {
                format!("The field {path} is already there, although it is new in a later version.")
            }
        }
    }
}

fn expected_sv(expected: &str) -> &'static str {
    match expected {
        "an object" => "ett objekt",
        _ => "en lista",
    }
}

/// Brings a workspace (or the `data` of a scenario file, which has the same `catalogue` list)
/// written by schema version `from` up to [`SCHEMA_VERSION`]. The input is not changed.
///
/// ```
/// use finsam_planner::engine::exchange::{migrate_workspace, SCHEMA_VERSION};
/// let v1 = serde_json::json!({ "name": "F", "catalogue": [{ "id": 7 }] });
/// let v2 = migrate_workspace(&v1, 1).unwrap();
/// assert_eq!(v2["catalogue"][0]["origin"], "");
/// assert_eq!(v1["catalogue"][0].get("origin"), None);
/// assert!(migrate_workspace(&v1, SCHEMA_VERSION + 1).is_err());
/// ```
///
/// # Errors
/// [`MigrationError::TooNew`] for a version above [`SCHEMA_VERSION`],
/// [`MigrationError::UnknownVersion`] for 0, and any error of a step.
pub fn migrate_workspace(value: &Value, from: u32) -> Result<Value, MigrationError> {
    if from == 0 {
        return Err(MigrationError::UnknownVersion(from));
    }
    if from > SCHEMA_VERSION {
        return Err(MigrationError::TooNew { found: from });
    }
    let mut current = value.clone();
    for version in from..SCHEMA_VERSION {
        current = step(version, &current)?;
    }
    Ok(current)
}

/// The step from `version` to `version + 1`.
fn step(version: u32, value: &Value) -> Result<Value, MigrationError> {
    match version {
        1 => v1_to_v2(value),
        other => Err(MigrationError::UnknownVersion(other)),
    }
}

/// v1 → v2: every catalogue item gets `inriktning: null`, `planned_participants: {}`,
/// `decision_date: null`, `origin: ""` and `notes: ""`.
///
/// # Errors
/// [`MigrationError::Malformed`] if there is no `catalogue` list of objects, and
/// [`MigrationError::FieldAlreadyPresent`] if an item already has one of the new fields.
pub fn v1_to_v2(value: &Value) -> Result<Value, MigrationError> {
    let mut result = value.clone();
    let root = as_object(&mut result, "")?;
    let catalogue = root
        .get_mut("catalogue")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| malformed("catalogue", "an array"))?;
    for (index, item) in catalogue.iter_mut().enumerate() {
        let path = format!("catalogue[{index}]");
        let fields = as_object(item, &path)?;
        let added = [
            ("inriktning", Value::Null),
            ("planned_participants", Value::Object(Map::new())),
            ("decision_date", Value::Null),
            ("origin", Value::String(String::new())),
            ("notes", Value::String(String::new())),
        ];
        for (key, empty) in added {
            if fields.insert(key.to_string(), empty).is_some() {
                return Err(MigrationError::FieldAlreadyPresent {
                    path: format!("{path}.{key}"),
                });
            }
        }
    }
    Ok(result)
}

fn as_object<'a>(
    value: &'a mut Value,
    path: &str,
) -> Result<&'a mut Map<String, Value>, MigrationError> {
    let shown = if path.is_empty() { "$" } else { path };
    value
        .as_object_mut()
        .ok_or_else(|| malformed(shown, "an object"))
}

fn malformed(path: &str, expected: &'static str) -> MigrationError {
    MigrationError::Malformed {
        path: path.to_string(),
        expected,
    }
}
