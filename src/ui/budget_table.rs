//! The budget of the open scenario as one table: income per party, other income, opening equity, cost groups
//! with their lines, result, closing equity and the equity recommendation, one column per year.

use super::amount_input::AmountInput;
use super::budget_shape::{lookup, Figure, GroupShape, TableShape};
use super::state::AppState;
use crate::engine::command::Command;
use crate::engine::equity::EquityStatus;
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::money_text::{format_percent, DisplayUnit};
use crate::engine::report::{scenario_report, ScenarioReport};
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The open scenario's figures, shared by every row.
#[derive(Clone, Copy)]
struct Budget {
    shape: Memo<Option<TableShape>>,
    report: Memo<Option<ScenarioReport>>,
}

impl Budget {
    fn years(&self) -> Vec<(Year, bool)> {
        self.shape
            .with(|s| s.as_ref().map(|s| s.years.clone()).unwrap_or_default())
    }

    fn amount(&self, year: Year, figure: Figure) -> Option<Money> {
        self.report
            .with(|r| r.as_ref().and_then(|r| lookup(r, year, figure)))
    }
}

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
    provide_context(Budget { shape, report });
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
                {move || heading().map(|(_, org)| format!("{} {org}", state.texts().org_number))}
            </p>
            <div class="fp-table-wrap">{move || shape.get().map(|shape| view! { <BudgetTable shape/> })}</div>
        </section>
    }
}

#[component]
fn BudgetTable(shape: TableShape) -> impl IntoView {
    let state = AppState::expect();
    let t = move || state.texts();
    let unit = move || {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.settings.display_unit)
                .unwrap_or_default()
        })
    };
    let scenario = shape.scenario;
    let caption_name = shape.scenario_name.clone();
    let columns = shape.years.len() + 1;
    view! {
        <table class="fp-table">
            <caption>
                {move || format!("{} – {} ({})", t().budget_caption, caption_name, unit().label())}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{move || t().line}</th>
                    {shape.years.iter().map(|&(year, overview)| view! { <YearHeader year overview/> }).collect_view()}
                </tr>
            </thead>
            <tbody>
                <BlockRow columns label=Signal::derive(move || t().income.to_string())/>
                {shape.parties.iter().map(|(id, name)| view! {
                    <FigureRow label=name.clone() figure=Figure::Party(*id) class="fp-table__line"/>
                }).collect_view()}
                <FigureRow label=Signal::derive(move || t().member_contributions.to_string()) figure=Figure::Contributions class="fp-table__sum"/>
                {shape.income_lines.iter().map(|(id, name)| {
                    let line = *id;
                    view! {
                        <EditableRow label=name.clone() figure=Figure::Income(line)
                            command=move |year, amount| Command::SetOtherIncomeAmount { scenario, line, year, amount }/>
                    }
                }).collect_view()}
                <FigureRow label=Signal::derive(move || t().total_income.to_string()) figure=Figure::IncomeTotal class="fp-table__sum"/>
                <OpeningEquityRow scenario/>
            </tbody>
            <tbody>
                <BlockRow columns label=Signal::derive(move || t().costs.to_string())/>
                {shape.groups.into_iter().map(|group| view! { <GroupRows group scenario columns/> }).collect_view()}
                <FigureRow label=Signal::derive(move || t().total_costs.to_string()) figure=Figure::CostsTotal class="fp-table__total"/>
            </tbody>
            <tbody>
                <FigureRow label=Signal::derive(move || t().result.to_string()) figure=Figure::Result class="fp-table__total"/>
                <FigureRow label=Signal::derive(move || t().closing_equity.to_string()) figure=Figure::ClosingEquity class="fp-table__total"/>
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
            {overview.then(|| view! { <span class="fp-table__note">{move || format!(" ({})", state.texts().overview_plan)}</span> })}
        </th>
    }
}

#[component]
fn BlockRow(columns: usize, #[prop(into)] label: Signal<String>) -> impl IntoView {
    view! {
        <tr class="fp-table__block">
            <th scope="rowgroup" colspan=columns>{move || label.get()}</th>
        </tr>
    }
}

/// A read-only row: one formatted figure per year.
#[component]
fn FigureRow(
    #[prop(into)] label: Signal<String>,
    figure: Figure,
    class: &'static str,
) -> impl IntoView {
    let budget = expect_context::<Budget>();
    let state = AppState::expect();
    let unit = move || {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.settings.display_unit)
                .unwrap_or_default()
        })
    };
    view! {
        <tr class=class>
            <th scope="row">{move || label.get()}</th>
            {budget.years().into_iter().map(|(year, _)| {
                let amount = move || budget.amount(year, figure);
                view! {
                    <td class:fp-negative=move || amount().is_some_and(Money::is_negative)>
                        {move || amount().map(|a| format_amount(unit(), a))}
                    </td>
                }
            }).collect_view()}
        </tr>
    }
}

