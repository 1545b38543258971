//! Loading over the fake store: the v1 layout migrates (golden fixture) and is kept, unreadable values are
//! never overwritten and survive "Börja om" in a set-aside key, and "Radera all lokal data" leaves no key.

mod persist_support;

use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::scenario_report;
use finsam_planner::i18n::Lang;
use finsam_planner::persist::fake::MemoryKv;
use finsam_planner::persist::layout::{
    Reason, APP_PREFIX, INDEX_KEY, SET_ASIDE_PREFIX, V1_KEY, WORKSPACE_PREFIX,
};
use finsam_planner::persist::{LoadFailure, Persister, Phase, SaveError, Source};
use persist_support::{clock, loaded, reload, renamed};

const V1_APP: &str = include_str!("fixtures/persist/v1-app.json");

fn closing_equity(
    data: &finsam_planner::persisted::Persisted,
    scenario: usize,
    year: u16,
) -> Money {
    let ws = data.workspace().expect("a workspace");
    let id = ws.scenarios.get(scenario).expect("scenario").id;
    let report = scenario_report(ws, id).expect("computes");
    report.year(year).expect("year").closing_equity
}

#[test]
fn the_v1_fixture_migrates_to_v2_keys_and_the_v1_value_is_kept() {
    let kv = MemoryKv::new();
    kv.seed(V1_KEY, V1_APP);
    let mut p = Persister::new(&kv);
    let (data, source) = p.load().expect("v1 loads");
    assert_eq!(source, Source::Migrated);
    assert_eq!(data.workspaces.len(), 1);
    assert_eq!(
        (data.active_workspace, data.active_scenario, data.lang),
        (0, 1, Lang::En)
    );
    // seed_figures.md B: Lund 2015–2017 closes 2017 at 5 640 000; "Godkänd kommunal ram" 2016 at 1 670 000.
    assert_eq!(closing_equity(&data, 0, 2017), Money::from_kr(5_640_000));
    assert_eq!(closing_equity(&data, 1, 2016), Money::from_kr(1_670_000));
    p.save(&data, &clock(1)).expect("writes the v2 keys");
    let stored = kv.snapshot();
    assert_eq!(
        stored.get(V1_KEY).map(String::as_str),
        Some(V1_APP),
        "v1 value byte-identical"
    );
    assert!(stored.contains_key(INDEX_KEY));
    assert_eq!(
        stored
            .keys()
            .filter(|k| k.starts_with(WORKSPACE_PREFIX))
            .count(),
        1
    );
    let (again, source) = Persister::new(&kv).load().expect("v2 loads");
    assert_eq!(source, Source::Stored);
    assert_eq!(again, data);
}

#[test]
fn a_v1_value_from_a_newer_version_is_read_only() {
    let kv = MemoryKv::new();
    kv.seed(
        V1_KEY,
        &V1_APP.replacen("\"schemaVersion\":1", "\"schemaVersion\":7", 1),
    );
    let mut p = Persister::new(&kv);
    assert_eq!(p.load().map(|_| ()), Err(LoadFailure::Newer(7)));
    assert_eq!(p.phase(), &Phase::ReadOnly(7));
}

/// Every workspace key holds `bad` (one damaged förbund alone no longer stops the load: persist_isolation).
fn unreadable_kept(bad: &str) -> Reason {
    let kv = MemoryKv::new();
    let (mut p, data) = loaded(&kv);
    p.save(&renamed(&data, "A"), &clock(1)).expect("saves");
    let ws_keys: Vec<String> = kv
        .snapshot()
        .into_keys()
        .filter(|k| k.starts_with(WORKSPACE_PREFIX))
        .collect();
    assert_eq!(ws_keys.len(), 2, "the two examples");
    for key in &ws_keys {
        kv.seed(key, bad);
    }
    let key = ws_keys.first().expect("a ws key").clone();
    let before = kv.snapshot();
    let mut tab = Persister::new(&kv);
    let failure = tab.load().expect_err("unreadable");
    assert_eq!(tab.save(&data, &clock(2)), Err(SaveError::NotAllowed));
    assert_eq!(kv.snapshot(), before, "nothing overwritten");
    let LoadFailure::Unreadable(list) = failure else {
        panic!("not unreadable: {failure:?}")
    };
    assert_eq!(list.len(), 2, "both listed");
    let first = list.into_iter().next().expect("one value");
    assert_eq!(
        (first.key.as_str(), first.raw.as_str()),
        (key.as_str(), bad)
    );
    // "Börja om": the raw values move to set-aside keys, byte-identical, and saving works again.
    let fresh = tab.start_fresh(&clock(3)).expect("starts fresh");
    let kept: Vec<(String, String)> = kv
        .snapshot()
        .into_iter()
        .filter(|(k, _)| k.starts_with(SET_ASIDE_PREFIX))
        .collect();
    for ws_key in &ws_keys {
        let copy = format!("{SET_ASIDE_PREFIX}{}/{ws_key}", clock(3).millis);
        assert!(
            kept.contains(&(copy, bad.to_string())),
            "set-aside copy of {ws_key}"
        );
    }
    assert!(!kv.snapshot().keys().any(|k| k.contains(":quarantine:")));
    tab.save(&renamed(&fresh, "Nytt"), &clock(3))
        .expect("saves after Börja om");
    assert_eq!(
        reload(&kv).workspace().map(|w| w.name.clone()),
        Some("Nytt".into())
    );
    first.reason
}

