//! The save protocol over the fake store: every crash point leaves the old or the new document, a stale
//! write is refused, nothing is written before a load or over a newer schema, and only changed keys are written.

mod persist_support;

use finsam_planner::persist::fake::MemoryKv;
use finsam_planner::persist::layout::{INDEX_KEY, WORKSPACE_PREFIX};
use finsam_planner::persist::{KvError, KvStore, Persister, Phase, SaveError};
use persist_support::{clock, loaded, reload, renamed, with_new_workspace};

/// A store holding the examples, saved once.
fn saved_examples() -> MemoryKv {
    let kv = MemoryKv::new();
    let (mut p, data) = loaded(&kv);
    let first = renamed(&data, "Förbund A");
    p.save(&first, &clock(1)).expect("first save");
    kv
}

#[test]
fn save_before_load_is_refused_and_writes_nothing() {
    let kv = MemoryKv::new();
    let mut p = Persister::new(&kv);
    let data = finsam_planner::persisted::Persisted::default();
    assert_eq!(p.save(&data, &clock(1)), Err(SaveError::NotLoaded));
    assert_eq!(kv.writes(), 0);
    assert!(kv.snapshot().is_empty());
}

#[test]
fn a_saved_edit_loads_back_in_a_new_tab() {
    let kv = saved_examples();
    let (mut p, data) = loaded(&kv);
    assert_eq!(data.workspace().map(|w| w.name.as_str()), Some("Förbund A"));
    let edited = renamed(&data, "Förbund B");
    p.save(&edited, &clock(2)).expect("saves");
    assert_eq!(reload(&kv), edited);
}

#[test]
fn an_edit_writes_only_the_changed_workspace_key() {
    let kv = saved_examples();
    let (mut p, data) = loaded(&kv);
    let before = kv.snapshot();
    let saved = p
        .save(&renamed(&data, "Förbund B"), &clock(1))
        .expect("saves");
    let after = kv.snapshot();
    let changed: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(saved.writes, 1);
    assert_eq!(changed.len(), 1, "changed keys: {changed:?}");
    assert!(changed.iter().all(|k| k.starts_with(WORKSPACE_PREFIX)));
}

#[test]
fn every_crash_point_gives_the_old_or_the_new_document() {
    let mut crash_points = 0;
    for k in 1..=6 {
        let kv = saved_examples();
        let (mut p, old) = loaded(&kv);
        // A change to the workspace and, as on a new day, to the index's export dates.
        let mut new = renamed(&old, "Förbund B");
        new.active_scenario = 1;
        kv.fail_at(k);
        let result = p.save(&new, &clock(9));
        let stored = reload(&kv);
        let ws_is_old = stored.workspaces == old.workspaces;
        let ws_is_new = stored.workspaces == new.workspaces;
        assert!(ws_is_old || ws_is_new, "crash at call {k}: a mixture");
        assert!(result.is_err(), "call {k} failed, so the save reports it");
        assert!(
            stored == old || ws_is_new,
            "crash at call {k}: index without its workspace"
        );
        // The next save after the failure completes the change, and never sees its own write as a conflict.
        p.save(&new, &clock(9))
            .unwrap_or_else(|e| panic!("retry after crash at {k}: {e:?}"));
        assert_eq!(reload(&kv), new, "after the retry of crash {k}");
        crash_points += 1;
    }
    assert_eq!(crash_points, 6);
}

#[test]
fn a_write_based_on_a_stale_revision_is_refused_and_the_other_tab_keeps_its_data() {
    let kv = saved_examples();
    let (mut tab_a, data_a) = loaded(&kv);
    let (mut tab_b, data_b) = loaded(&kv);
    let from_a = renamed(&data_a, "Ändrat i A");
    tab_a.save(&from_a, &clock(2)).expect("A saves");
    let stored_after_a = kv.snapshot();
    let from_b = renamed(&data_b, "Ändrat i B");
    assert_eq!(
        tab_b.save(&from_b, &clock(2)),
        Err(SaveError::Conflict(Some(0)))
    );
    assert_eq!(kv.snapshot(), stored_after_a);
    assert_eq!(reload(&kv), from_a);
    // After reloading, B's edit is based on A's and is saved.
    let fresh = tab_b.reload(&from_b).expect("reloads");
    assert_eq!(
        fresh.workspace().map(|w| w.name.as_str()),
        Some("Ändrat i A")
    );
    let again = renamed(&fresh, "Ändrat i B");
    tab_b
        .save(&again, &clock(3))
        .expect("B saves on the new revision");
    assert_eq!(reload(&kv), again);
}

