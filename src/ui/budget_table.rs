//! The budget of the open scenario as one table: income per party, other income, opening equity, cost groups
//! with their lines, result, closing equity and the equity recommendation, one column per year.

use super::budget_cells::CellSignals;
use super::budget_edit::{AddGroupRow, AddLineRow, EditMode, GroupHeader, StructureToggle};
use super::budget_rows::{BlockRow, Budget, EditableRow, EquityRows, FigureRow, OpeningEquityRow};
use super::budget_shape::{GroupShape, TableShape};
use super::state::AppState;
use crate::engine::command::Command;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{FigureRef, Year};
use crate::engine::report::scenario_report;
use leptos::prelude::*;

/// The open workspace's heading and the open scenario's budget table.
#[component]
pub fn ScenarioBudget() -> impl IntoView {
    let state = AppState::expect();
    let shape = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .and_then(|w| TableShape::of(w, d.scenario_index()))
        })
    });
    let report = Memo::new(move |_| {
        state.data.with(|d| {
            let workspace = d.workspace()?;
            let scenario = workspace.scenarios.get(d.scenario_index())?;
            scenario_report(workspace, scenario.id).ok()
        })
    });
    let cells = CellSignals::follow(report);
    provide_context(Budget {
        shape,
        report,
        cells,
    });
    provide_context(EditMode::new());
    let heading = move || {
        state.data.with(|d| {
            d.workspace()
                .map(|w| (w.name.clone(), w.org_number.clone()))
        })
    };
    view! {
        <section class="fp-card" aria-labelledby="fp-workspace-name">
            <h2 id="fp-workspace-name">{move || heading().map(|(name, _)| name)}</h2>
            <p class="fp-card__meta">
                {move || heading().and_then(|(_, org)| {
                    (!org.is_empty()).then(|| format!("{} {org}", state.texts().org_number))
                })}
            </p>
            <StructureToggle/>
            <div class="fp-table-wrap">{move || shape.get().map(|shape| view! { <BudgetTable shape/> })}</div>
        </section>
    }
}

#[component]
fn BudgetTable(shape: TableShape) -> impl IntoView {
    let state = AppState::expect();
    let t = move || state.texts();
    let text = move |pick: fn(&crate::i18n::Texts) -> &'static str| {
        Signal::derive(move || pick(t()).to_string())
    };
    let scenario = shape.scenario;
    let caption_name = shape.scenario_name.clone();
    let columns = shape.years.len() + 1;
    view! {
        <table class="fp-table">
            <caption>
                {move || format!("{} – {} ({})", t().budget_caption, caption_name, state.unit().label())}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{move || t().line}</th>
                    {shape.years.iter().map(|&(year, overview)| view! { <YearHeader year overview/> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                <BlockRow columns label=text(|t| t.income)/>
                {shape.parties.iter().map(|(id, name)| view! {
                    <FigureRow label=name.clone() figure=FigureRef::PartyContribution(*id) class="fp-table__line"/>
                }).collect_view()}
                <FigureRow label=text(|t| t.member_contributions) figure=FigureRef::Contributions class="fp-table__sum"/>
                {shape.income_lines.into_iter().map(|line| {
                    let id = line.id;
                    view! {
                        <EditableRow scenario line figure=FigureRef::OtherIncomeLine(id) is_cost=false
                            command=move |year, amount| Command::SetOtherIncomeAmount { scenario, line: id, year, amount }/>
                    }
                }).collect_view()}
                <AddLineRow scenario group=None columns/>
                <FigureRow label=text(|t| t.total_income) figure=FigureRef::IncomeTotal class="fp-table__sum"/>
                <OpeningEquityRow scenario/>
            </tbody>
            <tbody>
                <BlockRow columns label=text(|t| t.costs)/>
                {shape.groups.into_iter().map(|group| view! { <GroupRows group scenario columns/> }).collect_view()}
                <AddGroupRow scenario columns/>
                <FigureRow label=text(|t| t.total_costs) figure=FigureRef::CostsTotal class="fp-table__total"/>
            </tbody>
            <tbody>
                <FigureRow label=text(|t| t.result) figure=FigureRef::Result class="fp-table__total"/>
                <FigureRow label=text(|t| t.closing_equity) figure=FigureRef::ClosingEquity class="fp-table__total"/>
                <EquityRows/>
            </tbody>
        </table>
    }
}

#[component]
fn YearHeader(year: Year, overview: bool) -> impl IntoView {
    let state = AppState::expect();
    view! {
        <th scope="col">
            {year.to_string()}
            {overview.then(|| view! {
                <span class="fp-table__note">{move || format!(" ({})", state.texts().overview_plan)}</span>
            })}
        </th>
    }
}

/// A cost group: its heading, its lines (editable) and its subtotal.
#[component]
fn GroupRows(group: GroupShape, scenario: ScenarioId, columns: usize) -> impl IntoView {
    let state = AppState::expect();
    let name = group.name.clone();
    let subtotal_label =
        Signal::derive(move || format!("{} {}", state.texts().subtotal, name.to_lowercase()));
    let add_to = Some((group.id, group.name.clone()));
    let group_id = group.id;
    view! {
        <GroupHeader scenario group=group.clone() columns/>
        {group.lines.into_iter().map(|line| {
            let id = line.id;
            view! {
                <EditableRow scenario line figure=FigureRef::CostLine(id) is_cost=true
                    command=move |year, amount| Command::SetLineAmount { scenario, line: id, year, amount }/>
            }
        }).collect_view()}
        <AddLineRow scenario group=add_to columns/>
        <FigureRow label=subtotal_label figure=FigureRef::GroupTotal(group_id) class="fp-table__sum"/>
    }
}
