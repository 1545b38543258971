//! The catalogue benchmark's workspace and queries, shared by the native (`engine_bench`) and
//! the wasm (`engine_bench_wasm`) benchmarks.
#![allow(dead_code)]

use finsam_planner::engine::catalogue::{CatalogueFilter, SortKey, STATUS_ORDER};
use finsam_planner::engine::ids::CatalogueItemId;
use finsam_planner::engine::model::Workspace;
use finsam_planner::engine::money::Money;

/// 1 000 catalogue items made from Lund's 14, with varied names, leaders, statuses and amounts.
pub fn large_catalogue() -> Workspace {
    let mut ws = finsam_planner::engine::examples::lund_2015_2017();
    let seeds = ws.catalogue.clone();
    ws.catalogue = (0..1_000u32)
        .map(|i| {
            let mut item = seeds[i as usize % seeds.len()].clone();
            item.id = CatalogueItemId(100_000 + i);
            item.name = format!("{} {}", item.name, (i * 7_919) % 1_000);
            item.leaders.push(format!("Ledare Öberg {i}"));
            item.status = STATUS_ORDER[i as usize % STATUS_ORDER.len()];
            item.amounts
                .insert(2016, Money::from_kr(i64::from(i) * 1_337));
            item
        })
        .collect();
    ws
}

/// The searches timed: none, two words, and a rare word with a year filter.
pub fn searches() -> [CatalogueFilter; 3] {
    [
        CatalogueFilter::default(),
        CatalogueFilter {
            text: "FÖRSTUDIE lund".into(),
            ..Default::default()
        },
        CatalogueFilter {
            text: "öberg 99".into(),
            active_in: Some(2016),
            ..Default::default()
        },
    ]
}

/// The sort columns timed.
pub const SORTS: [SortKey; 3] = [SortKey::Name, SortKey::Amount, SortKey::Leader];
