//! An item's links to scenarios: include it in a scenario's cost group, remove it, and give a scenario its
//! own amount for a year (an override) or let it follow the catalogue again.

use crate::engine::catalogue::scenarios_including;
use crate::engine::command::Command;
use crate::engine::ids::{CatalogueItemId, GroupId, LineId, ScenarioId};
use crate::engine::model::{Workspace, Year};
use crate::engine::report::{effective_line_amount, AmountOrigin};
use crate::i18n::catalogue;
use crate::ui::amount_input::AmountInput;
use crate::ui::catalogue::context::CatalogueView;
use crate::ui::overview::confirm::unique_id;
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Names of the scenarios that include `item` and follow the catalogue in at least one of their years.
pub fn following_scenarios(workspace: &Workspace, item: CatalogueItemId) -> Vec<String> {
    scenarios_including(workspace, item)
        .into_iter()
        .filter_map(|inc| {
            let s = workspace.scenario(inc.scenario)?;
            (inc.overridden_years.len() < s.years.len()).then(|| s.name.clone())
        })
        .collect()
}

/// The table of scenarios with this item's place in each.
#[component]
pub fn ItemLinks(id: CatalogueItemId) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let scenarios = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.scenarios.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let heading_id = unique_id("fp-ct-links");
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-ct-heading">{move || t().links_heading}</h3>
            <p class="fp-card__meta">{move || t().links_intro}</p>
            <div class="fp-table-wrap">
                <table class="fp-table fp-ct-links" aria-labelledby=heading_id.clone()>
                    <thead>
                        <tr>
                            <th scope="col">{move || t().scenario}</th>
                            <th scope="col">{move || t().included_in}</th>
                            <th scope="col">{move || t().amount}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || scenarios.get() key=|s| *s let:scenario>
                            <LinkRow item=id scenario/>
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Where the item stands in one scenario: (line, its group's name), if included.
fn placement(
    state: AppState,
    item: CatalogueItemId,
    scenario: ScenarioId,
) -> Option<(LineId, String)> {
    state.data.with(|d| {
        let w = d.workspace()?;
        let inc = scenarios_including(w, item)
            .into_iter()
            .find(|i| i.scenario == scenario)?;
        let s = w.scenario(scenario)?;
        let (g, _) = s.cost_line_position(inc.line)?;
        Some((inc.line, s.groups.get(g)?.name.clone()))
    })
}

/// One scenario's row.
#[component]
fn LinkRow(item: CatalogueItemId, scenario: ScenarioId) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let name = move || {
        state
            .data
            .with(|d| {
                d.workspace()
                    .and_then(|w| w.scenario(scenario))
                    .map(|s| s.name.clone())
            })
            .unwrap_or_default()
    };
    let placed = Memo::new(move |_| placement(state, item, scenario));
    view! {
        <tr>
            <th scope="row">{name}</th>
            {move || match placed.get() {
                Some((line, group)) => view! {
                    <td>
                        <span class="fp-ct-group-name">{group}</span>" "
                        <ExcludeButton scenario line name=Signal::derive(name)/>
                    </td>
                    <td><Overrides scenario line name=Signal::derive(name)/></td>
                }.into_any(),
                None => view! {
                    <td><IncludeForm item scenario name=Signal::derive(name)/></td>
                    <td>{move || t().not_included}</td>
                }.into_any(),
            }}
        </tr>
    }
}

