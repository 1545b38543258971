//! Amounts outside a catalogue item's period (engine::document_period), on the Landskrona example (budget
//! 2023; BIP Svalöv 204 000, Metodutveckling Ukraina 113 000, Ledningsstöd 752 000, all from the catalogue):
//! periods moved by hand, the expected findings written by hand.

use finsam_planner::engine::document_period::{amounts_outside_period, OutsidePeriod};
use finsam_planner::engine::examples::landskrona_svalov_2023;
use finsam_planner::engine::model::{LineSource, Period, Workspace, YearMonth};
use finsam_planner::engine::money::Money;

fn period(from: (u16, u8), to: (u16, u8)) -> Period {
    Period {
        start: Some(YearMonth {
            year: from.0,
            month: from.1,
        }),
        end: Some(YearMonth {
            year: to.0,
            month: to.1,
        }),
    }
}

fn item_named<'a>(
    ws: &'a mut Workspace,
    name: &str,
) -> &'a mut finsam_planner::engine::model::CatalogueItem {
    ws.catalogue
        .iter_mut()
        .find(|i| i.name == name)
        .expect("item")
}

/// Sets the 2023 override of the line taken from the item named `name`.
fn override_2023(ws: &mut Workspace, name: &str, kr: i64) {
    let id = ws
        .catalogue
        .iter()
        .find(|i| i.name == name)
        .expect("item")
        .id;
    let line = ws.scenarios[0]
        .groups
        .iter_mut()
        .flat_map(|g| &mut g.lines)
        .find(|l| matches!(&l.source, LineSource::Catalogue { item, .. } if *item == id))
        .expect("line");
    if let LineSource::Catalogue { overrides, .. } = &mut line.source {
        overrides.insert(2023, Money::from_kr(kr));
    }
}

#[test]
fn the_example_as_it_is_has_no_amount_outside_a_period() {
    let ws = landskrona_svalov_2023();
    assert_eq!(amounts_outside_period(&ws, ws.scenarios[0].id), []);
}

#[test]
fn an_item_that_ended_before_the_budget_year_and_an_override_before_the_start_are_found() {
    let mut ws = landskrona_svalov_2023();
    // BIP Svalöv ended in 2022 but the 2023 budget still uses its 204 000.
    item_named(&mut ws, "BIP Svalöv").period = period((2021, 1), (2022, 12));
    // Ukraina starts in 2024; the scenario's own 50 000 for 2023 is outside too.
    item_named(&mut ws, "Metodutveckling Ukraina").period = period((2024, 1), (2025, 6));
    override_2023(&mut ws, "Metodutveckling Ukraina", 50_000);
    // Ledningsstöd ended too, but the scenario sets 2023 to 0 kr: nothing is used, nothing to report.
    item_named(&mut ws, "Ledningsstöd").period = period((2020, 1), (2020, 12));
    override_2023(&mut ws, "Ledningsstöd", 0);
    let found = amounts_outside_period(&ws, ws.scenarios[0].id);
    let summary: Vec<(String, u16, Money, bool)> = found
        .iter()
        .map(|f: &OutsidePeriod| (f.item.clone(), f.year, f.amount, f.overridden))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "BIP Svalöv".to_string(),
                2023,
                Money::from_kr(204_000),
                false
            ),
            (
                "Metodutveckling Ukraina".to_string(),
                2023,
                Money::from_kr(50_000),
                true
            ),
        ]
    );
    assert_eq!(found[0].period, period((2021, 1), (2022, 12)));
}

#[test]
fn a_period_that_touches_the_year_by_one_month_or_has_an_unknown_end_covers_it() {
    let mut ws = landskrona_svalov_2023();
    item_named(&mut ws, "BIP Svalöv").period = period((2023, 12), (2024, 12));
    item_named(&mut ws, "Metodutveckling Ukraina").period = Period {
        start: None,
        end: Some(YearMonth {
            year: 2023,
            month: 1,
        }),
    };
    item_named(&mut ws, "Ledningsstöd").period = Period::default();
    assert_eq!(amounts_outside_period(&ws, ws.scenarios[0].id), []);
}
