//! Benchmark (ignored by default): evaluates a large workspace and prints the throughput.
//! Run with `cargo test --release --test engine_bench -- --ignored --nocapture`.

use finsam_planner::engine::examples::landskrona_svalov_2023;
use finsam_planner::engine::ids::{CatalogueItemId, GroupId, LineId, ScenarioId};
use finsam_planner::engine::model::{
    CostGroup, CostLine, FrameInputs, Funding, LineSource, Scenario, Workspace, YearPlan,
};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::scenario_report;
use rust_decimal::Decimal;
use std::collections::BTreeMap;
use std::time::Instant;

const SCENARIOS: u32 = 20;
const YEARS: u16 = 5;
const GROUPS: u32 = 10;
const LINES_PER_GROUP: u32 = 100;
const ROUNDS: usize = 10;

/// 20 scenarios × 5 years × 1 000 lines (every tenth line a catalogue reference with an override
/// in one year), amounts with öre, on Landskrona's parties and population key.
fn large_workspace() -> Workspace {
    let mut ws = landskrona_svalov_2023();
    let template = ws.catalogue[0].clone();
    ws.catalogue = (0..100u32)
        .map(|i| {
            let mut item = template.clone();
            item.id = CatalogueItemId(1_000 + i);
            item.amounts = (0..YEARS)
                .map(|y| (2024 + y, Money::from_kr(i64::from(i) * 1_000 + 17)))
                .collect();
            item
        })
        .collect();
    let mut next = 10_000u32;
    let mut id = || {
        next += 1;
        next
    };
    ws.scenarios = (0..SCENARIOS).map(|s| scenario(s, &mut id)).collect();
    ws.next_id = id();
    ws
}

fn scenario(index: u32, id: &mut impl FnMut() -> u32) -> Scenario {
    let funding = Funding::ApprovedFrames(FrameInputs {
        state_offer: Money::from_kr(2_514_000 + i64::from(index) * 1_001),
        region_frames: BTreeMap::new(),
        municipal_frames: BTreeMap::new(),
    });
    let groups = (0..GROUPS)
        .map(|g| CostGroup {
            id: GroupId(id()),
            name: format!("Grupp {g}"),
            is_administration: g == 0,
            lines: (0..LINES_PER_GROUP)
                .map(|l| line(g * LINES_PER_GROUP + l, id))
                .collect(),
        })
        .collect();
    Scenario {
        id: ScenarioId(id()),
        name: format!("Scenario {index}"),
        note: String::new(),
        opening_equity: Money::from_kr(3_232_297),
        years: (0..YEARS)
            .map(|y| YearPlan {
                year: 2024 + y,
                overview_plan: y > 0,
                funding: funding.clone(),
            })
            .collect(),
        other_income: Vec::new(),
        groups,
        source_check: None,
    }
}

fn line(n: u32, id: &mut impl FnMut() -> u32) -> CostLine {
    let amount = |y: u16| {
        Money::new(Decimal::new(
            i64::from(n) * 10_000 + i64::from(y) * 37 + 55,
            2,
        ))
    };
    let source = if n.is_multiple_of(10) {
        let overrides = BTreeMap::from([(2025, amount(1))]);
        LineSource::Catalogue {
            item: CatalogueItemId(1_000 + n % 100),
            overrides,
        }
    } else {
        LineSource::Own {
            amounts: (0..YEARS).map(|y| (2024 + y, amount(y))).collect(),
        }
    };
    CostLine {
        id: LineId(id()),
        name: format!("Rad {n}"),
        source,
        note: String::new(),
    }
}

#[test]
#[ignore = "benchmark: run with --release --ignored --nocapture"]
fn engine_throughput() {
    let ws = large_workspace();
    let ids: Vec<ScenarioId> = ws.scenarios.iter().map(|s| s.id).collect();
    let mut evaluated = 0usize;
    let mut checksum = Money::ZERO;
    let start = Instant::now();
    for _ in 0..ROUNDS {
        for id in &ids {
            let report = scenario_report(&ws, *id).expect("large workspace computes");
            for year in &report.years {
                evaluated += year.groups.iter().map(|g| g.lines.len()).sum::<usize>();
                checksum = checksum
                    .checked_add(year.closing_equity)
                    .expect("no overflow");
            }
        }
    }
    let elapsed = start.elapsed();
    let per_second = evaluated as f64 / elapsed.as_secs_f64();
    println!(
        "engine: {evaluated} budget lines evaluated in {:.1} ms = {:.0} lines/s (checksum {})",
        elapsed.as_secs_f64() * 1000.0,
        per_second,
        checksum.amount()
    );
    assert_eq!(
        evaluated,
        ROUNDS * (SCENARIOS * u32::from(YEARS) * GROUPS * LINES_PER_GROUP) as usize
    );
}

mod catalogue_bench_support;

#[test]
#[ignore = "benchmark: run with --release --ignored --nocapture"]
fn engine_catalogue_select() {
    use catalogue_bench_support::{large_catalogue, searches, SORTS};
    use finsam_planner::engine::catalogue::{select, Sort};
    let ws = large_catalogue();
    let searches = searches();
    let sorts = SORTS;
    let mut slowest = 0f64;
    let mut total = 0f64;
    let mut runs = 0u32;
    let mut rows = 0usize;
    for _ in 0..ROUNDS {
        for filter in &searches {
            for key in sorts {
                let start = Instant::now();
                rows += select(
                    &ws,
                    filter,
                    Sort {
                        key,
                        descending: runs % 2 == 1,
                    },
                    2016,
                )
                .len();
                let ms = start.elapsed().as_secs_f64() * 1000.0;
                slowest = slowest.max(ms);
                total += ms;
                runs += 1;
            }
        }
    }
    println!(
        "engine catalogue: select over {} items (search, filter, sort) {:.2} ms mean, {:.2} ms slowest of {runs} ({rows} rows)",
        ws.catalogue.len(),
        total / f64::from(runs),
        slowest
    );
    assert!(rows > 0);
}
