//! The equity recommendation step table ("trappa") of the open förbund: one editable row per bracket, a
//! form for a new row, every change sent whole with `SetEquitySteps`.

use super::percent::parse_percent;
use super::step_row::StepRow;
use crate::engine::command::Command;
use crate::engine::model::EquityStep;
use crate::engine::money::Money;
use crate::engine::money_text::parse_amount_in;
use crate::i18n::{settings, Lang};
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// The table's message line, shared by its rows and the add form.
#[derive(Clone, Copy)]
pub struct StepsPanel {
    /// What the last change did, or why it was refused (`Err`).
    pub message: RwSignal<Option<Result<String, String>>>,
}

/// Sends the step table changed by `edit`; returns the engine's reason when it is refused.
pub fn change_steps(
    state: AppState,
    edit: impl FnOnce(&mut Vec<EquityStep>),
) -> Result<(), String> {
    let mut steps = state.data.with_untracked(|d| {
        d.workspace()
            .map(|w| w.settings.equity_steps.clone())
            .unwrap_or_default()
    });
    edit(&mut steps);
    state.apply(Command::SetEquitySteps { steps })
}

/// The step table section.
#[component]
pub fn EquitySteps() -> impl IntoView {
    let state = AppState::expect();
    let t = move || settings::texts(state.lang());
    let panel = StepsPanel {
        message: RwSignal::new(None),
    };
    provide_context(panel);
    let count = Memo::new(move |_| {
        state
            .data
            .with(|d| d.workspace().map_or(0, |w| w.settings.equity_steps.len()))
    });
    let heading_id = unique_id("fp-steps");
    let caption = move || format!("{} ({})", t().caption, state.unit().label());
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-st-heading">{move || t().steps_heading}</h3>
            <p class="fp-card__meta">{move || t().steps_intro}</p>
            <div class="fp-table-wrap">
                <table class="fp-table fp-st-table">
                    <caption>{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{move || t().row_heading}</th>
                            <th scope="col">{move || t().up_to}</th>
                            <th scope="col">{move || t().max_share}</th>
                            <th scope="col">{move || t().confirmed}</th>
                            <th scope="col">{move || t().source}</th>
                            <th scope="col">{move || t().actions}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || 0..count.get() key=|i| *i let:index>
                            <StepRow index/>
                        </For>
                    </tbody>
                </table>
            </div>
            {move || (count.get() == 0).then(|| view! { <p>{move || t().empty_table}</p> })}
            <p class="fp-st-message" role="status">{move || panel.message.get().and_then(Result::ok)}</p>
            <p class="fp-st-message fp-st-message--refused" role="alert">{move || panel.message.get().and_then(Result::err)}</p>
            <AddStep/>
        </section>
    }
}

/// The form for a new row; it is placed in order of its bound.
#[component]
fn AddStep() -> impl IntoView {
    let state = AppState::expect();
    let panel = expect_context::<StepsPanel>();
    let t = move || settings::texts(state.lang());
    let refs = (
        NodeRef::<html::Input>::new(),
        NodeRef::<html::Input>::new(),
        NodeRef::<html::Input>::new(),
    );
    let confirmed = NodeRef::<html::Input>::new();
    let ids = (
        unique_id("fp-step-up"),
        unique_id("fp-step-share"),
        unique_id("fp-step-src"),
        unique_id("fp-step-ok"),
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let outcome = read_new_step(state, refs, confirmed).and_then(|step| {
            change_steps(state, |steps| {
                let at = steps
                    .iter()
                    .position(|s| s.up_to > step.up_to)
                    .unwrap_or(steps.len());
                steps.insert(at, step);
            })
        });
        if outcome.is_ok() {
            for r in [refs.0, refs.1, refs.2] {
                if let Some(input) = r.get_untracked() {
                    input.set_value("");
                }
            }
            if let Some(check) = confirmed.get_untracked() {
                check.set_checked(false);
            }
        }
        panel
            .message
            .set(Some(outcome.map(|()| t().saved.to_string())));
    };
    view! {
        <form class="fp-st-form" on:submit=submit>
            <fieldset>
                <legend>{move || t().add_row}</legend>
                <div class="fp-field">
                    <label for=ids.0.clone()>{move || format!("{} ({})", t().up_to, state.unit().label())}</label>
                    <input id=ids.0.clone() type="text" inputmode="decimal" autocomplete="off" node_ref=refs.0/>
                </div>
                <div class="fp-field">
                    <label for=ids.1.clone()>{move || t().max_share}</label>
                    <input id=ids.1.clone() type="text" inputmode="decimal" autocomplete="off" node_ref=refs.1/>
                </div>
                <div class="fp-field fp-st-field--wide">
                    <label for=ids.2.clone()>{move || t().source}</label>
                    <input id=ids.2.clone() type="text" autocomplete="off" node_ref=refs.2/>
                </div>
                <div class="fp-st-check">
                    <input id=ids.3.clone() type="checkbox" node_ref=confirmed/>
                    <label for=ids.3.clone()>{move || t().confirmed}</label>
                </div>
                <button type="submit" class="fp-button">{move || t().add_row}</button>
            </fieldset>
        </form>
    }
}

type Inputs = (
    NodeRef<html::Input>,
    NodeRef<html::Input>,
    NodeRef<html::Input>,
);

/// The new row from the form, or the reason it cannot be read.
fn read_new_step(
    state: AppState,
    refs: Inputs,
    confirmed: NodeRef<html::Input>,
) -> Result<EquityStep, String> {
    let read = |r: NodeRef<html::Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
    let lang = state.lang();
    let up_to = parse_amount_in(&read(refs.0), state.unit()).map_err(|e| match lang {
        Lang::Sv => e.message_sv(),
        Lang::En => e.message_en(),
    })?;
    let max_share = parse_percent(&read(refs.1))
        .ok_or_else(|| settings::texts(lang).bad_percent.to_string())?;
    Ok(EquityStep {
        up_to: Money::new(up_to),
        max_share,
        confirmed: confirmed.get_untracked().is_some_and(|c| c.checked()),
        source: read(refs.2).trim().to_string(),
    })
}
