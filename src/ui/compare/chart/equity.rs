//! Chart (a): each scenario's result for the year and closing equity per year, with the
//! recommended maximum as a dashed marker; a text alternative and the same figures as a table.

use super::frame::{ChartFrame, LegendEntry};
use super::hbar::{Bar, Item, Segment};
use super::scale::to_f64;
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::money_text::{format_percent, DisplayUnit};
use crate::i18n::compare::CompareTexts;
use crate::ui::compare::data::CompareData;
use crate::ui::compare::format::fill;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// One scenario in one year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EquityRow {
    /// Calendar year.
    pub year: Year,
    /// The scenario's column (and series) index.
    pub series: usize,
    /// Scenario name.
    pub name: String,
    /// Årets resultat.
    pub result: Money,
    /// Closing equity.
    pub closing: Money,
    /// Recommended maximum equity.
    pub max: Option<Money>,
    /// Closing equity / contributions.
    pub share: Option<Decimal>,
}

/// The engine's figures for `years`, year by year, scenarios in column order.
pub fn equity_rows(data: &CompareData, years: &[Year]) -> Vec<EquityRow> {
    years
        .iter()
        .flat_map(|&year| {
            data.reports
                .iter()
                .enumerate()
                .filter_map(move |(series, report)| {
                    let y = report.year(year)?;
                    Some(EquityRow {
                        year,
                        series,
                        name: report.name.clone(),
                        result: y.result,
                        closing: y.closing_equity,
                        max: y.equity.recommended_max,
                        share: y.equity.share_of_contributions,
                    })
                })
        })
        .collect()
}

/// Two panels: the results, then the closing equity with its markers, a heading per year.
pub fn equity_items(rows: &[EquityRow], t: &CompareTexts, unit: DisplayUnit) -> Vec<Item> {
    let mut items = Vec::new();
    for (panel, closing) in [(t.rows.result, false), (t.rows.closing_equity, true)] {
        let mut year = None;
        for row in rows {
            if year != Some(row.year) {
                year = Some(row.year);
                items.push(Item::Heading(format!("{panel} {}", row.year)));
            }
            let value = if closing { row.closing } else { row.result };
            items.push(Item::Bar(Bar {
                label: row.name.clone(),
                segments: vec![Segment {
                    from: 0.0,
                    to: to_f64(value),
                    series: row.series,
                    text: None,
                }],
                value_text: unit.format_plain(value.amount()),
                marker: row.max.filter(|_| closing).map(to_f64),
            }));
        }
    }
    items
}

/// The text alternative: every figure of every bar.
pub fn equity_desc(rows: &[EquityRow], t: &CompareTexts, unit: DisplayUnit) -> String {
    let sentences: Vec<String> = rows
        .iter()
        .map(|row| {
            let (year, result, closing) = (
                row.year.to_string(),
                unit.format(row.result.amount()),
                unit.format(row.closing.amount()),
            );
            let mut text = fill(
                t.chart.equity_desc,
                &[
                    ("year", &year),
                    ("scenario", &row.name),
                    ("result", &result),
                    ("closing", &closing),
                ],
            );
            if let Some(max) = row.max {
                text.push_str(&fill(
                    t.chart.equity_desc_max,
                    &[("max", &unit.format(max.amount()))],
                ));
            }
            text
        })
        .collect();
    format!("{}.", sentences.join(". "))
}

/// Chart (a) with its legend and table.
#[component]
pub fn EquityChart(
    /// The compared figures.
    data: CompareData,
    /// The years shown.
    years: Vec<Year>,
    /// The texts.
    t: &'static CompareTexts,
    /// kr or t kr.
    unit: DisplayUnit,
) -> impl IntoView {
    let rows = equity_rows(&data, &years);
    let mut legend: Vec<LegendEntry> = data
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| LegendEntry::Series(i, c.name.clone()))
        .collect();
    legend.push(LegendEntry::Marker(t.chart.max_marker.to_string()));
    view! {
        <ChartFrame id="fp-chart-equity" title=t.chart.equity_title.to_string() desc=equity_desc(&rows, t, unit)
            series=data.columns.len() items=equity_items(&rows, t, unit) unit legend show_table=t.chart.show_table>
            <EquityTable rows t unit/>
        </ChartFrame>
    }
}

#[component]
fn EquityTable(rows: Vec<EquityRow>, t: &'static CompareTexts, unit: DisplayUnit) -> impl IntoView {
    let money = move |m: Money| unit.format_plain(m.amount());
    view! {
        <table class="fp-table">
            <caption>{format!("{} ({})", t.chart.equity_title, unit.label())}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.chart.year}</th>
                    <th scope="col">{t.chart.scenario}</th>
                    <th scope="col">{t.rows.result}</th>
                    <th scope="col">{t.rows.closing_equity}</th>
                    <th scope="col">{t.rows.recommended_max}</th>
                    <th scope="col">{t.chart.share}</th>
                </tr>
            </thead>
            <tbody>
                {rows.into_iter().map(|row| view! {
                    <tr>
                        <td>{row.year.to_string()}</td>
                        <th scope="row">{row.name}</th>
                        <td>{money(row.result)}</td>
                        <td>{money(row.closing)}</td>
                        <td>{row.max.map(money).unwrap_or_else(|| "–".to_string())}</td>
                        <td>{row.share.map(|s| format_percent(s, 1)).unwrap_or_else(|| "–".to_string())}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples::lund_2015_2017;
    use crate::i18n::{compare::texts, Lang};
    use crate::ui::compare::data::gather;

    #[test]
    fn lund_2016_bars_and_description_carry_the_engine_figures() {
        let ws = lund_2015_2017();
        let Ok(data) = gather(&ws, &[ws.scenarios[1].id, ws.scenarios[2].id]) else {
            panic!("computable")
        };
        let rows = equity_rows(&data, &[2016]);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].closing, Money::from_kr(2_050_000));
        assert_eq!(rows[0].max, Some(Money::from_kr(1_260_000)));
        let t = texts(Lang::Sv);
        let items = equity_items(&rows, t, DisplayUnit::Tkr);
        assert_eq!(items.len(), 6);
        assert_eq!(items[3], Item::Heading("Utgående eget kapital 2016".into()));
        let desc = equity_desc(&rows, t, DisplayUnit::Kr).replace('\u{a0}', " ");
        assert!(desc.starts_with("2016, Godkänd kommunal ram: årets resultat 670 000 kr, utgående eget kapital 1 670 000 kr, rekommenderat högst 1 260 000 kr. "), "{desc}");
        assert!(desc.contains("Max statlig tilldelning: årets resultat 1 050 000 kr, utgående eget kapital 2 050 000 kr"), "{desc}");
    }
}
