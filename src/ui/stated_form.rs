//! "Ange en siffra enligt dokumentet": a small form under the document check that adds (or replaces) a figure
//! typed from the förbund's own document — which total, which year, the amount and where it is printed — and
//! the button that removes one. Both go through `dispatch` (one undoable step each).

use super::state::AppState;
use crate::engine::command::Command;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{FigureRef, StatedFigure, Workspace, Year};
use crate::engine::money::Money;
use crate::engine::money_text::parse_amount_in;
use crate::i18n::document;
use crate::ui::overview::confirm::unique_id;
use crate::ui::overview::message::{Message, SectionMessage};
use leptos::html;
use leptos::prelude::*;

/// The totals a document prints, named as on the Budget page, for the scenario `id`.
pub fn figure_choices(
    ws: &Workspace,
    id: ScenarioId,
    t: &document::DocumentTexts,
) -> Vec<(FigureRef, String)> {
    let Some(scenario) = ws.scenario(id) else {
        return Vec::new();
    };
    let mut list = vec![
        (FigureRef::Contributions, t.contributions.to_string()),
        (FigureRef::OtherIncomeTotal, t.other_income.to_string()),
        (FigureRef::IncomeTotal, t.income.to_string()),
        (FigureRef::OpeningEquity, t.opening.to_string()),
        (FigureRef::AvailableFunds, t.available.to_string()),
    ];
    list.extend(scenario.groups.iter().map(|g| {
        (
            FigureRef::GroupTotal(g.id),
            format!("{} {}", t.subtotal, g.name),
        )
    }));
    list.push((FigureRef::CostsTotal, t.costs.to_string()));
    list.push((FigureRef::Result, t.result.to_string()));
    list.push((FigureRef::ClosingEquity, t.closing.to_string()));
    list.extend(ws.parties.iter().map(|p| {
        (
            FigureRef::PartyContribution(p.id),
            format!("{}: {}", t.paid_by, p.name),
        )
    }));
    list
}

/// The form for the open scenario.
#[component]
pub fn StatedForm() -> impl IntoView {
    let state = AppState::expect();
    let t = move || document::texts(state.lang());
    let message = RwSignal::new(None::<Message>);
    let open = Memo::new(move |_| {
        state.data.with(|d| {
            let ws = d.workspace()?;
            let scenario = ws.scenarios.get(d.scenario_index())?;
            let years: Vec<Year> = scenario.years.iter().map(|y| y.year).collect();
            Some((
                scenario.id,
                years,
                figure_choices(ws, scenario.id, document::texts(d.lang)),
            ))
        })
    });
    let (figure_ref, year_ref) = (
        NodeRef::<html::Select>::new(),
        NodeRef::<html::Select>::new(),
    );
    let (amount_ref, source_ref) = (NodeRef::<html::Input>::new(), NodeRef::<html::Input>::new());
    let ids = [
        unique_id("fp-stated-figure"),
        unique_id("fp-stated-year"),
        unique_id("fp-stated-amount"),
        unique_id("fp-stated-source"),
    ];
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((scenario, years, choices)) = open.get_untracked() else {
            return;
        };
        let value =
            |r: NodeRef<html::Select>| r.get_untracked().map(|s| s.value()).unwrap_or_default();
        let chosen = value(figure_ref)
            .parse::<usize>()
            .ok()
            .and_then(|i| choices.get(i).cloned());
        let year = value(year_ref)
            .parse::<Year>()
            .ok()
            .filter(|y| years.contains(y));
        let text = amount_ref
            .get_untracked()
            .map(|i| i.value())
            .unwrap_or_default();
        let (Some((what, name)), Some(year)) = (chosen, year) else {
            return;
        };
        let amount = match parse_amount_in(&text, state.unit()) {
            Ok(amount) => Money::new(amount),
            Err(error) => {
                message.set(Some(Message::Refused(error.message_sv())));
                return;
            }
        };
        let typed = source_ref
            .get_untracked()
            .map(|i| i.value())
            .unwrap_or_default();
        let source = if typed.trim().is_empty() {
            name.clone()
        } else {
            typed.trim().to_string()
        };
        let figure = StatedFigure {
            scenario,
            year,
            what,
            amount,
            source,
        };
        let outcome = state.apply(Command::SetStatedFigure { figure });
        if outcome.is_ok() {
            for input in [amount_ref, source_ref] {
                if let Some(field) = input.get_untracked() {
                    field.set_value("");
                }
            }
        }
        message.set(Some(Message::from_outcome(
            outcome,
            format!("{}: {name} {year}", t().added),
        )));
    };
    let [figure_id, year_id, amount_id, source_id] = ids;
    view! {
        <form class="fp-ov-form fp-stated-form" on:submit=submit>
            <fieldset>
                <legend>{move || t().add_heading}</legend>
                <div class="fp-field">
                    <label for=figure_id.clone()>{move || t().figure}</label>
                    <select id=figure_id node_ref=figure_ref>
                        {move || open.get().map(|(_, _, choices)| choices.into_iter().enumerate().map(|(i, (_, name))| view! {
                            <option value=i.to_string()>{name}</option>
                        }).collect_view())}
                    </select>
                </div>
                <div class="fp-field">
                    <label for=year_id.clone()>{move || t().year}</label>
                    <select id=year_id node_ref=year_ref>
                        {move || open.get().map(|(_, years, _)| years.into_iter().map(|y| view! {
                            <option value=y.to_string()>{y.to_string()}</option>
                        }).collect_view())}
                    </select>
                </div>
                <div class="fp-field">
                    <label for=amount_id.clone()>{move || format!("{} ({})", t().amount, state.unit().label())}</label>
                    <input id=amount_id type="text" inputmode="decimal" autocomplete="off" node_ref=amount_ref/>
                </div>
                <div class="fp-field fp-ov-field--wide">
                    <label for=source_id.clone()>{move || t().source}</label>
                    <input id=source_id type="text" autocomplete="off" node_ref=source_ref/>
                </div>
                <button type="submit" class="fp-button">{move || t().add}</button>
            </fieldset>
            <SectionMessage message/>
        </form>
    }
}

/// "Ta bort" for one stated figure.
#[component]
pub fn RemoveStated(
    scenario: ScenarioId,
    year: Year,
    what: FigureRef,
    label: String,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || document::texts(state.lang());
    let name = format!("{} {label} {year}", document::texts(state.lang()).remove);
    view! {
        <button type="button" class="fp-button" aria-label=name
            on:click=move |_| { let _ = state.apply(Command::RemoveStatedFigure { scenario, year, what }); }>
            {move || t().remove}
        </button>
    }
}
