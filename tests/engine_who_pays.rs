//! "Vem betalar vad": each member's amount, share, change against the previous year and against the
//! baseline scenario, checked against the seed figures computed by hand (domain.md §2–§3).

mod engine_support;

use engine_support::*;
use finsam_planner::engine::error::EngineError;
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::ids::{PartyId, ScenarioId};
use finsam_planner::engine::model::{Funding, PartyKind, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::who_pays::{payer_total, who_pays, PayerRow};
use rust_decimal::dec;
use std::collections::BTreeMap;

/// Lund's scenarios: 0 = the 2015–2017 table, 1 = Godkänd kommunal ram, 2 = Max statlig tilldelning.
fn lund() -> (Workspace, [ScenarioId; 3]) {
    let ws = lund_2015_2017();
    let ids = [ws.scenarios[0].id, ws.scenarios[1].id, ws.scenarios[2].id];
    (ws, ids)
}

fn row<'a>(rows: &'a [PayerRow], name: &str) -> &'a PayerRow {
    rows.iter().find(|r| r.name == name).expect("party listed")
}

fn column(rows: &[PayerRow], pick: fn(&PayerRow) -> Option<Money>) -> Vec<Option<Money>> {
    rows.iter().map(pick).collect()
}

#[test]
fn lund_2016_approved_frame_pays_3150_1575_1575_with_shares_50_25_25() {
    let (ws, [_, approved, _]) = lund();
    let rows = who_pays(&ws, approved, 2016).unwrap();
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Försäkringskassan",
            "Arbetsförmedlingen",
            "Region Skåne",
            "Lunds kommun"
        ]
    );
    let amounts: Vec<Money> = rows.iter().map(|r| r.amount).collect();
    assert_eq!(
        amounts,
        [kr(3_150_000), kr(0), kr(1_575_000), kr(1_575_000)]
    );
    let shares: Vec<_> = rows.iter().map(|r| r.share).collect();
    assert_eq!(
        shares,
        [
            Some(dec!(0.5)),
            Some(dec!(0)),
            Some(dec!(0.25)),
            Some(dec!(0.25))
        ]
    );
    assert_eq!(
        row(&rows, "Arbetsförmedlingen").kind,
        PartyKind::Arbetsformedlingen
    );
    // A one-year scenario has no previous year, and no baseline is set.
    assert_eq!(column(&rows, |r| r.change_vs_previous_year), [None; 4]);
    assert_eq!(column(&rows, |r| r.change_vs_baseline), [None; 4]);
}

#[test]
fn max_state_against_the_approved_frame_baseline_is_95_000_more_for_lund() {
    let (mut ws, [_, approved, maximum]) = lund();
    ws.baseline = Some(approved);
    let rows = who_pays(&ws, maximum, 2016).unwrap();
    // 3 340 − 3 150 = 190; 1 670 − 1 575 = 95 (t kr).
    assert_eq!(
        column(&rows, |r| r.change_vs_baseline),
        [
            Some(kr(190_000)),
            Some(kr(0)),
            Some(kr(95_000)),
            Some(kr(95_000))
        ]
    );
    assert_eq!(row(&rows, "Lunds kommun").amount, kr(1_670_000));
    // 1 670 000 / 6 680 000 = 0.25 exactly.
    assert_eq!(row(&rows, "Lunds kommun").share, Some(dec!(0.25)));
    let total = payer_total(&rows).unwrap();
    assert_eq!(total.amount, kr(6_680_000));
    assert_eq!(total.change_vs_baseline, Some(kr(380_000)));
    assert_eq!(total.change_vs_previous_year, None);
}

#[test]
fn the_baseline_itself_has_no_change_against_the_baseline() {
    let (mut ws, [_, approved, _]) = lund();
    ws.baseline = Some(approved);
    let rows = who_pays(&ws, approved, 2016).unwrap();
    assert_eq!(column(&rows, |r| r.change_vs_baseline), [None; 4]);
}

#[test]
fn three_year_table_2016_is_200_000_more_for_lunds_kommun_than_2015() {
    let (ws, [table, _, _]) = lund();
    let rows = who_pays(&ws, table, 2016).unwrap();
    // 2016: 3 150 / 1 575 / 1 575 against 2015: 2 750 / 1 375 / 1 375 (t kr).
    assert_eq!(
        column(&rows, |r| r.change_vs_previous_year),
        [
            Some(kr(400_000)),
            Some(kr(0)),
            Some(kr(200_000)),
            Some(kr(200_000))
        ]
    );
    assert_eq!(
        payer_total(&rows).unwrap().change_vs_previous_year,
        Some(kr(800_000))
    );
}

