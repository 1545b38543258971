//! In-browser tests (headless Chromium through wasm-bindgen-test): the storage adapter against the real
//! localStorage. Run by `.ci/test`; native `cargo test` skips this file.
#![cfg(target_arch = "wasm32")]

use finsam_planner::storage::{self, LoadError};
use serde::{Deserialize, Serialize};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Sample {
    name: String,
    amount: rust_decimal::Decimal,
}

fn sample() -> Sample {
    Sample {
        name: "Landskrona Svalöv".into(),
        amount: rust_decimal::Decimal::new(464_929_700, 2),
    }
}

#[wasm_bindgen_test]
fn local_storage_is_available_in_the_test_browser() {
    assert!(storage::is_available());
}

#[wasm_bindgen_test]
fn a_saved_value_loads_back_equal() {
    let key = "finsam-planner/test/roundtrip";
    storage::save(key, &sample()).expect("save");
    assert_eq!(storage::load::<Sample>(key), Ok(Some(sample())));
    storage::remove(key);
}

#[wasm_bindgen_test]
fn amounts_are_stored_as_decimal_strings() {
    let key = "finsam-planner/test/decimal-string";
    storage::save(key, &sample()).expect("save");
    let raw = storage::load_raw(key).expect("load").expect("present");
    assert!(
        raw.contains(r#""amount":"4649297.00""#),
        "stored text was {raw}"
    );
    storage::remove(key);
}

#[wasm_bindgen_test]
fn a_missing_key_loads_as_none() {
    assert_eq!(
        storage::load::<Sample>("finsam-planner/test/never-written"),
        Ok(None)
    );
}

#[wasm_bindgen_test]
fn an_unreadable_value_is_returned_untouched_and_not_overwritten() {
    let key = "finsam-planner/test/corrupt";
    let garbage = "{\"name\": \"half a file";
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .set_item(key, garbage)
        .unwrap();
    match storage::load::<Sample>(key) {
        Err(LoadError::Unreadable { raw, .. }) => assert_eq!(raw, garbage),
        other => panic!("expected Unreadable, got {other:?}"),
    }
    assert_eq!(
        storage::load_raw(key),
        Ok(Some(garbage.to_string())),
        "loading must not change it"
    );
    storage::remove(key);
}
