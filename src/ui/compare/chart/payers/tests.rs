//! Who pays, on the Lund and Landskrona examples.
use super::*;
use crate::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use crate::i18n::{compare::texts, Lang};
use crate::ui::compare::data::gather;

#[test]
fn lund_2016_payers_without_arbetsformedlingen() {
    let ws = lund_2015_2017();
    let Ok(data) = gather(&ws, &[ws.scenarios[1].id, ws.scenarios[2].id]) else {
        panic!("computable")
    };
    let p = payers(&data, &[2016]);
    let names: Vec<&str> = p.parties.iter().map(|(_, n)| n.as_str()).collect();
    assert_eq!(names, ["Försäkringskassan", "Region Skåne", "Lunds kommun"]);
    assert_eq!(p.rows[1].amounts[2], Some(Money::from_kr(1_670_000)));
    assert_eq!(p.rows[1].total, Money::from_kr(6_680_000));
    let desc = payers_desc(&p, texts(Lang::Sv), DisplayUnit::Kr).replace('\u{a0}', " ");
    assert!(desc.starts_with("2016, Godkänd kommunal ram: Försäkringskassan 3 150 000 kr, Region Skåne 1 575 000 kr, Lunds kommun 1 575 000 kr; totalt 6 300 000 kr. "), "{desc}");
    let items = payers_items(&p, DisplayUnit::Tkr);
    let Item::Bar(bar) = &items[2] else {
        panic!("a bar")
    };
    assert_eq!(bar.segments.len(), 3);
    assert_eq!(bar.value_text, "6\u{a0}680");
}

#[test]
fn several_municipalities_get_a_segment_each() {
    let mut ws = landskrona_svalov_2023();
    let mut copy = ws.scenarios[0].clone();
    copy.id = crate::engine::ids::ScenarioId(9_999);
    ws.scenarios.push(copy);
    let Ok(data) = gather(&ws, &[ws.scenarios[0].id, ws.scenarios[1].id]) else {
        panic!("computable")
    };
    let p = payers(&data, &data.year_list());
    assert!(
        p.parties.iter().any(|(_, n)| n == "Landskrona Stad"),
        "{:?}",
        p.parties
    );
    assert!(
        p.parties.iter().any(|(_, n)| n == "Svalövs kommun"),
        "{:?}",
        p.parties
    );
}
