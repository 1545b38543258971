//! Settings: what is stored in this browser: whether the browser keeps it (`navigator.storage.persist()`),
//! the last export, and "Radera all lokal data" with a confirmation step.

use crate::i18n::storage;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The local-storage section of the settings page.
#[component]
pub fn LocalData() -> impl IntoView {
    let state = AppState::expect();
    let t = move || storage::texts(state.lang());
    let heading_id = unique_id("fp-local-data");
    let persistence = move || match state.persistence.get() {
        Some(true) => t().persisted_yes,
        Some(false) => t().persisted_no,
        None => t().persisted_unknown,
    };
    let exported = move || match state.exports.with(|e| e.last_exported_on.clone()) {
        Some(day) => format!("{} {day}", t().last_exported),
        None => t().never_exported.to_string(),
    };
    let asking = RwSignal::new(false);
    let outcome = RwSignal::new(None::<&'static str>);
    let delete = move |_| {
        asking.set(false);
        outcome.set(Some(match state.delete_all_local_data() {
            Ok(()) => t().deleted,
            Err(_) => t().delete_failed,
        }));
    };
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-st-heading">{move || t().settings_heading}</h3>
            <p>{move || t().not_a_backup}</p>
            <p data-testid="persistence">{persistence}</p>
            <p data-testid="export-status">{exported}</p>
            <Show when=move || asking.get() fallback=move || view! {
                <button type="button" class="fp-button" on:click=move |_| { outcome.set(None); asking.set(true) }>
                    {move || t().delete_all}
                </button>
            }>
                <div role="group" aria-label=move || t().delete_all>
                    <p>{move || t().delete_question}</p>
                    <button type="button" class="fp-button" on:click=delete>{move || t().delete_confirm}</button>
                    " "
                    <button type="button" class="fp-button" on:click=move |_| asking.set(false)>{move || t().cancel}</button>
                </div>
            </Show>
            <p class="fp-status" role="status">{move || outcome.get()}</p>
        </section>
    }
}
