//! A percentage field (`20`, `17,5`) for a maximum equity share, with an inline message for text it
//! cannot read or a share the engine refuses.

use super::percent::{parse_percent, percent_text};
use crate::i18n::settings;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A labelled percentage field that commits on change (Enter or leaving the field).
#[component]
pub fn PercentInput(
    /// The share now in the model, as a fraction.
    value: Signal<Decimal>,
    /// The accessible name.
    label: Signal<String>,
    /// Applies a new share; returns the reason when it is refused.
    on_commit: impl Fn(Decimal) -> Result<(), String> + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    let error = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<html::Input>::new();
    let error_id = unique_id("fp-percent-error");
    let shown = move || percent_text(value.get());
    let commit = move |text: String| {
        let parsed = parse_percent(&text)
            .ok_or_else(|| settings::texts(state.lang()).bad_percent.to_string());
        match parsed.and_then(&on_commit) {
            Ok(()) => {
                error.set(None);
                if let Some(input) = input_ref.get_untracked() {
                    input.set_value(&shown());
                }
            }
            Err(reason) => error.set(Some(reason)),
        }
    };
    view! {
        <input type="text" inputmode="decimal" autocomplete="off" class="fp-amount fp-st-percent" node_ref=input_ref
            aria-label=move || label.get()
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            aria-describedby=error_id.clone()
            prop:value=shown
            on:change:target=move |ev| commit(ev.target().value())/>
        <span id=error_id class="fp-amount__error" role="alert">{move || error.get()}</span>
    }
}
