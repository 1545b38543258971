//! The figure index's change list, which the budget screen uses to update only the cells whose figures
//! changed: raising one cost line in the first of Lund's three years changes exactly the figures a hand
//! calculation says it must — and nothing when nothing changed.
#![cfg(not(target_arch = "wasm32"))]

use finsam_planner::engine::command::{apply, Command};
use finsam_planner::engine::examples::lund_2015_2017;
use finsam_planner::engine::model::FigureRef;
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::{scenario_report, FigureIndex};
use rust_decimal::Decimal;
use std::collections::BTreeSet;

fn index_of(ws: &finsam_planner::engine::model::Workspace) -> FigureIndex {
    FigureIndex::of(&scenario_report(ws, ws.scenarios[0].id).expect("Lund computes"))
}

#[test]
fn unchanged_report_changes_no_cell() {
    let ws = lund_2015_2017();
    assert!(index_of(&ws).changed_keys(&index_of(&ws)).is_empty());
}

#[test]
fn one_cost_line_changes_its_year_totals_and_the_later_equity() {
    let mut ws = lund_2015_2017();
    let before = index_of(&ws);
    let scenario = &ws.scenarios[0];
    let (scenario_id, first) = (scenario.id, scenario.years[0].year);
    let group = &scenario.groups[0];
    let (group_id, line) = (group.id, group.lines[0].id);
    let old = before
        .get(first, FigureRef::CostLine(line))
        .expect("the line has an amount");
    let raised = Money::new(old.amount() + Decimal::from(1_000));
    apply(
        &mut ws,
        Command::SetLineAmount {
            scenario: scenario_id,
            line,
            year: first,
            amount: raised,
        },
    )
    .expect("a valid amount");
    let changed: BTreeSet<String> = before
        .changed_keys(&index_of(&ws))
        .into_iter()
        .map(|k| format!("{k:?}"))
        .collect();

    // By hand: in the first year the line, its group, the costs, the result and the closing equity move by
    // 1 000 kr; each later year opens lower, so its opening, available funds and closing equity move too.
    let years: Vec<u16> = ws.scenarios[0].years.iter().map(|y| y.year).collect();
    let mut expected = BTreeSet::new();
    for figure in [
        FigureRef::CostLine(line),
        FigureRef::GroupTotal(group_id),
        FigureRef::CostsTotal,
        FigureRef::Result,
        FigureRef::ClosingEquity,
    ] {
        expected.insert(format!("{:?}", (first, figure)));
    }
    for &year in &years[1..] {
        for figure in [
            FigureRef::OpeningEquity,
            FigureRef::AvailableFunds,
            FigureRef::ClosingEquity,
        ] {
            expected.insert(format!("{:?}", (year, figure)));
        }
    }
    assert_eq!(changed, expected);
}
