//! Renaming in place: a "Byt namn" button that opens a small labelled form with the current name.

use super::confirm::unique_id;
use crate::i18n::overview;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// A rename button and, while editing, a field with "Spara" and "Avbryt". Escape cancels.
#[component]
pub fn RenameControl(
    /// The current name.
    #[prop(into)]
    name: Signal<String>,
    /// Saves the new name; returns the user-facing reason when it is refused (the form then stays open).
    #[prop(into)]
    on_save: Callback<String, Result<(), String>>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let return_focus = StoredValue::new(false);
    let input_ref = NodeRef::<html::Input>::new();
    let trigger_ref = NodeRef::<html::Button>::new();
    let input_id = unique_id("fp-rename");
    let error_id = unique_id("fp-rename-error");
    Effect::new(move |_| {
        if editing.get() {
            if let Some(input) = input_ref.get() {
                let _ = input.focus();
                input.select();
            }
        } else if let Some(button) = trigger_ref.get() {
            if return_focus.get_value() {
                return_focus.set_value(false);
                let _ = button.focus();
            }
        }
    });
    let close = move || {
        error.set(None);
        return_focus.set_value(true);
        editing.set(false);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let text = input_ref
            .get_untracked()
            .map(|i| i.value())
            .unwrap_or_default();
        match on_save.run(text) {
            Ok(()) => close(),
            Err(reason) => error.set(Some(reason)),
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            close();
        }
    };
    let button_name = move || format!("{}: {}", t().rename, name.get());
    view! {
        <Show
            when=move || editing.get()
            fallback=move || view! {
                <button type="button" class="fp-button" node_ref=trigger_ref aria-label=button_name
                    on:click=move |_| editing.set(true)>
                    {move || t().rename}
                </button>
            }
        >
            <form class="fp-ov-inline-form" on:submit=submit on:keydown=on_keydown>
                <label for=input_id.clone()>{move || format!("{} {}", t().new_name_for, name.get())}</label>
                <input id=input_id.clone() type="text" autocomplete="off" node_ref=input_ref
                    prop:value=move || name.get_untracked()
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=error_id.clone()/>
                <button type="submit" class="fp-button">{move || t().save}</button>
                <button type="button" class="fp-button" on:click=move |_| close()>{move || t().cancel}</button>
                <span id=error_id.clone() class="fp-ov-field-error" role="alert">{move || error.get()}</span>
            </form>
        </Show>
    }
}
