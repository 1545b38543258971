//! The summary sentence on the Lund 2016 scenarios, and its edge cases.

use super::*;
use crate::engine::examples::lund_2015_2017;
use crate::i18n::compare::texts;
use crate::i18n::Lang;
use crate::ui::compare::data::{gather, CompareData};

fn lund_2016() -> CompareData {
    let ws = lund_2015_2017();
    let Ok(data) = gather(&ws, &[ws.scenarios[1].id, ws.scenarios[2].id]) else {
        panic!("the Lund scenarios are computable")
    };
    data
}

fn lund_sentence(lang: Lang, unit: DisplayUnit) -> String {
    let data = lund_2016();
    let cmp = &data.comparisons[0];
    let year = summary_year(cmp, None).expect("2016 is shared");
    let f = facts(cmp, &data.reports[0], &data.reports[1], year).expect("facts");
    sentence(&f, &texts(lang).sentence, unit)
}

#[test]
fn lund_maximum_against_approved_frame_in_swedish() {
    let expected = "Max statlig tilldelning ger 380 000 kr mer i medlemsbidrag än Godkänd kommunal ram; \
        Lunds kommun betalar 95 000 kr mer, Region Skåne 95 000 kr mer och Försäkringskassan 190 000 kr mer; \
        utgående eget kapital 2016: 2 050 000 kr (30,7 %) mot 1 670 000 kr (26,5 %); \
        rekommendationen är högst 20 % och båda ligger över den.";
    assert_eq!(
        lund_sentence(Lang::Sv, DisplayUnit::Kr).replace('\u{a0}', " "),
        expected
    );
}

#[test]
fn lund_in_thousands_and_in_english() {
    let tkr = lund_sentence(Lang::Sv, DisplayUnit::Tkr).replace('\u{a0}', " ");
    assert!(
        tkr.starts_with("Max statlig tilldelning ger 380 t kr mer"),
        "{tkr}"
    );
    let en = lund_sentence(Lang::En, DisplayUnit::Kr).replace('\u{a0}', " ");
    assert!(
        en.contains("gives 380 000 kr more in member contributions than Godkänd kommunal ram"),
        "{en}"
    );
    assert!(
        en.contains("closing equity 2016: 2 050 000 kr (30,7 %) vs 1 670 000 kr (26,5 %)"),
        "{en}"
    );
}

#[test]
fn less_and_equal_read_the_other_way() {
    let t = &texts(Lang::Sv).sentence;
    let side = |name, over| Side {
        name,
        closing: Money::from_kr(100),
        share: None,
        max_share: Some(Decimal::new(2, 1)),
        over: Some(over),
    };
    let mut f = Facts {
        year: 2020,
        a: side("A", true),
        b: side("B", false),
        contributions_delta: Money::from_kr(-1000),
        parties: vec![("Kommun", Money::from_kr(-1000))],
        several_years: false,
    };
    let text = sentence(&f, t, DisplayUnit::Kr).replace('\u{a0}', " ");
    assert_eq!(
        text,
        "B ger 1 000 kr mindre i medlemsbidrag än A; Kommun betalar 1 000 kr mindre; \
         utgående eget kapital 2020: 100 kr mot 100 kr; rekommendationen är högst 20 % och A ligger över den."
    );
    f.contributions_delta = Money::ZERO;
    f.parties.clear();
    f.a.max_share = None;
    let text = sentence(&f, t, DisplayUnit::Kr).replace('\u{a0}', " ");
    assert_eq!(
        text,
        "B ger lika mycket i medlemsbidrag som A; utgående eget kapital 2020: 100 kr mot 100 kr."
    );
}

#[test]
fn the_summary_year_is_the_chosen_or_the_last_shared_one() {
    let ws = lund_2015_2017();
    let Ok(data) = gather(&ws, &[ws.scenarios[0].id, ws.scenarios[1].id]) else {
        panic!("computable")
    };
    let cmp = &data.comparisons[0];
    assert_eq!(summary_year(cmp, None), Some(2016));
    assert_eq!(summary_year(cmp, Some(2015)), Some(2016));
    assert_eq!(
        no_common_year(&texts(Lang::Sv).sentence, "A", "B"),
        "B och A har inget år gemensamt."
    );
}
