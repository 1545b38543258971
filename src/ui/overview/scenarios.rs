//! The scenario table: headline figures per scenario and year from the engine, the baseline and open
//! markers, per-scenario actions, undo after a removal, and the form for a new scenario.

use super::confirm::unique_id;
use super::message::{Message, SectionMessage};
use super::scenario_new::NewScenario;
use super::scenario_rows::ScenarioRows;
use crate::engine::command::Command;
use crate::engine::model::{Scenario, StatedFigure};
use crate::i18n::overview::scenarios as texts;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// A removed scenario, kept so that "Ångra" can put it back where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// The scenario as it was.
    pub scenario: Scenario,
    /// Its position in the list.
    pub position: usize,
    /// Whether it was the baseline.
    pub was_baseline: bool,
    /// The stated figures removed with it.
    pub stated_figures: Vec<StatedFigure>,
}

/// Shared by the table's rows, the undo button and the new-scenario form.
#[derive(Clone, Copy)]
pub struct ScenarioPanel {
    /// What the last action did.
    pub message: RwSignal<Option<Message>>,
    /// The last removal, until it is undone or another removal replaces it.
    pub undo: RwSignal<Option<Removed>>,
    /// The section heading, focused when the control that had focus disappears.
    pub heading: NodeRef<html::H3>,
}

impl ScenarioPanel {
    /// The panel provided by [`Scenarios`].
    pub fn expect() -> ScenarioPanel {
        expect_context::<ScenarioPanel>()
    }

    /// Moves focus to the section heading.
    pub fn focus_heading(self) {
        if let Some(heading) = self.heading.get_untracked() {
            let _ = heading.focus();
        }
    }
}

/// Applies a command and keeps the same scenario open in the budget (its position may have moved: the
/// one entry point keeps it).
pub fn apply_keeping_open(state: AppState, command: Command) -> Result<(), String> {
    state.apply(command)
}

/// The scenario section of the overview.
#[component]
pub fn Scenarios() -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts::texts(state.lang());
    let panel = ScenarioPanel {
        message: RwSignal::new(None),
        undo: RwSignal::new(None),
        heading: NodeRef::new(),
    };
    provide_context(panel);
    let ids = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.scenarios.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let heading_id = unique_id("fp-scenarios");
    let caption = move || format!("{} ({})", t().caption, state.unit().label());
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-ov-heading" tabindex="-1" node_ref=panel.heading>{move || t().heading}</h3>
            <Show when=move || ids.with(|ids| !ids.is_empty()) fallback=move || view! { <p>{move || t().none}</p> }>
                <div class="fp-table-wrap">
                    <table class="fp-table fp-ov-scenarios">
                        <caption>{caption}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t().year}</th>
                                <th scope="col">{move || state.texts().total_income}</th>
                                <th scope="col">{move || state.texts().total_costs}</th>
                                <th scope="col">{move || state.texts().result}</th>
                                <th scope="col">{move || state.texts().closing_equity}</th>
                                <th scope="col">{move || t().equity}</th>
                            </tr>
                        </thead>
                        <For each=move || ids.get() key=|id| *id let:id>
                            <ScenarioRows id/>
                        </For>
                    </table>
                </div>
            </Show>
            <SectionMessage message=panel.message/>
            <UndoButton/>
            <NewScenario/>
        </section>
    }
}

/// "Ångra" after a removal: puts the scenario back at its place (and as baseline if it was).
#[component]
fn UndoButton() -> impl IntoView {
    let state = AppState::expect();
    let panel = ScenarioPanel::expect();
    let t = move || texts::texts(state.lang());
    let button = NodeRef::<html::Button>::new();
    Effect::new(move |_| {
        if let Some(b) = button.get() {
            let _ = b.focus();
        }
    });
    let undo = move |_| {
        let Some(removed) = panel.undo.get_untracked() else {
            return;
        };
        let name = removed.scenario.name.clone();
        let command = Command::RestoreScenario {
            scenario: removed.scenario,
            position: removed.position,
            stated_figures: removed.stated_figures,
            baseline: removed.was_baseline,
        };
        let outcome = apply_keeping_open(state, command);
        panel.undo.set(None);
        panel.message.set(Some(Message::from_outcome(
            outcome,
            format!("{} {name}", t().restored),
        )));
        panel.focus_heading();
    };
    view! {
        {move || panel.undo.with(|u| u.as_ref().map(|r| r.scenario.name.clone())).map(|name| view! {
            <p class="fp-ov-undo">
                <button type="button" class="fp-button" node_ref=button on:click=undo
                    aria-label=move || format!("{}: {name}", t().undo)>
                    {move || t().undo}
                </button>
            </p>
        })}
    }
}
