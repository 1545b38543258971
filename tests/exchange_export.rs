//! Export files: envelope at the top, byte-stable, one-line diffs, scenario files with exactly
//! the items they use, safe file names; and parse_import of an export gives the data back.

use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::exchange::{
    export_scenario, export_workspace, file_name, parse_import, ExportError, ImportContent,
};
use finsam_planner::engine::ids::ScenarioId;
use finsam_planner::engine::model::{IsoDate, LineSource, Workspace};
use finsam_planner::engine::money::Money;

fn day() -> IsoDate {
    IsoDate::parse("2026-11-25").expect("date")
}

fn export(ws: &Workspace) -> String {
    export_workspace(ws, day()).expect("export")
}

#[test]
fn the_envelope_comes_first_and_the_file_ends_with_a_newline() {
    let text = export(&lund_2015_2017());
    assert!(text.starts_with(
        "{\n  \"format\": \"finsam-planner\",\n  \"schemaVersion\": 2,\n  \"kind\": \"workspace\",\n  \
         \"exportedOn\": \"2026-11-25\",\n  \"data\": {\n    \"name\": \"Lunds samordningsförbund\""
    ));
    assert!(text.ends_with("}\n") && !text.ends_with("\n\n"));
}

#[test]
fn two_exports_are_byte_identical() {
    for ws in [lund_2015_2017(), landskrona_svalov_2023()] {
        assert_eq!(export(&ws), export(&ws.clone()));
    }
}

#[test]
fn a_one_figure_change_is_a_one_line_diff() {
    let ws = lund_2015_2017();
    let mut changed = ws.clone();
    let lines = changed.scenarios[0]
        .groups
        .iter_mut()
        .flat_map(|g| &mut g.lines);
    let mut own = lines.filter_map(|l| match &mut l.source {
        LineSource::Own { amounts } => amounts.values_mut().next(),
        LineSource::Catalogue { .. } => None,
    });
    let line = own.next();
    let amount = line.expect("an own amount");
    *amount = amount.checked_add(Money::from_kr(1)).expect("adds");
    let (before, after) = (export(&ws), export(&changed));
    let (a, b): (Vec<&str>, Vec<&str>) = (before.lines().collect(), after.lines().collect());
    assert_eq!(a.len(), b.len());
    let differing = a.iter().zip(&b).filter(|(x, y)| x != y).count();
    assert_eq!(differing, 1);
}

#[test]
fn a_scenario_file_carries_exactly_the_items_it_uses() {
    let ws = lund_2015_2017();
    for scenario in &ws.scenarios {
        let text = export_scenario(&ws, scenario.id, day()).expect("export");
        let file = parse_import(text.as_bytes()).expect("imports");
        let ImportContent::Scenario(data) = file.content else {
            panic!("a scenario file")
        };
        assert_eq!(data.forbund, ws.name);
        assert_eq!(data.parties, ws.parties);
        assert_eq!(&data.scenario, scenario);
        let used: Vec<_> = scenario
            .groups
            .iter()
            .flat_map(|g| &g.lines)
            .filter_map(|l| match &l.source {
                LineSource::Catalogue { item, .. } => Some(*item),
                LineSource::Own { .. } => None,
            })
            .collect();
        let mut carried: Vec<_> = data.catalogue.iter().map(|c| c.id).collect();
        let mut expected = used.clone();
        expected.sort();
        expected.dedup();
        carried.sort();
        assert_eq!(carried, expected);
    }
    let error = export_scenario(&ws, ScenarioId(999_999), day()).unwrap_err();
    assert_eq!(error, ExportError::UnknownScenario(ScenarioId(999_999)));
}

#[test]
fn workspace_exports_import_to_the_same_data_and_export_again_byte_identical() {
    for ws in [lund_2015_2017(), landskrona_svalov_2023()] {
        let text = export(&ws);
        let file = parse_import(text.as_bytes()).expect("imports");
        assert_eq!(file.exported_on, day());
        assert_eq!(file.schema_version, 2);
        let ImportContent::Workspace(back) = file.content else {
            panic!("a workspace file")
        };
        assert_eq!(*back, ws);
        assert_eq!(export(&back), text);
    }
}

#[test]
fn a_v1_export_imports_through_the_migration() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/export-workspace-v1.json"
    );
    let file = parse_import(&std::fs::read(path).expect("fixture")).expect("imports");
    assert_eq!(file.schema_version, 1);
    let expected = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/workspace-v2.json"
    ))
    .expect("fixture");
    let expected: Workspace = serde_json::from_str(&expected).expect("v2");
    assert_eq!(file.content, ImportContent::Workspace(Box::new(expected)));
}

#[test]
fn file_names_are_safe_slugs() {
    let cases = [
        (
            "Lunds samordningsförbund",
            Some("Max statlig tilldelning"),
            "finsam-lunds-samordningsforbund-max-statlig-tilldelning-2026-11-25.json",
        ),
        (
            "Samordningsförbundet Landskrona Svalöv",
            None,
            "finsam-samordningsforbundet-landskrona-svalov-2026-11-25.json",
        ),
        (
            "  Ärlig  --  Åsa / <script> ",
            Some("Plan B: 2026!"),
            "finsam-arlig-asa-script-plan-b-2026-2026-11-25.json",
        ),
        (
            "../../etc/passwd",
            Some("💰"),
            "finsam-etcpasswd-2026-11-25.json",
        ),
        ("", Some(""), "finsam-2026-11-25.json"),
    ];
    for (forbund, scenario, expected) in cases {
        assert_eq!(file_name(forbund, scenario, day()), expected, "{forbund:?}");
    }
}
