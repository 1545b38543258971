//! One row of the step table: bound, maximum share, confirmed flag (unconfirmed rows are marked
//! *att bekräfta*), source, and removal after confirmation. Each cell edits its own field of the row.

use super::percent::percent_text;
use super::percent_input::PercentInput;
use super::steps::{change_steps, StepsPanel};
use crate::engine::model::EquityStep;
use crate::engine::money::Money;
use crate::i18n::settings::{self, SettingsTexts};
use crate::ui::amount_input::AmountInput;
use crate::ui::overview::confirm::ConfirmButton;
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// The row at one index of the open förbund's step table, shared by its cells.
#[derive(Clone, Copy)]
struct Row {
    index: usize,
    step: Memo<Option<EquityStep>>,
    state: AppState,
    panel: StepsPanel,
}

impl Row {
    fn t(self) -> &'static SettingsTexts {
        settings::texts(self.state.lang())
    }

    /// "Källa, rad 2": a cell's accessible name.
    fn label(self, pick: fn(&SettingsTexts) -> &'static str) -> Signal<String> {
        let number = self.index.saturating_add(1);
        Signal::derive(move || format!("{}, {} {number}", pick(self.t()), self.t().row))
    }

    /// A value read from the row (the default while the row is gone).
    fn read<T: Default>(self, pick: fn(&EquityStep) -> T) -> T {
        self.step.with(|s| s.as_ref().map(pick).unwrap_or_default())
    }

    /// Changes this row. A refusal is returned (the field shows it); success is said in the table's
    /// status line.
    fn edit(self, change: impl FnOnce(&mut EquityStep)) -> Result<(), String> {
        let outcome = change_steps(self.state, |steps| {
            if let Some(step) = steps.get_mut(self.index) {
                change(step);
            }
        });
        if outcome.is_ok() {
            self.report(Ok(()));
        }
        outcome
    }

    /// Shows an outcome in the table's status line.
    fn report(self, outcome: Result<(), String>) {
        let message = outcome.map(|()| self.t().saved.to_string());
        self.panel.message.set(Some(message));
    }
}

/// The row at `index` of the open förbund's step table.
#[component]
pub fn StepRow(index: usize) -> impl IntoView {
    let state = AppState::expect();
    let step = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .and_then(|w| w.settings.equity_steps.get(index).cloned())
        })
    });
    let row = Row {
        index,
        step,
        state,
        panel: expect_context::<StepsPanel>(),
    };
    let up_to = Signal::derive(move || row.read(|s| s.up_to.amount()));
    let share = Signal::derive(move || row.read(|s| s.max_share));
    view! {
        <tr class:fp-st-row--unconfirmed=move || !row.read(|s| s.confirmed)>
            <th scope="row">{index.saturating_add(1).to_string()}</th>
            <td>
                <AmountInput value=up_to label=row.label(|t| t.up_to)
                    on_commit=move |amount: Decimal| row.edit(|s| s.up_to = Money::new(amount))/>
            </td>
            <td>
                <PercentInput value=share label=row.label(|t| t.max_share)
                    on_commit=move |share: Decimal| row.edit(|s| s.max_share = share)/>
            </td>
            <ConfirmedCell row/>
            <SourceCell row/>
            <RemoveCell row/>
        </tr>
    }
}

/// The confirmed checkbox and, for an unconfirmed row, the *att bekräfta* mark.
#[component]
fn ConfirmedCell(row: Row) -> impl IntoView {
    let confirmed = move || row.read(|s| s.confirmed);
    let label = row.label(|t| t.confirmed);
    view! {
        <td class="fp-st-flag">
            <input type="checkbox" aria-label=move || label.get() prop:checked=confirmed
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    row.report(row.edit(|s| s.confirmed = on));
                }/>
            {move || (!confirmed()).then(|| view! {
                " " <span class="fp-badge fp-st-badge--unconfirmed">{move || row.t().to_confirm}</span>
            })}
        </td>
    }
}

/// Where the row comes from.
#[component]
fn SourceCell(row: Row) -> impl IntoView {
    let label = row.label(|t| t.source);
    view! {
        <td>
            <input type="text" class="fp-st-source" autocomplete="off" aria-label=move || label.get()
                prop:value=move || row.read(|s| s.source.clone())
                on:change:target=move |ev| {
                    let source = ev.target().value();
                    row.report(row.edit(|s| s.source = source));
                }/>
        </td>
    }
}

/// Removes the row after "Är du säker?".
#[component]
fn RemoveCell(row: Row) -> impl IntoView {
    let number = row.index.saturating_add(1);
    let summary = Signal::derive(move || {
        row.step
            .with(|s| {
                s.as_ref().map(|s| {
                    let bound = row.state.unit().format(s.up_to.amount());
                    format!(
                        "{} {number} (≤ {bound} → {} %)",
                        row.t().row,
                        percent_text(s.max_share)
                    )
                })
            })
            .unwrap_or_default()
    });
    let question = Signal::derive(move || format!("{} {}?", row.t().are_you_sure, summary.get()));
    let remove = move |_| {
        row.report(change_steps(row.state, |steps| {
            if row.index < steps.len() {
                steps.remove(row.index);
            }
        }));
    };
    view! {
        <td>
            <ConfirmButton action=Signal::derive(move || row.t().remove.to_string()) subject=summary
                question on_confirm=remove/>
        </td>
    }
}
