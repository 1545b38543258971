//! The page header: app name, the workspace and scenario pickers, the kr / t kr toggle and the language button.

use super::state::AppState;
use crate::change::AppCommand;
use crate::engine::money_text::DisplayUnit;
use leptos::prelude::*;

/// App name and the controls that choose what is shown.
#[component]
pub fn Header() -> impl IntoView {
    let state = AppState::expect();
    let t = move || state.texts();
    let switch_language = move |_| {
        let _ = state.dispatch(AppCommand::SetLang(state.lang().other()));
    };
    view! {
        <header class="fp-header">
            <div>
                <h1 class="fp-header__title">{move || t().app_name}</h1>
                <p class="fp-header__tagline">{move || t().tagline}</p>
            </div>
            <div class="fp-header__tools">
                <super::history_tools::UndoRedo/>
                <super::meeting::MeetingButton/>
                <WorkspacePicker/>
                <ScenarioPicker/>
                <UnitPicker/>
                <button type="button" class="fp-button" on:click=switch_language>
                    {move || t().switch_language}
                </button>
            </div>
        </header>
    }
}

/// Chooses the open workspace (förbund).
#[component]
fn WorkspacePicker() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <IndexPicker
            id="fp-pick-workspace"
            label=move || state.texts().workspace
            names=move || state.data.with(|d| d.workspaces.iter().map(|w| w.name.clone()).collect())
            selected=move || state.data.with(|d| d.active_workspace)
            choose=move |index| {
                let _ = state.dispatch(AppCommand::Open { workspace: index, scenario: 0 });
            }
        />
    }
}

/// Chooses the open scenario of the open workspace.
#[component]
fn ScenarioPicker() -> impl IntoView {
    let state = AppState::expect();
    let names = move || {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.scenarios.iter().map(|s| s.name.clone()).collect())
        })
    };
    view! {
        <IndexPicker
            id="fp-pick-scenario"
            label=move || state.texts().scenario
            names=move || names().unwrap_or_default()
            selected=move || state.data.with(|d| d.scenario_index())
            choose=move |index| {
                let workspace = state.data.with_untracked(|d| d.active_workspace);
                let _ = state.dispatch(AppCommand::Open { workspace, scenario: index });
            }
        />
    }
}

/// A labelled `<select>` over a list of names, reporting the chosen index.
#[component]
fn IndexPicker(
    id: &'static str,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
    names: impl Fn() -> Vec<String> + Send + Sync + 'static,
    selected: impl Fn() -> usize + Copy + Send + Sync + 'static,
    choose: impl Fn(usize) + Send + Sync + 'static,
) -> impl IntoView {
    let on_change = move |value: String| {
        if let Ok(index) = value.parse::<usize>() {
            choose(index);
        }
    };
    view! {
        <div class="fp-field">
            <label for=id>{label}</label>
            <select id=id prop:value=move || selected().to_string() on:change:target=move |ev| on_change(ev.target().value())>
                {move || {
                    names().into_iter().enumerate().map(|(i, name)| view! {
                        <option value=i.to_string() selected=i == selected()>{name}</option>
                    }).collect_view()
                }}
            </select>
        </div>
    }
}

/// Chooses kr or t kr for the open workspace.
#[component]
fn UnitPicker() -> impl IntoView {
    let state = AppState::expect();
    let selected = move || {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.settings.display_unit)
                .unwrap_or_default()
        })
    };
    let choose = move |value: String| {
        let unit = if value == "tkr" {
            DisplayUnit::Tkr
        } else {
            DisplayUnit::Kr
        };
        let _ = state.dispatch(AppCommand::SetDisplayUnit(unit));
    };
    view! {
        <div class="fp-field">
            <label for="fp-pick-unit">{move || state.texts().display_unit}</label>
            <select
                id="fp-pick-unit"
                prop:value=move || if selected() == DisplayUnit::Tkr { "tkr" } else { "kr" }
                on:change:target=move |ev| choose(ev.target().value())
            >
                <option value="kr">"kr"</option>
                <option value="tkr">"t kr"</option>
            </select>
        </div>
    }
}
