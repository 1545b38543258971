//! The page header: app name, the workspace and scenario pickers, the kr / t kr toggle and the language button.

use super::state::AppState;
use crate::engine::money_text::DisplayUnit;
use leptos::prelude::*;

/// App name and the controls that choose what is shown.
#[component]
pub fn Header() -> impl IntoView {
    let state = AppState::expect();
    let t = move || state.texts();
    let switch_language = move |_| state.data.update(|d| d.lang = d.lang.other());
    view! {
        <header class="fp-header">
            <div>
                <h1 class="fp-header__title">{move || t().app_name}</h1>
                <p class="fp-header__tagline">{move || t().tagline}</p>
            </div>
            <div class="fp-header__tools">
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
    let names = move || {
        state.data.with(|d| {
            d.workspaces
                .iter()
                .map(|w| w.name.clone())
                .collect::<Vec<_>>()
        })
    };
    let selected = move || state.data.with(|d| d.active_workspace.to_string());
    let choose = move |value: String| {
        if let Ok(index) = value.parse::<usize>() {
            state.data.update(|d| {
                if index < d.workspaces.len() {
                    d.active_workspace = index;
                    d.active_scenario = 0;
                }
            });
        }
    };
    view! {
        <div class="fp-field">
            <label for="fp-pick-workspace">{move || state.texts().workspace}</label>
            <select id="fp-pick-workspace" prop:value=selected on:change:target=move |ev| choose(ev.target().value())>
                {move || options(names(), &selected())}
            </select>
        </div>
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
                .unwrap_or_default()
        })
    };
    let selected = move || state.data.with(|d| d.active_scenario.to_string());
    let choose = move |value: String| {
        if let Ok(index) = value.parse::<usize>() {
            state.data.update(|d| d.active_scenario = index);
        }
    };
    view! {
        <div class="fp-field">
            <label for="fp-pick-scenario">{move || state.texts().scenario}</label>
            <select id="fp-pick-scenario" prop:value=selected on:change:target=move |ev| choose(ev.target().value())>
                {move || options(names(), &selected())}
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
        state.data.update(|d| {
            if let Some(w) = d.workspace_mut() {
                w.settings.display_unit = unit;
            }
        });
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

/// `<option>`s for the given names, valued by index.
fn options(names: Vec<String>, selected: &str) -> impl IntoView {
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| {
            let value = i.to_string();
            let is_selected = value == selected;
            view! { <option value=value selected=is_selected>{name}</option> }
        })
        .collect_view()
}
