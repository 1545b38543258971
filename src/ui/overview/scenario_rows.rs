//! One scenario in the table: a heading row with its name, markers and actions, then one row per year with
//! the engine's income, costs, result, closing equity and the equity verdict.

use super::scenario_actions::ScenarioActions;
use crate::engine::ids::ScenarioId;
use crate::engine::money::Money;
use crate::engine::report::{scenario_report, YearReport};
use crate::i18n::overview::scenarios as texts;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Name and markers of a scenario.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Heading {
    name: String,
    baseline: bool,
    open: bool,
}

/// The rows of one scenario, as one `<tbody>`.
#[component]
pub fn ScenarioRows(id: ScenarioId) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts::texts(state.lang());
    let heading = Memo::new(move |_| {
        state
            .data
            .with(|d| {
                let w = d.workspace()?;
                let open = w
                    .scenarios
                    .get(d.scenario_index())
                    .is_some_and(|s| s.id == id);
                let name = w.scenario(id)?.name.clone();
                Some(Heading {
                    name,
                    baseline: w.baseline == Some(id),
                    open,
                })
            })
            .unwrap_or_default()
    });
    let report = Memo::new(move |_| {
        state
            .data
            .with(|d| d.workspace().and_then(|w| scenario_report(w, id).ok()))
    });
    let name = Signal::derive(move || heading.with(|h| h.name.clone()));
    view! {
        <tbody class="fp-ov-scenario" class:fp-ov-scenario--open=move || heading.with(|h| h.open)>
            <tr class="fp-ov-scenario__head">
                <th scope="rowgroup" colspan="2">
                    <span class="fp-ov-scenario__name">{name}</span>
                    {move || heading.with(|h| h.baseline).then(|| view! {
                        " " <span class="fp-badge fp-ov-badge--baseline">{move || t().baseline}</span>
                    })}
                    {move || heading.with(|h| h.open).then(|| view! {
                        " " <span class="fp-badge fp-ov-badge--open">{move || t().is_open}</span>
                    })}
                </th>
                <td colspan="4" class="fp-ov-actions">
                    <ScenarioActions id name baseline=Signal::derive(move || heading.with(|h| h.baseline))/>
                </td>
            </tr>
            {move || match report.get() {
                Some(r) => r.years.into_iter().map(|y| view! { <YearRow name year=y/> }).collect_view().into_any(),
                None => view! {
                    <tr><td colspan="6">{move || t().not_computed}</td></tr>
                }.into_any(),
            }}
        </tbody>
    }
}

/// One year's headline figures.
#[component]
fn YearRow(name: Signal<String>, year: YearReport) -> impl IntoView {
    let state = AppState::expect();
    let cell = move |amount: Money| {
        view! {
            <td class:fp-negative=amount.is_negative()>{move || state.unit().format_plain(amount.amount())}</td>
        }
    };
    view! {
        <tr>
            <th scope="row">
                <span class="fp-ov-hidden">{move || format!("{}, ", name.get())}</span>
                {year.year.to_string()}
            </th>
            {cell(year.income_total)}
            {cell(year.costs_total)}
            {cell(year.result)}
            {cell(year.closing_equity)}
            <td>{equity_badge(state, &year)}</td>
        </tr>
    }
}

/// The closing equity against the recommendation, as a badge.
fn equity_badge(state: AppState, year: &YearReport) -> impl IntoView {
    let check = year.equity.clone();
    move || {
        crate::ui::equity_badge::equity_badge(&check, state).unwrap_or_else(|| {
            view! { <span>{texts::texts(state.lang()).no_recommendation}</span> }.into_any()
        })
    }
}
