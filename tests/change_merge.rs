//! A conflict between two tabs resolved per scenario (`change::merge`): the differing scenarios with the side
//! that changed each preselected, each choice (this tab's, the other tab's, both) built as a hand-written
//! expectation, colliding ids renumbered, a refused result, and the choice recorded as one undoable step.

mod history_support;

use finsam_planner::change::merge::{differences, merged, outside_differs, Difference, Pick};
use finsam_planner::change::{apply_change, AppCommand, ChangeContext};
use finsam_planner::engine::command::{apply, scenario_ids, Command};
use finsam_planner::engine::ids::ScenarioId;
use finsam_planner::engine::model::{LineSource, Workspace};
use finsam_planner::history::MERGE_TAB;
use finsam_planner::persisted::Persisted;
use history_support::{lund, scenario};
use std::collections::BTreeSet;

const COPY: &str = " (min version)";
const RAM: &str = "Godkänd kommunal ram";
const MAX: &str = "Max statlig tilldelning";

fn changed(ws: &Workspace, command: Command) -> Workspace {
    let mut ws = ws.clone();
    apply(&mut ws, command).expect("command accepted");
    ws
}

fn renamed(ws: &Workspace, name: &str, to: &str) -> Workspace {
    let command = Command::RenameScenario {
        scenario: scenario(ws, name),
        name: to.to_string(),
    };
    changed(ws, command)
}

fn names(ws: &Workspace) -> Vec<&str> {
    ws.scenarios.iter().map(|s| s.name.as_str()).collect()
}

fn all_ids_unique(ws: &Workspace) -> bool {
    let ids: Vec<u32> = ws.scenarios.iter().flat_map(scenario_ids).collect();
    ids.iter().collect::<BTreeSet<_>>().len() == ids.len()
}

#[test]
fn each_side_changed_another_scenario_both_changes_are_kept() {
    let base = lund();
    let theirs = renamed(&base, RAM, "Ram (styrelsen)");
    let mine = renamed(&base, MAX, "Max (förbundschefen)");
    let found = differences(Some(&base), &mine, &theirs);
    let ram = scenario(&base, RAM);
    let max = scenario(&base, MAX);
    assert_eq!(
        found,
        vec![
            Difference {
                scenario: ram,
                mine: Some(RAM.into()),
                theirs: Some("Ram (styrelsen)".into()),
                suggested: Pick::Theirs,
            },
            Difference {
                scenario: max,
                mine: Some("Max (förbundschefen)".into()),
                theirs: Some(MAX.into()),
                suggested: Pick::Mine,
            },
        ]
    );
    assert!(!outside_differs(&mine, &theirs));
    let picks: Vec<_> = found.iter().map(|d| (d.scenario, d.suggested)).collect();
    let result = merged(&mine, &theirs, &picks, COPY).expect("merge passes the check");
    let expected = renamed(&theirs, MAX, "Max (förbundschefen)");
    assert_eq!(
        result.scenarios, expected.scenarios,
        "both renames, ids kept"
    );
}

#[test]
fn both_keeps_the_other_tabs_version_and_mine_as_a_copy_right_after_it() {
    let base = lund();
    let theirs = renamed(&base, RAM, "Ram A");
    let mine = renamed(&base, RAM, "Ram B");
    let ram = scenario(&base, RAM);
    let found = differences(Some(&base), &mine, &theirs);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].suggested, Pick::Both, "both sides changed it");
    let result = merged(&mine, &theirs, &[(ram, Pick::Both)], COPY).expect("merged");
    let first = names(&base)[0];
    assert_eq!(
        names(&result),
        vec![first, "Ram A", "Ram B (min version)", MAX]
    );
    assert!(all_ids_unique(&result));
    let copy = &result.scenarios[2];
    let own = mine.scenario(ram).expect("mine");
    assert_ne!(copy.id, ram, "the copy has its own id");
    let amounts = |s: &finsam_planner::engine::model::Scenario| {
        s.groups
            .iter()
            .flat_map(|g| g.lines.iter().map(|l| (l.name.clone(), l.source.clone())))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        amounts(copy),
        amounts(own),
        "the copy holds this tab's lines"
    );
    assert!(result.next_id > result.max_used_id());
}

