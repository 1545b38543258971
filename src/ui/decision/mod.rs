//! "Beslut": the board's decided budgets. Fastställ a scenario, see each decision read-only with its
//! fingerprint and whether it still matches, put a later scenario next to it, export or print it, make a
//! new scenario from it, and check a decision file received from someone else.

mod decide_form;
mod decided_card;
mod decided_figures;
mod file_check;
mod versus;

use super::print_heading::{Paper, PrintHeading};
use super::state::AppState;
use crate::i18n::decision;
use leptos::prelude::*;

/// The page.
#[component]
pub fn DecisionPage() -> impl IntoView {
    let state = AppState::expect();
    let t = move || decision::texts(state.lang());
    // The fingerprint of the decision being printed: only that one prints.
    let printed = RwSignal::new(None::<String>);
    let paper_class = move || {
        if printed.get().is_some() {
            "fp-paper fp-paper--decision"
        } else {
            "fp-paper"
        }
    };
    // A memo: the cards are rebuilt only when a decision comes or goes, not on every edit.
    let count = Memo::new(move |_| {
        state
            .data
            .with(|d| d.workspace().map_or(0, |w| w.decisions.len()))
    });
    view! {
        <div class=paper_class data-testid="decision-page">
            <PrintHeading paper=Paper::Decision/>
            <section class="fp-card fp-decision-intro" aria-labelledby="fp-decision-heading">
                <h2 id="fp-decision-heading">{move || t().heading}</h2>
                <p>{move || t().intro}</p>
            </section>
            <decide_form::DecideForm/>
            <section class="fp-card fp-decisions" aria-labelledby="fp-decisions-heading">
                <h2 id="fp-decisions-heading">{move || t().list_heading}</h2>
                <Show when=move || count.get() == 0>
                    <p>{move || t().none_yet}</p>
                </Show>
                {move || (0..count.get()).rev().map(|index| view! {
                    <decided_card::DecidedCard index printed/>
                }).collect_view()}
            </section>
            <file_check::FileCheck/>
        </div>
    }
}
