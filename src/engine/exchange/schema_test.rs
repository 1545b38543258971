//! The published JSON Schema of export files (`public/finsam-planner.schema.json`) is generated
//! from the types; this test fails when the committed file differs. Update it with
//! `UPDATE_SCHEMA=1 cargo test --lib schema`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use super::envelope::{ExportKind, ScenarioFile};
use crate::engine::model::{IsoDate, Workspace};
use schemars::JsonSchema;
use serde_json::Value;

/// An export file as written by `export_workspace` / `export_scenario`.
#[derive(JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(title = "finsam-planner export file")]
#[allow(dead_code)]
struct ExportFile {
    /// Always "finsam-planner".
    format: Format,
    /// The schema version the file was written with (older versions are migrated on import).
    schema_version: u32,
    /// What `data` holds.
    kind: ExportKind,
    /// The export date, "YYYY-MM-DD".
    exported_on: IsoDate,
    /// A whole workspace (kind "workspace") or one scenario with what it needs (kind "scenario").
    data: Data,
}

#[derive(JsonSchema)]
#[allow(dead_code)]
enum Format {
    #[serde(rename = "finsam-planner")]
    FinsamPlanner,
}

#[derive(JsonSchema)]
#[serde(untagged)]
#[allow(dead_code)]
enum Data {
    Workspace(Box<Workspace>),
    Scenario(Box<ScenarioFile>),
}

const PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/public/finsam-planner.schema.json"
);

/// Fields written only when they hold something (`skip_serializing_if`), so files without them stay as
/// they were: the one exception to "every field is required".
const LEFT_OUT_WHEN_EMPTY: [(&str, &str); 3] = [
    ("Workspace", "decisions"),
    ("Workspace", "meeting_log"),
    ("Scenario", "source_check"),
];

fn generated() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(ExportFile)).expect("a value");
    require_every_field(&mut schema);
    for (definition, field) in LEFT_OUT_WHEN_EMPTY {
        if let Some(Value::Array(required)) =
            schema.pointer_mut(&format!("/$defs/{definition}/required"))
        {
            required.retain(|key| key != field);
        }
    }
    serde_json::to_string_pretty(&schema).expect("schema serializes") + "\n"
}

/// The importer refuses a missing field even where serde has a default or the field is an
/// `Option` (written as `null`), so every property of every struct is required.
fn require_every_field(schema: &mut Value) {
    match schema {
        Value::Object(map) => {
            let keys: Option<Vec<Value>> = map
                .get("properties")
                .and_then(Value::as_object)
                .map(|p| p.keys().cloned().map(Value::String).collect());
            if let Some(keys) = keys {
                map.insert("required".into(), Value::Array(keys));
            }
            map.values_mut().for_each(require_every_field);
        }
        Value::Array(items) => items.iter_mut().for_each(require_every_field),
        _ => {}
    }
}

#[test]
fn published_schema_matches_the_types() {
    let fresh = generated();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(PATH, &fresh).expect("writes the schema");
        return;
    }
    let committed = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        committed == fresh,
        "public/finsam-planner.schema.json differs from the types; regenerate it with \
         `UPDATE_SCHEMA=1 cargo test --lib schema` and commit it"
    );
}

#[test]
fn the_schema_describes_the_strict_format() {
    let schema: serde_json::Value = serde_json::from_str(&generated()).expect("json");
    let defs = &schema["$defs"];
    assert_eq!(defs["Workspace"]["additionalProperties"], false);
    assert_eq!(defs["CostLine"]["additionalProperties"], false);
    let required = defs["Workspace"]["required"].as_array().expect("required");
    assert!(
        required.contains(&"baseline".into()),
        "no field may be left out"
    );
    assert!(
        !required.contains(&"decisions".into()),
        "absent when there are none"
    );
    assert_eq!(defs["Money"]["type"], "string");
    assert!(
        defs["Money"]["pattern"].is_string(),
        "money is a decimal-string pattern"
    );
    let scenario_required = defs["Scenario"]["required"].as_array().expect("required");
    assert!(
        !scenario_required.contains(&"source_check".into()),
        "absent when the scenario was not pasted"
    );
    assert_eq!(schema["properties"]["format"]["$ref"], "#/$defs/Format");
}
