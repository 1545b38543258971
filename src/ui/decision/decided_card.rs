//! One decided budget: name, date, reference, fingerprint and whether the content still gives it, the
//! decided figures, and what can be done with it (export, print, a new scenario, a comparison).

use super::decided_figures::DecidedFigures;
use super::versus::Versus;
use crate::change::AppCommand;
use crate::engine::command::Command;
use crate::engine::decision::{
    decided_report, export_decision, fingerprint_matches, short_fingerprint,
};
use crate::engine::exchange::file_name;
use crate::engine::model::{Decision, IsoDate};
use crate::i18n::decision;
use crate::storage::clock_now;
use crate::ui::compare::format::fill;
use crate::ui::download::download_text;
use crate::ui::overview::message::{Message, SectionMessage};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The card of decision number `index` of the open förbund; `printed` names the one to print.
#[component]
pub fn DecidedCard(index: usize, printed: RwSignal<Option<String>>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || decision::texts(state.lang());
    let decision = Memo::new(move |_| {
        state
            .data
            .with(|d| d.workspace().and_then(|w| w.decisions.get(index).cloned()))
    });
    let message = RwSignal::new(None::<Message>);
    move || {
        decision.get().map(|d| {
            let fingerprint = d.fingerprint.clone();
            let is_printed = {
                let fingerprint = fingerprint.clone();
                move || printed.get().as_deref() == Some(fingerprint.as_str())
            };
            let matches = fingerprint_matches(&d);
            let report = decided_report(&d).ok();
            let line = fill(
                t().decided_line,
                &[("date", &d.decided_on.to_string()), ("reference", &d.reference)],
            );
            let heading_id = format!("fp-decision-{index}");
            let labelled_by = heading_id.clone();
            let for_export = d.clone();
            let for_after = d.clone();
            view! {
                <article class="fp-decision" class:fp-decision--printed=is_printed
                    aria-labelledby=labelled_by data-testid="decision">
                    <h3 id=heading_id>{d.name.clone()}</h3>
                    <p>{line}</p>
                    <p>
                        {move || t().fingerprint}" "
                        <code class="fp-decision__short" data-testid="fingerprint">{short_fingerprint(&d.fingerprint)}</code>
                        " "
                        {verdict_badge(matches, t())}
                    </p>
                    <p class="fp-card__meta">
                        {move || t().full_fingerprint}": "<code class="fp-decision__hash">{d.fingerprint.clone()}</code>
                    </p>
                    <p class="fp-card__meta fp-decision__read-only">{move || t().read_only}</p>
                    {report.clone().map(|report| view! { <DecidedFigures report/> })}
                    <p class="fp-decision__actions">
                        <button type="button" class="fp-button" on:click=move |_| export(state, &for_export, message)>
                            {move || t().export}
                        </button>
                        <button type="button" class="fp-button" on:click=move |_| print(fingerprint.clone(), printed)>
                            {move || t().print}
                        </button>
                        <button type="button" class="fp-button" on:click=move |_| after(state, &for_after, message)>
                            {move || t().after}
                        </button>
                    </p>
                    <SectionMessage message/>
                    {report.map(|decided| view! { <Versus decided index/> })}
                </article>
            }
        })
    }
}

fn verdict_badge(matches: bool, t: &decision::DecisionTexts) -> impl IntoView {
    if matches {
        view! { <span class="fp-badge fp-badge--ok" data-testid="fingerprint-verdict">{t.matches}</span> }
    } else {
        view! { <span class="fp-badge fp-badge--over" data-testid="fingerprint-verdict">{t.not_matching}</span> }
    }
}

/// Downloads the decision's own file (with its fingerprint).
fn export(state: AppState, d: &Decision, message: RwSignal<Option<Message>>) {
    let t = decision::texts(state.lang());
    let today = IsoDate::parse(&clock_now().today).unwrap_or(d.decided_on);
    let forbund = d.budget.forbund.clone();
    let name = file_name(&forbund, Some(&format!("beslut {}", d.name)), d.decided_on);
    let outcome = download_text(
        &name,
        "application/json;charset=utf-8",
        &export_decision(d, today),
    );
    message.set(Some(Message::from_outcome(
        outcome,
        fill(t.exported, &[("file", &name)]),
    )));
}

/// Prints only this decision, once the page has marked it.
fn print(fingerprint: String, printed: RwSignal<Option<String>>) {
    printed.set(Some(fingerprint));
    request_animation_frame(|| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });
}

/// "Nytt scenario efter beslut": an editable scenario with the decided figures.
fn after(state: AppState, d: &Decision, message: RwSignal<Option<Message>>) {
    let t = decision::texts(state.lang());
    let name = fill(t.after_name, &[("name", &d.name)]);
    let command = Command::ScenarioFromDecision {
        fingerprint: d.fingerprint.clone(),
        name: name.clone(),
    };
    let outcome = state.dispatch(AppCommand::Edit(command)).map(|_| ());
    message.set(Some(Message::from_outcome(
        outcome,
        fill(t.after_done, &[("name", &name)]),
    )));
}
