//! Each förbund loads on its own: one damaged workspace key (five ways) leaves the other förbund loaded and
//! editable, is kept byte-identical and named, and can be set aside; kept copies (new set-aside keys, older
//! builds' quarantine keys, the v1 value) are listed, read and deleted; an unreadable index is rebuilt.

mod persist_support;

use finsam_planner::persist::fake::MemoryKv;
use finsam_planner::persist::layout::{
    quarantine_key, set_aside_key, Reason, INDEX_KEY, V1_KEY, WORKSPACE_PREFIX,
};
use finsam_planner::persist::{KvStore, LoadFailure, Persister, Phase, Source};
use persist_support::{clock, loaded, reload, renamed};
use std::collections::BTreeSet;

const V1_APP: &str = include_str!("fixtures/persist/v1-app.json");
const LANDSKRONA: &str = "finsam-planner/v2/ws/example-1";
const LUND: &str = "finsam-planner/v2/ws/example-2";
const LUND_NAME: &str = "Lunds samordningsförbund";

/// The two examples stored (Landskrona renamed "Förbund A" so that both keys are written).
fn two_stored() -> MemoryKv {
    let kv = MemoryKv::new();
    let (mut p, data) = loaded(&kv);
    p.save(&renamed(&data, "Förbund A"), &clock(1))
        .expect("first save");
    let keys: BTreeSet<String> = kv.snapshot().into_keys().collect();
    let expected: BTreeSet<String> = [INDEX_KEY, LANDSKRONA, LUND]
        .iter()
        .map(|k| k.to_string())
        .collect();
    assert_eq!(keys, expected);
    kv
}

fn lund_raw(kv: &MemoryKv) -> String {
    kv.get(LUND).expect("get").expect("Lund stored")
}

/// Damages Lund's key with `bad` (`None`: removes it) and checks everything the damage must not break.
/// Returns the reason given for it.
fn one_damaged(bad: Option<&str>, name: Option<&str>) -> Reason {
    let kv = two_stored();
    match bad {
        Some(bad) => kv.seed(LUND, bad),
        None => kv.remove(LUND).expect("removes"),
    }
    let mut p = Persister::new(&kv);
    let (data, source) = p.load().expect("Landskrona still loads");
    assert_eq!(source, Source::Stored);
    assert_eq!(p.phase(), &Phase::Loaded);
    assert_eq!(data.ids, vec!["example-1".to_string()]);
    assert_eq!(data.workspaces.len(), 1);
    assert_eq!(data.workspace().map(|w| w.name.as_str()), Some("Förbund A"));
    let damaged = p.damaged().to_vec();
    assert_eq!(damaged.len(), 1);
    let d = damaged.first().expect("one");
    assert_eq!((d.id.as_str(), d.key.as_str()), ("example-2", LUND));
    assert_eq!(d.raw, bad.unwrap_or(""));
    assert_eq!(d.name.as_deref(), name);

    // Landskrona is editable: the save writes its key (and at most the index), nothing else.
    let before = kv.snapshot();
    let edited = renamed(&data, "Förbund B");
    p.save(&edited, &clock(2)).expect("saves Landskrona");
    let after = kv.snapshot();
    let changed: BTreeSet<&String> = before
        .keys()
        .chain(after.keys())
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert!(changed.contains(&LANDSKRONA.to_string()), "{changed:?}");
    assert!(
        changed.iter().all(|k| *k == LANDSKRONA || *k == INDEX_KEY),
        "{changed:?}"
    );
    assert_eq!(
        after.get(LUND).map(String::as_str),
        bad,
        "damaged value kept byte-identical"
    );
    // A new tab sees the edit and the same damaged förbund.
    let mut tab = Persister::new(&kv);
    let (again, _) = tab.load().expect("loads");
    assert_eq!(again, edited);
    assert_eq!(tab.damaged(), damaged.as_slice());

    // "Lägg undan": the copy is verified, then the key and its id in the index go.
    tab.set_aside_damaged("example-2", &clock(3))
        .expect("sets aside");
    assert!(tab.damaged().is_empty());
    let stored = kv.snapshot();
    assert!(!stored.contains_key(LUND));
    let list = tab.set_aside_list().expect("lists");
    match bad {
        Some(bad) => {
            let copy = set_aside_key(clock(3).millis, LUND);
            assert_eq!(list.len(), 1, "{list:?}");
            let entry = list.first().expect("one");
            assert_eq!(entry.key, copy);
            assert_eq!(entry.from_key, LUND);
            assert_eq!(entry.name.as_deref(), name);
            assert_eq!(entry.millis, Some(clock(3).millis));
            assert_eq!(entry.bytes, bad.len());
            assert_eq!(stored.get(&copy).map(String::as_str), Some(bad));
            assert_eq!(
                tab.set_aside_raw(&copy).expect("reads"),
                Some(bad.to_string())
            );
        }
        None => assert!(list.is_empty(), "nothing to copy: {list:?}"),
    }
    let (after_set_aside, _) = Persister::new(&kv).load().expect("loads");
    assert_eq!(after_set_aside, edited);
    let mut fresh = Persister::new(&kv);
    fresh.load().expect("loads");
    assert!(fresh.damaged().is_empty(), "the index no longer names it");
    d.reason.clone()
}