#[test]
fn unreadable_values_are_kept_and_explained() {
    assert!(matches!(
        unreadable_kept("{\"format\": \"finsam-planner/workspace\", \"schem"),
        Reason::NotJson(_)
    ));
    assert_eq!(unreadable_kept("null"), Reason::NotOurFormat);
    assert_eq!(unreadable_kept("[1,2]"), Reason::NotOurFormat);
    let wrong_type = r#"{"format":"finsam-planner/workspace","schemaVersion":2,"revision":1,"savedAt":"x","data":{"name":12}}"#;
    assert!(
        matches!(unreadable_kept(wrong_type), Reason::InvalidValue(m) if m.starts_with("data.name: invalid type"))
    );
}

#[test]
fn an_invalid_amount_is_reported_with_its_path() {
    let kv = MemoryKv::new();
    let (mut p, data) = loaded(&kv);
    p.save(&renamed(&data, "A"), &clock(1)).expect("saves");
    let (_, valid) = kv
        .snapshot()
        .into_iter()
        .find(|(k, _)| k.starts_with(WORKSPACE_PREFIX))
        .expect("a ws key");
    // Landskrona's first catalogue item, BIP Svalöv, costs 204 000 kr in 2023 (seed A); "12,5" is no decimal.
    let bad = valid.replacen(r#""2023":"204000""#, r#""2023":"12,5""#, 1);
    assert_ne!(bad, valid, "the amount was found");
    let Reason::InvalidValue(message) = unreadable_kept(&bad) else {
        panic!("not an invalid value")
    };
    assert!(
        message.starts_with("data.catalogue[0].amounts.2023: "),
        "{message}"
    );
}

#[test]
fn delete_all_leaves_no_app_key_and_keeps_other_keys() {
    let kv = MemoryKv::new();
    kv.seed("another-app/key", "x");
    kv.seed(V1_KEY, V1_APP);
    let (mut p, data) = loaded(&kv);
    p.save(&data, &clock(1)).expect("saves");
    p.delete_all().expect("deletes");
    let keys: Vec<String> = kv.snapshot().into_keys().collect();
    assert_eq!(keys, vec!["another-app/key".to_string()]);
    assert!(!keys.iter().any(|k| k.starts_with(APP_PREFIX)));
    // The examples shown afterwards are not written until something changes.
    let writes = kv.writes();
    p.save(&finsam_planner::persisted::Persisted::default(), &clock(2))
        .expect("nothing to save");
    assert_eq!(kv.writes(), writes);
}

#[test]
fn export_dates_are_kept_and_remind_after_seven_days() {
    let kv = MemoryKv::new();
    let (mut p, data) = loaded(&kv);
    p.save(&renamed(&data, "A"), &clock(1)).expect("saves");
    assert_eq!(
        p.exports().first_unexported_change_on.as_deref(),
        Some("2026-11-01")
    );
    assert!(!p.exports().needs_reminder("2026-11-07"));
    assert!(p.exports().needs_reminder("2026-11-08"));
    p.mark_exported(&renamed(&data, "A"), &clock(9))
        .expect("marks");
    let (again, _) = loaded(&kv);
    assert_eq!(
        again.exports().last_exported_on.as_deref(),
        Some("2026-11-09")
    );
    assert_eq!(again.exports().first_unexported_change_on, None);
    assert!(!again.exports().needs_reminder("2026-12-31"));
}
