//! JSON round trip of the example workspaces; amounts must be JSON strings.

use finsam_planner::engine::examples::default_workspaces;
use finsam_planner::engine::model::Workspace;
use finsam_planner::engine::money::Money;
use serde_json::Value;

fn landskrona_json() -> Value {
    serde_json::to_value(&default_workspaces()[0]).unwrap()
}

fn parse(value: Value) -> Result<Workspace, serde_json::Error> {
    serde_json::from_value(value)
}

#[test]
fn example_workspaces_survive_a_json_round_trip() {
    for workspace in default_workspaces() {
        let text = serde_json::to_string_pretty(&workspace).unwrap();
        let back: Workspace = serde_json::from_str(&text).unwrap();
        assert_eq!(back, workspace);
        assert_eq!(
            serde_json::to_string_pretty(&back).unwrap(),
            text,
            "stable output"
        );
    }
}

#[test]
fn amounts_are_written_as_strings() {
    let json = landskrona_json();
    assert_eq!(
        json["scenarios"][0]["opening_equity"],
        Value::String("3232297".into())
    );
    assert_eq!(
        json["settings"]["equity_steps"][0]["max_share"],
        Value::String("0.20".into())
    );
    let line = &json["scenarios"][0]["groups"][1]["lines"][0];
    assert_eq!(
        line["source"]["own"]["amounts"]["2023"],
        Value::String("408000".into())
    );
}

#[test]
fn a_json_number_as_an_amount_is_rejected() {
    let mut json = landskrona_json();
    json["scenarios"][0]["opening_equity"] = serde_json::json!(3232297);
    let error = parse(json).unwrap_err().to_string();
    assert!(error.contains("string"), "{error}");
}

#[test]
fn a_json_number_inside_a_map_of_amounts_is_rejected() {
    let mut json = landskrona_json();
    json["scenarios"][0]["groups"][1]["lines"][0]["source"]["own"]["amounts"]["2023"] =
        serde_json::json!(408000);
    assert!(parse(json).is_err());
}

#[test]
fn a_json_number_as_a_state_offer_or_ratio_is_rejected() {
    let mut json = landskrona_json();
    json["scenarios"][0]["years"][0]["funding"]["approved_frames"]["state_offer"] =
        serde_json::json!(2514000);
    assert!(parse(json).is_err());
    let mut json = landskrona_json();
    json["settings"]["equity_steps"][0]["max_share"] = serde_json::json!(0.2);
    assert!(parse(json).is_err());
}

#[test]
fn amounts_must_be_plain_decimals_with_at_most_two_decimals() {
    for bad in [
        "1e5", " 12", "12 ", "+12", "1_000", "1,5", "", "-", ".5", "5.", "0.001", "abc",
    ] {
        let result: Result<Money, _> = serde_json::from_value(Value::String(bad.into()));
        assert!(result.is_err(), "{bad:?} should be rejected");
    }
    for good in [
        "0",
        "-12.50",
        "1257000",
        "0.010",
        "99999999999999999999999999",
    ] {
        let result: Result<Money, _> = serde_json::from_value(Value::String(good.into()));
        assert!(result.is_ok(), "{good:?} should be accepted");
    }
}

#[test]
fn unknown_fields_are_rejected() {
    let mut json = landskrona_json();
    json["scenarios"][0]["total"] = serde_json::json!("3611000");
    assert!(parse(json).is_err());
}
