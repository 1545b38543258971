//! In-browser tests (headless Chromium through wasm-bindgen-test): the web key–value store and the persister
//! against the real localStorage. Run by `.ci/test`; native `cargo test` skips this file.
#![cfg(target_arch = "wasm32")]

use finsam_planner::persist::layout::{INDEX_KEY, WORKSPACE_PREFIX};
use finsam_planner::persist::{KvStore, Persister, Source};
use finsam_planner::storage::{clock_now, WebKv};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear_app_keys(kv: &WebKv) {
    for key in kv.keys().unwrap_or_default() {
        if key.starts_with("finsam-planner/") {
            kv.remove(&key).expect("remove");
        }
    }
}

#[wasm_bindgen_test]
fn a_value_is_stored_read_back_and_removed() {
    let kv = WebKv::open();
    let key = "finsam-planner/test/roundtrip";
    kv.set(key, "Landskrona Svalöv 4 649 297,00").expect("set");
    assert_eq!(
        kv.get(key),
        Ok(Some("Landskrona Svalöv 4 649 297,00".into()))
    );
    assert!(kv.keys().expect("keys").contains(&key.to_string()));
    kv.remove(key).expect("remove");
    assert_eq!(kv.get(key), Ok(None));
}

#[wasm_bindgen_test]
fn a_missing_key_reads_as_none() {
    assert_eq!(
        WebKv::open().get("finsam-planner/test/never-written"),
        Ok(None)
    );
}

#[wasm_bindgen_test]
fn the_persister_saves_the_examples_in_the_v2_layout_and_loads_them_back() {
    let kv = WebKv::open();
    clear_app_keys(&kv);
    let mut p = Persister::new(kv.clone());
    let (mut data, source) = p.load().expect("loads");
    assert_eq!(source, Source::Fresh);
    if let Some(ws) = data.workspace_mut() {
        ws.name = "Ändrad i testet".into();
    }
    p.save(&data, &clock_now()).expect("saves");
    let index = kv.get(INDEX_KEY).expect("get").expect("index stored");
    assert!(
        index.contains(r#""format":"finsam-planner/index""#),
        "index was {index}"
    );
    let keys = kv.keys().expect("keys");
    assert_eq!(
        keys.iter()
            .filter(|k| k.starts_with(WORKSPACE_PREFIX))
            .count(),
        data.workspaces.len()
    );
    let (again, source) = Persister::new(kv.clone()).load().expect("loads again");
    assert_eq!(source, Source::Stored);
    assert_eq!(again, data);
    p.delete_all().expect("deletes");
    assert!(!kv
        .keys()
        .expect("keys")
        .iter()
        .any(|k| k.starts_with("finsam-planner/")));
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_not_overwritten() {
    let kv = WebKv::open();
    clear_app_keys(&kv);
    let garbage = "{\"format\": \"finsam-planner/index\", half a file";
    kv.set(INDEX_KEY, garbage).expect("seed");
    let mut p = Persister::new(kv.clone());
    assert!(p.load().is_err());
    let data = finsam_planner::persisted::Persisted::default();
    assert!(p.save(&data, &clock_now()).is_err());
    assert_eq!(kv.get(INDEX_KEY), Ok(Some(garbage.to_string())));
    clear_app_keys(&kv);
}

#[wasm_bindgen_test]
fn the_clock_gives_an_iso_time_and_a_calendar_day() {
    let clock = clock_now();
    assert_eq!(clock.today.len(), 10, "{}", clock.today);
    assert!(clock.iso.ends_with('Z'), "{}", clock.iso);
    assert!(clock.millis > 1_700_000_000_000);
}
