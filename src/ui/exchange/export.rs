//! Export: the whole open förbund as JSON, one chosen scenario as JSON (with the catalogue items it uses)
//! or as CSV for Excel. The engine writes the files and names them; the browser downloads them.

use crate::engine::csv::scenario_csv;
use crate::engine::exchange::{export_scenario, export_workspace, file_name};
use crate::engine::ids::ScenarioId;
use crate::engine::model::{IsoDate, Workspace};
use crate::i18n::{exchange, Lang};
use crate::persisted::Persisted;
use crate::storage::clock_now;
use crate::ui::download::download_text;
use crate::ui::overview::confirm::unique_id;
use crate::ui::overview::message::{Message, SectionMessage};
use crate::ui::state::AppState;
use leptos::prelude::*;

const JSON: &str = "application/json;charset=utf-8";
const CSV: &str = "text/csv;charset=utf-8";

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum What {
    Workspace,
    ScenarioJson(ScenarioId),
    ScenarioCsv(ScenarioId),
}

/// The export buttons and the scenario select.
#[component]
pub fn ExportSection() -> impl IntoView {
    let state = AppState::expect();
    let t = move || exchange::texts(state.lang());
    let message = RwSignal::new(None::<Message>);
    let selected = RwSignal::new(None::<u32>);
    let select_id = unique_id("fp-ex-scenario");
    let chosen = move || state.data.with(|d| chosen_scenario(d, selected.get()));
    let scenarios = move || {
        state.data.with(|d| {
            d.workspace().map_or_else(Vec::new, |w| {
                w.scenarios
                    .iter()
                    .map(|s| (s.id.0, s.name.clone()))
                    .collect::<Vec<_>>()
            })
        })
    };
    let run = move |what: What| {
        let outcome = export(state, what);
        if outcome.is_ok() && what == What::Workspace {
            // The status line shows the date; a failure here is shown by the status region itself.
            let _ = state.mark_exported();
        }
        message.set(Some(match outcome {
            Ok(name) => Message::Done(format!("{} {name}", t().exported)),
            Err(reason) => Message::Refused(format!("{} {reason}", t().export_failed)),
        }));
    };
    let on_scenario = move |what: fn(ScenarioId) -> What| {
        move |_| {
            if let Some(id) = chosen() {
                run(what(id));
            }
        }
    };
    view! {
        <section class="fp-card fp-ex-export" aria-labelledby="fp-ex-export-heading">
            <h3 id="fp-ex-export-heading">{move || t().export_heading}</h3>
            <p>{move || t().export_intro}</p>
            <p>
                <button type="button" class="fp-button" on:click=move |_| run(What::Workspace)>
                    {move || t().export_workspace}
                </button>
            </p>
            <div class="fp-ex-row">
                <label class="fp-field" for=select_id.clone()>
                    {move || t().scenario}
                    <select id=select_id.clone()
                        on:change=move |ev| selected.set(event_target_value(&ev).parse().ok())>
                        {move || scenarios().into_iter().map(|(id, name)| {
                            let is_chosen = move || chosen().map(|c| c.0) == Some(id);
                            view! { <option value=id.to_string() selected=is_chosen>{name}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <button type="button" class="fp-button" on:click=on_scenario(What::ScenarioJson)>
                    {move || t().export_scenario}
                </button>
                <button type="button" class="fp-button" on:click=on_scenario(What::ScenarioCsv)>
                    {move || t().export_csv}
                </button>
            </div>
            <SectionMessage message/>
        </section>
    }
}

/// The chosen scenario if it is in the open förbund, else the open scenario.
fn chosen_scenario(data: &Persisted, selected: Option<u32>) -> Option<ScenarioId> {
    let workspace = data.workspace()?;
    selected
        .map(ScenarioId)
        .filter(|id| workspace.scenario(*id).is_some())
        .or_else(|| workspace.scenarios.get(data.scenario_index()).map(|s| s.id))
}

/// Writes and downloads the file; its name, or why not.
fn export(state: AppState, what: What) -> Result<String, String> {
    let lang = state.lang();
    let t = exchange::texts(lang);
    let date = IsoDate::parse(&clock_now().today).ok_or_else(|| t.export_failed.to_string())?;
    let (name, mime, text) = state.data.with_untracked(|d| {
        let workspace = d.workspace().ok_or_else(|| t.no_workspace.to_string())?;
        write(workspace, what, date, lang)
    })?;
    download_text(&name, mime, &text)?;
    Ok(name)
}

/// The file's name, MIME type and text.
fn write(
    workspace: &Workspace,
    what: What,
    date: IsoDate,
    lang: Lang,
) -> Result<(String, &'static str, String), String> {
    let scenario_name = |id: ScenarioId| workspace.scenario(id).map(|s| s.name.as_str());
    let pick = |sv: String, en: String| if lang == Lang::Sv { sv } else { en };
    match what {
        What::Workspace => {
            let text = export_workspace(workspace, date)
                .map_err(|e| pick(e.message_sv(), e.message_en()))?;
            Ok((file_name(&workspace.name, None, date), JSON, text))
        }
        What::ScenarioJson(id) => {
            let text = export_scenario(workspace, id, date)
                .map_err(|e| pick(e.message_sv(), e.message_en()))?;
            Ok((
                file_name(&workspace.name, scenario_name(id), date),
                JSON,
                text,
            ))
        }
        What::ScenarioCsv(id) => {
            let text =
                scenario_csv(workspace, id).map_err(|e| pick(e.message_sv(), e.message_en()))?;
            let json_name = file_name(&workspace.name, scenario_name(id), date);
            let name = format!("{}.csv", json_name.trim_end_matches(".json"));
            Ok((name, CSV, text))
        }
    }
}
