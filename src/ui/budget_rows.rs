//! Rows of the budget table: read-only figures, editable amounts, opening equity and the equity verdict.
//! Every amount is looked up in the engine's report; nothing is computed here.

use super::amount_input::AmountInput;
use super::budget_cells::CellSignals;
use super::budget_edit::LineHeader;
use super::budget_shape::{LineShape, TableShape};
use super::equity_badge::equity_badge;
use super::state::AppState;
use crate::engine::command::Command;
use crate::engine::equity::EquityCheck;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{FigureRef, Year};
use crate::engine::money::Money;
use crate::engine::money_text::format_percent;
use crate::engine::report::ScenarioReport;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The open scenario's table shape and report, provided to every row.
#[derive(Clone, Copy)]
pub struct Budget {
    /// Rows and columns.
    pub shape: Memo<Option<TableShape>>,
    /// The engine's figures (`None` when the scenario cannot be computed).
    pub report: Memo<Option<ScenarioReport>>,
    /// The same figures, one signal per cell.
    pub cells: CellSignals,
}

impl Budget {
    fn expect() -> Budget {
        expect_context::<Budget>()
    }

    fn years(&self) -> Vec<Year> {
        self.shape.with(|s| {
            s.as_ref()
                .map(|s| s.years.iter().map(|(y, _)| *y).collect())
                .unwrap_or_default()
        })
    }

    /// One cell's amount; it changes only when this figure changes.
    fn cell(self, year: Year, figure: FigureRef) -> Signal<Option<Money>> {
        self.cells.cell(year, figure)
    }

    fn equity(&self, year: Year) -> Option<EquityCheck> {
        self.report.with(|r| {
            r.as_ref()
                .and_then(|r| r.year(year))
                .map(|y| y.equity.clone())
        })
    }
}

/// A heading row that opens a block (income, costs, a cost group).
#[component]
pub fn BlockRow(columns: usize, #[prop(into)] label: Signal<String>) -> impl IntoView {
    view! {
        <tr class="fp-table__block">
            <th scope="rowgroup" colspan=columns>{move || label.get()}</th>
        </tr>
    }
}

/// A read-only row: one formatted figure per year.
#[component]
pub fn FigureRow(
    #[prop(into)] label: Signal<String>,
    figure: FigureRef,
    class: &'static str,
) -> impl IntoView {
    let budget = Budget::expect();
    view! {
        <tr class=class>
            <th scope="row">{move || label.get()}</th>
            {budget.years().into_iter().map(|year| view! { <AmountCell amount=budget.cell(year, figure)/> }).collect_view()}
        </tr>
    }
}

/// An editable line: its header (name, or the structure tools in edit mode) and one amount field per year;
/// `command` turns a new amount into the engine command.
#[component]
pub fn EditableRow(
    scenario: ScenarioId,
    line: LineShape,
    figure: FigureRef,
    is_cost: bool,
    command: impl Fn(Year, Money) -> Command + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let budget = Budget::expect();
    let label = Signal::stored(line.name.clone());
    view! {
        <tr class="fp-table__line">
            <LineHeader scenario line is_cost/>
            {budget.years().into_iter().map(|year| view! {
                <EditableCell year label figure command=move |amount| command(year, amount)/>
            }).collect_view()}
        </tr>
    }
}

/// Opening equity: typed for the first year, carried from the previous closing in later years.
#[component]
pub fn OpeningEquityRow(scenario: ScenarioId) -> impl IntoView {
    let budget = Budget::expect();
    let state = AppState::expect();
    let label = Signal::derive(move || state.texts().opening_equity.to_string());
    let years = budget.years();
    let first_year = years.first().copied();
    let figure = FigureRef::OpeningEquity;
    view! {
        <tr class="fp-table__sum">
            <th scope="row">{move || label.get()}</th>
            {years.into_iter().map(|year| if Some(year) == first_year {
                view! {
                    <EditableCell year label figure
                        command=move |amount| Command::SetOpeningEquity { scenario, amount }/>
                }.into_any()
            } else {
                view! { <AmountCell amount=budget.cell(year, figure)/> }.into_any()
            }).collect_view()}
        </tr>
    }
}

#[component]
fn AmountCell(amount: Signal<Option<Money>>) -> impl IntoView {
    let state = AppState::expect();
    let amount = move || amount.get();
    view! {
        <td class:fp-negative=move || amount().is_some_and(Money::is_negative)>
            {move || amount().map(|a| state.unit().format_plain(a.amount()))}
        </td>
    }
}

#[component]
fn EditableCell(
    year: Year,
    label: Signal<String>,
    figure: FigureRef,
    command: impl Fn(Money) -> Command + Send + Sync + 'static,
) -> impl IntoView {
    let budget = Budget::expect();
    let state = AppState::expect();
    let amount = budget.cell(year, figure);
    let value = Signal::derive(move || amount.get().map(Money::amount).unwrap_or_default());
    let field_label =
        Signal::derive(move || format!("{} {} {year}", state.texts().amount_for, label.get()));
    let cost = matches!(figure, FigureRef::CostLine(_));
    view! {
        <td>
            <AmountInput value label=field_label cost
                on_commit=move |amount: Decimal| state.apply(command(Money::new(amount)))/>
        </td>
    }
}

/// Equity share, recommended maximum and the verdict per year.
#[component]
pub fn EquityRows() -> impl IntoView {
    let budget = Budget::expect();
    let state = AppState::expect();
    let t = move || state.texts();
    let cells = move |show: fn(EquityCheck, AppState) -> AnyView| {
        budget
            .years()
            .into_iter()
            .map(move |year| {
                view! {
                    <td>{move || budget.equity(year).map(|check| show(check, state))}</td>
                }
            })
            .collect_view()
    };
    view! {
        <tr>
            <th scope="row">{move || t().equity_share}</th>
            {cells(|check, _| check.share_of_contributions.map(|s| format_percent(s, 1)).into_any())}
        </tr>
        <tr>
            <th scope="row">{move || t().recommended_max}</th>
            {cells(|check, state| check.recommended_max.map(|m| state.unit().format_plain(m.amount())).into_any())}
        </tr>
        <tr>
            <th scope="row">{move || t().equity_verdict}</th>
            {cells(|check, state| equity_badge(&check, state).into_any())}
        </tr>
    }
}
