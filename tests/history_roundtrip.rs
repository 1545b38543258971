//! Undo and redo of each kind of change bring the workspace back exactly (equal and byte-identical JSON),
//! and every workspace survives the trip through `serde_json::Value` the history works on.

mod history_support;

use finsam_planner::engine::command::Command;
use finsam_planner::engine::examples::default_workspaces;
use finsam_planner::engine::model::{PartyKind, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::history::{Change, History, Label, Seg};
use history_support::*;

/// Does `command`, undoes it (back to the original, byte for byte) and redoes it (the after-state).
fn round_trip(mut ws: Workspace, command: Command) -> History {
    let original = ws.clone();
    let original_json = json(&ws);
    let mut history = History::default();
    let label = run(&mut ws, &mut history, command);
    let after = ws.clone();
    assert_ne!(after, original, "the command changes something");
    assert_eq!(history.undo(&mut ws), Ok(label.clone()));
    assert_eq!(ws, original);
    assert_eq!(json(&ws), original_json);
    assert_eq!(history.redo(&mut ws), Ok(label));
    assert_eq!(ws, after);
    assert_eq!(json(&ws), json(&after));
    history
}

fn value_round_trip(ws: &Workspace) {
    let value = serde_json::to_value(ws).expect("to value");
    let back: Workspace = serde_json::from_value(value).expect("from value");
    assert_eq!(&back, ws);
    assert_eq!(json(&back), json(ws));
}

#[test]
fn every_example_and_the_large_workspace_survive_the_trip_through_a_json_value() {
    default_workspaces().iter().for_each(value_round_trip);
    value_round_trip(&large_workspace());
}

#[test]
fn an_amount_change_is_one_set_of_the_amount_and_undoes_exactly() {
    let ws = landskrona();
    let (scenario, line) = line(&ws, "Budget 2023", "Bankkostnader");
    let amount = Money::from_kr(6_000);
    let command = Command::SetLineAmount {
        scenario,
        line,
        year: 2023,
        amount,
    };
    let history = round_trip(ws, command);
    let path = [
        "scenarios",
        "0",
        "groups",
        "2",
        "lines",
        "7",
        "source",
        "own",
        "amounts",
        "2023",
    ];
    let path: Vec<Seg> = path
        .iter()
        .map(|s| match s.parse() {
            Ok(i) if *s != "2023" => Seg::Index(i),
            _ => Seg::Key(s.to_string()),
        })
        .collect();
    let expected = Change::Set {
        path,
        before: Some("5000".into()),
        after: Some("6000".into()),
    };
    assert_eq!(history.steps[0].changes, vec![expected]);
    assert_eq!(
        history.steps[0].label,
        Label::new("set_line_amount", "Bankkostnader 2023")
    );
    let stored = serde_json::to_string(&history.steps[0].changes).expect("json");
    assert_eq!(
        stored,
        r#"[{"op":"set","path":["scenarios",0,"groups",2,"lines",7,"source","own","amounts","2023"],"before":"5000","after":"6000"}]"#
    );
}

#[test]
fn renames_undo_exactly() {
    let ws = landskrona();
    let scenario = scenario(&ws, "Budget 2023");
    round_trip(
        ws.clone(),
        Command::RenameScenario {
            scenario,
            name: "Plan A".into(),
        },
    );
    let (scenario, line) = line(&ws, "Budget 2023", "Workshops");
    round_trip(
        ws,
        Command::RenameLine {
            scenario,
            line,
            name: "Verkstäder".into(),
        },
    );
}

#[test]
fn adding_and_removing_a_line_undo_exactly() {
    let ws = landskrona();
    let (scenario, group) = group(&ws, "Budget 2023", "Innovationsmiljö");
    let add = Command::AddLine {
        scenario,
        group,
        name: "Ny rad".into(),
        catalogue_item: None,
    };
    let history = round_trip(ws.clone(), add);
    // The line is appended to the group, and the workspace's next id moves on.
    let splices = history.steps[0]
        .changes
        .iter()
        .filter(|c| matches!(c, Change::Splice { .. }));
    assert_eq!(splices.count(), 1);
    let (scenario, line) = line(&ws, "Budget 2023", "Uppföljning");
    round_trip(ws, Command::RemoveLine { scenario, line });
}

#[test]
fn removing_a_group_undoes_exactly() {
    let ws = landskrona();
    let (scenario, group) = group(&ws, "Budget 2023", "Innovationsmiljö");
    round_trip(ws, Command::RemoveGroup { scenario, group });
}

#[test]
fn removing_a_scenario_undoes_exactly() {
    let ws = lund();
    let scenario = scenario(&ws, "Godkänd kommunal ram");
    let history = round_trip(ws, Command::RemoveScenario { scenario });
    let size = serde_json::to_string(&history.steps[0])
        .expect("json")
        .len();
    println!("removing a scenario in Lund: {size} bytes");
    assert!(size < 20_000, "{size} bytes");
}

#[test]
fn adding_a_party_undoes_exactly() {
    let name = "Höörs kommun".to_string();
    round_trip(
        lund(),
        Command::AddParty {
            name,
            kind: PartyKind::Municipality,
            weight: None,
        },
    );
}

#[test]
fn a_catalogue_edit_undoes_exactly() {
    let ws = lund();
    let mut item = ws.catalogue[0].clone();
    item.name = format!("{} (ändrad)", item.name);
    item.amounts.insert(2016, Money::from_kr(123_456));
    item.leaders.push("Ny ledare".into());
    round_trip(ws, Command::UpdateCatalogueItem { item });
}

#[test]
fn a_step_on_the_large_workspace_undoes_exactly() {
    let ws = large_workspace();
    let scenario = scenario(&ws, "Scenario 7");
    round_trip(ws, Command::RemoveScenario { scenario });
}

#[test]
fn steps_survive_storage_as_json_including_null_values() {
    let mut ws = lund();
    let mut history = History::default();
    let scenario = scenario(&ws, "Godkänd kommunal ram");
    ws.baseline = None;
    run(
        &mut ws,
        &mut history,
        Command::SetBaseline {
            scenario: Some(scenario),
        },
    );
    let text = serde_json::to_string(&history).expect("json");
    let mut stored: History = serde_json::from_str(&text).expect("reads back");
    assert_eq!(stored, history);
    let mut expected = ws.clone();
    expected.baseline = None;
    stored.undo(&mut ws).expect("undo after storage");
    assert_eq!(ws, expected);
}

#[test]
fn one_step_across_the_name_a_scenario_and_a_catalogue_item_records_each_part_and_undoes_exactly() {
    let before = lund();
    let mut after = before.clone();
    after.name.push_str(" (ny)");
    after.scenarios[2].name.push_str(" (ny)");
    after.catalogue[3].name.push_str(" (ny)");
    let changes = finsam_planner::history::diff(&before, &after);
    let paths: Vec<Vec<Seg>> = changes
        .iter()
        .map(|c| match c {
            Change::Set { path, .. } | Change::Splice { path, .. } => path.clone(),
        })
        .collect();
    let key = |k: &str| Seg::Key(k.to_string());
    assert_eq!(
        paths,
        vec![
            vec![key("name")],
            vec![key("scenarios"), Seg::Index(2), key("name")],
            vec![key("catalogue"), Seg::Index(3), key("name")],
        ]
    );
    let mut history = History::default();
    history.record(
        Label::new("import", ""),
        "2026-12-05T10:00:00Z".into(),
        changes,
    );
    let mut ws = after.clone();
    history.undo(&mut ws).expect("undo");
    assert_eq!(json(&ws), json(&before));
    history.redo(&mut ws).expect("redo");
    assert_eq!(json(&ws), json(&after));
}
