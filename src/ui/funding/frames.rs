//! Options 1 and 2: the state offer S and each region's and municipality's approved frame, what
//! every party pays, and under option 2 how much each frame must rise.

use super::context::FundingCtx;
use super::option::Choice;
use crate::engine::funding::PartyFunding;
use crate::engine::ids::PartyId;
use crate::engine::model::{FrameInputs, Funding, Party, PartyKind};
use crate::engine::money::Money;
use crate::ui::amount_input::AmountInput;
use leptos::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// The frame inputs of the stored funding, mutable (options 1 and 2 only).
pub(super) fn inputs_mut(funding: &mut Funding) -> Option<&mut FrameInputs> {
    match funding {
        Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs) => Some(inputs),
        Funding::Manual { .. } => None,
    }
}

/// The frame map of a party's side (regions or municipalities).
fn side_frames(inputs: &mut FrameInputs, kind: PartyKind) -> Option<&mut BTreeMap<PartyId, Money>> {
    match kind {
        PartyKind::Region => Some(&mut inputs.region_frames),
        PartyKind::Municipality => Some(&mut inputs.municipal_frames),
        PartyKind::Forsakringskassan | PartyKind::Arbetsformedlingen => None,
    }
}

/// A party's row of the engine's report.
pub fn party_funding(ctx: FundingCtx, party: PartyId) -> Option<PartyFunding> {
    ctx.ok_report()
        .and_then(|r| r.parties.into_iter().find(|p| p.party == party))
}

/// The table of frames for options 1 and 2.
#[component]
pub fn FramesTable() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let t = move || ctx.t();
    let maximum = Memo::new(move |_| {
        ctx.funding.with(|f| f.as_ref().map(Choice::of)) == Some(Choice::Maximum)
    });
    let caption = move || {
        let year = ctx.year().map(|y| y.to_string()).unwrap_or_default();
        format!(
            "{} {year} ({})",
            t().inputs_caption,
            ctx.state.unit().label()
        )
    };
    let first_fk = move || {
        ctx.parties.with(|ps| {
            ps.iter()
                .find(|p| p.kind == PartyKind::Forsakringskassan)
                .map(|p| p.id)
        })
    };
    view! {
        <table class="fp-table fp-funding__inputs">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t().col_party}</th>
                    <th scope="col">{move || t().col_frame}</th>
                    <th scope="col">{move || t().col_pays}</th>
                    {move || maximum.get().then(|| view! { <th scope="col">{t().col_raise}</th> })}
                </tr>
            </thead>
            <tbody>
                {move || ctx.parties.get().into_iter().map(|party| {
                    let is_state_input = first_fk() == Some(party.id);
                    view! { <FrameRow party is_state_input maximum/> }
                }).collect_view()}
            </tbody>
        </table>
    }
}

/// One party: its frame (or the state offer), what it pays and the raise needed.
#[component]
fn FrameRow(party: Party, is_state_input: bool, maximum: Memo<bool>) -> impl IntoView {
    let ctx = FundingCtx::expect();
    let id = party.id;
    let pays = move || party_funding(ctx, id).map(|p| ctx.money(p.amount));
    let raise = move || {
        party_funding(ctx, id)
            .and_then(|p| p.raise_needed)
            .map(|r| ctx.money(r))
    };
    let name = party.name.clone();
    let frame_cell = match party.kind {
        PartyKind::Forsakringskassan if is_state_input => view! { <StateOfferCell/> }.into_any(),
        PartyKind::Region | PartyKind::Municipality => view! { <FrameCell party/> }.into_any(),
        PartyKind::Arbetsformedlingen => {
            view! { <span class="fp-table__note">{move || ctx.t().af_short}</span> }.into_any()
        }
        PartyKind::Forsakringskassan => ().into_any(),
    };
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="fp-funding__input-cell">{frame_cell}</td>
            <td>{pays}</td>
            {move || maximum.get().then(|| view! { <td>{raise}</td> })}
        </tr>
    }
}

/// The state offer S.
#[component]
fn StateOfferCell() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let value = Signal::derive(move || {
        let mut funding = ctx.funding.get();
        funding
            .as_mut()
            .and_then(inputs_mut)
            .map(|i| i.state_offer.amount())
            .unwrap_or_default()
    });
    let label = Signal::derive(move || {
        format!(
            "{} {}",
            ctx.t().state_offer_label,
            ctx.year().map(|y| y.to_string()).unwrap_or_default()
        )
    });
    let commit = move |amount: Decimal| {
        ctx.edit_funding(|f| {
            if let Some(inputs) = inputs_mut(f) {
                inputs.state_offer = Money::new(amount);
            }
        })
    };
    view! { <AmountInput value label on_commit=commit/> }
}

/// A region's or municipality's frame: a field with a remove button, or "no frame" with an add button.
#[component]
fn FrameCell(party: Party) -> impl IntoView {
    let ctx = FundingCtx::expect();
    let (id, kind) = (party.id, party.kind);
    let frame = move || {
        let mut funding = ctx.funding.get();
        let inputs = funding.as_mut().and_then(inputs_mut)?;
        side_frames(inputs, kind)?.get(&id).copied()
    };
    let stated = Memo::new(move |_| frame().is_some());
    let name = StoredValue::new(party.name);
    let set_frame = move |amount: Option<Money>| {
        ctx.edit_funding(|f| {
            if let Some(frames) = inputs_mut(f).and_then(|i| side_frames(i, kind)) {
                match amount {
                    Some(amount) => frames.insert(id, amount),
                    None => frames.remove(&id),
                };
            }
        })
    };
    let prefix = move || match kind {
        PartyKind::Region => ctx.t().region_frame_label,
        _ => ctx.t().municipal_frame_label,
    };
    let year = move || ctx.year().map(|y| y.to_string()).unwrap_or_default();
    let label = Signal::derive(move || format!("{} {} {}", prefix(), name.get_value(), year()));
    let add = move |_| {
        let now = party_funding(ctx, id).map_or(Money::ZERO, |p| p.amount);
        ctx.say_refusal(set_frame(Some(now)));
    };
    let remove = move |_| ctx.say_refusal(set_frame(None));
    move || {
        if stated.get() {
            let value = Signal::derive(move || frame().map(Money::amount).unwrap_or_default());
            view! {
                <AmountInput value label on_commit=move |amount: Decimal| set_frame(Some(Money::new(amount)))/>
                <button type="button" class="fp-button fp-funding__small" on:click=remove>
                    {move || format!("{} {}", ctx.t().remove_frame, name.get_value())}
                </button>
            }
            .into_any()
        } else {
            view! {
                <span class="fp-table__note">{move || ctx.t().no_frame}</span>
                " "
                <button type="button" class="fp-button fp-funding__small" on:click=add>
                    {move || format!("{} {}", ctx.t().add_frame, name.get_value())}
                </button>
            }
            .into_any()
        }
    }
}
