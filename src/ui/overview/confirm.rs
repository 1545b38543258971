//! A destructive action in two steps, inside the page: the button, then "Är du säker? … [Ta bort] [Avbryt]".
//! Focus moves to "Avbryt" when the question appears and back to the button when it is cancelled.

use crate::i18n::overview;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A page-unique element id with the given prefix, for `for`, `aria-labelledby` and `aria-describedby`.
pub fn unique_id(prefix: &str) -> String {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    format!("{prefix}-{}", NEXT.fetch_add(1, Ordering::Relaxed))
}

/// A button that asks before it acts.
#[component]
pub fn ConfirmButton(
    /// The visible text of the action, e.g. "Ta bort".
    #[prop(into)]
    action: Signal<String>,
    /// What the action affects, e.g. a scenario's name; completes the accessible name ("Ta bort: X").
    #[prop(into)]
    subject: Signal<String>,
    /// The whole question shown before acting, e.g. "Är du säker? Detta tar bort X."
    #[prop(into)]
    question: Signal<String>,
    /// Runs when the user confirms.
    #[prop(into)]
    on_confirm: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    let asking = RwSignal::new(false);
    let return_focus = StoredValue::new(false);
    let trigger_ref = NodeRef::<html::Button>::new();
    let cancel_ref = NodeRef::<html::Button>::new();
    let question_id = unique_id("fp-confirm");
    Effect::new(move |_| {
        if asking.get() {
            if let Some(button) = cancel_ref.get() {
                let _ = button.focus();
            }
        } else if let Some(button) = trigger_ref.get() {
            if return_focus.get_value() {
                return_focus.set_value(false);
                let _ = button.focus();
            }
        }
    });
    let cancel = move |_| {
        return_focus.set_value(true);
        asking.set(false);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            return_focus.set_value(true);
            asking.set(false);
        }
    };
    let confirm = move |_| {
        asking.set(false);
        on_confirm.run(());
    };
    let name = move || format!("{}: {}", action.get(), subject.get());
    view! {
        <Show
            when=move || asking.get()
            fallback=move || view! {
                <button type="button" class="fp-button fp-ov-remove" node_ref=trigger_ref
                    aria-label=name on:click=move |_| asking.set(true)>
                    {move || action.get()}
                </button>
            }
        >
            <span class="fp-ov-confirm" role="group" aria-labelledby=question_id.clone()
                on:keydown=on_keydown>
                <span id=question_id.clone() class="fp-ov-confirm__question">{move || question.get()}</span>
                <button type="button" class="fp-button fp-button--danger" aria-label=name on:click=confirm>
                    {move || action.get()}
                </button>
                <button type="button" class="fp-button" node_ref=cancel_ref on:click=cancel>
                    {move || overview::texts(state.lang()).cancel}
                </button>
            </span>
        </Show>
    }
}
