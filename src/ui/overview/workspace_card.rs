//! The open förbund's name and organisation number, editable (`SetWorkspaceName`).

use super::confirm::unique_id;
use super::message::{Message, SectionMessage};
use crate::engine::command::Command;
use crate::i18n::overview;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// A form with the förbund's name and organisation number.
#[component]
pub fn WorkspaceCard() -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let current = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .map(|w| (w.name.clone(), w.org_number.clone()))
                .unwrap_or_default()
        })
    });
    let message = RwSignal::new(None::<Message>);
    let name_ref = NodeRef::<html::Input>::new();
    let org_ref = NodeRef::<html::Input>::new();
    let (name_id, org_id, heading_id) = (
        unique_id("fp-ws-name"),
        unique_id("fp-ws-org"),
        unique_id("fp-ws-heading"),
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read =
            |r: NodeRef<html::Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
        let command = Command::SetWorkspaceName {
            name: read(name_ref),
            org_number: read(org_ref),
        };
        let outcome = state.apply(command);
        message.set(Some(Message::from_outcome(outcome, t().saved.to_string())));
    };
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-ov-heading">{move || t().workspace_heading}</h3>
            <form class="fp-ov-form" on:submit=submit>
                <div class="fp-field fp-ov-field--wide">
                    <label for=name_id.clone()>{move || t().name}</label>
                    <input id=name_id type="text" autocomplete="organization" node_ref=name_ref
                        prop:value=move || current.get().0/>
                </div>
                <div class="fp-field">
                    <label for=org_id.clone()>{move || t().org_number}</label>
                    <input id=org_id type="text" autocomplete="off" node_ref=org_ref
                        prop:value=move || current.get().1/>
                </div>
                <button type="submit" class="fp-button">{move || t().save}</button>
            </form>
            <SectionMessage message/>
        </section>
    }
}
