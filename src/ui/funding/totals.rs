//! Options 1 and 2 entered as people are told the figures: the state allocation as the förbund's whole
//! allocation (the state half × 2), and the municipalities' frames as one total split by the key
//! (`engine::funding::frames_from_total`), each in one field under the frames table.

use super::context::FundingCtx;
use super::frames::inputs_mut;
use crate::engine::funding::frames_from_total;
use crate::engine::model::{FrameInputs, Funding, PartyKind, SplitSide};
use crate::engine::money::Money;
use crate::ui::amount_input::AmountInput;
use leptos::prelude::*;
use rust_decimal::Decimal;

fn inputs(funding: &Option<Funding>) -> Option<&FrameInputs> {
    match funding.as_ref()? {
        Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs) => Some(inputs),
        Funding::Manual { .. } => None,
    }
}

/// The two fields (the municipal one only with two or more municipalities).
#[component]
pub fn TotalsFields() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let t = move || ctx.t();
    let year = move || ctx.year().map(|y| y.to_string()).unwrap_or_default();
    let total_allocation = Signal::derive(move || {
        ctx.funding.with(|f| {
            inputs(f)
                .map(|i| i.state_offer.amount() * Decimal::TWO)
                .unwrap_or_default()
        })
    });
    let allocation_label =
        Signal::derive(move || format!("{} {}", t().total_allocation_label, year()));
    let set_allocation = move |total: Decimal| {
        ctx.edit_funding(|f| {
            if let Some(inputs) = inputs_mut(f) {
                inputs.state_offer = Money::new(total / Decimal::TWO);
            }
        })
    };
    let several = Memo::new(move |_| {
        ctx.parties.with(|ps| {
            ps.iter()
                .filter(|p| p.kind == PartyKind::Municipality)
                .count()
                > 1
        })
    });
    let municipal_total = Signal::derive(move || {
        ctx.funding.with(|f| {
            inputs(f)
                .map(|i| i.municipal_frames.values().map(|m| m.amount()).sum())
                .unwrap_or_default()
        })
    });
    let municipal_label =
        Signal::derive(move || format!("{} {}", t().municipal_total_label, year()));
    let set_municipal = move |total: Decimal| {
        let split = ctx.state.data.with_untracked(|d| {
            d.workspace()
                .map(|w| frames_from_total(w, SplitSide::Municipal, Money::new(total)))
        });
        match split {
            Some(Ok(frames)) => ctx.edit_funding(|f| {
                if let Some(inputs) = inputs_mut(f) {
                    inputs.municipal_frames = frames;
                }
            }),
            Some(Err(error)) => Err(match ctx.state.lang() {
                crate::i18n::Lang::Sv => error.message_sv(),
                crate::i18n::Lang::En => error.message_en(),
            }),
            None => Ok(()),
        }
    };
    view! {
        <div class="fp-funding__totals">
            <div class="fp-field">
                <span class="fp-funding__total-label">{move || allocation_label.get()}</span>
                <AmountInput value=total_allocation label=allocation_label on_commit=set_allocation/>
            </div>
            {move || several.get().then(|| view! {
                <div class="fp-field">
                    <span class="fp-funding__total-label">{move || municipal_label.get()}</span>
                    <AmountInput value=municipal_total label=municipal_label on_commit=set_municipal/>
                    <p class="fp-table__note">{t().municipal_total_note}</p>
                </div>
            })}
        </div>
    }
}
