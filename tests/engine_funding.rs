//! Funding options 1–3 against the Lund 2016 figures and hand-computed cases.

mod engine_support;

use engine_support::*;
use finsam_planner::engine::error::EngineError;
use finsam_planner::engine::examples::lund_2015_2017;
use finsam_planner::engine::funding::{
    compute_funding, FundingReport, FundingSide, FundingWarning,
};
use finsam_planner::engine::model::{Funding, PartyKind, SecondMeasure, SplitKey, SplitMethod};
use finsam_planner::engine::money::Money;
use std::collections::BTreeMap;

fn amounts(report: &FundingReport) -> Vec<Money> {
    report.parties.iter().map(|p| p.amount).collect()
}

fn lund_2016(scenario_index: usize) -> FundingReport {
    let ws = lund_2015_2017();
    let funding = &ws.scenarios[scenario_index].years[0].funding;
    compute_funding(&ws, funding).expect("computes")
}

#[test]
fn lund_2016_approved_frames_gives_3150_1575_1575_with_190_000_unused() {
    let r = lund_2016(1);
    // S = 3 340 000 → S/2 = 1 670 000; K = 1 575 000; region not stated → q = 1 575 000.
    assert_eq!(
        amounts(&r),
        vec![kr(3_150_000), kr(0), kr(1_575_000), kr(1_575_000)]
    );
    assert_eq!(r.total, kr(6_300_000));
    assert_eq!(r.quarter, Some(kr(1_575_000)));
    assert_eq!(r.unused_state_money, Some(kr(190_000)));
    assert_eq!(r.binding, vec![FundingSide::Municipalities]);
    assert!(r.warnings.is_empty());
}

#[test]
fn lund_2016_maximum_state_gives_3340_1670_1670_and_raises_of_95_000() {
    let r = lund_2016(2);
    assert_eq!(
        amounts(&r),
        vec![kr(3_340_000), kr(0), kr(1_670_000), kr(1_670_000)]
    );
    assert_eq!(r.total, kr(6_680_000));
    assert_eq!(r.unused_state_money, Some(kr(0)));
    let raises: Vec<_> = r.parties.iter().map(|p| p.raise_needed).collect();
    assert_eq!(raises, vec![None, None, Some(kr(95_000)), Some(kr(95_000))]);
    let changes: Vec<_> = r
        .parties
        .iter()
        .map(|p| p.change_vs_approved_frames)
        .collect();
    assert_eq!(
        changes,
        vec![
            Some(kr(190_000)),
            Some(kr(0)),
            Some(kr(95_000)),
            Some(kr(95_000))
        ]
    );
    assert_eq!(r.binding, vec![FundingSide::Municipalities]);
}

#[test]
fn population_key_splits_the_quarter_by_largest_remainder() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Alfa", "Beta", "Gamma"]);
    ws.municipal_split = population_key(&m.municipalities, &[21_345, 14_876, 9_431]);
    // q = 1 257 000 (S = 2 514 000, no frames). Σpop = 45 652. Exact shares:
    //   Alfa  1 257 000 · 21 345 / 45 652 = 587 721 rest 25 908  (587 721.57)
    //   Beta  1 257 000 · 14 876 / 45 652 = 409 601 rest 27 148  (409 601.59)
    //   Gamma 1 257 000 ·  9 431 / 45 652 = 259 676 rest 38 248  (259 676.84)
    // Floors sum to 1 256 998: the 2 kr left go to the largest rests, Gamma and Beta.
    // (Rounding each share would give 587 722 + 409 602 + 259 677 = 1 257 001.)
    let r = compute_funding(&ws, &Funding::ApprovedFrames(frames(2_514_000, &[], &[]))).unwrap();
    let parts: Vec<Money> = r
        .parties
        .iter()
        .filter(|p| p.kind == PartyKind::Municipality)
        .map(|p| p.amount)
        .collect();
    assert_eq!(parts, vec![kr(587_721), kr(409_602), kr(259_677)]);
    assert_eq!(Money::checked_sum(parts), Some(kr(1_257_000)));
}

#[test]
fn population_blended_with_a_second_measure() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Stor", "Liten"]);
    let (stor, liten) = (m.municipalities[0], m.municipalities[1]);
    let second = SecondMeasure {
        name: "Försörjningsmått".into(),
        population_weight: 75,
        measure_weight: 25,
        values: BTreeMap::from([(stor, 100), (liten, 300)]),
    };
    let population = BTreeMap::from([(stor, 30_000), (liten, 10_000)]);
    ws.municipal_split = SplitKey {
        method: SplitMethod::Population {
            population,
            second: Some(second),
        },
        note: String::new(),
    };
    // Stor: 0.75 · 30 000/40 000 + 0.25 · 100/400 = 0.5625 + 0.0625 = 0.625 → 625 000 of 1 000 000.
    let r = compute_funding(&ws, &Funding::ApprovedFrames(frames(2_000_000, &[], &[]))).unwrap();
    assert_eq!(amounts(&r)[3..], [kr(625_000), kr(375_000)]);
}