#[test]
fn three_year_table_first_year_has_no_previous_and_2017_adds_175_000() {
    let (ws, [table, _, _]) = lund();
    let first = who_pays(&ws, table, 2015).unwrap();
    assert_eq!(row(&first, "Lunds kommun").amount, kr(1_375_000));
    assert_eq!(row(&first, "Lunds kommun").change_vs_previous_year, None);
    let last = who_pays(&ws, table, 2017).unwrap();
    // 1 750 − 1 575 = 175 (t kr); the state half 3 500 − 3 150 = 350.
    assert_eq!(
        row(&last, "Lunds kommun").change_vs_previous_year,
        Some(kr(175_000))
    );
    assert_eq!(
        row(&last, "Försäkringskassan").change_vs_previous_year,
        Some(kr(350_000))
    );
}

#[test]
fn a_baseline_without_the_year_gives_no_baseline_change() {
    let (mut ws, [table, approved, _]) = lund();
    ws.baseline = Some(approved); // 2016 only
    let in_2015 = who_pays(&ws, table, 2015).unwrap();
    assert_eq!(column(&in_2015, |r| r.change_vs_baseline), [None; 4]);
    let in_2016 = who_pays(&ws, table, 2016).unwrap();
    // The table's 2016 uses the same approved frame: no change.
    assert_eq!(
        row(&in_2016, "Lunds kommun").change_vs_baseline,
        Some(kr(0))
    );
}

#[test]
fn a_baseline_that_no_longer_exists_or_cannot_be_computed_gives_no_baseline_change() {
    let (mut ws, [_, approved, maximum]) = lund();
    ws.baseline = Some(ScenarioId(9_999));
    let rows = who_pays(&ws, maximum, 2016).unwrap();
    assert_eq!(column(&rows, |r| r.change_vs_baseline), [None; 4]);
    // A baseline whose funding names a party that is not a member cannot be computed.
    ws.baseline = Some(approved);
    ws.scenarios[1].years[0].funding = Funding::Manual {
        amounts: BTreeMap::from([(PartyId(9_999), kr(1))]),
    };
    let rows = who_pays(&ws, maximum, 2016).unwrap();
    assert_eq!(column(&rows, |r| r.change_vs_baseline), [None; 4]);
}

#[test]
fn landskrona_2023_splits_the_municipal_quarter_46_to_14() {
    let ws = landskrona_svalov_2023();
    let rows = who_pays(&ws, ws.scenarios[0].id, 2023).unwrap();
    // 5 028 000 → 2 514 000 / 1 257 000 / 1 257 000; 1 257 000 / 60 = 20 950 per 1 000 inhabitants.
    let amounts: Vec<Money> = rows.iter().map(|r| r.amount).collect();
    assert_eq!(
        amounts,
        [
            kr(2_514_000),
            kr(0),
            kr(1_257_000),
            kr(963_700),
            kr(293_300)
        ]
    );
    // 963 700 / 5 028 000 = 0.191666…; 293 300 / 5 028 000 = 0.058333…
    let shares: Vec<_> = rows.iter().map(|r| r.share).collect();
    assert_eq!(
        shares,
        [
            Some(dec!(0.5)),
            Some(dec!(0)),
            Some(dec!(0.25)),
            Some(dec!(0.191667)),
            Some(dec!(0.058333))
        ]
    );
    assert_eq!(payer_total(&rows).unwrap().amount, kr(5_028_000));
}

#[test]
fn manual_amounts_are_listed_as_typed_and_a_zero_total_has_no_shares() {
    let (mut ws, [_, approved, _]) = lund();
    ws.scenarios[1].years[0].funding = Funding::Manual {
        amounts: BTreeMap::new(),
    };
    let rows = who_pays(&ws, approved, 2016).unwrap();
    assert!(rows.iter().all(|r| r.amount == kr(0) && r.share.is_none()));
    assert_eq!(payer_total(&rows).unwrap().amount, kr(0));
}

#[test]
fn a_year_outside_the_scenario_gives_an_empty_table_and_an_unknown_scenario_an_error() {
    let (ws, [_, approved, _]) = lund();
    assert_eq!(who_pays(&ws, approved, 2015).unwrap(), Vec::new());
    assert_eq!(who_pays(&ws, approved, 0).unwrap(), Vec::new());
    let total = payer_total(&[]).unwrap();
    assert_eq!(total.amount, kr(0));
    assert_eq!(total.change_vs_baseline, None);
    assert_eq!(
        who_pays(&ws, ScenarioId(9_999), 2016),
        Err(EngineError::UnknownScenario(ScenarioId(9_999)))
    );
}
