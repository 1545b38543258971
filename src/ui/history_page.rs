//! "Historik": the open förbund's changes, newest first, with their time and what they did; any earlier
//! point can be gone back to, and going back is itself a step that can be undone.

use super::state::AppState;
use crate::change::AppCommand;
use crate::i18n::history;
use leptos::prelude::*;

/// One row of the list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Row {
    /// Steps done after going back here (0: before the first change).
    position: usize,
    time: String,
    text: String,
    done: bool,
}

/// The history list with "Gå tillbaka hit".
#[component]
pub fn HistoryPage() -> impl IntoView {
    let state = AppState::expect();
    let t = move || history::texts(state.lang());
    let message = RwSignal::new(None::<String>);
    let rows = Memo::new(move |_| {
        let lang = state.lang();
        state.data.with(|d| {
            let Some(h) = d.histories.get(d.active_workspace) else {
                return (Vec::new(), 0);
            };
            let rows = h
                .steps
                .iter()
                .enumerate()
                .rev()
                .map(|(i, step)| Row {
                    position: i.saturating_add(1),
                    time: short_time(&step.at),
                    text: history::label_text(&step.label, lang),
                    done: i < h.position,
                })
                .collect::<Vec<_>>();
            (rows, h.position)
        })
    });
    let go_back = move |position: usize| {
        let outcome = state.dispatch(AppCommand::JumpTo { position });
        message.set(Some(match outcome {
            Ok(_) => t().went_back.to_string(),
            Err(reason) => reason,
        }));
    };
    let name = move || state.data.with(|d| d.workspace().map(|w| w.name.clone()));
    view! {
        <section class="fp-card" aria-labelledby="fp-history-heading" data-testid="history-page">
            <h2 id="fp-history-heading">{move || t().heading}" – "{name}</h2>
            <p>{move || t().intro}</p>
            <p role="status" data-testid="history-message">{move || message.get()}</p>
            <Show when=move || rows.with(|(r, _)| r.is_empty())>
                <p>{move || t().empty}</p>
            </Show>
            <ol class="fp-history-list" reversed>
                <For each=move || rows.get().0 key=|r| (r.position, r.done, r.text.clone()) let:row>
                    <li class:fp-history--undone=!row.done data-testid="history-step">
                        <time>{row.time.clone()}</time>" "
                        <span>{row.text.clone()}</span>
                        {(!row.done).then(|| view! { " " <span class="fp-badge">{move || t().undone_badge}</span> })}
                        <Show when=move || rows.with(|(_, at)| *at != row.position)>
                            " "
                            <button type="button" class="fp-button"
                                aria-label=format!("{}: {}", t().go_back_here, row.text)
                                on:click=move |_| go_back(row.position)>
                                {move || t().go_back_here}
                            </button>
                        </Show>
                    </li>
                </For>
            </ol>
            <Show when=move || rows.with(|(r, at)| !r.is_empty() && *at != 0)>
                <p>
                    <button type="button" class="fp-button" on:click=move |_| go_back(0)>
                        {move || t().go_back_to_start}
                    </button>
                </p>
            </Show>
        </section>
    }
}

/// "2026-12-04 14:03" in local time from a stored ISO time (UTC); the stored text if it is not a time.
fn short_time(iso: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    if date.get_time().is_nan() {
        return iso.to_string();
    }
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        date.get_full_year(),
        date.get_month().saturating_add(1),
        date.get_date(),
        date.get_hours(),
        date.get_minutes()
    )
}
