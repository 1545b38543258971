//! The förbund's members: name and kind, rename and remove (with confirmation), and a form to add one.
//! The engine decides whether a member may be removed; its reason is shown when it refuses.

use super::confirm::{unique_id, ConfirmButton};
use super::message::{Message, SectionMessage};
use super::rename::RenameControl;
use crate::engine::command::Command;
use crate::engine::ids::PartyId;
use crate::engine::model::PartyKind;
use crate::i18n::overview::{self, OverviewTexts};
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// Every kind, in the order the form offers them.
const KINDS: [PartyKind; 4] = [
    PartyKind::Forsakringskassan,
    PartyKind::Arbetsformedlingen,
    PartyKind::Region,
    PartyKind::Municipality,
];

/// The name of a member kind.
pub fn kind_name(t: &OverviewTexts, kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Forsakringskassan => t.kind_fk,
        PartyKind::Arbetsformedlingen => t.kind_af,
        PartyKind::Region => t.kind_region,
        PartyKind::Municipality => t.kind_municipality,
    }
}

/// The member table and the add form.
#[component]
pub fn Members() -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let message = RwSignal::new(None::<Message>);
    let ids = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.parties.iter().map(|p| p.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let heading_id = unique_id("fp-members");
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-ov-heading">{move || t().members_heading}</h3>
            <div class="fp-table-wrap">
                <table class="fp-table fp-ov-table" aria-labelledby=heading_id.clone()>
                    <thead>
                        <tr>
                            <th scope="col">{move || t().name}</th>
                            <th scope="col">{move || t().kind}</th>
                            <th scope="col">{move || t().actions}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || ids.get() key=|id| *id let:id>
                            <MemberRow id message/>
                        </For>
                    </tbody>
                </table>
            </div>
            <SectionMessage message/>
            <AddMember message/>
        </section>
    }
}

/// One member: name, kind, rename and remove.
#[component]
fn MemberRow(id: PartyId, message: RwSignal<Option<Message>>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let party = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .and_then(|w| w.party(id))
                .map(|p| (p.name.clone(), p.kind))
        })
    });
    let name = Signal::derive(move || party.get().map(|p| p.0).unwrap_or_default());
    let rename = move |name: String| {
        let outcome = state.apply(Command::RenameParty {
            party: id,
            name: name.clone(),
        });
        if outcome.is_ok() {
            message.set(Some(Message::Done(format!("{} {name}", t().saved))));
        }
        outcome
    };
    let remove = move |_| {
        let removed = name.get_untracked();
        let outcome = state.apply(Command::RemoveParty { party: id });
        message.set(Some(Message::from_outcome(
            outcome,
            format!("{}: {removed}", t().remove),
        )));
    };
    let question = Signal::derive(move || format!("{} {}?", t().are_you_sure, name.get()));
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="fp-ov-text">{move || party.get().map(|p| kind_name(t(), p.1))}</td>
            <td class="fp-ov-actions">
                <RenameControl name on_save=rename/>
                <ConfirmButton action=Signal::derive(move || t().remove.to_string()) subject=name question
                    on_confirm=remove/>
            </td>
        </tr>
    }
}

/// The form that adds a member (name and kind, and for a region or municipality its weight in the key).
#[component]
fn AddMember(message: RwSignal<Option<Message>>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let (name_ref, weight_ref) = (NodeRef::<html::Input>::new(), NodeRef::<html::Input>::new());
    let kind = RwSignal::new(PartyKind::Municipality);
    let (name_id, kind_id, weight_id) = (
        unique_id("fp-member-name"),
        unique_id("fp-member-kind"),
        unique_id("fp-member-weight"),
    );
    let in_key = move || matches!(kind.get(), PartyKind::Region | PartyKind::Municipality);
    let by_population = move || {
        let kind = kind.get();
        state.data.with(|d| {
            d.workspace().is_some_and(|w| {
                let key = if kind == PartyKind::Region {
                    &w.regional_split
                } else {
                    &w.municipal_split
                };
                super::split_edit::is_population(key)
            })
        })
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(input) = name_ref.get_untracked() else {
            return;
        };
        let name = input.value();
        let weight_text = weight_ref
            .get_untracked()
            .map(|i| i.value())
            .unwrap_or_default();
        let weight = if in_key() {
            match super::split_edit::parse_whole(&weight_text) {
                Some(weight) => Some(weight),
                None => {
                    message.set(Some(Message::Refused(
                        t().new_member_weight_missing.to_string(),
                    )));
                    return;
                }
            }
        } else {
            None
        };
        let outcome = state.apply(Command::AddParty {
            name: name.clone(),
            kind: kind.get_untracked(),
            weight,
        });
        if outcome.is_ok() {
            input.set_value("");
            if let Some(field) = weight_ref.get_untracked() {
                field.set_value("");
            }
        }
        message.set(Some(Message::from_outcome(
            outcome,
            format!("{}: {}", t().add_member, name.trim()),
        )));
    };
    let choose = move |value: String| {
        if let Some(k) = KINDS.into_iter().find(|k| kind_value(*k) == value) {
            kind.set(k);
        }
    };
    view! {
        <form class="fp-ov-form" on:submit=submit>
            <div class="fp-field fp-ov-field--wide">
                <label for=name_id.clone()>{move || t().new_member_name}</label>
                <input id=name_id type="text" autocomplete="off" node_ref=name_ref/>
            </div>
            <div class="fp-field">
                <label for=kind_id.clone()>{move || t().kind}</label>
                <select id=kind_id prop:value=move || kind_value(kind.get())
                    on:change:target=move |ev| choose(ev.target().value())>
                    {KINDS.into_iter().map(|k| view! {
                        <option value=kind_value(k) selected=move || kind.get() == k>{move || kind_name(t(), k)}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="fp-field" hidden=move || !in_key()>
                <label for=weight_id.clone()>
                    {move || if by_population() { t().new_member_population } else { t().new_member_parts }}
                </label>
                <input id=weight_id type="text" inputmode="numeric" autocomplete="off" node_ref=weight_ref/>
            </div>
            <button type="submit" class="fp-button">{move || t().add_member}</button>
        </form>
    }
}

/// The `<option>` value of a kind.
fn kind_value(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Forsakringskassan => "fk",
        PartyKind::Arbetsformedlingen => "af",
        PartyKind::Region => "region",
        PartyKind::Municipality => "municipality",
    }
}
