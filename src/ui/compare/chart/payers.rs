//! Chart (b): who pays, as one stacked bar per scenario and year with a segment per paying party
//! (the state, each region, each municipality); a text alternative and the same figures as a table.

use super::frame::{ChartFrame, LegendEntry};
use super::hbar::{Bar, Item, Segment};
use super::scale::to_f64;
use crate::engine::ids::PartyId;
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::money_text::DisplayUnit;
use crate::i18n::compare::CompareTexts;
use crate::ui::compare::data::CompareData;
use crate::ui::compare::format::fill;
use leptos::prelude::*;

/// One scenario in one year: what each party pays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayersRow {
    /// Calendar year.
    pub year: Year,
    /// Scenario name.
    pub name: String,
    /// Per party of [`Payers::parties`]: the amount (`None`: not a member that year).
    pub amounts: Vec<Option<Money>>,
    /// Total member contributions.
    pub total: Money,
}

/// Who pays in the shown years.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payers {
    /// Parties that pay something in any shown bar, in the workspace's order.
    pub parties: Vec<(PartyId, String)>,
    /// One row per year and scenario.
    pub rows: Vec<PayersRow>,
}

/// The engine's contributions for `years`.
pub fn payers(data: &CompareData, years: &[Year]) -> Payers {
    let fundings: Vec<_> = years
        .iter()
        .flat_map(|&year| {
            data.reports
                .iter()
                .filter_map(move |r| Some((year, r.name.clone(), r.year(year)?)))
        })
        .collect();
    let mut parties: Vec<(PartyId, String)> = Vec::new();
    for p in fundings.iter().flat_map(|(_, _, y)| &y.funding.parties) {
        if !p.amount.is_zero() && !parties.iter().any(|(id, _)| *id == p.party) {
            parties.push((p.party, p.name.clone()));
        }
    }
    let rows = fundings
        .iter()
        .map(|(year, name, y)| PayersRow {
            year: *year,
            name: name.clone(),
            amounts: parties
                .iter()
                .map(|(id, _)| {
                    y.funding
                        .parties
                        .iter()
                        .find(|p| p.party == *id)
                        .map(|p| p.amount)
                })
                .collect(),
            total: y.contributions,
        })
        .collect();
    Payers { parties, rows }
}

/// A heading per year and a stacked bar per scenario.
pub fn payers_items(payers: &Payers, unit: DisplayUnit) -> Vec<Item> {
    let mut items = Vec::new();
    let mut year = None;
    for row in &payers.rows {
        if year != Some(row.year) {
            year = Some(row.year);
            items.push(Item::Heading(row.year.to_string()));
        }
        let mut start = 0.0;
        let segments = row
            .amounts
            .iter()
            .enumerate()
            .filter_map(|(series, amount)| {
                let value = to_f64((*amount)?).max(0.0);
                let from = start;
                start += value;
                let text = Some(unit.format_plain((*amount)?.amount()));
                (value > 0.0).then_some(Segment {
                    from,
                    to: start,
                    series,
                    text,
                })
            })
            .collect();
        items.push(Item::Bar(Bar {
            label: row.name.clone(),
            segments,
            value_text: unit.format_plain(row.total.amount()),
            marker: None,
        }));
    }
    items
}

/// The text alternative: every party's amount and the total of every bar.
pub fn payers_desc(payers: &Payers, t: &CompareTexts, unit: DisplayUnit) -> String {
    let sentences: Vec<String> = payers
        .rows
        .iter()
        .map(|row| {
            let parts: Vec<String> = payers
                .parties
                .iter()
                .zip(&row.amounts)
                .filter_map(|((_, name), amount)| {
                    Some(format!("{name} {}", unit.format((*amount)?.amount())))
                })
                .collect();
            let (year, total) = (row.year.to_string(), unit.format(row.total.amount()));
            let parties = parts.join(", ");
            fill(
                t.chart.payers_desc,
                &[
                    ("year", &year),
                    ("scenario", &row.name),
                    ("parties", &parties),
                    ("total", &total),
                ],
            )
        })
        .collect();
    format!("{}.", sentences.join(". "))
}

/// Chart (b) with its legend and table.
#[component]
pub fn PayersChart(
    /// The compared figures.
    data: CompareData,
    /// The years shown.
    years: Vec<Year>,
    /// The texts.
    t: &'static CompareTexts,
    /// kr or t kr.
    unit: DisplayUnit,
) -> impl IntoView {
    let payers = payers(&data, &years);
    let legend = payers
        .parties
        .iter()
        .enumerate()
        .map(|(i, (_, name))| LegendEntry::Series(i, name.clone()))
        .collect();
    let desc = payers_desc(&payers, t, unit);
    let items = payers_items(&payers, unit);
    view! {
        <ChartFrame id="fp-chart-payers" title=t.chart.payers_title.to_string() desc series=payers.parties.len()
            items unit legend show_table=t.chart.show_table>
            <PayersTable payers t unit/>
        </ChartFrame>
    }
}

#[component]
fn PayersTable(payers: Payers, t: &'static CompareTexts, unit: DisplayUnit) -> impl IntoView {
    let money = move |m: Option<Money>| {
        m.map(|m| unit.format_plain(m.amount()))
            .unwrap_or_else(|| "–".to_string())
    };
    view! {
        <table class="fp-table">
            <caption>{format!("{} ({})", t.chart.payers_title, unit.label())}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.chart.year}</th>
                    <th scope="col">{t.chart.scenario}</th>
                    {payers.parties.iter().map(|(_, name)| view! { <th scope="col">{name.clone()}</th> }).collect_view()}
                    <th scope="col">{t.chart.total}</th>
                </tr>
            </thead>
            <tbody>
                {payers.rows.into_iter().map(|row| view! {
                    <tr>
                        <td>{row.year.to_string()}</td>
                        <th scope="row">{row.name}</th>
                        {row.amounts.into_iter().map(|a| view! { <td>{money(a)}</td> }).collect_view()}
                        <td>{money(Some(row.total))}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[cfg(test)]
mod tests;
