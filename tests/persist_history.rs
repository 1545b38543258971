//! The stored undo history: it survives a reload (undo then gives the state before the last edit, byte for
//! byte), a history whose workspace revision is not the stored workspace's loads empty, and a full quota
//! shortens the stored history (newest steps kept) instead of failing the save of the workspace — also when the
//! workspace itself grows and only the stored history's space can make room.

mod history_support;
mod persist_support;

use finsam_planner::change::{apply_change, AppCommand, ChangeContext};
use finsam_planner::persist::fake::MemoryKv;
use finsam_planner::persist::layout::{history_key, read_history};
use finsam_planner::persist::{KvError, KvStore, SaveError};
use finsam_planner::persisted::Persisted;
use history_support::bank_amount;
use persist_support::{clock, loaded, reload, renamed};

const LANDSKRONA_ID: &str = "example-1";

fn context() -> ChangeContext {
    ChangeContext {
        iso: "2026-12-05T10:00:00Z".to_string(),
        millis: 1_796_000_000_000,
        today: "2026-12-05".to_string(),
    }
}

/// Sets Bankkostnader 2023 of Budget 2023 in the open (Landskrona) förbund, through the entry point.
fn set_bank(data: &mut Persisted, kr: i64) {
    let edit = bank_amount(data.workspace().expect("open förbund"), kr);
    apply_change(data, AppCommand::Edit(edit), &context()).expect("edit applies");
}

fn undo(data: &mut Persisted) {
    apply_change(data, AppCommand::Undo, &context()).expect("undo applies");
}

fn stored_history_steps(kv: &MemoryKv) -> usize {
    let raw = kv
        .get(&history_key(LANDSKRONA_ID))
        .expect("get")
        .expect("history stored");
    read_history(&raw)
        .expect("readable")
        .data
        .history
        .steps
        .len()
}

fn total_chars(kv: &MemoryKv) -> usize {
    kv.snapshot()
        .iter()
        .map(|(k, v)| k.len().saturating_add(v.len()))
        .sum()
}

#[test]
fn the_history_survives_a_reload_and_undo_then_gives_the_state_before_the_last_edit() {
    let kv = MemoryKv::new();
    let (mut p, mut data) = loaded(&kv);
    set_bank(&mut data, 60_000);
    set_bank(&mut data, 70_000);
    let before_last = data.workspace().cloned().expect("open");
    set_bank(&mut data, 80_000);
    p.save(&data, &clock(1)).expect("saves");

    let mut again = reload(&kv);
    assert_eq!(again.histories, data.histories, "history reloaded as saved");
    undo(&mut again);
    assert_eq!(again.workspace(), Some(&before_last));
    let json = |w| serde_json::to_string(w).expect("json");
    assert_eq!(
        json(again.workspace().expect("open")),
        json(&before_last),
        "byte-identical after undo"
    );
    assert_eq!(stored_history_steps(&kv), 3);
}

#[test]
fn a_history_of_another_workspace_revision_loads_empty_and_the_workspace_still_loads() {
    let kv = MemoryKv::new();
    let (mut p, mut data) = loaded(&kv);
    set_bank(&mut data, 60_000);
    p.save(&data, &clock(1)).expect("saves");
    let key = history_key(LANDSKRONA_ID);
    let raw = kv.get(&key).expect("get").expect("stored");
    let mut value: serde_json::Value = serde_json::from_str(&raw).expect("json");
    let revision = value["data"]["workspaceRevision"]
        .as_u64()
        .expect("a revision");
    value["data"]["workspaceRevision"] = serde_json::json!(revision + 5);
    kv.seed(&key, &value.to_string());

    let again = reload(&kv);
    assert_eq!(again.workspace(), data.workspace(), "the workspace loads");
    let history = again.histories.first().expect("a history slot");
    assert!(history.steps.is_empty(), "a stale history is not applied");
}

#[test]
fn a_full_quota_stores_the_newest_half_of_the_history_and_the_workspace_is_saved() {
    let kv = MemoryKv::new();
    let (mut p, mut data) = loaded(&kv);
    for kr in 1..=8 {
        set_bank(&mut data, 10_000 + kr);
    }
    p.save(&data, &clock(1)).expect("saves");
    assert_eq!(stored_history_steps(&kv), 8);
    let before_last = data.workspace().cloned();
    // No room for a ninth step, but for the workspace's one more digit.
    kv.set_capacity(Some(total_chars(&kv) + 20));
    set_bank(&mut data, 100_000);
    let saved = p.save(&data, &clock(2)).expect("the workspace is saved");
    assert!(
        saved.histories_trimmed > 0,
        "the shorter history is reported"
    );
    let steps = stored_history_steps(&kv);
    assert!((1..9).contains(&steps), "newest steps kept: {steps}");

    let mut again = reload(&kv);
    assert_eq!(
        again.workspace(),
        data.workspace(),
        "the last edit is stored"
    );
    undo(&mut again);
    assert_eq!(
        again.workspace(),
        before_last.as_ref(),
        "the newest undo step works"
    );
}

#[test]
fn a_workspace_that_grows_gets_the_room_of_its_stored_history() {
    let kv = MemoryKv::new();
    let (mut p, mut data) = loaded(&kv);
    for kr in 1..=8 {
        set_bank(&mut data, 10_000 + kr);
    }
    p.save(&data, &clock(1)).expect("saves");
    let history_before = stored_history_steps(&kv);
    // Not one more character fits: the workspace can only grow into space the stored history gives up.
    kv.set_capacity(Some(total_chars(&kv)));
    set_bank(&mut data, 1_000_000_000);
    let saved = p.save(&data, &clock(2)).expect("saved by making room");
    assert!(saved.histories_trimmed > 0);
    assert!(stored_history_steps(&kv) < history_before);
    assert_eq!(reload(&kv).workspace(), data.workspace());
}

#[test]
fn with_no_history_left_to_shorten_a_full_quota_is_refused_and_nothing_stored_changes() {
    let kv = MemoryKv::new();
    let (mut p, mut data) = loaded(&kv);
    set_bank(&mut data, 60_000);
    p.save(&data, &clock(1)).expect("saves");
    kv.set_capacity(Some(total_chars(&kv)));
    // Each rename adds ten characters: the first saves take the stored history's room, then one is refused.
    let mut refused = false;
    let mut name = String::from("Förbund");
    for _ in 0..200 {
        name.push_str("ABCDEFGHIJ");
        data = renamed(&data, &name);
        if p.save(&data, &clock(2)).is_err() {
            refused = true;
            break;
        }
    }
    assert!(refused, "the quota is reached");
    let before = kv.snapshot();
    name.push_str("KLMNOPQRST");
    data = renamed(&data, &name);
    assert_eq!(
        p.save(&data, &clock(3)).map(|_| ()),
        Err(SaveError::Storage(KvError::QuotaExceeded))
    );
    assert_eq!(kv.snapshot(), before, "a refused save changes nothing");
    kv.set_capacity(None);
    p.save(&data, &clock(4)).expect("saves once there is room");
    assert_eq!(reload(&kv).workspace(), data.workspace());
}