#[test]
fn region_binds_when_its_maximum_is_smallest() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Kommunen"]);
    let inputs = frames(
        4_000_000,
        &[(m.region, 900_000)],
        &[(m.municipalities[0], 1_000_000)],
    );
    // q = min(2 000 000, 900 000, 1 000 000) = 900 000 → 1 800 000 / 900 000 / 900 000, unused 2 200 000.
    let r = compute_funding(&ws, &Funding::ApprovedFrames(inputs.clone())).unwrap();
    assert_eq!(
        amounts(&r),
        vec![kr(1_800_000), kr(0), kr(900_000), kr(900_000)]
    );
    assert_eq!(r.binding, vec![FundingSide::Regions]);
    assert_eq!(r.unused_state_money, Some(kr(2_200_000)));
    // Option 2: q = 2 000 000; the region must raise 1 100 000, the municipality 1 000 000.
    let r = compute_funding(&ws, &Funding::MaximumState(inputs)).unwrap();
    let raises: Vec<_> = r.parties.iter().map(|p| p.raise_needed).collect();
    assert_eq!(
        raises,
        vec![None, None, Some(kr(1_100_000)), Some(kr(1_000_000))]
    );
}

#[test]
fn ties_list_every_binding_side() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Kommunen"]);
    let inputs = frames(
        3_000_000,
        &[(m.region, 1_500_000)],
        &[(m.municipalities[0], 1_500_000)],
    );
    let r = compute_funding(&ws, &Funding::ApprovedFrames(inputs)).unwrap();
    assert_eq!(
        r.binding,
        vec![
            FundingSide::State,
            FundingSide::Regions,
            FundingSide::Municipalities
        ]
    );
}

#[test]
fn an_odd_state_offer_leaves_one_krona_unused() {
    let mut ws = empty_workspace();
    members(&mut ws, &["Kommunen"]);
    // S/2 = 1 670 000.50 → q = 1 670 000 (rounded down: the state never pays more than S).
    let r = compute_funding(&ws, &Funding::MaximumState(frames(3_340_001, &[], &[]))).unwrap();
    assert_eq!(r.quarter, Some(kr(1_670_000)));
    assert_eq!(r.unused_state_money, Some(kr(1)));
}

#[test]
fn a_key_share_above_a_municipality_frame_is_flagged() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["A", "B"]);
    let (a, b) = (m.municipalities[0], m.municipalities[1]);
    // ΣK = 1 000 000 = q, split 50/50: B pays 500 000 against a frame of 200 000.
    let r = compute_funding(
        &ws,
        &Funding::ApprovedFrames(frames(4_000_000, &[], &[(a, 800_000), (b, 200_000)])),
    )
    .unwrap();
    assert_eq!(amounts(&r)[3..], [kr(500_000), kr(500_000)]);
    assert_eq!(r.parties[4].raise_needed, Some(kr(300_000)));
    assert_eq!(
        r.warnings,
        vec![FundingWarning::PartExceedsFrame {
            party: b,
            name: "B".into(),
            by: kr(300_000)
        }]
    );
}

#[test]
fn frames_for_only_some_municipalities_do_not_limit_and_are_flagged() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["A", "B"]);
    let r = compute_funding(
        &ws,
        &Funding::ApprovedFrames(frames(2_000_000, &[], &[(m.municipalities[0], 10)])),
    )
    .unwrap();
    assert_eq!(r.quarter, Some(kr(1_000_000)));
    assert!(
        matches!(&r.warnings[0], FundingWarning::FrameMissing { party, .. } if *party == m.municipalities[1])
    );
}

#[test]
fn a_key_without_weights_falls_back_to_equal_shares_with_a_warning() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["A", "B", "C"]);
    ws.municipal_split = population_key(&m.municipalities, &[0, 0, 0]);
    // 100 kr in three: 33.33 each → 34 / 33 / 33 (equal rests: the first party gets the krona).
    let r = compute_funding(&ws, &Funding::MaximumState(frames(200, &[], &[]))).unwrap();
    assert_eq!(amounts(&r)[3..], [kr(34), kr(33), kr(33)]);
    assert!(r
        .warnings
        .contains(&FundingWarning::SplitKeyWithoutWeights {
            side: FundingSide::Municipalities
        }));
}

