//! The compare page's controls: which scenarios (checkboxes), which year, and whether to show
//! only the rows that differ.

use super::selection::{baseline, toggled, MAX_CHOSEN};
use crate::engine::ids::ScenarioId;
use crate::engine::model::Year;
use crate::i18n::compare::texts;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The scenario choice: what the user ticked (with the workspace it belongs to) and the
/// effective choice derived from it.
#[derive(Debug, Clone, Copy)]
pub struct Choice {
    /// The workspace index and the ticked scenarios; `None` until the user ticks a box.
    pub stored: RwSignal<Option<(usize, Vec<ScenarioId>)>>,
    /// The scenarios compared, in workspace order.
    pub chosen: Memo<Vec<ScenarioId>>,
}

/// One checkbox per scenario of the open workspace (2–4 may be ticked).
#[component]
pub fn ScenarioChoice(
    /// The choice to show and change.
    choice: Choice,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let scenarios = Memo::new(move |_| state.scenario_names());
    let base = Memo::new(move |_| {
        let chosen = choice.chosen.get();
        state
            .data
            .with(|d| d.workspace().and_then(|w| baseline(w, &chosen)))
    });
    let full = move || choice.chosen.with(|c| c.len() >= MAX_CHOSEN);
    view! {
        <fieldset class="fp-compare__choice">
            <legend>{move || t().choose_legend}</legend>
            <For each=move || scenarios.get() key=|s| s.clone() let:s>
                <ScenarioBox id=s.0 name=s.1 choice base/>
            </For>
            {move || full().then(|| view! { <p class="fp-compare__hint">{t().max_reached}</p> })}
        </fieldset>
    }
}

#[component]
fn ScenarioBox(
    id: ScenarioId,
    name: String,
    choice: Choice,
    base: Memo<Option<ScenarioId>>,
) -> impl IntoView {
    let state = AppState::expect();
    let checked = move || choice.chosen.with(|c| c.contains(&id));
    let disabled = move || !checked() && choice.chosen.with(|c| c.len() >= MAX_CHOSEN);
    let change = move |on: bool| {
        let workspace = state.data.with_untracked(|d| d.active_workspace);
        let next = toggled(&choice.chosen.get_untracked(), id, on);
        choice.stored.set(Some((workspace, next)));
    };
    let mark = move || {
        (base.get() == Some(id)).then(|| {
            view! { <span class="fp-compare__base">{format!(" ({})", texts(state.lang()).baseline_mark)}</span> }
        })
    };
    view! {
        <label class="fp-compare__option">
            <input type="checkbox" prop:checked=checked prop:disabled=disabled
                on:change:target=move |ev| change(ev.target().checked())/>
            <span>{name}{mark}</span>
        </label>
    }
}

/// The year picker (only when the scenarios span several years) and the "only rows that differ"
/// toggle.
#[component]
pub fn ViewOptions(
    /// The years of the compared scenarios.
    #[prop(into)]
    years: Signal<Vec<Year>>,
    /// The chosen year (`None`: all years).
    year: RwSignal<Option<Year>>,
    /// Show only rows that differ.
    only_differing: RwSignal<bool>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let picker = move || {
        let list = years.get();
        (list.len() > 1).then(|| {
            view! {
                <div class="fp-field">
                    <label for="fp-compare-year">{t().year}</label>
                    <select id="fp-compare-year"
                        on:change:target=move |ev| year.set(ev.target().value().parse::<Year>().ok())>
                        <option value="all" prop:selected=move || year.get().is_none()>{t().all_years}</option>
                        {list.into_iter().map(|y| view! {
                            <option value=y.to_string() prop:selected=move || year.get() == Some(y)>{y.to_string()}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    };
    view! {
        {picker}
        <label class="fp-compare__toggle">
            <input type="checkbox" prop:checked=move || only_differing.get()
                on:change:target=move |ev| only_differing.set(ev.target().checked())/>
            <span>{move || t().only_differing}</span>
        </label>
    }
}
