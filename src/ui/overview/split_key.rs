//! The split keys: how the regions' and the municipalities' quarters are shared between several members
//! (fixed shares, or population with an optional second measure), edited through `SetSplitKey`. The
//! resulting kronor come from the engine's report of the open scenario.

use super::confirm::unique_id;
use super::message::{Message, SectionMessage};
use super::split_edit::{is_population, to_fixed, to_population, with_note};
use super::split_result::SplitResult;
use super::split_weights::{SecondMeasureFields, Weights};
use crate::engine::command::Command;
use crate::engine::ids::PartyId;
use crate::engine::model::{PartyKind, SplitKey, SplitSide};
use crate::i18n::overview;
use crate::ui::state::AppState;
use leptos::context::Provider;
use leptos::prelude::*;

/// One side's key, its members and its message line, shared by the side's parts.
#[derive(Clone, Copy)]
pub struct Side {
    /// Which quarter.
    pub side: SplitSide,
    /// The key now in the workspace.
    pub key: Memo<Option<SplitKey>>,
    /// The side's members (id, name) in display order.
    pub parties: Memo<Vec<(PartyId, String)>>,
    /// What the last change did.
    pub message: RwSignal<Option<Message>>,
}

impl Side {
    /// The side provided by the enclosing `SidePanel`.
    pub fn expect() -> Side {
        expect_context::<Side>()
    }

    /// Sends a key built from the current one; a refusal is shown and returned.
    pub fn change(self, edit: impl FnOnce(&SplitKey) -> SplitKey) -> Result<(), String> {
        let state = AppState::expect();
        let Some(new) = self.key.with_untracked(|k| k.as_ref().map(edit)) else {
            return Ok(());
        };
        let outcome = state.apply(Command::SetSplitKey {
            side: self.side,
            key: new,
        });
        match &outcome {
            Ok(()) => self.message.set(None),
            Err(reason) => self.message.set(Some(Message::Refused(reason.clone()))),
        }
        outcome
    }
}

/// The member kind that pays into a side.
pub fn side_kind(side: SplitSide) -> PartyKind {
    match side {
        SplitSide::Regional => PartyKind::Region,
        SplitSide::Municipal => PartyKind::Municipality,
    }
}

/// Both split keys.
#[component]
pub fn SplitKeys() -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let heading_id = unique_id("fp-split");
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-ov-heading">{move || t().split_heading}</h3>
            <p class="fp-card__meta">{move || t().split_intro}</p>
            <div class="fp-ov-split">
                <SidePanel side=SplitSide::Municipal/>
                <SidePanel side=SplitSide::Regional/>
            </div>
        </section>
    }
}

/// One side: method, weights, note and the engine's split; a side with fewer than two members has no key.
#[component]
fn SidePanel(side: SplitSide) -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let kind = side_kind(side);
    let parties = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.parties_of(kind).map(|p| (p.id, p.name.clone())).collect())
                .unwrap_or_default()
        })
    });
    let key = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace().map(|w| match side {
                SplitSide::Regional => w.regional_split.clone(),
                SplitSide::Municipal => w.municipal_split.clone(),
            })
        })
    });
    let shared = Side {
        side,
        key,
        parties,
        message: RwSignal::new(None),
    };
    let count = Memo::new(move |_| parties.with(Vec::len));
    let heading = move || match side {
        SplitSide::Regional => t().split_regions,
        SplitSide::Municipal => t().split_municipalities,
    };
    let heading_id = unique_id("fp-split-side");
    view! {
        <section class="fp-ov-side" aria-labelledby=heading_id.clone()>
            <h4 id=heading_id.clone()>{heading}</h4>
            // A Provider gives each side its own context (sibling components share their parent's owner).
            <Provider value=shared>
                {move || match count.get() {
                    0 => view! { <p>{move || t().no_party}</p> }.into_any(),
                    1 => view! { <p>{move || t().single_party}</p> }.into_any(),
                    _ => view! { <KeyEditor/> }.into_any(),
                }}
                <SplitResult kind/>
            </Provider>
        </section>
    }
}

/// Method, weights, second measure and note of one side's key.
#[component]
fn KeyEditor() -> impl IntoView {
    let side = Side::expect();
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let population = Memo::new(move |_| side.key.with(|k| k.as_ref().is_some_and(is_population)));
    let note = move || {
        side.key
            .with(|k| k.as_ref().map(|k| k.note.clone()).unwrap_or_default())
    };
    let group = unique_id("fp-split-method");
    let note_id = unique_id("fp-split-note");
    let choose = move |population: bool| {
        let _ = side.change(if population { to_population } else { to_fixed });
    };
    view! {
        <fieldset class="fp-ov-radios">
            <legend>{move || t().method}</legend>
            <label>
                <input type="radio" name=group.clone() prop:checked=move || !population.get()
                    on:change=move |_| choose(false)/>
                {move || t().method_fixed}
            </label>
            <label>
                <input type="radio" name=group.clone() prop:checked=move || population.get()
                    on:change=move |_| choose(true)/>
                {move || t().method_population}
            </label>
        </fieldset>
        <Weights population/>
        {move || population.get().then(|| view! { <SecondMeasureFields/> })}
        <div class="fp-field fp-ov-field--wide">
            <label for=note_id.clone()>{move || t().split_note}</label>
            <input id=note_id type="text" autocomplete="off" prop:value=note
                on:change:target=move |ev| { let _ = side.change(|k| with_note(k, &ev.target().value())); }/>
        </div>
        <SectionMessage message=side.message/>
    }
}
