//! Comparing two scenarios: every party, line and total, delta in kr and %.

use finsam_planner::engine::command::{apply, Command};
use finsam_planner::engine::compare::{compare, ComparisonRow, RowKind};
use finsam_planner::engine::examples::lund_2015_2017;
use finsam_planner::engine::money::Money;
use rust_decimal::dec;

fn kr(amount: i64) -> Money {
    Money::from_kr(amount)
}

fn row<'a>(rows: &'a [ComparisonRow], kind: RowKind, label: &str) -> &'a ComparisonRow {
    rows.iter()
        .find(|r| r.kind == kind && r.label == label)
        .unwrap_or_else(|| panic!("{kind:?} {label}"))
}

#[test]
fn lund_2016_maximum_vs_approved_frames() {
    let ws = lund_2015_2017();
    let (approved, maximum) = (ws.scenarios[1].id, ws.scenarios[2].id);
    let comparison = compare(&ws, approved, maximum).unwrap();
    assert_eq!(comparison.years.len(), 1);
    let rows = &comparison.years[0].rows;
    let fk = row(rows, RowKind::Party, "Försäkringskassan");
    // +190 000 on 3 150 000 = +6.0317 %.
    assert_eq!(
        (fk.a, fk.b, fk.delta),
        (Some(kr(3_150_000)), Some(kr(3_340_000)), kr(190_000))
    );
    assert_eq!(fk.delta_ratio, Some(dec!(0.060317)));
    assert_eq!(row(rows, RowKind::Party, "Lunds kommun").delta, kr(95_000));
    assert_eq!(row(rows, RowKind::Party, "Region Skåne").delta, kr(95_000));
    assert_eq!(
        row(rows, RowKind::Party, "Arbetsförmedlingen").delta_ratio,
        None
    );
    assert_eq!(row(rows, RowKind::Contributions, "").delta, kr(380_000));
    assert_eq!(row(rows, RowKind::IncomeTotal, "").delta, kr(380_000));
    assert_eq!(row(rows, RowKind::CostsTotal, "").delta, kr(0));
    assert_eq!(row(rows, RowKind::ClosingEquity, "").delta, kr(380_000));
    assert_eq!(row(rows, RowKind::UnusedStateMoney, "").delta, kr(-190_000));
    // Every line is on both sides and unchanged.
    assert!(rows.iter().all(|r| r.a.is_some() && r.b.is_some()));
    assert!(rows
        .iter()
        .filter(|r| r.kind == RowKind::CostLine)
        .all(|r| r.delta.is_zero()));
    assert_eq!(
        rows.iter().filter(|r| r.kind == RowKind::CostLine).count(),
        12
    );
}

#[test]
fn years_and_lines_on_one_side_only_are_shown_as_such() {
    let ws = lund_2015_2017();
    let (table, approved) = (ws.scenarios[0].id, ws.scenarios[1].id);
    let comparison = compare(&ws, table, approved).unwrap();
    let years: Vec<_> = comparison
        .years
        .iter()
        .map(|y| (y.year, y.in_a, y.in_b))
        .collect();
    assert_eq!(
        years,
        vec![(2015, true, false), (2016, true, true), (2017, true, false)]
    );
    let rows = &comparison.years[1].rows;
    // The 2016-only scenario has no "Samverkansresurs AF" line (its only amount is in 2015).
    let only_a = row(rows, RowKind::CostLine, "Samverkansresurs AF");
    assert_eq!(
        (only_a.a, only_a.b, only_a.delta),
        (Some(kr(0)), None, kr(0))
    );
    assert_eq!(row(rows, RowKind::OpeningEquity, "").delta, kr(-90_000));
    assert_eq!(row(rows, RowKind::ClosingEquity, "").delta, kr(-90_000));
    let kaosam = row(rows, RowKind::CostLine, "Kaosam");
    assert_eq!(
        (kaosam.a, kaosam.b),
        (Some(kr(1_000_000)), Some(kr(1_000_000)))
    );
    // A year on one side only: B is None everywhere, the delta is −A.
    let closing_2017 = row(&comparison.years[2].rows, RowKind::ClosingEquity, "");
    assert_eq!((closing_2017.b, closing_2017.delta), (None, kr(-5_640_000)));
}

#[test]
fn a_renamed_line_appears_once_on_each_side_next_to_its_group() {
    let mut ws = lund_2015_2017();
    let (a, b) = (ws.scenarios[1].id, ws.scenarios[2].id);
    let line = ws.scenarios[2].groups[1].lines[1].id;
    apply(
        &mut ws,
        Command::RenameLine {
            scenario: b,
            line,
            name: "Utvärdering".into(),
        },
    )
    .unwrap();
    let rows = &compare(&ws, a, b).unwrap().years[0].rows;
    let labels: Vec<(&str, bool, bool)> = rows
        .iter()
        .filter(|r| r.group.as_deref() == Some("Seminarier och utvärderingar"))
        .map(|r| (r.label.as_str(), r.a.is_some(), r.b.is_some()))
        .collect();
    assert_eq!(
        labels,
        vec![
            ("Seminarier, utbildningar", true, true),
            ("Utvärderingar", true, false),
            ("Utvärdering", false, true),
            ("Seminarier och utvärderingar", true, true),
        ]
    );
}

#[test]
fn comparing_a_scenario_with_itself_gives_zero_deltas() {
    let ws = lund_2015_2017();
    let id = ws.scenarios[0].id;
    let comparison = compare(&ws, id, id).unwrap();
    assert!(comparison
        .years
        .iter()
        .flat_map(|y| &y.rows)
        .all(|r| r.delta.is_zero() && r.a == r.b));
}
