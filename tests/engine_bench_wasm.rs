//! Benchmark of the catalogue list's query in wasm (Node.js through wasm-bindgen-test): prints
//! the time of `select` over 1 000 items. Run by `.ci/bench`, or with
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test --release
//! --target wasm32-unknown-unknown --test engine_bench_wasm -- --nocapture`.
#![cfg(target_arch = "wasm32")]

mod catalogue_bench_support;

use catalogue_bench_support::{large_catalogue, searches, SORTS};
use finsam_planner::engine::catalogue::{select, Sort};
use wasm_bindgen_test::{console_log, wasm_bindgen_test};

/// Repetitions per search and sort (the clock has millisecond resolution).
const REPEAT: u32 = 20;

#[wasm_bindgen_test]
fn engine_catalogue_select_wasm() {
    let ws = large_catalogue();
    let (mut slowest, mut total, mut runs, mut rows) = (0f64, 0f64, 0u32, 0usize);
    for filter in &searches() {
        for key in SORTS {
            let sort = Sort {
                key,
                descending: false,
            };
            let start = js_sys::Date::now();
            for _ in 0..REPEAT {
                rows += select(&ws, filter, sort, 2016).len();
            }
            let ms = (js_sys::Date::now() - start) / f64::from(REPEAT);
            slowest = slowest.max(ms);
            total += ms;
            runs += 1;
        }
    }
    let line = format!(
        "engine catalogue (wasm, node): select over {} items {:.2} ms mean, {:.2} ms slowest \
         search/sort ({rows} rows)",
        ws.catalogue.len(),
        total / f64::from(runs),
        slowest
    );
    console_log!("{line}");
    assert!(rows > 0);
}
