//! The compare page (`#/jamfor`): two to four scenarios of the open workspace side by side, a
//! summary in words, a table with the differences against the baseline, and two charts. Every
//! figure comes from the engine (`engine::compare`, `engine::report`); nothing is computed here.

mod baseline;
mod chart;
mod controls;
mod data;
pub(crate) mod format;
mod merge;
mod selection;
pub(super) mod summary;
mod table;

use crate::engine::ids::ScenarioId;
use crate::engine::model::Year;
use crate::i18n::compare::{texts, CompareTexts};
use crate::ui::state::AppState;
use controls::{Choice, ScenarioChoice, ViewOptions};
use data::{gather, CompareData};
use leptos::prelude::*;

/// What the page can show for the current choice.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    /// The workspace has fewer than two scenarios.
    OneScenario,
    /// Fewer than two scenarios are ticked.
    TooFew,
    /// A chosen scenario cannot be computed.
    Failed,
    /// The engine's figures.
    Ready(CompareData),
}

impl Outcome {
    fn message(&self, t: &CompareTexts) -> &'static str {
        match self {
            Outcome::OneScenario => t.only_one_scenario,
            Outcome::TooFew => t.too_few,
            Outcome::Failed => t.cannot_compute,
            Outcome::Ready(_) => "",
        }
    }
}

fn outcome_of(state: AppState, chosen: &[ScenarioId]) -> Outcome {
    state.data.with(|d| match d.workspace() {
        Some(ws) if ws.scenarios.len() < 2 => Outcome::OneScenario,
        Some(ws) if chosen.len() >= 2 => gather(ws, chosen).map_or(Outcome::Failed, Outcome::Ready),
        _ => Outcome::TooFew,
    })
}

/// The scenario choice: the user's ticks for the open workspace, or the default choice.
fn choice_state(state: AppState) -> Choice {
    let stored = RwSignal::new(None::<(usize, Vec<ScenarioId>)>);
    let chosen = Memo::new(move |_| {
        let stored = stored.get();
        state.data.with(|d| match (d.workspace(), stored) {
            (Some(ws), Some((index, ids))) if index == d.active_workspace => {
                selection::in_workspace_order(ws, &ids)
            }
            (Some(ws), _) => selection::default_choice(ws, d.scenario_index()),
            (None, _) => Vec::new(),
        })
    });
    Choice { stored, chosen }
}

/// The compare page.
#[component]
pub fn ComparePage() -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let choice = choice_state(state);
    let outcome = Memo::new(move |_| outcome_of(state, &choice.chosen.get()));
    let ready = Memo::new(move |_| {
        outcome.with(|o| match o {
            Outcome::Ready(data) => Some(data.clone()),
            _ => None,
        })
    });
    view! {
        <crate::ui::print_heading::PrintHeading paper=crate::ui::print_heading::Paper::Compare/>
        <section class="fp-card fp-compare" aria-labelledby="fp-compare-heading">
            <h2 id="fp-compare-heading">{move || t().heading}</h2>
            <crate::ui::print_heading::PrintButton/>
            <p class="fp-card__meta">{move || t().intro}</p>
            <ScenarioChoice choice/>
            <p class="fp-compare__message" role="status">{move || outcome.with(|o| o.message(t()))}</p>
            <Results choice ready/>
        </section>
    }
}

/// Everything shown once two or more scenarios are computed: options, summary, table, charts.
#[component]
fn Results(choice: Choice, ready: Memo<Option<CompareData>>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let has_data = Memo::new(move |_| ready.with(Option::is_some));
    let year = RwSignal::new(None::<Year>);
    let only_differing = RwSignal::new(false);
    let years = Signal::derive(move || {
        ready.with(|d| d.as_ref().map(CompareData::year_list).unwrap_or_default())
    });
    view! {
        {move || has_data.get().then(|| view! {
            <div class="fp-toolbar fp-compare__options">
                <baseline::BaselinePicker choice/>
                <ViewOptions years year only_differing/>
            </div>
        })}
        <div aria-live="polite">{move || with_data(ready, |d| summary_view(d, year.get(), t(), state))}</div>
        {move || with_data(ready, |d| {
            let shown = d.shown_years(year.get());
            view! { <table::CompareTable data=d.clone() years=shown only_differing=only_differing.get() t=t() unit=state.unit()/> }
        })}
        {move || with_data(ready, |d| {
            let (shown, unit) = (d.shown_years(year.get()), state.unit());
            view! {
                <div class="fp-compare__charts">
                    <chart::EquityChart data=d.clone() years=shown.clone() t=t() unit/>
                    <chart::PayersChart data=d.clone() years=shown t=t() unit/>
                </div>
            }
        })}
    }
}

fn with_data<V>(
    ready: Memo<Option<CompareData>>,
    show: impl FnOnce(&CompareData) -> V,
) -> Option<V> {
    ready.with(|d| d.as_ref().map(show))
}

fn summary_view(
    data: &CompareData,
    year: Option<Year>,
    t: &'static CompareTexts,
    state: AppState,
) -> impl IntoView {
    let sentences = summary::summary_sentences(data, year, &t.sentence, state.unit());
    view! {
        <section class="fp-compare__summary" aria-labelledby="fp-compare-summary-heading">
            <h3 id="fp-compare-summary-heading">{t.summary}</h3>
            <ul>{sentences.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
        </section>
    }
}
