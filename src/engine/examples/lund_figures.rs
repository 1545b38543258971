//! The figures stated in Lund's document (t kr, stored in kr), for the document check.

use super::build::{stated, tkr};
use super::lund::Members;
use crate::engine::model::{FigureRef, Scenario, StatedFigure};

const DOCUMENT: &str = "Verksamhetsplan och budget 2016, budgettabell (t kr)";
const TEXT: &str = "Verksamhetsplan och budget 2016, budgetkommentar";

/// Every figure of the 2015–2017 table (the 2017 column has only the income rows).
pub(super) fn table_figures(table: &Scenario, m: &Members) -> Vec<StatedFigure> {
    let interest = table.other_income.first().map(|l| l.id);
    let income = |state: i64, region: i64, lund: i64, interest_amount: i64, total: i64| {
        let mut rows = vec![
            (
                FigureRef::PartyContribution(m.fk),
                tkr(state),
                "Försäkringskassan (inkl. AF)",
            ),
            (
                FigureRef::PartyContribution(m.region),
                tkr(region),
                "Region Skåne",
            ),
            (
                FigureRef::PartyContribution(m.lund),
                tkr(lund),
                "Lunds kommun",
            ),
            (FigureRef::IncomeTotal, tkr(total), "Summa intäkter"),
        ];
        rows.extend(interest.map(|line| {
            (
                FigureRef::OtherIncomeLine(line),
                tkr(interest_amount),
                "Räntor",
            )
        }));
        rows
    };
    let balance = |opening: i64, available: i64, costs: i64, closing: i64| {
        vec![
            (FigureRef::OpeningEquity, tkr(opening), "Sparade medel"),
            (
                FigureRef::AvailableFunds,
                tkr(available),
                "Tillgängliga medel",
            ),
            (FigureRef::CostsTotal, tkr(costs), "Summa kostnader"),
            (
                FigureRef::ClosingEquity,
                tkr(closing),
                "Medel till förfogande",
            ),
        ]
    };
    let mut figures = stated(
        table.id,
        2015,
        DOCUMENT,
        &income(2750, 1375, 1375, 50, 5550),
    );
    figures.extend(stated(
        table.id,
        2015,
        DOCUMENT,
        &balance(2000, 7550, 6460, 1150),
    ));
    figures.extend(stated(
        table.id,
        2016,
        DOCUMENT,
        &income(3150, 1575, 1575, 30, 6330),
    ));
    figures.extend(stated(
        table.id,
        2016,
        DOCUMENT,
        &balance(1000, 7330, 5660, 1670),
    ));
    figures.extend(stated(
        table.id,
        2017,
        DOCUMENT,
        &income(3500, 1750, 1750, 30, 7030),
    ));
    figures
}

/// The 2016 column and the text's totals for the two 2016 scenarios.
pub(super) fn budget_2016_figures(approved: &Scenario, maximum: &Scenario) -> Vec<StatedFigure> {
    let mut figures = stated(
        approved.id,
        2016,
        DOCUMENT,
        &[
            (FigureRef::IncomeTotal, tkr(6330), "Summa intäkter"),
            (FigureRef::OpeningEquity, tkr(1000), "Sparade medel"),
            (FigureRef::AvailableFunds, tkr(7330), "Tillgängliga medel"),
            (FigureRef::CostsTotal, tkr(5660), "Summa kostnader"),
            (FigureRef::ClosingEquity, tkr(1670), "Medel till förfogande"),
        ],
    );
    figures.extend(stated(
        approved.id,
        2016,
        TEXT,
        &[(
            FigureRef::Contributions,
            tkr(6300),
            "sammanlagd tilldelning på 6,3 miljoner",
        )],
    ));
    figures.extend(stated(
        maximum.id,
        2016,
        TEXT,
        &[(
            FigureRef::Contributions,
            tkr(6680),
            "samlad budget på 6,68 miljoner",
        )],
    ));
    figures
}