#[test]
fn mine_removed_the_baseline_scenario_and_the_name_of_the_forbund_comes_from_the_other_tab() {
    let base = lund();
    let ram = scenario(&base, RAM);
    let with_baseline = changed(
        &base,
        Command::SetBaseline {
            scenario: Some(ram),
        },
    );
    let theirs = changed(
        &with_baseline,
        Command::SetWorkspaceName {
            name: "Lunds samordningsförbund (styrelsen)".into(),
            org_number: with_baseline.org_number.clone(),
        },
    );
    let mine = changed(&with_baseline, Command::RemoveScenario { scenario: ram });
    let found = differences(Some(&with_baseline), &mine, &theirs);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].mine.clone(), found[0].suggested),
        (None, Pick::Mine)
    );
    assert!(outside_differs(&mine, &theirs));
    let result = merged(&mine, &theirs, &[(ram, Pick::Mine)], COPY).expect("merged");
    assert_eq!(result.name, "Lunds samordningsförbund (styrelsen)");
    assert_eq!(result.scenario(ram), None);
    assert_eq!(result.baseline, None, "a removed baseline is no baseline");
    let kept = merged(&mine, &theirs, &[(ram, Pick::Theirs)], COPY).expect("merged");
    assert_eq!(kept, theirs, "the other tab's version, untouched");
}

#[test]
fn new_scenarios_with_the_same_ids_in_both_tabs_are_both_kept_with_unique_ids() {
    let base = lund();
    let max = scenario(&base, MAX);
    let copy_as = |name: &str| Command::DuplicateScenario {
        scenario: max,
        name: name.into(),
    };
    let theirs = changed(&base, copy_as("Deras förslag"));
    let mine = changed(&base, copy_as("Mitt förslag"));
    let new_id = scenario(&theirs, "Deras förslag");
    assert_eq!(
        new_id,
        scenario(&mine, "Mitt förslag"),
        "the same id in both tabs"
    );
    let found = differences(Some(&base), &mine, &theirs);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].suggested,
        Pick::Both,
        "not in the base: new on both sides"
    );
    let result = merged(&mine, &theirs, &[(new_id, Pick::Both)], COPY).expect("merged");
    assert!(names(&result).contains(&"Deras förslag"));
    assert!(names(&result).contains(&"Mitt förslag (min version)"));
    assert!(all_ids_unique(&result));
    let taken = merged(&mine, &theirs, &[(new_id, Pick::Mine)], COPY).expect("merged");
    assert_eq!(
        taken.scenario(new_id).map(|s| s.name.as_str()),
        Some("Mitt förslag")
    );
    assert!(!names(&taken).contains(&"Deras förslag"));
}

#[test]
fn a_scenario_using_an_item_the_other_tab_removed_is_refused() {
    let base = lund();
    let max = scenario(&base, MAX);
    let used = base
        .scenario(max)
        .expect("max")
        .groups
        .iter()
        .flat_map(|g| &g.lines);
    let item = used
        .filter_map(|l| match l.source {
            LineSource::Catalogue { item, .. } => Some(item),
            LineSource::Own { .. } => None,
        })
        .next_back()
        .expect("a catalogue line");
    let mut theirs = base.clone();
    theirs.catalogue.retain(|c| c.id != item);
    for s in &mut theirs.scenarios {
        for g in &mut s.groups {
            g.lines.retain(
                |l| !matches!(l.source, LineSource::Catalogue { item: i, .. } if i == item),
            );
        }
    }
    let mine = renamed(&base, MAX, "Max (ny)");
    let refused = merged(&mine, &theirs, &[(max, Pick::Mine)], COPY);
    assert!(
        refused.is_err(),
        "the line would point at an item that is gone"
    );
    assert!(merged(&mine, &theirs, &[(max, Pick::Theirs)], COPY).is_ok());
}

#[test]
fn the_choice_is_one_step_that_undo_takes_back_to_the_other_tabs_version() {
    let mut data = Persisted {
        workspaces: vec![lund()],
        ..Persisted::default()
    };
    let theirs = renamed(&data.workspaces[0], RAM, "Ram (styrelsen)");
    data.workspaces[0] = theirs.clone();
    let mine = renamed(&lund(), MAX, "Max (förbundschefen)");
    let max: ScenarioId = scenario(&mine, "Max (förbundschefen)");
    let at = ChangeContext {
        iso: "2026-12-05T10:00:00Z".into(),
        millis: 1_767_225_600_000,
        today: "2026-12-05".into(),
    };
    let change = AppCommand::MergeTab {
        mine: Box::new(mine),
        picks: vec![(max, Pick::Mine)],
        copy_suffix: COPY.into(),
    };
    let done = apply_change(&mut data, change, &at).expect("merge applies");
    assert_eq!(done.label.map(|l| l.action), Some(MERGE_TAB.to_string()));
    assert_eq!(
        names(&data.workspaces[0])[1..],
        ["Ram (styrelsen)", "Max (förbundschefen)"]
    );
    assert_eq!(data.histories[0].steps.len(), 1);
    apply_change(&mut data, AppCommand::Undo, &at).expect("undo");
    assert_eq!(data.workspaces[0], theirs);
}
