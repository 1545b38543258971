//! Labelled form controls for the item form: text (one line or several) and a select over an enum, each
//! with its hint and the messages of the problems that belong to it.

use super::draft::Problem;
use crate::engine::command::ItemField;
use crate::i18n::catalogue::labels::option_value;
use crate::i18n::Lang;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;
use serde::Serialize;

/// A text field with label, optional hint and the messages of its problems.
#[component]
pub fn TextField(
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// The text.
    value: RwSignal<String>,
    /// The form's problems; those for `field` are shown here.
    problems: RwSignal<Vec<Problem>>,
    /// Which problems belong here (`None`: none do).
    #[prop(optional)]
    field: Option<ItemField>,
    /// A hint under the field (e.g. the format).
    #[prop(optional, into)]
    hint: Option<Signal<String>>,
    /// Several lines (a textarea).
    #[prop(optional)]
    multiline: bool,
    /// Extra class on the wrapper (e.g. for width).
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let id = unique_id("fp-ct-field");
    let (hint_id, error_id) = (format!("{id}-hint"), format!("{id}-error"));
    let messages = move || field_messages(problems, field);
    let invalid = move || {
        if messages().is_empty() {
            "false"
        } else {
            "true"
        }
    };
    let described = format!("{hint_id} {error_id}");
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=described aria-invalid=invalid
                prop:value=move || value.get() on:input:target=move |ev| value.set(ev.target().value())></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" autocomplete="off" aria-describedby=described aria-invalid=invalid
                prop:value=move || value.get() on:input:target=move |ev| value.set(ev.target().value())/>
        }
        .into_any()
    };
    view! {
        <div class=format!("fp-ct-field {class}")>
            <label for=id>{move || label.get()}</label>
            {control}
            <span id=hint_id class="fp-ct-hint">{move || hint.map(|h| h.get())}</span>
            <span id=error_id class="fp-ct-error">{move || messages().join(" ")}</span>
        </div>
    }
}

/// The messages of the problems that belong to `field`.
pub fn field_messages(problems: RwSignal<Vec<Problem>>, field: Option<ItemField>) -> Vec<String> {
    let Some(field) = field else {
        return Vec::new();
    };
    problems.with(|all| {
        all.iter()
            .filter(|p| p.field == Some(field))
            .map(|p| p.message.clone())
            .collect()
    })
}

/// A select over the values of an enum (by their serde names), with an optional "none" choice.
pub fn enum_select<T>(
    label: Signal<String>,
    options: &'static [T],
    name: fn(Lang, T) -> &'static str,
    get: impl Fn() -> Option<T> + Copy + Send + Sync + 'static,
    set: impl Fn(Option<T>) + Copy + Send + Sync + 'static,
    none: Option<Signal<String>>,
) -> impl IntoView
where
    T: Copy + PartialEq + Serialize + Send + Sync + 'static,
{
    let state = AppState::expect();
    let id = unique_id("fp-ct-select");
    let choose = move |chosen: String| {
        set(options.iter().copied().find(|o| option_value(o) == chosen));
    };
    view! {
        <div class="fp-ct-field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id on:change:target=move |ev| choose(ev.target().value())>
                {none.map(|text| view! {
                    <option value="" selected=move || get().is_none()>{move || text.get()}</option>
                })}
                {options.iter().copied().map(|o| view! {
                    <option value=option_value(&o) selected=move || get() == Some(o)>
                        {move || name(state.lang(), o)}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}
