//! The large workspace: 1 000 catalogue items, 20 scenarios × 5 years, each scenario with every item as a
//! line (10 groups of 100) and an override on every tenth line. Written for the UI benchmark (ignored by
//! default; `.ci/bench` runs it: the localStorage value, at $FP_BENCH_OUT), and, with both built-in examples,
//! as export files for the schema test (`tests/e2e/schema.test.mjs` validates them against the published
//! schema): `$CARGO_TARGET_TMPDIR/export-samples/*.json`.

use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::exchange::{export_scenario, export_workspace};
use finsam_planner::engine::ids::{CatalogueItemId, GroupId, LineId, ScenarioId};
use finsam_planner::engine::model::{
    CostGroup, CostLine, IsoDate, LineSource, Scenario, Workspace, YearPlan,
};
use finsam_planner::engine::money::Money;
use finsam_planner::persisted::Persisted;
use std::collections::BTreeMap;

const ITEMS: u32 = 1_000;
const SCENARIOS: u32 = 20;
const FIRST_YEAR: u16 = 2024;
const YEARS: u16 = 5;
const GROUPS: u32 = 10;

fn large_workspace() -> Workspace {
    let mut ws = landskrona_svalov_2023();
    let template = ws.catalogue[0].clone();
    ws.catalogue = (0..ITEMS)
        .map(|i| {
            let mut item = template.clone();
            item.id = CatalogueItemId(100_000 + i);
            item.name = format!("Insats {i}");
            item.amounts = (0..YEARS)
                .map(|y| {
                    (
                        FIRST_YEAR + y,
                        Money::from_kr(i64::from(i) * 100 + i64::from(y) + 1_000),
                    )
                })
                .collect();
            item
        })
        .collect();
    let funding = ws.scenarios[0].years[0].funding.clone();
    let mut next = 200_000u32;
    let mut id = || {
        next += 1;
        next
    };
    ws.scenarios = (0..SCENARIOS)
        .map(|s| Scenario {
            id: ScenarioId(id()),
            name: format!("Scenario {s}"),
            note: String::new(),
            opening_equity: Money::from_kr(3_232_297),
            years: (0..YEARS)
                .map(|y| YearPlan {
                    year: FIRST_YEAR + y,
                    overview_plan: y > 0,
                    funding: funding.clone(),
                })
                .collect(),
            other_income: Vec::new(),
            groups: (0..GROUPS).map(|g| group(g, &mut id)).collect(),
            source_check: None,
        })
        .collect();
    ws.baseline = None;
    ws.stated_figures.clear();
    ws.next_id = id();
    ws
}

fn group(g: u32, id: &mut impl FnMut() -> u32) -> CostGroup {
    let per_group = ITEMS / GROUPS;
    CostGroup {
        id: GroupId(id()),
        name: format!("Grupp {g}"),
        is_administration: g == 0,
        lines: (0..per_group)
            .map(|l| {
                let n = g * per_group + l;
                let overrides = if n.is_multiple_of(10) {
                    BTreeMap::from([(FIRST_YEAR + 1, Money::from_kr(i64::from(n) + 7))])
                } else {
                    BTreeMap::new()
                };
                CostLine {
                    id: LineId(id()),
                    name: format!("Insats {n}"),
                    source: LineSource::Catalogue {
                        item: CatalogueItemId(100_000 + n),
                        overrides,
                    },
                    note: String::new(),
                }
            })
            .collect(),
    }
}

#[test]
#[ignore = "benchmark input: run by .ci/bench"]
fn write_large_workspace_for_the_ui_benchmark() {
    let out = std::env::var("FP_BENCH_OUT").expect("FP_BENCH_OUT names the output file");
    let persisted = Persisted {
        workspaces: vec![large_workspace()],
        ..Persisted::default()
    };
    let json = serde_json::to_string(&persisted).expect("serializes");
    std::fs::write(&out, &json).expect("writes the file");
    println!("ui bench workspace: {} bytes at {out}", json.len());
}

#[test]
fn write_export_samples_for_the_schema_test() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-samples");
    std::fs::create_dir_all(&dir).expect("creates the directory");
    let on = IsoDate::new(2026, 12, 7).expect("a date");
    let examples = [
        ("lund", lund_2015_2017()),
        ("landskrona", landskrona_svalov_2023()),
        ("large", large_workspace()),
    ];
    for (name, workspace) in examples {
        let whole = export_workspace(&workspace, on).expect("exports the workspace");
        std::fs::write(dir.join(format!("{name}-workspace.json")), whole).expect("writes");
        let first = workspace.scenarios[0].id;
        let one = export_scenario(&workspace, first, on).expect("exports the scenario");
        std::fs::write(dir.join(format!("{name}-scenario.json")), one).expect("writes");
    }
}
