//! "Fastställ en budget": the scenario, the decision's name, date and reference; the engine freezes it.

use crate::change::AppCommand;
use crate::engine::command::Command;
use crate::engine::decision::short_fingerprint;
use crate::engine::ids::ScenarioId;
use crate::engine::model::IsoDate;
use crate::i18n::decision;
use crate::storage::clock_now;
use crate::ui::compare::format::fill;
use crate::ui::overview::message::{Message, SectionMessage};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The form; the name field starts empty and means the scenario's name.
#[component]
pub fn DecideForm() -> impl IntoView {
    let state = AppState::expect();
    let t = move || decision::texts(state.lang());
    let chosen = RwSignal::new(None::<u32>);
    let name = RwSignal::new(String::new());
    let date = RwSignal::new(clock_now().today);
    let reference = RwSignal::new(String::new());
    let message = RwSignal::new(None::<Message>);
    let scenarios = move || state.scenario_names();
    let scenario = move || {
        let names = state.scenario_names();
        let open = state.data.with(|d| {
            d.workspace()
                .and_then(|w| w.scenarios.get(d.scenario_index()))
                .map(|s| s.id)
        });
        chosen
            .get()
            .map(ScenarioId)
            .filter(|id| names.iter().any(|(n, _)| n == id))
            .or(open)
            .and_then(|id| names.into_iter().find(|(n, _)| *n == id))
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((id, scenario_name)) = scenario() else {
            return;
        };
        let Some(decided_on) = IsoDate::parse(date.get_untracked().trim()) else {
            message.set(Some(Message::Refused(t().bad_date.to_string())));
            return;
        };
        let typed = name.get_untracked();
        let name_text = if typed.trim().is_empty() {
            scenario_name
        } else {
            typed
        };
        let command = Command::Decide {
            scenario: id,
            name: name_text.clone(),
            decided_on,
            reference: reference.get_untracked(),
        };
        let outcome = state.dispatch(AppCommand::Edit(command)).map(|_| ());
        let short = state.data.with_untracked(|d| {
            d.workspace()
                .and_then(|w| w.decisions.last())
                .map(|d| short_fingerprint(&d.fingerprint))
                .unwrap_or_default()
        });
        if outcome.is_ok() {
            reference.set(String::new());
            name.set(String::new());
        }
        let done = fill(
            t().decided,
            &[("name", name_text.trim()), ("short", &short)],
        );
        message.set(Some(Message::from_outcome(outcome, done)));
    };
    view! {
        <section class="fp-card fp-decide" aria-labelledby="fp-decide-heading">
            <h2 id="fp-decide-heading">{move || t().decide_heading}</h2>
            <form class="fp-decide__form" on:submit=submit>
                <span class="fp-field">
                    <label for="fp-decide-scenario">{move || t().scenario}</label>
                    <select id="fp-decide-scenario" data-testid="decide-scenario"
                        on:change=move |ev| chosen.set(event_target_value(&ev).parse().ok())>
                        {move || scenarios().into_iter().map(|(id, label)| {
                            let selected = move || scenario().map(|(s, _)| s) == Some(id);
                            view! { <option value=id.0.to_string() selected=selected>{label}</option> }
                        }).collect_view()}
                    </select>
                </span>
                <span class="fp-field">
                    <label for="fp-decide-name">{move || t().name}</label>
                    <input id="fp-decide-name" type="text" autocomplete="off"
                        placeholder=move || scenario().map(|(_, n)| n).unwrap_or_default()
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))/>
                </span>
                <span class="fp-field">
                    <label for="fp-decide-date">{move || t().date}</label>
                    <input id="fp-decide-date" type="text" inputmode="numeric" autocomplete="off"
                        aria-describedby="fp-decide-date-hint" size="10"
                        prop:value=move || date.get()
                        on:input=move |ev| date.set(event_target_value(&ev))/>
                    <span id="fp-decide-date-hint" class="fp-card__meta">{move || t().date_hint}</span>
                </span>
                <span class="fp-field">
                    <label for="fp-decide-reference">{move || t().reference}</label>
                    <input id="fp-decide-reference" type="text" autocomplete="off" size="30"
                        aria-describedby="fp-decide-reference-hint"
                        prop:value=move || reference.get()
                        on:input=move |ev| reference.set(event_target_value(&ev))/>
                    <span id="fp-decide-reference-hint" class="fp-card__meta">{move || t().reference_hint}</span>
                </span>
                <button type="submit" class="fp-button fp-button--primary" data-testid="decide">
                    {move || t().decide}
                </button>
            </form>
            <SectionMessage message/>
        </section>
    }
}
