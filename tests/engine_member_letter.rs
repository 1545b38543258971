//! The budget basis per member: hand-computed from the seeds (seed_figures.md): Landskrona Svalöv 2023's
//! municipal quarter 1 257 000 kr split by population 46 000 : 14 000, and Lund's three plan years.

mod history_support;

use finsam_planner::engine::funding::FundingSide;
use finsam_planner::engine::member_letter::{member_letter, paying_members, KeyBasis};
use finsam_planner::engine::money::Money;
use history_support::{landskrona, lund, party, scenario};
use rust_decimal::Decimal;

#[test]
fn landskrona_pays_its_population_share_of_the_municipal_quarter() {
    let ws = landskrona();
    let letter = member_letter(
        &ws,
        scenario(&ws, "Budget 2023"),
        party(&ws, "Landskrona Stad"),
    )
    .expect("computes")
    .expect("member and scenario exist");
    assert_eq!(letter.side, FundingSide::Municipalities);
    let key = letter.key.expect("a municipality has a key");
    assert_eq!(key.basis, KeyBasis::Population);
    assert_eq!(
        (key.own, key.side_total, key.members),
        (Some(46_000), Some(60_000), 2)
    );
    // 1 257 000 × 46 000 / 60 000 = 963 700; its share of 5 028 000 is 19,17 %.
    assert_eq!(letter.years.len(), 1);
    assert_eq!(letter.years[0].amount, Money::from_kr(963_700));
    assert_eq!(
        letter.years[0].change, None,
        "no year before in the scenario"
    );
    let share = letter.years[0].share.expect("share");
    assert_eq!(share.round_dp(4), Decimal::new(1917, 4));
}

#[test]
fn lund_each_year_with_the_change_from_the_year_before() {
    let ws = lund();
    let id = scenario(&ws, "Budget 2015–2017 (dokumentets tabell)");
    let letter = member_letter(&ws, id, party(&ws, "Lunds kommun"))
        .expect("computes")
        .expect("there");
    let figures: Vec<_> = letter
        .years
        .iter()
        .map(|y| (y.year, y.amount, y.change))
        .collect();
    // seed_figures.md B: 1 375 / 1 575 / 1 750 t kr; +200 000 and +175 000.
    assert_eq!(
        figures,
        vec![
            (2015, Money::from_kr(1_375_000), None),
            (
                2016,
                Money::from_kr(1_575_000),
                Some(Money::from_kr(200_000))
            ),
            (
                2017,
                Money::from_kr(1_750_000),
                Some(Money::from_kr(175_000))
            ),
        ]
    );
    let key = letter.key.expect("key");
    assert_eq!(
        (key.basis, key.own, key.side_total, key.members),
        (KeyBasis::FixedShares, Some(1), Some(1), 1)
    );
    let state = member_letter(&ws, id, party(&ws, "Försäkringskassan"))
        .expect("computes")
        .expect("there");
    assert_eq!((state.side, state.key), (FundingSide::State, None));
    assert_eq!(state.years[1].amount, Money::from_kr(3_150_000));
    let names: Vec<_> = paying_members(&ws)
        .into_iter()
        .map(|p| ws.party(p).map(|p| p.name.clone()))
        .collect();
    assert!(
        !names.contains(&Some("Arbetsförmedlingen".to_string())),
        "AF pays nothing itself"
    );
    assert_eq!(names.len(), 3);
}