#[test]
fn a_workspace_cut_short_leaves_the_other_loaded() {
    let kv = two_stored();
    let raw = lund_raw(&kv);
    let half: String = raw.chars().take(raw.chars().count() / 2).collect();
    assert!(matches!(
        one_damaged(Some(&half), Some(LUND_NAME)),
        Reason::NotJson(_)
    ));
}

#[test]
fn a_workspace_that_is_not_json_leaves_the_other_loaded() {
    assert!(matches!(
        one_damaged(Some("inte json alls {"), None),
        Reason::NotJson(_)
    ));
}

#[test]
fn a_workspace_of_another_format_leaves_the_other_loaded() {
    let kv = two_stored();
    let raw = lund_raw(&kv);
    let other = raw.replacen("finsam-planner/workspace", "another-app/document", 1);
    assert_ne!(other, raw);
    assert_eq!(
        one_damaged(Some(&other), Some(LUND_NAME)),
        Reason::NotOurFormat
    );
}

#[test]
fn a_workspace_with_an_invalid_amount_leaves_the_other_loaded() {
    let kv = two_stored();
    let raw = lund_raw(&kv);
    // Lund's first catalogue item, Samverkansresurs AF, costs 200 000 kr in 2015 (seed B).
    let bad = raw.replacen(r#""2015":"200000""#, r#""2015":"12,5""#, 1);
    assert_ne!(bad, raw, "the amount was found");
    let Reason::InvalidValue(message) = one_damaged(Some(&bad), Some(LUND_NAME)) else {
        panic!("not an invalid value")
    };
    assert!(
        message.starts_with("data.catalogue[0].amounts.2015: "),
        "{message}"
    );
}

#[test]
fn a_missing_workspace_key_leaves_the_other_loaded() {
    assert_eq!(one_damaged(None, None), Reason::Missing);
}

#[test]
fn a_damaged_key_that_changed_since_the_load_is_not_set_aside() {
    let kv = two_stored();
    kv.seed(LUND, "trasig");
    let (mut p, _) = loaded(&kv);
    kv.seed(LUND, "ändrad av en annan flik");
    assert!(p.set_aside_damaged("example-2", &clock(3)).is_err());
    assert_eq!(
        kv.get(LUND).expect("get").as_deref(),
        Some("ändrad av en annan flik")
    );
    assert!(p.set_aside_list().expect("lists").is_empty());
}

#[test]
fn a_new_workspace_never_takes_a_damaged_förbunds_key() {
    let kv = two_stored();
    kv.seed(LUND, "trasig");
    let (mut p, data) = loaded(&kv);
    let mut more = persist_support::with_new_workspace(&data, "Nytt");
    more.ids = vec!["example-1".into(), "example-2".into()];
    p.save(&more, &clock(2)).expect("saves");
    assert_eq!(kv.get(LUND).expect("get").as_deref(), Some("trasig"));
    let again = reload(&kv);
    assert_eq!(
        again.ids,
        vec!["example-1".to_string(), "example-2-2".to_string()]
    );
}

#[test]
fn no_readable_workspace_is_unreadable_as_before() {
    let kv = two_stored();
    kv.seed(LANDSKRONA, "x");
    kv.seed(LUND, "y");
    let mut p = Persister::new(&kv);
    let Err(LoadFailure::Unreadable(list)) = p.load() else {
        panic!("not unreadable")
    };
    let keys: Vec<&str> = list.iter().map(|u| u.key.as_str()).collect();
    assert_eq!(keys, vec![LANDSKRONA, LUND]);
    assert_eq!(p.phase(), &Phase::Unreadable);
}

#[test]
fn a_valid_set_aside_copy_reads_back_as_its_workspace() {
    let kv = two_stored();
    let lund = reload(&kv).workspaces.get(1).cloned().expect("Lund");
    let copy = set_aside_key(42, LUND);
    kv.seed(&copy, &lund_raw(&kv));
    let (p, _) = loaded(&kv);
    let list = p.set_aside_list().expect("lists");
    assert_eq!(list.len(), 1);
    assert_eq!(
        list.first().and_then(|s| s.name.as_deref()),
        Some(LUND_NAME)
    );
    assert_eq!(list.first().and_then(|s| s.millis), Some(42));
    assert_eq!(p.read_set_aside(&copy), Ok(lund));
    assert!(p.read_set_aside(LUND).is_err(), "not a kept copy");
}

#[test]
fn old_quarantine_copies_and_the_v1_value_are_listed_and_deleted() {
    let kv = MemoryKv::new();
    kv.seed(V1_KEY, V1_APP);
    let (mut p, data) = loaded(&kv);
    p.save(&data, &clock(1)).expect("migrates");
    let old = quarantine_key("finsam-planner/v2/ws/abc", 1_700_000_000_123);
    kv.seed(
        &old,
        "{\"format\":\"finsam-planner/workspace\",\"data\":{\"name\":\"Gamla\"",
    );
    let list = p.set_aside_list().expect("lists");
    #[allow(clippy::type_complexity)]
    let summary: Vec<(&str, &str, Option<&str>, Option<u64>, usize)> = list
        .iter()
        .map(|s| {
            (
                s.key.as_str(),
                s.from_key.as_str(),
                s.name.as_deref(),
                s.millis,
                s.bytes,
            )
        })
        .collect();
    assert_eq!(
        summary,
        // Sorted by key; the old copy is 59 bytes of text cut short, its name found by the scan.
        vec![
            (V1_KEY, V1_KEY, Some(LUND_NAME), None, V1_APP.len()),
            (
                old.as_str(),
                "finsam-planner/v2/ws/abc",
                Some("Gamla"),
                Some(1_700_000_000_123),
                59
            ),
        ]
    );
    assert!(p.delete_set_aside(INDEX_KEY).is_err(), "not a kept copy");
    assert!(p
        .delete_set_aside(&format!("{WORKSPACE_PREFIX}w0"))
        .is_err());
    p.delete_set_aside(&old).expect("deletes");
    p.delete_set_aside(V1_KEY).expect("deletes");
    assert!(p.set_aside_list().expect("lists").is_empty());
    let keys: Vec<String> = kv.snapshot().into_keys().collect();
    assert_eq!(
        keys,
        vec![INDEX_KEY.to_string(), format!("{WORKSPACE_PREFIX}w0")]
    );
    assert_eq!(reload(&kv), data);
}

#[test]
fn the_v1_value_is_not_offered_before_v2_data_exists() {
    let kv = MemoryKv::new();
    kv.seed(V1_KEY, V1_APP);
    let (p, _) = loaded(&kv);
    assert!(p.set_aside_list().expect("lists").is_empty());
}

#[test]
fn an_unreadable_index_is_rebuilt_from_the_workspace_keys_and_set_aside_before_it_is_replaced() {
    let kv = two_stored();
    let expected = reload(&kv);
    kv.seed(INDEX_KEY, "{\"format\":\"finsam-planner/index\",");
    let before = kv.snapshot();
    let mut p = Persister::new(&kv);
    let (data, source) = p.load().expect("loads from the ws keys");
    assert_eq!(source, Source::Stored);
    assert_eq!(kv.snapshot(), before, "loading writes nothing");
    assert_eq!(data.ids, expected.ids);
    assert_eq!(data.workspaces, expected.workspaces);
    let edited = renamed(&data, "Förbund C");
    p.save(&edited, &clock(4)).expect("saves");
    let stored = kv.snapshot();
    let copy = set_aside_key(clock(4).millis, INDEX_KEY);
    assert_eq!(
        stored.get(&copy).map(String::as_str),
        Some("{\"format\":\"finsam-planner/index\","),
        "the old index kept"
    );
    assert_ne!(
        stored.get(INDEX_KEY).map(String::as_str),
        Some("{\"format\":\"finsam-planner/index\",")
    );
    assert_eq!(reload(&kv), edited);
    let list = p.set_aside_list().expect("lists");
    assert_eq!(list.len(), 1);
    assert_eq!(list.first().map(|s| s.from_key.as_str()), Some(INDEX_KEY));
}

#[test]
fn an_unreadable_index_with_no_readable_workspace_is_unreadable() {
    let kv = two_stored();
    kv.seed(INDEX_KEY, "nonsens");
    kv.seed(LANDSKRONA, "x");
    kv.remove(LUND).expect("removes");
    let before = kv.snapshot();
    let mut p = Persister::new(&kv);
    let Err(LoadFailure::Unreadable(list)) = p.load() else {
        panic!("not unreadable")
    };
    let keys: Vec<&str> = list.iter().map(|u| u.key.as_str()).collect();
    assert_eq!(keys, vec![INDEX_KEY, LANDSKRONA]);
    assert_eq!(kv.snapshot(), before);
}

#[test]
fn start_fresh_sets_values_aside_not_in_quarantine_keys() {
    let kv = two_stored();
    kv.seed(LANDSKRONA, "x");
    kv.seed(LUND, "y");
    let mut p = Persister::new(&kv);
    assert!(p.load().is_err());
    p.start_fresh(&clock(5)).expect("starts fresh");
    let millis = clock(5).millis;
    let keys: BTreeSet<String> = kv.snapshot().into_keys().collect();
    let expected: BTreeSet<String> = [INDEX_KEY, LANDSKRONA, LUND]
        .iter()
        .map(|k| set_aside_key(millis, k))
        .collect();
    assert_eq!(keys, expected);
    assert_eq!(
        kv.get(&set_aside_key(millis, LUND))
            .expect("get")
            .as_deref(),
        Some("y")
    );
    let list = p.set_aside_list().expect("lists");
    assert_eq!(list.len(), 3);
    p.delete_all().expect("deletes");
    assert!(kv.snapshot().is_empty(), "set-aside copies too");
}