#[test]
fn options_1_and_2_need_a_municipality() {
    let mut ws = empty_workspace();
    add_party(&mut ws, "Försäkringskassan", PartyKind::Forsakringskassan);
    add_party(&mut ws, "Region", PartyKind::Region);
    let error = compute_funding(&ws, &Funding::ApprovedFrames(frames(10, &[], &[]))).unwrap_err();
    assert_eq!(error, EngineError::MissingParty(PartyKind::Municipality));
    assert!(error.message_sv().contains("en kommun"));
}

#[test]
fn manual_amounts_name_the_municipalities_paying_25_000_too_much() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Lunds kommun"]);
    // Implied quarters: 3 150 000/2 = 1 575 000, region 1 575 000, municipality 1 600 000 → median
    // 1 575 000, so only the municipal side breaks ½/¼/¼, by +25 000.
    let funding = manual(&[
        (m.fk, 3_150_000),
        (m.region, 1_575_000),
        (m.municipalities[0], 1_600_000),
    ]);
    let r = compute_funding(&ws, &funding).unwrap();
    assert_eq!(r.total, kr(6_325_000));
    let expected = FundingWarning::SplitDeviation {
        side: FundingSide::Municipalities,
        names: "Lunds kommun".into(),
        actual: kr(1_600_000),
        expected: kr(1_575_000),
        deviation: kr(25_000),
    };
    assert_eq!(r.warnings, vec![expected.clone()]);
    assert!(expected.message_sv().contains("Lunds kommun bryter ½/¼/¼"));
    assert!(
        expected.message_sv().contains("25\u{a0}000\u{a0}kr mer"),
        "{}",
        expected.message_sv()
    );
}

#[test]
fn manual_amounts_name_the_state_paying_too_little() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Kommunen"]);
    let funding = manual(&[
        (m.fk, 3_000_000),
        (m.region, 1_575_000),
        (m.municipalities[0], 1_575_000),
    ]);
    let r = compute_funding(&ws, &funding).unwrap();
    let [FundingWarning::SplitDeviation {
        side,
        deviation,
        expected,
        ..
    }] = r.warnings.as_slice()
    else {
        panic!("one deviation expected: {:?}", r.warnings)
    };
    assert_eq!(
        (*side, *deviation, *expected),
        (FundingSide::State, kr(-150_000), kr(3_150_000))
    );
}

#[test]
fn manual_amounts_in_the_legal_split_give_no_warning() {
    let mut ws = empty_workspace();
    let m = members(&mut ws, &["Kommunen"]);
    let r = compute_funding(
        &ws,
        &manual(&[
            (m.fk, 2_750_000),
            (m.region, 1_375_000),
            (m.municipalities[0], 1_375_000),
        ]),
    )
    .unwrap();
    assert!(r.warnings.is_empty());
}

#[test]
fn manual_amounts_for_a_non_member_are_refused() {
    let mut ws = empty_workspace();
    members(&mut ws, &["Kommunen"]);
    let stranger = finsam_planner::engine::ids::PartyId(999);
    let error = compute_funding(&ws, &manual(&[(stranger, 1)])).unwrap_err();
    assert_eq!(error, EngineError::UnknownParty(stranger));
}

#[test]
fn municipal_frames_told_as_one_total_are_split_by_the_key_and_add_up() {
    use finsam_planner::engine::examples::landskrona_svalov_2023;
    use finsam_planner::engine::funding::frames_from_total;
    use finsam_planner::engine::model::SplitSide;
    let ws = landskrona_svalov_2023();
    // By hand: 1 000 001 kr by 46 000 : 14 000 is 766 667,43 and 233 333,57; the one krona left goes to the
    // larger remainder (Svalöv's ,57), so 766 667 + 233 334 = 1 000 001.
    let frames = frames_from_total(&ws, SplitSide::Municipal, kr(1_000_001)).expect("splits");
    let named: Vec<(&str, Money)> = frames
        .iter()
        .map(|(id, m)| {
            (
                ws.party(*id).map(|p| p.name.as_str()).unwrap_or_default(),
                *m,
            )
        })
        .collect();
    assert_eq!(
        named,
        [
            ("Landskrona Stad", kr(766_667)),
            ("Svalövs kommun", kr(233_334))
        ]
    );
    assert!(
        frames_from_total(&ws, SplitSide::Municipal, kr(-1)).is_err(),
        "a negative total is refused"
    );
}