#[test]
fn a_stored_newer_schema_makes_the_tab_read_only_without_writing() {
    let kv = saved_examples();
    let (mut p, data) = loaded(&kv);
    let id_key = kv
        .snapshot()
        .into_keys()
        .find(|k| k.starts_with(WORKSPACE_PREFIX))
        .expect("ws key");
    let raw = kv.get(&id_key).expect("get").expect("stored");
    let newer = raw.replacen("\"schemaVersion\":2", "\"schemaVersion\":3", 1);
    kv.seed(&id_key, &newer);
    let before = kv.snapshot();
    let writes = kv.writes();
    assert_eq!(
        p.save(&renamed(&data, "x"), &clock(2)),
        Err(SaveError::ReadOnly(3))
    );
    assert_eq!(p.phase(), &Phase::ReadOnly(3));
    assert_eq!(
        p.save(&renamed(&data, "y"), &clock(2)),
        Err(SaveError::ReadOnly(3))
    );
    assert_eq!(kv.snapshot(), before);
    assert_eq!(kv.writes(), writes);
    let mut fresh_tab = Persister::new(&kv);
    assert!(fresh_tab.load().is_err());
    assert_eq!(fresh_tab.phase(), &Phase::ReadOnly(3));
}

#[test]
fn a_full_store_refuses_the_save_and_keeps_the_previous_value() {
    let kv = saved_examples();
    let (mut p, data) = loaded(&kv);
    let before = kv.snapshot();
    let size: usize = before.iter().map(|(k, v)| k.len() + v.len()).sum();
    kv.set_capacity(Some(size));
    let mut big = renamed(&data, &"X".repeat(100));
    let result = p.save(&big, &clock(2));
    assert_eq!(result, Err(SaveError::Storage(KvError::QuotaExceeded)));
    assert_eq!(kv.snapshot(), before);
    kv.set_capacity(None);
    big = renamed(&big, "Y");
    p.save(&big, &clock(2)).expect("saves once there is room");
    assert_eq!(reload(&kv), big);
}

#[test]
fn unavailable_storage_fails_the_load_and_nothing_is_written() {
    let kv = MemoryKv::new();
    kv.set_unavailable(true);
    let mut p = Persister::new(&kv);
    assert!(p.load().is_err());
    assert_eq!(p.phase(), &Phase::Unavailable);
    let data = finsam_planner::persisted::Persisted::default();
    assert_eq!(p.save(&data, &clock(1)), Err(SaveError::NotAllowed));
    kv.set_unavailable(false);
    assert!(kv.snapshot().is_empty());
}

#[test]
fn adding_and_removing_a_workspace_keeps_the_others_keys() {
    let kv = saved_examples();
    let (mut p, data) = loaded(&kv);
    let keys_before: Vec<String> = kv.snapshot().into_keys().collect();
    let more = with_new_workspace(&data, "Nytt förbund");
    p.save(&more, &clock(2)).expect("saves");
    assert_eq!(reload(&kv), more);
    let keys_more: Vec<String> = kv.snapshot().into_keys().collect();
    assert!(keys_before.iter().all(|k| keys_more.contains(k)));
    assert_eq!(keys_more.len(), keys_before.len() + 1);
    p.save(&data, &clock(2)).expect("saves the removal");
    assert_eq!(reload(&kv), data);
    let keys_after: Vec<String> = kv.snapshot().into_keys().collect();
    assert_eq!(keys_after, keys_before);
    assert!(keys_after.contains(&INDEX_KEY.to_string()));
    assert!(keys_after
        .iter()
        .filter(|k| **k != INDEX_KEY)
        .all(|k| k.starts_with(WORKSPACE_PREFIX)));
}