/// An editable row: one amount field per year; `command` turns a new amount into the engine command.
#[component]
fn EditableRow(
    #[prop(into)] label: Signal<String>,
    figure: Figure,
    command: impl Fn(Year, Money) -> Command + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let budget = expect_context::<Budget>();
    let state = AppState::expect();
    view! {
        <tr class="fp-table__line">
            <th scope="row">{move || label.get()}</th>
            {budget.years().into_iter().map(|(year, _)| {
                let value = Signal::derive(move || budget.amount(year, figure).map(Money::amount).unwrap_or_default());
                let field_label = Signal::derive(move || format!("{} {} {year}", state.texts().amount_for, label.get()));
                view! {
                    <td>
                        <AmountInput value label=field_label
                            on_commit=move |amount: Decimal| state.apply(command(year, Money::new(amount)))/>
                    </td>
                }
            }).collect_view()}
        </tr>
    }
}

/// Opening equity: typed for the first year, carried from the previous closing in later years.
#[component]
fn OpeningEquityRow(scenario: crate::engine::ids::ScenarioId) -> impl IntoView {
    let budget = expect_context::<Budget>();
    let state = AppState::expect();
    let t = move || state.texts();
    let first_year = budget.years().first().map(|(y, _)| *y);
    let unit = move || {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.settings.display_unit)
                .unwrap_or_default()
        })
    };
    view! {
        <tr class="fp-table__sum">
            <th scope="row">{move || t().opening_equity}</th>
            {budget.years().into_iter().map(|(year, _)| {
                if Some(year) == first_year {
                    let value = Signal::derive(move || budget.amount(year, Figure::OpeningEquity).map(Money::amount).unwrap_or_default());
                    let label = Signal::derive(move || format!("{} {} {year}", t().amount_for, t().opening_equity));
                    view! {
                        <td>
                            <AmountInput value label
                                on_commit=move |amount: Decimal| state.apply(Command::SetOpeningEquity { scenario, amount: Money::new(amount) })/>
                        </td>
                    }.into_any()
                } else {
                    view! { <td>{move || budget.amount(year, Figure::OpeningEquity).map(|a| format_amount(unit(), a))}</td> }.into_any()
                }
            }).collect_view()}
        </tr>
    }
}

#[component]
fn GroupRows(
    group: GroupShape,
    scenario: crate::engine::ids::ScenarioId,
    columns: usize,
) -> impl IntoView {
    let state = AppState::expect();
    let name = group.name.clone();
    let subtotal_label =
        Signal::derive(move || format!("{} {}", state.texts().subtotal, name.to_lowercase()));
    view! {
        <BlockRow columns label=group.name.clone()/>
        {group.lines.iter().map(|(id, name)| {
            let line = *id;
            view! {
                <EditableRow label=name.clone() figure=Figure::Cost(line)
                    command=move |year, amount| Command::SetLineAmount { scenario, line, year, amount }/>
            }
        }).collect_view()}
        <FigureRow label=subtotal_label figure=Figure::GroupTotal(group.id) class="fp-table__sum"/>
    }
}

/// Equity share, recommended maximum and the verdict per year.
#[component]
fn EquityRows() -> impl IntoView {
    let budget = expect_context::<Budget>();
    let state = AppState::expect();
    let t = move || state.texts();
    let unit = move || {
        state.data.with(|d| {
            d.workspace()
                .map(|w| w.settings.display_unit)
                .unwrap_or_default()
        })
    };
    let check = move |year: Year| {
        budget.report.with(|r| {
            r.as_ref()
                .and_then(|r| r.year(year))
                .map(|y| y.equity.clone())
        })
    };
    view! {
        <tr>
            <th scope="row">{move || t().equity_share}</th>
            {budget.years().into_iter().map(|(year, _)| view! {
                <td>{move || check(year).and_then(|c| c.share_of_contributions).map(|s| format_percent(s, 1))}</td>
            }).collect_view()}
        </tr>
        <FigureRow label=Signal::derive(move || t().recommended_max.to_string()) figure=Figure::RecommendedMax class=""/>
        <tr>
            <th scope="row">{move || t().equity_verdict}</th>
            {budget.years().into_iter().map(|(year, _)| view! {
                <td>
                    {move || check(year).map(|c| match (c.status, c.above_max) {
                        (EquityStatus::Over, Some(over)) => view! {
                            <span class="fp-badge fp-badge--over">{format!("{} {}", t().above_recommendation_by, format_amount(unit(), over))}</span>
                        }.into_any(),
                        (EquityStatus::Within, _) => view! {
                            <span class="fp-badge fp-badge--ok">{t().within_recommendation}</span>
                        }.into_any(),
                        _ => ().into_any(),
                    })}
                </td>
            }).collect_view()}
        </tr>
    }
}

fn format_amount(unit: DisplayUnit, amount: Money) -> String {
    unit.format_plain(amount.amount())
}
