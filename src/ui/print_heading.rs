//! The head of a printed board paper — its kind ("Budgetförslag"), the förbund, the scenario and the day it
//! was printed — shown only in print, and the "Skriv ut" button that opens the browser's print dialog.

use super::state::AppState;
use crate::i18n::print::{self, PrintTexts};
use crate::storage::clock_now;
use leptos::prelude::*;

/// Which paper a page prints as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// The open scenario's budget.
    Budget,
    /// The compared scenarios.
    Compare,
    /// A decided budget, for the minutes.
    Decision,
}

impl Paper {
    fn title(self, t: &PrintTexts) -> &'static str {
        match self {
            Paper::Budget => t.budget_paper,
            Paper::Compare => t.compare_paper,
            Paper::Decision => t.decision_paper,
        }
    }
}

/// The paper's head, for print only (the screen has its own headings).
#[component]
pub fn PrintHeading(paper: Paper) -> impl IntoView {
    let state = AppState::expect();
    let t = move || print::texts(state.lang());
    let names = move || {
        state.data.with(|d| {
            let workspace = d.workspace();
            let name = workspace.map(|w| w.name.clone()).unwrap_or_default();
            let scenario = workspace
                .and_then(|w| w.scenarios.get(d.scenario_index()))
                .map(|s| s.name.clone());
            match (paper, scenario) {
                (Paper::Budget, Some(scenario)) => format!("{name} · {scenario}"),
                _ => name,
            }
        })
    };
    let today = clock_now().today;
    view! {
        <div class="fp-print-only fp-print-heading" data-testid="print-heading">
            <p class="fp-print-heading__kind">{move || paper.title(t())}</p>
            <p class="fp-print-heading__names">{names}</p>
            <p>{move || format!("{} {today}", t().printed_on)}</p>
        </div>
    }
}

/// "Skriv ut": the browser's print dialog, with the page's print layout.
#[component]
pub fn PrintButton() -> impl IntoView {
    let state = AppState::expect();
    let t = move || print::texts(state.lang());
    let print_now = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <p class="fp-print-button">
            <button type="button" class="fp-button" on:click=print_now data-testid="print">{move || t().print}</button>
            <span class="fp-card__meta">{move || format!(" {}", t().print_hint)}</span>
        </p>
    }
}
