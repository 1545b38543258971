//! The meeting view's top bar: the förbund and scenario, the scenarios as numbered buttons (keys 1–9), the
//! year with ← and →, the difference toggle (B), the keys in words and the way out.

use super::{Meeting, Shown};
use crate::i18n::meeting::texts;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The top bar.
#[component]
pub fn MeetingBar(
    meeting: Meeting,
    leave: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let screen = move || match meeting.data.get() {
        Shown::Screen(s) => Some(s),
        _ => None,
    };
    let forbund = move || screen().map(|s| s.forbund).unwrap_or_default();
    let heading = move || screen().map(|s| s.report.name).unwrap_or_default();
    let place = move || {
        screen().map(|s| {
            t().scenario_of
                .replace("{n}", &(s.index + 1).to_string())
                .replace("{count}", &s.names.len().to_string())
        })
    };
    let year = move || screen().map(|s| s.year.to_string()).unwrap_or_default();
    let base = move || {
        let name = screen().and_then(|s| s.baseline.map(|b| b.name));
        t().deltas.replace("{base}", &name.unwrap_or_else(heading))
    };
    view! {
        <header class="fp-meeting__bar">
            <div class="fp-meeting__title">
                <p class="fp-meeting__forbund">{forbund}</p>
                <h1 class="fp-meeting__scenario" data-testid="meeting-scenario">{heading}</h1>
                <p class="fp-meeting__place">{place}</p>
            </div>
            <div class="fp-meeting__tools">
                <ScenarioButtons meeting/>
                <div class="fp-meeting__years" role="group" aria-label=move || t().years>
                    <button type="button" class="fp-button" aria-keyshortcuts="ArrowLeft"
                        aria-label=move || t().previous_year on:click=move |_| meeting.step_year(-1)>"←"</button>
                    <span class="fp-meeting__year" data-testid="meeting-year" aria-live="polite">{year}</span>
                    <button type="button" class="fp-button" aria-keyshortcuts="ArrowRight"
                        aria-label=move || t().next_year on:click=move |_| meeting.step_year(1)>"→"</button>
                </div>
                <button type="button" class="fp-button" aria-keyshortcuts="B" data-testid="meeting-deltas"
                    aria-pressed=move || meeting.deltas.get().to_string()
                    on:click=move |_| meeting.deltas.update(|on| *on = !*on)>{base}</button>
                <button type="button" class="fp-button fp-meeting__leave" aria-keyshortcuts="Escape M"
                    data-testid="leave-meeting" on:click=move |_| leave()>{move || t().leave}</button>
            </div>
            <p class="fp-meeting__keys">{move || t().keys}</p>
        </header>
    }
}

/// One button per scenario, numbered as its key.
#[component]
fn ScenarioButtons(meeting: Meeting) -> impl IntoView {
    let state = AppState::expect();
    let names = move || match meeting.data.get() {
        Shown::Screen(s) => (s.names, s.index),
        _ => (Vec::new(), 0),
    };
    view! {
        <div class="fp-meeting__scenarios" role="group" aria-label=move || texts(state.lang()).scenarios>
            {move || {
                let (list, shown) = names();
                list.into_iter().enumerate().map(|(i, name)| {
                    let key = (i < 9).then(|| (i + 1).to_string());
                    let number = key.clone().unwrap_or_default();
                    view! {
                        <button type="button" class="fp-button fp-meeting__scenario-button"
                            aria-pressed=(i == shown).to_string() aria-keyshortcuts=key
                            on:click=move |_| meeting.choose(i)>
                            <span class="fp-meeting__number" aria-hidden="true">{number}</span>
                            " " {name}
                        </button>
                    }
                }).collect_view()
            }}
        </div>
    }
}
