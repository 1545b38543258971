//! Migrations: one golden fixture per released schema version (tests/fixtures/workspace-vN.json),
//! each migrating to the latest fixture; migrations never change their input.

use finsam_planner::engine::exchange::{migrate_workspace, MigrationError, SCHEMA_VERSION};
use finsam_planner::engine::model::Workspace;
use serde_json::{json, Value};

fn fixture_path(version: u32) -> String {
    format!(
        "{}/tests/fixtures/workspace-v{version}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn fixture(version: u32) -> Value {
    let path = fixture_path(version);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "schema version {version} has no golden fixture: add {path} (a workspace exactly as \
             version {version} writes it) and a migration step to SCHEMA_VERSION"
        )
    });
    serde_json::from_str(&text).expect("fixture is JSON")
}

#[test]
fn every_schema_version_has_a_golden_fixture() {
    for version in 1..=SCHEMA_VERSION {
        assert!(
            std::path::Path::new(&fixture_path(version)).exists(),
            "SCHEMA_VERSION is {SCHEMA_VERSION} but tests/fixtures/workspace-v{version}.json is \
             missing: commit a fixture for every released version"
        );
    }
    assert!(
        !std::path::Path::new(&fixture_path(SCHEMA_VERSION + 1)).exists(),
        "a fixture newer than SCHEMA_VERSION exists: raise SCHEMA_VERSION and add the migration"
    );
}

#[test]
fn every_fixture_migrates_to_the_latest_fixture() {
    let latest = fixture(SCHEMA_VERSION);
    for version in 1..=SCHEMA_VERSION {
        let input = fixture(version);
        let migrated = migrate_workspace(&input, version).expect("migrates");
        assert_eq!(migrated, latest, "workspace-v{version}.json");
    }
}

#[test]
fn migrations_do_not_change_their_input() {
    for version in 1..=SCHEMA_VERSION {
        let input = fixture(version);
        let copy = input.clone();
        migrate_workspace(&input, version).expect("migrates");
        assert_eq!(input, copy);
    }
}

#[test]
fn the_latest_fixture_is_the_current_model_byte_for_byte() {
    let text = std::fs::read_to_string(fixture_path(SCHEMA_VERSION)).expect("fixture");
    let workspace: Workspace = serde_json::from_str(&text).expect("strict parse");
    let again = serde_json::to_string_pretty(&workspace).expect("serializes") + "\n";
    assert_eq!(again, text);
}

#[test]
fn v1_catalogue_items_get_the_five_empty_fields() {
    let v1 = fixture(1);
    let v2 = migrate_workspace(&v1, 1).expect("migrates");
    let items = v2["catalogue"].as_array().expect("list");
    assert_eq!(items.len(), 10, "the Lund example has 10 catalogue items");
    for item in items {
        assert_eq!(item["inriktning"], Value::Null);
        assert_eq!(item["planned_participants"], json!({}));
        assert_eq!(item["decision_date"], Value::Null);
        assert_eq!(item["origin"], "");
        assert_eq!(item["notes"], "");
    }
}

#[test]
fn a_newer_version_is_refused_with_a_message() {
    let error = migrate_workspace(&fixture(1), SCHEMA_VERSION + 1).unwrap_err();
    assert_eq!(
        error,
        MigrationError::TooNew {
            found: SCHEMA_VERSION + 1
        }
    );
    assert!(error
        .message_sv()
        .contains("gjord med en nyare version (v3"));
    assert!(error.message_en().contains("newer version"));
}

#[test]
fn version_zero_is_refused() {
    let error = migrate_workspace(&fixture(1), 0).unwrap_err();
    assert_eq!(error, MigrationError::UnknownVersion(0));
    assert_eq!(error.message_sv(), "Okänd formatversion 0.");
}

#[test]
fn malformed_v1_data_names_the_path() {
    let cases = [
        (json!([]), "$"),
        (json!({ "name": "F" }), "catalogue"),
        (json!({ "catalogue": {} }), "catalogue"),
        (json!({ "catalogue": [{}, 3] }), "catalogue[1]"),
    ];
    for (value, path) in cases {
        let error = migrate_workspace(&value, 1).unwrap_err();
        assert!(
            error.message_sv().contains(path),
            "{value}: {}",
            error.message_sv()
        );
        assert!(
            error.message_en().contains(path),
            "{value}: {}",
            error.message_en()
        );
    }
    let twice = json!({ "catalogue": [{ "origin": "" }] });
    let error = migrate_workspace(&twice, 1).unwrap_err();
    assert_eq!(
        error,
        MigrationError::FieldAlreadyPresent {
            path: "catalogue[0].origin".into()
        }
    );
}
