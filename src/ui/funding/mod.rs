//! The funding and equity panels of the open scenario: the funding option of a year with its inputs,
//! the binding party, unused state money, warnings, who pays what, the pair button; and the
//! equity verdict per year. Every figure comes from the engine.

mod context;
mod equity;
mod frames;
mod manual;
mod option;
mod pair;
mod payers;
mod summary;
mod totals;

pub(crate) use equity::sentence as equity_sentence;
pub use equity::EquityPanel;

use context::FundingCtx;
use leptos::prelude::*;
use option::{Choice, OptionPicker};

/// Funding per year: option, inputs, binding party, warnings, who pays what.
#[component]
pub fn FundingPanel() -> impl IntoView {
    let ctx = FundingCtx::provide();
    let t = move || ctx.t();
    let choice = Memo::new(move |_| ctx.funding.with(|f| f.as_ref().map(Choice::of)));
    let inputs = move || match choice.get()? {
        Choice::Manual => Some(view! { <manual::ManualTable/> }.into_any()),
        Choice::Approved | Choice::Maximum => {
            Some(view! { <frames::FramesTable/> <totals::TotalsFields/> }.into_any())
        }
    };
    view! {
        <section class="fp-card fp-funding" aria-labelledby="fp-funding-heading" data-testid="funding-panel">
            <h2 id="fp-funding-heading">{move || t().heading}</h2>
            <p class="fp-card__meta">{move || t().intro}</p>
            <div class="fp-toolbar">
                <YearPicker/>
                <pair::PairButton/>
            </div>
            <summary::PanelMessage/>
            <OptionPicker/>
            <div class="fp-table-wrap">{inputs}</div>
            <summary::FundingFacts/>
            <summary::FundingWarnings/>
            <payers::WhoPays/>
        </section>
    }
}

/// Chooses the year shown when the scenario spans several years.
#[component]
fn YearPicker() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let several = move || ctx.years.with(|y| y.len() > 1);
    let selected = move || ctx.year().map(|y| y.to_string()).unwrap_or_default();
    let choose = move |value: String| {
        if let Ok(year) = value.parse() {
            ctx.chosen.set(Some(year));
            ctx.clear_message();
        }
    };
    move || {
        several().then(|| {
            view! {
                <div class="fp-field">
                    <label for="fp-funding-year">{move || ctx.t().year}</label>
                    <select id="fp-funding-year" prop:value=selected on:change:target=move |ev| choose(ev.target().value())>
                        {move || ctx.years.get().into_iter().map(|year| {
                            let value = year.to_string();
                            view! { <option value=value.clone() selected=value == selected()>{value.clone()}</option> }
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    }
}
