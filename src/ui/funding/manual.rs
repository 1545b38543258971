//! Option 3: one amount field per paying party (Arbetsförmedlingen pays through Försäkringskassan).

use super::context::FundingCtx;
use crate::engine::model::{Funding, Party, PartyKind};
use crate::engine::money::Money;
use crate::ui::amount_input::AmountInput;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The manual amounts of the chosen year.
#[component]
pub fn ManualTable() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let t = move || ctx.t();
    let caption = move || {
        let year = ctx.year().map(|y| y.to_string()).unwrap_or_default();
        format!(
            "{} {year} ({})",
            t().inputs_caption,
            ctx.state.unit().label()
        )
    };
    view! {
        <table class="fp-table fp-funding__inputs">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{move || t().col_party}</th>
                    <th scope="col">{move || t().col_manual}</th>
                </tr>
            </thead>
            <tbody>
                {move || ctx.parties.get().into_iter().map(|party| view! { <ManualRow party/> }).collect_view()}
            </tbody>
        </table>
    }
}

/// One party's manual amount.
#[component]
fn ManualRow(party: Party) -> impl IntoView {
    let ctx = FundingCtx::expect();
    let id = party.id;
    let amount = move || match ctx.funding.get() {
        Some(Funding::Manual { amounts }) => amounts.get(&id).copied(),
        _ => None,
    };
    // Arbetsförmedlingen gets a field only if it already has an amount (the engine warns about it).
    let has_amount = ctx.funding.with_untracked(
        |f| matches!(f, Some(Funding::Manual { amounts }) if amounts.contains_key(&id)),
    );
    let has_field = party.kind != PartyKind::Arbetsformedlingen || has_amount;
    let name = party.name.clone();
    let label = Signal::derive(move || {
        let year = ctx.year().map(|y| y.to_string()).unwrap_or_default();
        format!("{} {} {year}", ctx.t().manual_label, party.name)
    });
    let value = Signal::derive(move || amount().map(Money::amount).unwrap_or_default());
    let commit = move |new: Decimal| {
        ctx.edit_funding(|f| {
            if let Funding::Manual { amounts } = f {
                amounts.insert(id, Money::new(new));
            }
        })
    };
    let cell = if has_field {
        view! { <AmountInput value label on_commit=commit/> }.into_any()
    } else {
        view! { <span class="fp-table__note">{move || ctx.t().af_short}</span> }.into_any()
    };
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td class="fp-funding__input-cell">{cell}</td>
        </tr>
    }
}
