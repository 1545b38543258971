//! Recording steps: the redo tail is dropped, the step and size bounds keep the newest steps, jumps are
//! steps of their own, and a step that no longer fits changes nothing.

mod history_support;

use finsam_planner::engine::command::{apply, Command};
use finsam_planner::engine::ids::{LineId, ScenarioId};
use finsam_planner::engine::model::{LineSource, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::history::{
    Change, History, HistoryError, Label, Seg, JUMP, MAX_BYTES, MAX_STEPS,
};
use history_support::*;

fn bank(ws: &Workspace) -> (ScenarioId, LineId) {
    line(ws, "Budget 2023", "Bankkostnader")
}

fn set_bank(ws: &mut Workspace, history: &mut History, kr: i64) -> Label {
    let (scenario, line) = bank(ws);
    let amount = Money::from_kr(kr);
    run(
        ws,
        history,
        Command::SetLineAmount {
            scenario,
            line,
            year: 2023,
            amount,
        },
    )
}

/// The Bankkostnader amount of 2023, in kronor text.
fn bank_amount(ws: &Workspace) -> String {
    let (scenario, line) = bank(ws);
    let s = ws.scenario(scenario).expect("scenario");
    let (g, l) = s.cost_line_position(line).expect("line");
    match &s.groups[g].lines[l].source {
        LineSource::Own { amounts } => amounts[&2023].amount().to_string(),
        LineSource::Catalogue { .. } => panic!("own line"),
    }
}

/// Landskrona with Bankkostnader set to 1, 2, … `count` kr, one step each.
fn with_steps(count: i64) -> (Workspace, History) {
    let mut ws = landskrona();
    let mut history = History::default();
    for kr in 1..=count {
        set_bank(&mut ws, &mut history, kr);
    }
    (ws, history)
}

#[test]
fn nothing_to_undo_or_redo_in_an_empty_history() {
    let mut ws = landskrona();
    let mut history = History::default();
    assert!(!history.can_undo() && !history.can_redo());
    assert_eq!(history.next_undo(), None);
    assert_eq!(history.undo(&mut ws), Err(HistoryError::NothingToUndo));
    assert_eq!(history.redo(&mut ws), Err(HistoryError::NothingToRedo));
    history.record(Label::new("import", ""), "t".into(), Vec::new());
    assert_eq!(history, History::default(), "no changes, no step");
}

#[test]
fn undo_and_redo_move_the_position_and_name_the_next_steps() {
    let (mut ws, mut history) = with_steps(2);
    let label = Label::new("set_line_amount", "Bankkostnader 2023");
    assert_eq!(history.next_undo(), Some(&label));
    assert_eq!(history.next_redo(), None);
    history.undo(&mut ws).expect("undo");
    assert_eq!(bank_amount(&ws), "1");
    assert!(history.can_undo() && history.can_redo());
    assert_eq!(history.next_redo(), Some(&label));
    history.undo(&mut ws).expect("undo");
    assert_eq!(bank_amount(&ws), "5000");
    assert!(!history.can_undo());
    history.redo(&mut ws).expect("redo");
    assert_eq!((bank_amount(&ws), history.position), ("1".to_string(), 1));
}

#[test]
fn recording_after_undo_drops_the_undone_steps() {
    let (mut ws, mut history) = with_steps(3);
    history.undo(&mut ws).expect("undo");
    history.undo(&mut ws).expect("undo");
    set_bank(&mut ws, &mut history, 77);
    assert_eq!((history.steps.len(), history.position), (2, 2));
    assert!(!history.can_redo());
    history.undo(&mut ws).expect("undo");
    assert_eq!(bank_amount(&ws), "1");
}

#[test]
fn at_most_max_steps_are_kept_the_oldest_dropped() {
    let (mut ws, mut history) = with_steps(300);
    assert_eq!(MAX_STEPS, 250);
    assert_eq!((history.steps.len(), history.position), (250, 250));
    // The oldest kept step is the 51st: 50 kr → 51 kr.
    let Change::Set { before, after, .. } = &history.steps[0].changes[0] else {
        panic!("a set");
    };
    assert_eq!(
        (before.clone(), after.clone()),
        (Some("50".into()), Some("51".into()))
    );
    for _ in 0..250 {
        history.undo(&mut ws).expect("undo");
    }
    assert_eq!(bank_amount(&ws), "50");
    assert_eq!(history.undo(&mut ws), Err(HistoryError::NothingToUndo));
}

fn big_step(n: usize, chars: usize) -> (Label, Vec<Change>) {
    let change = Change::Set {
        path: vec![Seg::Key("note".into())],
        before: Some("".into()),
        after: Some("x".repeat(chars).into()),
    };
    (Label::new("set_line_note", n.to_string()), vec![change])
}

#[test]
fn the_steps_stay_within_max_bytes_the_newest_kept() {
    let mut history = History::default();
    for n in 0..100 {
        let (label, changes) = big_step(n, 20_000);
        history.record(label, "t".into(), changes);
    }
    let size = |steps: &[_]| serde_json::to_string(steps).expect("json").len();
    assert!(size(&history.steps) <= MAX_BYTES);
    assert!(
        history.steps.len() > 40 && history.steps.len() < 50,
        "{}",
        history.steps.len()
    );
    let mut one_more = vec![history.steps[0].clone()];
    one_more.extend(history.steps.iter().cloned());
    assert!(size(&one_more) > MAX_BYTES, "as many as fit are kept");
    assert_eq!(
        history.steps.last().map(|s| s.label.subject.as_str()),
        Some("99")
    );
    assert_eq!(history.position, history.steps.len());
}

#[test]
fn a_single_step_larger_than_max_bytes_is_kept_alone() {
    let mut history = History::default();
    for n in 0..3 {
        let (label, changes) = big_step(n, 1_000);
        history.record(label, "t".into(), changes);
    }
    let (label, changes) = big_step(3, MAX_BYTES + 10);
    history.record(label.clone(), "t".into(), changes);
    assert_eq!(history.steps.len(), 1);
    assert_eq!(
        (history.steps[0].label.clone(), history.position),
        (label, 1)
    );
}

#[test]
fn jumping_back_is_one_step_that_can_be_undone() {
    let (mut ws, mut history) = with_steps(5);
    history.jump_to(&mut ws, 2, "t".into()).expect("jump");
    assert_eq!(bank_amount(&ws), "2");
    assert_eq!((history.steps.len(), history.position), (6, 6));
    assert_eq!(history.next_undo(), Some(&Label::new(JUMP, "2")));
    assert_eq!(history.undo(&mut ws), Ok(Label::new(JUMP, "2")));
    assert_eq!(bank_amount(&ws), "5");
    history.redo(&mut ws).expect("redo the jump");
    assert_eq!(bank_amount(&ws), "2");
    // Forward again: to the state after the five amount steps.
    history.jump_to(&mut ws, 5, "t".into()).expect("jump");
    assert_eq!(
        (bank_amount(&ws), history.steps.len()),
        ("5".to_string(), 7)
    );
    history
        .jump_to(&mut ws, 0, "t".into())
        .expect("jump to the start");
    assert_eq!(ws, landskrona());
}

#[test]
fn jumping_forward_over_undone_steps() {
    let (mut ws, mut history) = with_steps(5);
    for _ in 0..3 {
        history.undo(&mut ws).expect("undo");
    }
    history.jump_to(&mut ws, 4, "t".into()).expect("jump");
    assert_eq!(bank_amount(&ws), "4");
    assert_eq!((history.steps.len(), history.position), (3, 3));
    history.undo(&mut ws).expect("undo the jump");
    assert_eq!(bank_amount(&ws), "2");
}

#[test]
fn jumping_to_the_current_position_or_beyond_the_end_records_nothing() {
    let (mut ws, mut history) = with_steps(3);
    let (ws0, history0) = (ws.clone(), history.clone());
    assert_eq!(history.jump_to(&mut ws, 3, "t".into()), Ok(()));
    assert_eq!(
        history.jump_to(&mut ws, 4, "t".into()),
        Err(HistoryError::NoSuchPosition)
    );
    assert_eq!((ws, history), (ws0, history0));
}

#[test]
fn a_step_that_no_longer_fits_changes_nothing() {
    let (mut ws, mut history) = with_steps(2);
    history.undo(&mut ws).expect("undo");
    // Changed outside the history: neither the done nor the undone step fits any more.
    let (scenario, line) = bank(&ws);
    let amount = Money::from_kr(999);
    apply(
        &mut ws,
        Command::SetLineAmount {
            scenario,
            line,
            year: 2023,
            amount,
        },
    )
    .expect("set");
    let (ws0, history0) = (ws.clone(), history.clone());
    assert_eq!(history.undo(&mut ws), Err(HistoryError::DoesNotFit));
    assert_eq!(history.redo(&mut ws), Err(HistoryError::DoesNotFit));
    assert_eq!(
        history.jump_to(&mut ws, 0, "t".into()),
        Err(HistoryError::DoesNotFit)
    );
    assert_eq!((ws, history), (ws0, history0));
}

#[test]
fn a_change_that_fits_the_json_but_not_the_workspace_does_not_fit() {
    let mut ws = landskrona();
    let mut history = History::default();
    let change = Change::Set {
        path: vec![Seg::Key("next_id".into())],
        before: Some(ws.next_id.into()),
        after: Some("not a number".into()),
    };
    history.record(Label::new("import", ""), "t".into(), vec![change]);
    history.position = 0;
    let (ws0, history0) = (ws.clone(), history.clone());
    assert_eq!(history.redo(&mut ws), Err(HistoryError::DoesNotFit));
    assert_eq!((ws, history), (ws0, history0));
}
