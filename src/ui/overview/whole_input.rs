//! A field for a whole-number weight (population, parts, a measure): Swedish digit grouping in and out,
//! an inline message for anything else, and nothing changes until the text is valid. Focus selects the figure.

use super::confirm::unique_id;
use super::split_edit::parse_whole;
use crate::engine::money_text::format_plain;
use crate::i18n::overview;
use crate::ui::select_on_focus::SelectOnFocus;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// A labelled whole-number field that commits on change (Enter or leaving the field); Escape restores it.
#[component]
pub fn WholeNumberInput(
    /// The value now in the model.
    #[prop(into)]
    value: Signal<u64>,
    /// The accessible name, e.g. "Folkmängd för Landskrona Stad".
    #[prop(into)]
    label: Signal<String>,
    /// Applies a new value; returns the user-facing reason when it is refused.
    #[prop(into)]
    on_commit: Callback<u64, Result<(), String>>,
) -> impl IntoView {
    let state = AppState::expect();
    let error = RwSignal::new(None::<String>);
    let input_ref = NodeRef::<html::Input>::new();
    let error_id = unique_id("fp-whole-error");
    let select = SelectOnFocus::new();
    let shown = move || format_plain(Decimal::from(value.get()));
    let reset = move || {
        if let Some(input) = input_ref.get_untracked() {
            input.set_value(&shown());
            crate::ui::select_on_focus::reselect_if_focused(&input);
        }
    };
    let commit = move |text: String| {
        let parsed = parse_whole(&text)
            .ok_or_else(|| overview::texts(state.lang()).whole_number.to_string());
        match parsed.and_then(|n| on_commit.run(n)) {
            Ok(()) => {
                error.set(None);
                reset();
            }
            Err(reason) => error.set(Some(reason)),
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            error.set(None);
            reset();
        }
    };
    view! {
        <input type="text" inputmode="numeric" autocomplete="off" class="fp-amount" node_ref=input_ref
            aria-label=move || label.get()
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            aria-describedby=error_id.clone()
            prop:value=shown
            on:focus=move |ev| select.focus(&ev)
            on:mousedown=move |ev| select.mouseup(&ev)
            on:mouseup=move |ev| select.mouseup(&ev)
            on:input=move |ev| select.blur(&ev)
            on:blur=move |ev| select.blur(&ev)
            on:change:target=move |ev| commit(ev.target().value())
            on:keydown=on_keydown/>
        <span id=error_id class="fp-amount__error" role="alert">{move || error.get()}</span>
    }
}
