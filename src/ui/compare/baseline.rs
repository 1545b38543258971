//! The baseline picker: which of the compared scenarios the others are measured against. The
//! choice is the workspace's baseline (`Command::SetBaseline`), so it is saved and shared with
//! the other pages.

use super::controls::Choice;
use super::selection::{baseline, in_workspace_order};
use crate::engine::command::Command;
use crate::engine::ids::ScenarioId;
use crate::i18n::compare::texts;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A `<select>` over the compared scenarios; choosing one makes it the workspace's baseline.
#[component]
pub fn BaselinePicker(
    /// The compared scenarios.
    choice: Choice,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let refusal = RwSignal::new(None::<String>);
    let options = Memo::new(move |_| {
        let chosen = choice.chosen.get();
        state.data.with(|d| {
            let Some(ws) = d.workspace() else {
                return (Vec::new(), None);
            };
            let names = in_workspace_order(ws, &chosen)
                .into_iter()
                .filter_map(|id| ws.scenario(id).map(|s| (id, s.name.clone())))
                .collect::<Vec<_>>();
            (names, baseline(ws, &chosen))
        })
    });
    let choose = move |value: String| {
        if let Ok(raw) = value.parse::<u32>() {
            let scenario = Some(ScenarioId(raw));
            refusal.set(state.apply(Command::SetBaseline { scenario }).err());
        }
    };
    view! {
        <div class="fp-field">
            <label for="fp-compare-baseline">{move || t().baseline_label}</label>
            <select id="fp-compare-baseline" aria-describedby="fp-compare-baseline-error"
                on:change:target=move |ev| choose(ev.target().value())>
                {move || {
                    let (names, base) = options.get();
                    names.into_iter().map(|(id, name)| view! {
                        <option value=id.0.to_string() prop:selected=base == Some(id)>{name}</option>
                    }).collect_view()
                }}
            </select>
            <span id="fp-compare-baseline-error" class="fp-compare__error" role="alert">{move || refusal.get()}</span>
        </div>
    }
}
