//! A later scenario next to a decision: the engine compares the decided figures with the scenario's today
//! (members, income, cost groups, costs, result, closing equity), with the difference and a sentence.

use crate::engine::compare::{compare_reports, Comparison, ComparisonRow, RowKind};
use crate::engine::ids::ScenarioId;
use crate::engine::money::Money;
use crate::engine::money_text::DisplayUnit;
use crate::engine::report::{scenario_report, ScenarioReport};
use crate::i18n::{decision, Texts};
use crate::ui::compare::format::{fill, signed_amount};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The choice of a scenario and, once chosen, the comparison with `decided`.
#[component]
pub fn Versus(decided: ScenarioReport, index: usize) -> impl IntoView {
    let state = AppState::expect();
    let t = move || decision::texts(state.lang());
    let chosen = RwSignal::new(None::<u32>);
    let select_id = format!("fp-versus-{index}");
    let comparison = Memo::new(move |_| {
        let id = ScenarioId(chosen.get()?);
        state.data.with(|d| {
            let report = scenario_report(d.workspace()?, id).ok()?;
            let name = report.name.clone();
            compare_reports(&decided, &report).ok().map(|c| (name, c))
        })
    });
    view! {
        <div class="fp-versus">
            <span class="fp-field">
                <label for=select_id.clone()>{move || t().compare_with}</label>
                <select id=select_id data-testid="versus-scenario"
                    on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                    <option value="" selected=move || chosen.get().is_none()>{move || t().compare_none}</option>
                    {move || state.scenario_names().into_iter().map(|(id, name)| view! {
                        <option value=id.0.to_string() selected=move || chosen.get() == Some(id.0)>{name}</option>
                    }).collect_view()}
                </select>
            </span>
            {move || comparison.get().map(|(name, c)| view! { <VersusTable name comparison=c/> })}
        </div>
    }
}

const SHOWN: [RowKind; 7] = [
    RowKind::Party,
    RowKind::Contributions,
    RowKind::IncomeTotal,
    RowKind::GroupTotal,
    RowKind::CostsTotal,
    RowKind::Result,
    RowKind::ClosingEquity,
];

#[component]
fn VersusTable(name: String, comparison: Comparison) -> impl IntoView {
    let state = AppState::expect();
    let t = decision::texts(state.lang());
    let texts = state.texts();
    let unit = state.unit();
    let caption = format!(
        "{} ({})",
        fill(t.compare_caption, &[("scenario", &name)]),
        unit.label()
    );
    let cell = move |v: Option<Money>| v.map_or("–".to_string(), |m| unit.format(m.amount()));
    let first = comparison
        .years
        .first()
        .map(|y| y.rows.clone())
        .unwrap_or_default();
    let labels: Vec<(RowKind, String, String)> = first
        .iter()
        .filter(|r| SHOWN.contains(&r.kind) && !pays_nothing(r))
        .map(|r| (r.kind, r.label.clone(), label(r, texts)))
        .collect();
    let summary = summary(&comparison, t, unit);
    view! {
        <div class="fp-table-wrap">
            <table class="fp-table" data-testid="versus-table">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" rowspan="2">{t.row}</th>
                        {comparison.years.iter().map(|y| view! { <th scope="colgroup" colspan="3">{y.year.to_string()}</th> }).collect_view()}
                    </tr>
                    <tr>
                        {comparison.years.iter().map(|_| view! {
                            <th scope="col">{t.col_decided}</th>
                            <th scope="col">{name.clone()}</th>
                            <th scope="col">{t.col_delta}</th>
                        }).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {labels.into_iter().map(|(kind, raw, text)| view! {
                        <tr>
                            <th scope="row">{text}</th>
                            {comparison.years.iter().map(|y| {
                                let row = y.rows.iter().find(|r| r.kind == kind && r.label == raw);
                                view! {
                                    <td>{cell(row.and_then(|r| r.a))}</td>
                                    <td>{cell(row.and_then(|r| r.b))}</td>
                                    <td>{row.map(|r| signed_amount(unit, r.delta))}</td>
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p data-testid="versus-summary">{summary}</p>
    }
}

/// A member that pays nothing on either side (Arbetsförmedlingen): left out, as in the decided figures.
fn pays_nothing(row: &ComparisonRow) -> bool {
    row.kind == RowKind::Party
        && row.a.is_none_or(|m| m.amount().is_zero())
        && row.b.is_none_or(|m| m.amount().is_zero())
}

fn label(row: &ComparisonRow, t: &Texts) -> String {
    match row.kind {
        RowKind::Contributions => t.member_contributions.to_string(),
        RowKind::IncomeTotal => t.total_income.to_string(),
        RowKind::CostsTotal => t.total_costs.to_string(),
        RowKind::Result => t.result.to_string(),
        RowKind::ClosingEquity => t.closing_equity.to_string(),
        _ => row.label.clone(),
    }
}

/// "2027: resultatet −50 000 kr och utgående eget kapital −50 000 kr jämfört med beslutet." per year that
/// differs, or that nothing differs.
fn summary(c: &Comparison, t: &decision::DecisionTexts, unit: DisplayUnit) -> String {
    let delta = |rows: &[ComparisonRow], kind| {
        let found = rows
            .iter()
            .find(|r| r.kind == kind)
            .map_or(Money::ZERO, |r| r.delta);
        format!("{}\u{a0}{}", signed_amount(unit, found), unit.label())
    };
    let lines: Vec<String> = c
        .years
        .iter()
        .filter(|y| y.rows.iter().any(|r| !r.delta.amount().is_zero()))
        .map(|y| {
            fill(
                t.compare_summary,
                &[
                    ("year", &y.year.to_string()),
                    ("result", &delta(&y.rows, RowKind::Result)),
                    ("closing", &delta(&y.rows, RowKind::ClosingEquity)),
                ],
            )
        })
        .collect();
    if lines.is_empty() {
        t.compare_same.to_string()
    } else {
        lines.join(" ")
    }
}
