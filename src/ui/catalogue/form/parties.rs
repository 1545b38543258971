//! The item's parties: the owner (a member, or none) and the participating members as checkboxes.

use super::draft::Draft;
use crate::engine::ids::PartyId;
use crate::i18n::catalogue;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The members of the open förbund: id and name, in display order.
fn members(state: AppState) -> Vec<(PartyId, String)> {
    state.data.with(|d| {
        d.workspace()
            .map(|w| w.parties.iter().map(|p| (p.id, p.name.clone())).collect())
            .unwrap_or_default()
    })
}

/// The owner select.
#[component]
pub fn OwnerSelect(draft: Draft) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let id = unique_id("fp-ct-owner");
    let choose = move |value: String| {
        let chosen = value.parse::<u32>().ok().map(PartyId);
        draft.owner.set(chosen);
    };
    view! {
        <div class="fp-ct-field">
            <label for=id.clone()>{move || t().owner}</label>
            <select id=id on:change:target=move |ev| choose(ev.target().value())>
                <option value="" selected=move || draft.owner.get().is_none()>{move || t().not_given}</option>
                {move || members(state).into_iter().map(|(party, name)| view! {
                    <option value=party.0.to_string() selected=move || draft.owner.get() == Some(party)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The participating members, one checkbox each.
#[component]
pub fn ParticipantChecks(draft: Draft) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let toggle = move |party: PartyId, on: bool| {
        draft.participants.update(|list| {
            list.retain(|p| *p != party);
            if on {
                list.push(party);
            }
        });
    };
    view! {
        <fieldset class="fp-ct-checks">
            <legend>{move || t().participants}</legend>
            {move || members(state).into_iter().map(|(party, name)| view! {
                <label class="fp-ct-check">
                    <input type="checkbox" prop:checked=move || draft.participants.with(|l| l.contains(&party))
                        on:change:target=move |ev| toggle(party, ev.target().checked())/>
                    {name}
                </label>
            }).collect_view()}
        </fieldset>
    }
}
