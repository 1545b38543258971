//! The preview of a pasted table: what was found (rows, years, unit), one row per pasted line with its
//! amounts and a select for what it is, the new förbund's name, and "Skapa förbundet" / "Avbryt".

use super::KINDS;
use crate::change::AppCommand;
use crate::engine::command::Command;
use crate::engine::command::MAX_NAME_CHARS;
use crate::engine::paste::build::{scenario_for, workspace_from};
use crate::engine::paste::findings::span as year_span;
use crate::engine::paste::source::source_check;
use crate::engine::paste::{PastedRow, PastedTable};
use crate::i18n::paste;
use crate::ui::overview::confirm::unique_id;
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// The preview of `table` (nothing while it is `None`).
#[component]
pub fn PastePreview(
    table: RwSignal<Option<PastedTable>>,
    document: RwSignal<Option<String>>,
    message: RwSignal<Option<Message>>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || paste::texts(state.lang());
    let name_ref = NodeRef::<html::Input>::new();
    let name_id = unique_id("fp-paste-name");
    // false: a new förbund; true: a new scenario in the open one.
    let into_open = RwSignal::new(false);
    let open_name = move || {
        state
            .data
            .with(|d| d.workspace().map(|w| w.name.clone()).unwrap_or_default())
    };
    let create = move |_| {
        let name = name_ref
            .get_untracked()
            .map(|i| i.value())
            .unwrap_or_default()
            .trim()
            .to_string();
        if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
            message.set(Some(Message::Refused(t().empty_name.to_string())));
            return;
        }
        let Some(pasted) = table.get_untracked() else {
            return;
        };
        let text = document.get_untracked();
        let outcome = if into_open.get_untracked() {
            add_scenario(state, &pasted, text.as_deref(), &name).map(|()| {
                t().created_scenario
                    .replace("{name}", &name)
                    .replace("{forbund}", &open_name())
            })
        } else {
            let mut workspace = Box::new(workspace_from(&pasted, &name));
            let check = source_check(&pasted, text.as_deref(), &workspace.settings.equity_steps);
            if let Some(scenario) = workspace.scenarios.first_mut() {
                scenario.source_check = Some(Box::new(check));
            }
            state
                .dispatch(AppCommand::AddWorkspace(workspace))
                .map(|_| t().created.replace("{name}", &name))
        };
        match outcome {
            Ok(done) => {
                table.set(None);
                message.set(Some(Message::Done(done)));
            }
            Err(reason) => message.set(Some(Message::Refused(reason))),
        }
    };
    let choose_target = move |scenario: bool| {
        into_open.set(scenario);
        if let (Some(input), Some(pasted)) = (name_ref.get_untracked(), table.get_untracked()) {
            input.set_value(&default_name(&pasted, scenario));
        }
    };
    // Re-drawn for a newly read table, not when a row's kind changes (the select keeps its focus).
    let read = Memo::new(move |_| {
        table.with(|t| {
            t.as_ref().map(|t| {
                let rows: Vec<_> = t
                    .rows
                    .iter()
                    .map(|r| (r.line, r.label.clone(), r.cells.clone()))
                    .collect();
                (t.years.clone(), t.title.clone(), rows)
            })
        })
    });
    move || {
        read.with(|_| ());
        table.get_untracked().map(|pasted| {
            let summary = summary(t(), &pasted);
            let default_name = default_name(&pasted, into_open.get_untracked());
            let years = pasted.years.clone();
            let name_id = name_id.clone();
            view! {
                <div class="fp-paste__preview" data-testid="paste-preview">
                    <h4>{t().preview_heading}</h4>
                    <p>{summary}</p>
                    <div class="fp-table-wrap">
                        <table class="fp-table fp-paste__table">
                            <thead>
                                <tr>
                                    <th scope="col">{t().line}</th>
                                    <th scope="col">{t().label}</th>
                                    {years.iter().map(|y| view! { <th scope="col">{y.to_string()}</th> }).collect_view()}
                                    <th scope="col">{t().kind}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {pasted.rows.iter().enumerate().map(|(index, row)| view! {
                                    <PreviewRow index row=row.clone() columns=years.len() table/>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <super::check::TableCheck table document into_open message/>
                    <fieldset class="fp-paste__target">
                        <legend>{t().target}</legend>
                        <label>
                            <input type="radio" name="fp-paste-target" checked=move || !into_open.get()
                                on:change=move |_| choose_target(false)/>
                            {t().target_workspace}
                        </label>
                        <label>
                            <input type="radio" name="fp-paste-target" checked=move || into_open.get()
                                on:change=move |_| choose_target(true)/>
                            {move || t().target_scenario.replace("{name}", &open_name())}
                        </label>
                    </fieldset>
                    <div class="fp-field">
                        <label for=name_id.clone()>
                            {move || if into_open.get() { t().scenario_name } else { t().name }}
                        </label>
                        <input id=name_id type="text" autocomplete="off" node_ref=name_ref value=default_name/>
                    </div>
                    <div class="fp-paste__actions">
                        <button type="button" class="fp-button" on:click=create>
                            {move || if into_open.get() { t().create_scenario } else { t().create }}
                        </button>
                        <button type="button" class="fp-button"
                            on:click=move |_| table.set(None)>{t().cancel}</button>
                    </div>
                </div>
            }
        })
    }
}

/// One pasted row: line, label, amounts and the select of its kind.
#[component]
fn PreviewRow(
    index: usize,
    row: PastedRow,
    columns: usize,
    table: RwSignal<Option<PastedTable>>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || paste::texts(state.lang());
    let unit = table
        .with_untracked(|t| t.as_ref().map(|t| t.unit))
        .unwrap_or_default();
    let chosen = KINDS
        .iter()
        .position(|k| *k == row.kind)
        .unwrap_or(KINDS.len() - 1);
    let on_change = move |ev: leptos::ev::Event| {
        let Some(kind) = event_target_value(&ev)
            .parse::<usize>()
            .ok()
            .and_then(|i| KINDS.get(i))
        else {
            return;
        };
        table.update(|t| {
            if let Some(row) = t.as_mut().and_then(|t| t.rows.get_mut(index)) {
                row.kind = *kind;
            }
        });
    };
    let cells = (0..columns).map(|i| row.cells.get(i).copied().flatten());
    let select_label = t().kind_for.replace("{label}", &row.label);
    view! {
        <tr>
            <td>{row.line}</td>
            <th scope="row">
                {row.label.clone()}
                {row.ambiguous.then(|| view! { <span class="fp-paste__note">{format!(" – {}", t().ambiguous)}</span> })}
            </th>
            {cells.map(|c| view! { <td>{c.map(|a| unit.format_plain(a))}</td> }).collect_view()}
            <td>
                <select aria-label=select_label on:change=on_change>
                    {t().kinds.iter().enumerate().map(|(i, name)| view! {
                        <option value=i.to_string() selected=i == chosen>{*name}</option>
                    }).collect_view()}
                </select>
            </td>
        </tr>
    }
}

fn summary(t: &paste::PasteTexts, table: &PastedTable) -> String {
    t.found
        .replace("{rows}", &table.rows.len().to_string())
        .replace("{years}", &year_span(&table.years))
        .replace("{unit}", table.unit.label())
}

/// The name offered: the document's heading for a förbund, "Budget <first year> (inklistrad)" for a scenario.
fn default_name(table: &PastedTable, scenario: bool) -> String {
    if scenario {
        let first = table.years.first().copied().unwrap_or_default();
        format!("Budget {first} (inklistrad)")
    } else {
        table.title.clone().unwrap_or_default()
    }
}

/// Adds `table` (with the check of it and of the document's `text`) as the scenario `name` of the open
/// förbund (one undoable step) and opens it.
fn add_scenario(
    state: AppState,
    table: &PastedTable,
    text: Option<&str>,
    name: &str,
) -> Result<(), String> {
    let built = state.data.with_untracked(|d| {
        d.workspace().map(|w| {
            scenario_for(w, table, name).map(|(mut scenario, stated)| {
                let check = source_check(table, text, &w.settings.equity_steps);
                scenario.source_check = Some(Box::new(check));
                (scenario, stated)
            })
        })
    });
    let (scenario, stated_figures) = match built {
        Some(Ok(built)) => built,
        Some(Err(error)) => return Err(super::refusal(&error, state.lang())),
        None => {
            return Err(crate::i18n::exchange::texts(state.lang())
                .no_workspace
                .to_string())
        }
    };
    state.apply(Command::AddPastedScenario {
        scenario,
        stated_figures,
    })?;
    let (workspace, last) = state.data.with_untracked(|d| {
        (
            d.active_workspace,
            d.workspace()
                .map_or(0, |w| w.scenarios.len().saturating_sub(1)),
        )
    });
    // Opening is a view choice, not a change of the data.
    let _ = state.dispatch(AppCommand::Open {
        workspace,
        scenario: last,
    });
    Ok(())
}
