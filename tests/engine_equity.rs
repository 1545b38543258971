//! Equity against the recommendation step table, and the roll-forward of equity over the years.

mod engine_support;

use engine_support::*;
use finsam_planner::engine::equity::{applicable_step, equity_check, EquityStatus};
use finsam_planner::engine::model::{EquityStep, Settings};
use finsam_planner::engine::report::scenario_report;
use rust_decimal::dec;

/// One year with contributions 5 000 000 (2 500 000 / 1 250 000 / 1 250 000), opening 1 000 000
/// and the given costs; the cap is 20 % · 5 000 000 = 1 000 000.
fn closing_check(costs: i64) -> finsam_planner::engine::equity::EquityCheck {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Kommunen"]);
    let funding = manual(&[
        (m.fk, 2_500_000),
        (m.region, 1_250_000),
        (m.municipalities[0], 1_250_000),
    ]);
    let id = add_scenario(&mut ws, 2024, 1_000_000, vec![funding], &[costs]);
    let report = scenario_report(&ws, id).unwrap();
    report.years[0].equity.clone()
}

#[test]
fn equity_exactly_at_the_cap_is_within() {
    let check = closing_check(5_000_000);
    assert_eq!(check.closing_equity, kr(1_000_000));
    assert_eq!(check.recommended_max, Some(kr(1_000_000)));
    assert_eq!(check.above_max, Some(kr(0)));
    assert_eq!(check.status, EquityStatus::Within);
    assert_eq!(check.share_of_contributions, Some(dec!(0.2)));
}

#[test]
fn one_krona_above_the_cap_is_over() {
    let check = closing_check(4_999_999);
    assert_eq!(check.closing_equity, kr(1_000_001));
    assert_eq!(check.above_max, Some(kr(1)));
    assert_eq!(check.status, EquityStatus::Over);
}

#[test]
fn one_krona_below_the_cap_leaves_one_krona_of_room() {
    let check = closing_check(5_000_001);
    assert_eq!(check.above_max, Some(kr(-1)));
    assert_eq!(check.status, EquityStatus::Within);
}

#[test]
fn a_tilldelning_of_exactly_7_msek_is_inside_the_sourced_row() {
    let step = applicable_step(&Settings::default().equity_steps, kr(7_000_000)).unwrap();
    assert_eq!(
        (
            step.up_to,
            step.max_share,
            step.confirmed,
            step.outside_table
        ),
        (kr(7_000_000), dec!(0.20), true, false)
    );
}

#[test]
fn above_the_highest_row_its_share_applies_flagged_outside_the_table() {
    let steps = Settings::default().equity_steps;
    let check = equity_check(&steps, kr(8_000_000), kr(1_700_000)).unwrap();
    let step = check.applied_step.clone().unwrap();
    assert!(step.outside_table);
    assert_eq!(check.recommended_max, Some(kr(1_600_000)));
    assert_eq!(check.above_max, Some(kr(100_000)));
    assert_eq!(check.status, EquityStatus::Over);
}

#[test]
fn the_smallest_row_at_or_above_the_tilldelning_applies_and_carries_its_confirmation() {
    let unconfirmed = EquityStep {
        up_to: kr(15_000_000),
        max_share: dec!(0.15),
        confirmed: false,
        source: "att bekräfta".into(),
    };
    let mut steps = vec![unconfirmed];
    steps.extend(Settings::default().equity_steps);
    let step = applicable_step(&steps, kr(10_000_000)).unwrap();
    assert_eq!(
        (step.max_share, step.confirmed, step.outside_table),
        (dec!(0.15), false, false)
    );
    let step = applicable_step(&steps, kr(6_000_000)).unwrap();
    assert_eq!((step.max_share, step.confirmed), (dec!(0.20), true));
}

#[test]
fn an_empty_table_gives_no_recommendation() {
    let check = equity_check(&[], kr(5_000_000), kr(3_000_000)).unwrap();
    assert_eq!(check.status, EquityStatus::NoRecommendation);
    assert_eq!(check.recommended_max, None);
}

#[test]
fn zero_contributions_give_no_share() {
    let check = equity_check(&Settings::default().equity_steps, kr(0), kr(10)).unwrap();
    assert_eq!(check.share_of_contributions, None);
    assert_eq!(check.recommended_max, Some(kr(0)));
    assert_eq!(check.status, EquityStatus::Over);
}

#[test]
fn three_years_with_negative_results_roll_forward() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Kommunen"]);
    let funding = || {
        manual(&[
            (m.fk, 200_000),
            (m.region, 100_000),
            (m.municipalities[0], 100_000),
        ])
    };
    // Contributions 400 000 a year; costs 600 000, 700 000, 800 000 → results −200 000, −300 000,
    // −400 000; closings 1 000 000 − 200 000 = 800 000, 500 000, 100 000.
    let id = add_scenario(
        &mut ws,
        2024,
        1_000_000,
        vec![funding(), funding(), funding()],
        &[600_000, 700_000, 800_000],
    );
    let report = scenario_report(&ws, id).unwrap();
    let rows: Vec<_> = report
        .years
        .iter()
        .map(|y| (y.year, y.opening_equity, y.result, y.closing_equity))
        .collect();
    assert_eq!(
        rows,
        vec![
            (2024, kr(1_000_000), kr(-200_000), kr(800_000)),
            (2025, kr(800_000), kr(-300_000), kr(500_000)),
            (2026, kr(500_000), kr(-400_000), kr(100_000)),
        ]
    );
    // Costs 800 000 of contributions 400 000: 200 % spent.
    assert_eq!(
        report.years[2].kpis.contributions_spent_share,
        Some(dec!(2))
    );
}

#[test]
fn equity_may_go_negative() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Kommunen"]);
    let funding = manual(&[(m.fk, 2), (m.region, 1), (m.municipalities[0], 1)]);
    let id = add_scenario(&mut ws, 2024, 0, vec![funding], &[10]);
    let year = &scenario_report(&ws, id).unwrap().years[0];
    assert_eq!(year.closing_equity, kr(-6));
    assert_eq!(year.equity.status, EquityStatus::Within);
}
