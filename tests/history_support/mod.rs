//! Helpers shared by the history tests: finding things by name in the examples, doing a command and
//! recording it, and a large workspace.
#![allow(dead_code)]

#[path = "../catalogue_bench_support/mod.rs"]
mod catalogue_bench_support;

use finsam_planner::engine::command::{apply, Command};
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::ids::{GroupId, LineId, PartyId, ScenarioId};
use finsam_planner::engine::model::{CostLine, LineSource, Workspace};
use finsam_planner::history::{describe, diff, History, Label};

pub fn landskrona() -> Workspace {
    landskrona_svalov_2023()
}

pub fn lund() -> Workspace {
    lund_2015_2017()
}

pub fn scenario(ws: &Workspace, name: &str) -> ScenarioId {
    let found = ws.scenarios.iter().find(|s| s.name == name);
    found.unwrap_or_else(|| panic!("no scenario {name}")).id
}

pub fn group(ws: &Workspace, scenario_name: &str, name: &str) -> (ScenarioId, GroupId) {
    let id = scenario(ws, scenario_name);
    let s = ws.scenario(id).expect("scenario");
    let g = s.groups.iter().find(|g| g.name == name);
    (id, g.unwrap_or_else(|| panic!("no group {name}")).id)
}

pub fn line(ws: &Workspace, scenario_name: &str, name: &str) -> (ScenarioId, LineId) {
    let id = scenario(ws, scenario_name);
    let s = ws.scenario(id).expect("scenario");
    let cost = s
        .groups
        .iter()
        .flat_map(|g| &g.lines)
        .map(|l| (&l.name, l.id));
    let income = s.other_income.iter().map(|l| (&l.name, l.id));
    let mut all = cost.chain(income);
    let found = all.find(|(n, _)| n.as_str() == name);
    (id, found.unwrap_or_else(|| panic!("no line {name}")).1)
}

pub fn party(ws: &Workspace, name: &str) -> PartyId {
    let found = ws.parties.iter().find(|p| p.name == name);
    found.unwrap_or_else(|| panic!("no party {name}")).id
}

/// Applies `command` to `ws` and records it in `history` (label from `describe`); returns the label.
pub fn run(ws: &mut Workspace, history: &mut History, command: Command) -> Label {
    let label = describe(&command, ws);
    let before = ws.clone();
    apply(ws, command).expect("command accepted");
    history.record(
        label.clone(),
        "2024-05-01T10:00:00Z".into(),
        diff(&before, ws),
    );
    label
}

pub fn json(ws: &Workspace) -> String {
    serde_json::to_string(ws).expect("serializes")
}

/// Lund with 1 000 catalogue items, plus 20 scenarios each including the first 100 of them.
pub fn large_workspace() -> Workspace {
    let mut ws = catalogue_bench_support::large_catalogue();
    let template = ws.scenarios[0].clone();
    let items: Vec<_> = ws.catalogue.iter().take(100).map(|i| i.id).collect();
    for s in 0..20u32 {
        let mut next = 500_000 + s * 1_000;
        let mut id = || {
            next += 1;
            next
        };
        let mut sc = template.clone();
        sc.id = ScenarioId(id());
        sc.name = format!("Scenario {s}");
        for group in &mut sc.groups {
            group.id = GroupId(id());
            group.lines.clear();
        }
        sc.other_income.iter_mut().for_each(|l| l.id = LineId(id()));
        sc.groups[0].lines = items
            .iter()
            .map(|item| CostLine {
                id: LineId(id()),
                name: format!("Rad {}", item.0),
                source: LineSource::Catalogue {
                    item: *item,
                    overrides: Default::default(),
                },
                note: String::new(),
            })
            .collect();
        ws.scenarios.push(sc);
    }
    ws.next_id = 600_000;
    ws
}

/// Sets Bankkostnader 2023 of "Budget 2023" (Landskrona example) to `kr`.
pub fn bank_amount(ws: &Workspace, kr: i64) -> Command {
    let (scenario, line) = line(ws, "Budget 2023", "Bankkostnader");
    Command::SetLineAmount {
        scenario,
        line,
        year: 2023,
        amount: finsam_planner::engine::money::Money::from_kr(kr),
    }
}
