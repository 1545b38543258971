//! The button that creates the pair "… – Max statlig tilldelning" / "… – Godkänd ram" right after
//! the open scenario (`Command::CreateFundingPair`), with a confirmation in the panel.

use super::context::FundingCtx;
use crate::engine::command::Command;
use crate::engine::ids::ScenarioId;
use leptos::prelude::*;

/// The pair button and its hint.
#[component]
pub fn PairButton() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let t = move || ctx.t();
    let create = move |_| {
        let Some(scenario) = ctx.scenario.get_untracked() else {
            return;
        };
        match ctx.state.apply(Command::CreateFundingPair { scenario }) {
            Ok(()) => {
                let names = created_names(ctx, scenario);
                let text = match names {
                    Some((first, second)) => (ctx.t().pair_created)(&first, &second),
                    None => String::new(),
                };
                ctx.say(Ok(text));
            }
            Err(why) => ctx.say_refusal(Err(why)),
        }
    };
    view! {
        <div class="fp-funding__pair">
            <button type="button" class="fp-button" aria-describedby="fp-funding-pair-hint" on:click=create>
                {move || t().pair_button}
            </button>
            <span id="fp-funding-pair-hint" class="fp-funding__hint">{move || t().pair_hint}</span>
        </div>
    }
}

/// The names of the two scenarios placed right after `scenario`.
fn created_names(ctx: FundingCtx, scenario: ScenarioId) -> Option<(String, String)> {
    ctx.state.data.with_untracked(|d| {
        let scenarios = &d.workspace()?.scenarios;
        let position = scenarios.iter().position(|s| s.id == scenario)?;
        let first = scenarios.get(position.checked_add(1)?)?;
        let second = scenarios.get(position.checked_add(2)?)?;
        Some((first.name.clone(), second.name.clone()))
    })
}