/// Cost group select and "Ta med".
#[component]
fn IncludeForm(item: CatalogueItemId, scenario: ScenarioId, name: Signal<String>) -> impl IntoView {
    let state = AppState::expect();
    let view = CatalogueView::expect();
    let t = move || catalogue::texts(state.lang());
    let groups = move || {
        state.data.with(|d| {
            d.workspace()
                .and_then(|w| w.scenario(scenario))
                .map(|s| {
                    s.groups
                        .iter()
                        .map(|g| (g.id, g.name.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    let chosen = RwSignal::new(groups().first().map(|g| g.0));
    let select_id = unique_id("fp-ct-include");
    let include = move |_| {
        let Some(group) = chosen.get_untracked() else {
            return;
        };
        let item_name = state.data.with_untracked(|d| {
            d.workspace()
                .and_then(|w| w.catalogue_item(item))
                .map(|c| c.name.clone())
        });
        let outcome = state.apply(Command::AddLine {
            scenario,
            group,
            name: item_name.unwrap_or_default(),
            catalogue_item: Some(item),
        });
        view.message.set(Some(Message::from_outcome(
            outcome,
            format!("{} {}", t().include, name.get_untracked()),
        )));
    };
    let pick = move |value: String| chosen.set(value.parse::<u32>().ok().map(GroupId));
    view! {
        <span class="fp-ct-include">
            <label for=select_id.clone() class="fp-visually-hidden">
                {move || format!("{} ({})", t().group, name.get())}
            </label>
            <select id=select_id on:change:target=move |ev| pick(ev.target().value())>
                {groups().into_iter().map(|(g, gname)| view! {
                    <option value=g.0.to_string() selected=move || chosen.get() == Some(g)>{gname}</option>
                }).collect_view()}
            </select>
            <button type="button" class="fp-button" on:click=include
                aria-label=move || format!("{}: {}", t().include, name.get())>{move || t().include}</button>
        </span>
    }
}

/// "Ta bort ur scenariot".
#[component]
fn ExcludeButton(scenario: ScenarioId, line: LineId, name: Signal<String>) -> impl IntoView {
    let state = AppState::expect();
    let view = CatalogueView::expect();
    let t = move || catalogue::texts(state.lang());
    let exclude = move |_| {
        let outcome = state.apply(Command::RemoveLine { scenario, line });
        view.message.set(Some(Message::from_outcome(
            outcome,
            format!("{}: {}", t().exclude, name.get_untracked()),
        )));
    };
    view! {
        <button type="button" class="fp-button" on:click=exclude
            aria-label=move || format!("{}: {}", t().exclude, name.get())>{move || t().exclude}</button>
    }
}

/// One amount field per scenario year, marked "följer katalogen" or "eget belopp".
#[component]
fn Overrides(scenario: ScenarioId, line: LineId, name: Signal<String>) -> impl IntoView {
    let state = AppState::expect();
    let years = move || {
        state.data.with(|d| {
            d.workspace()
                .and_then(|w| w.scenario(scenario))
                .map(|s| s.years.iter().map(|y| y.year).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    view! {
        <ul class="fp-ct-overrides">
            {years().into_iter().map(|year| view! { <YearOverride scenario line year name/> }).collect_view()}
        </ul>
    }
}

/// The amount of one line in one year, read from the engine.
fn line_amount(
    state: AppState,
    scenario: ScenarioId,
    line: LineId,
    year: Year,
) -> Option<(Decimal, bool)> {
    state.data.with(|d| {
        let w = d.workspace()?;
        let s = w.scenario(scenario)?;
        let (g, l) = s.cost_line_position(line)?;
        let cost_line = s.groups.get(g)?.lines.get(l)?;
        let (money, origin) = effective_line_amount(w, cost_line, year).ok()?;
        Some((money.amount(), matches!(origin, AmountOrigin::Override(_))))
    })
}

#[component]
fn YearOverride(
    scenario: ScenarioId,
    line: LineId,
    year: Year,
    name: Signal<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let amount = Memo::new(move |_| line_amount(state, scenario, line, year));
    let value = Signal::derive(move || amount.get().map(|a| a.0).unwrap_or_default());
    let overridden = move || amount.get().is_some_and(|a| a.1);
    let label = Signal::derive(move || format!("{} {} {year}", t().amount_in, name.get()));
    let commit = move |amount: Decimal| {
        state.apply(Command::SetLineAmount {
            scenario,
            line,
            year,
            amount: crate::engine::money::Money::new(amount),
        })
    };
    let clear = move |_| {
        let _ = state.apply(Command::ClearLineOverride {
            scenario,
            line,
            year,
        });
    };
    view! {
        <li class="fp-ct-override">
            <span class="fp-ct-override__year">{year}</span>
            <AmountInput value label on_commit=commit cost=true/>
            <span class="fp-ct-badge" class:fp-ct-badge--own=overridden>
                {move || if overridden() { t().overridden } else { t().follows_catalogue }}
            </span>
            {move || overridden().then(|| view! {
                <button type="button" class="fp-button" on:click=clear
                    aria-label=move || format!("{}: {} {year}", t().use_catalogue_amount, name.get())>
                    {move || t().use_catalogue_amount}
                </button>
            })}
        </li>
    }
}
