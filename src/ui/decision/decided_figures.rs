//! The decided figures as a read-only table: each member's contribution, income, opening equity, each cost
//! group, costs, result, closing equity and the equity verdict, one column per year. Only formats.

use crate::engine::equity::EquityStatus;
use crate::engine::model::PartyKind;
use crate::engine::money::Money;
use crate::engine::money_text::DisplayUnit;
use crate::engine::report::{ScenarioReport, YearReport};
use crate::i18n::{decision, Texts};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One row: its label, whether it is a total, and one text per year.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    label: String,
    total: bool,
    cells: Vec<String>,
}

/// The table of `report` in the open förbund's unit.
#[component]
pub fn DecidedFigures(report: ScenarioReport) -> impl IntoView {
    let state = AppState::expect();
    let t = decision::texts(state.lang());
    let unit = state.unit();
    let rows = rows(&report, state.texts(), t, unit);
    view! {
        <div class="fp-table-wrap">
            <table class="fp-table" data-testid="decided-figures">
                <caption>{format!("{} ({})", t.figures_caption, unit.label())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.row}</th>
                        {report.years.iter().map(|y| view! { <th scope="col">{y.year.to_string()}</th> }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! {
                        <tr class:fp-table__total=row.total>
                            <th scope="row">{row.label}</th>
                            {row.cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

fn rows(
    report: &ScenarioReport,
    t: &Texts,
    dt: &decision::DecisionTexts,
    unit: DisplayUnit,
) -> Vec<Row> {
    let money = |pick: &dyn Fn(&YearReport) -> Money| -> Vec<String> {
        report
            .years
            .iter()
            .map(|y| unit.format(pick(y).amount()))
            .collect()
    };
    let row = |label: &str, total: bool, cells: Vec<String>| Row {
        label: label.to_string(),
        total,
        cells,
    };
    let first = report.years.first();
    let mut out = Vec::new();
    for (i, party) in first
        .map(|y| y.funding.parties.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let amount = |y: &YearReport| y.funding.parties.get(i).map_or(Money::ZERO, |p| p.amount);
        // Arbetsförmedlingen's part is paid by Försäkringskassan: a row of zeros says nothing.
        let pays = report.years.iter().any(|y| !amount(y).amount().is_zero());
        if party.kind == PartyKind::Arbetsformedlingen && !pays {
            continue;
        }
        out.push(row(&party.name, false, money(&amount)));
    }
    out.push(row(
        t.member_contributions,
        true,
        money(&|y| y.contributions),
    ));
    out.push(row(t.other_income, false, money(&|y| y.other_income_total)));
    out.push(row(t.total_income, true, money(&|y| y.income_total)));
    out.push(row(t.opening_equity, false, money(&|y| y.opening_equity)));
    for (i, group) in first
        .map(|y| y.groups.as_slice())
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let total = |y: &YearReport| y.groups.get(i).map_or(Money::ZERO, |g| g.total);
        out.push(row(&group.name, false, money(&total)));
    }
    out.push(row(t.total_costs, true, money(&|y| y.costs_total)));
    out.push(row(t.result, true, money(&|y| y.result)));
    out.push(row(t.closing_equity, true, money(&|y| y.closing_equity)));
    let verdicts = report.years.iter().map(|y| verdict(y, t, unit)).collect();
    out.push(row(dt.equity_row, false, verdicts));
    out
}

fn verdict(year: &YearReport, t: &Texts, unit: DisplayUnit) -> String {
    match (year.equity.status, year.equity.above_max) {
        (EquityStatus::Over, Some(over)) => {
            format!(
                "{} {}",
                t.above_recommendation_by,
                unit.format(over.amount())
            )
        }
        (EquityStatus::Within, _) => t.within_recommendation.to_string(),
        _ => "–".to_string(),
    }
}
