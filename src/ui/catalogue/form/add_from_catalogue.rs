//! On the budget page, under each cost group: pick a catalogue item the scenario does not have yet and add
//! it to the group (its amounts then come from the catalogue).

use crate::engine::catalogue::scenarios_including;
use crate::engine::command::Command;
use crate::engine::ids::{CatalogueItemId, GroupId, ScenarioId};
use crate::i18n::catalogue;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Catalogue items not yet in the scenario: id and name.
fn addable(state: AppState, scenario: ScenarioId) -> Vec<(CatalogueItemId, String)> {
    state.data.with(|d| {
        let Some(w) = d.workspace() else {
            return Vec::new();
        };
        w.catalogue
            .iter()
            .filter(|c| {
                scenarios_including(w, c.id)
                    .iter()
                    .all(|inc| inc.scenario != scenario)
            })
            .map(|c| (c.id, c.name.clone()))
            .collect()
    })
}

/// The picker and its button, for one cost group.
#[component]
pub fn AddFromCatalogue(
    scenario: ScenarioId,
    group: GroupId,
    /// The group's name, for the accessible label.
    #[prop(into)]
    group_name: Signal<String>,
    /// Reports the outcome (done text or refusal) to the caller's message line.
    #[prop(into)]
    on_done: Callback<Result<(), String>>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let items = Memo::new(move |_| addable(state, scenario));
    let chosen = RwSignal::new(None::<CatalogueItemId>);
    let id = unique_id("fp-add-from-catalogue");
    let add = move |_| {
        let pick = chosen
            .get_untracked()
            .or_else(|| items.get_untracked().first().map(|i| i.0));
        let Some(item) = pick else { return };
        let name = items
            .get_untracked()
            .into_iter()
            .find(|i| i.0 == item)
            .map(|i| i.1)
            .unwrap_or_default();
        let outcome = state.apply(Command::AddLine {
            scenario,
            group,
            name,
            catalogue_item: Some(item),
        });
        chosen.set(None);
        on_done.run(outcome);
    };
    let pick = move |v: String| chosen.set(v.parse::<u32>().ok().map(CatalogueItemId));
    view! {
        <Show when=move || !items.with(Vec::is_empty)
            fallback=move || view! { <span class="fp-ct-hint">{move || t().nothing_to_add}</span> }>
            <span class="fp-ct-include">
                <label for=id.clone()>{move || t().add_from_catalogue}</label>
                <select id=id.clone() aria-label=move || format!("{} ({})", t().add_from_catalogue, group_name.get())
                    on:change:target=move |ev| pick(ev.target().value())>
                    {move || items.get().into_iter().map(|(i, name)| view! {
                        <option value=i.0.to_string() selected=move || chosen.get() == Some(i)>{name}</option>
                    }).collect_view()}
                </select>
                <button type="button" class="fp-button" on:click=add
                    aria-label=move || format!("{}: {} ({})", t().add, t().add_from_catalogue, group_name.get())>
                    {move || t().add}
                </button>
            </span>
        </Show>
    }
}
