//! An editable amount: Swedish text in, exact Decimal out. Invalid text gets a message next to the field and
//! changes nothing; focusing the field selects its figure, so typing replaces it; a negative cost gets a note.

use super::select_on_focus::SelectOnFocus;
use super::state::AppState;
use crate::engine::money_text::parse_amount_in;
use crate::i18n::Lang;
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Gives each field's error message a unique id for `aria-describedby`.
fn next_error_id() -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("fp-amount-error-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A text field for an amount in the chosen display unit (kr or t kr).
#[component]
pub fn AmountInput(
    /// The amount now in the model, in kronor.
    #[prop(into)]
    value: Signal<Decimal>,
    /// The accessible name, e.g. "Belopp för Lönekostnader 2023".
    #[prop(into)]
    label: Signal<String>,
    /// Applies a new amount; returns the user-facing message when the model refuses it.
    on_commit: impl Fn(Decimal) -> Result<(), String> + Send + Sync + 'static,
    /// A cost: a negative amount gets the note "Negativ kostnad – ska det vara en intäkt?".
    #[prop(optional)]
    cost: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let unit = move || state.unit();
    let error = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let error_id = next_error_id();
    let note_id = format!("{error_id}-note");
    let described_by = format!("{error_id} {note_id}");
    let negative_cost = move || cost && value.get().is_sign_negative() && !value.get().is_zero();
    let select = SelectOnFocus::new();
    let shown = move || unit().format_plain(value.get());

    let commit = move |text: String| {
        let result = parse_amount_in(&text, unit())
            .map_err(|e| parse_message(&e, state.lang()))
            .and_then(&on_commit);
        match result {
            Ok(()) => {
                error.set(None);
                reset_text(input_ref, &shown());
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            error.set(None);
            reset_text(input_ref, &shown());
        }
    };

    view! {
        <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            class="fp-amount"
            node_ref=input_ref
            aria-label=move || label.get()
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            aria-describedby=described_by
            prop:value=shown
            on:focus=move |ev| select.focus(&ev)
            on:mousedown=move |ev| select.mouseup(&ev)
            on:mouseup=move |ev| select.mouseup(&ev)
            on:input=move |ev| select.blur(&ev)
            on:blur=move |ev| select.blur(&ev)
            on:change:target=move |ev| commit(ev.target().value())
            on:keydown=on_keydown
        />
        <span id=error_id class="fp-amount__error" role="alert">
            {move || error.get()}
        </span>
        <span id=note_id class="fp-amount__note" role="status" data-testid="negative-cost-note">
            {move || negative_cost().then(|| state.texts().negative_cost)}
        </span>
    }
}

fn parse_message(error: &crate::engine::money_text::ParseAmountError, lang: Lang) -> String {
    match lang {
        Lang::Sv => error.message_sv(),
        Lang::En => error.message_en(),
    }
}

fn reset_text(input_ref: NodeRef<leptos::html::Input>, text: &str) {
    if let Some(input) = input_ref.get_untracked() {
        input.set_value(text);
        super::select_on_focus::reselect_if_focused(&input);
    }
}
