//! The form that creates a förbund from the empty template (name and first year) and opens it.

use super::confirm::unique_id;
use super::message::Message;
use super::scenario_new::parse_year;
use crate::engine::command::MAX_NAME_CHARS;
use crate::engine::examples::empty_workspace;
use crate::i18n::overview;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// The form that creates a förbund from the empty template and opens it.
#[component]
pub fn NewWorkspace(message: RwSignal<Option<Message>>, on_switch: Callback<()>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let (name_ref, year_ref) = (NodeRef::<html::Input>::new(), NodeRef::<html::Input>::new());
    let (name_id, year_id) = (unique_id("fp-new-ws"), unique_id("fp-new-ws-year"));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read =
            |r: NodeRef<html::Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
        let name = read(name_ref).trim().to_string();
        let refuse = |reason: &str| message.set(Some(Message::Refused(reason.to_string())));
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
            return refuse(t().empty_name);
        }
        let Some(year) = parse_year(&read(year_ref)) else {
            return refuse(t().bad_year);
        };
        let new = Box::new(empty_workspace(&name, year));
        if let Err(reason) = state.dispatch(crate::change::AppCommand::AddWorkspace(new)) {
            return refuse(&reason);
        }
        if let Some(input) = name_ref.get_untracked() {
            input.set_value("");
        }
        message.set(Some(Message::Done(format!(
            "{}: {name}",
            t().new_workspace
        ))));
        on_switch.run(());
    };
    view! {
        <form class="fp-ov-form fp-ov-new" on:submit=submit>
            <fieldset>
                <legend>{move || t().new_workspace}</legend>
                <div class="fp-field fp-ov-field--wide">
                    <label for=name_id.clone()>{move || t().new_workspace_name}</label>
                    <input id=name_id type="text" autocomplete="off" node_ref=name_ref/>
                </div>
                <div class="fp-field">
                    <label for=year_id.clone()>{move || t().first_year}</label>
                    <input id=year_id type="text" inputmode="numeric" autocomplete="off" class="fp-ov-year" node_ref=year_ref/>
                </div>
                <button type="submit" class="fp-button">{move || t().create}</button>
            </fieldset>
        </form>
    }
}
