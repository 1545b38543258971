//! The actions on one scenario: open in the budget, rename, duplicate, baseline on/off and remove (with
//! confirmation; "Ångra" then offers to put it back).

use super::confirm::ConfirmButton;
use super::message::Message;
use super::rename::RenameControl;
use super::scenarios::{apply_keeping_open, Removed, ScenarioPanel};
use crate::engine::command::Command;
use crate::engine::ids::ScenarioId;
use crate::i18n::overview::{self, scenarios as texts};
use crate::ui::route::Page;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The buttons of one scenario's heading row.
#[component]
pub fn ScenarioActions(
    /// The scenario.
    id: ScenarioId,
    /// Its name (for accessible names and the copy's name).
    name: Signal<String>,
    /// Whether it is the baseline.
    baseline: Signal<bool>,
) -> impl IntoView {
    let state = AppState::expect();
    let panel = ScenarioPanel::expect();
    let t = move || texts::texts(state.lang());
    let open = move |_| open_in_budget(state, id);
    let rename = move |new: String| {
        apply_keeping_open(
            state,
            Command::RenameScenario {
                scenario: id,
                name: new,
            },
        )
    };
    let duplicate = move |_| {
        let copy = format!("{} {}", name.get_untracked(), t().copy_suffix);
        let command = Command::DuplicateScenario {
            scenario: id,
            name: copy.clone(),
        };
        let outcome = apply_keeping_open(state, command);
        panel.message.set(Some(Message::from_outcome(
            outcome,
            format!("{} {copy}", t().copied),
        )));
    };
    let toggle_baseline = move |_| {
        let scenario = (!baseline.get_untracked()).then_some(id);
        if let Err(reason) = state.apply(Command::SetBaseline { scenario }) {
            panel.message.set(Some(Message::Refused(reason)));
        }
    };
    let remove = move |_| remove_scenario(state, panel, id);
    let label = move |text: &'static str| format!("{text}: {}", name.get());
    let remove_text = Signal::derive(move || overview::texts(state.lang()).remove.to_string());
    let question = Signal::derive(move || {
        format!(
            "{} {}?",
            overview::texts(state.lang()).are_you_sure,
            name.get()
        )
    });
    view! {
        <button type="button" class="fp-button" aria-label=move || label(t().open) on:click=open>
            {move || t().open}
        </button>
        <RenameControl name on_save=rename/>
        <button type="button" class="fp-button" aria-label=move || label(t().duplicate) on:click=duplicate>
            {move || t().duplicate}
        </button>
        <button type="button" class="fp-button" aria-pressed=move || baseline.get().to_string()
            aria-label=move || label(t().baseline) on:click=toggle_baseline>
            {move || t().baseline}
        </button>
        <ConfirmButton action=remove_text subject=name question on_confirm=remove/>
    }
}

/// Opens the scenario in the budget page.
fn open_in_budget(state: AppState, id: ScenarioId) {
    let (workspace, position) = state.data.with_untracked(|d| {
        let position = d
            .workspace()
            .and_then(|w| w.scenarios.iter().position(|s| s.id == id));
        (d.active_workspace, position)
    });
    if let Some(scenario) = position {
        let _ = state.dispatch(crate::change::AppCommand::Open {
            workspace,
            scenario,
        });
    }
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(&Page::Budget.hash());
    }
}

/// Removes the scenario and keeps what "Ångra" needs to restore it.
fn remove_scenario(state: AppState, panel: ScenarioPanel, id: ScenarioId) {
    let saved = state.data.with_untracked(|d| {
        let w = d.workspace()?;
        let position = w.scenarios.iter().position(|s| s.id == id)?;
        let scenario = w.scenarios.get(position)?.clone();
        Some(Removed {
            scenario,
            position,
            was_baseline: w.baseline == Some(id),
            stated_figures: w
                .stated_figures
                .iter()
                .filter(|f| f.scenario == id)
                .cloned()
                .collect(),
        })
    });
    let name = saved
        .as_ref()
        .map(|r| r.scenario.name.clone())
        .unwrap_or_default();
    let outcome = apply_keeping_open(state, Command::RemoveScenario { scenario: id });
    if outcome.is_ok() {
        panel.undo.set(saved);
    }
    let done = format!("{} {name}", texts::texts(state.lang()).removed);
    panel
        .message
        .set(Some(Message::from_outcome(outcome, done)));
    if panel.undo.with_untracked(Option::is_none) {
        panel.focus_heading();
    }
}
