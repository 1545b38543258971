//! For the printed budget: every member's contribution in every year of the open scenario as one table
//! (the screen shows one chosen year at a time), with the total per year. Shown only in print.

use super::state::AppState;
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::who_pays::{payer_total, who_pays};
use crate::i18n::print;
use leptos::prelude::*;

/// One member's row: name and amount per year (`None`: not computable that year).
type PayerLine = (String, Vec<Option<Money>>);

/// What the table shows: the years, one row per member, the totals.
#[derive(Debug, Clone, PartialEq)]
struct AllYears {
    years: Vec<Year>,
    rows: Vec<PayerLine>,
    totals: Vec<Option<Money>>,
}

/// The open scenario's contributions per member and year.
fn all_years(state: AppState) -> Option<AllYears> {
    state.data.with(|d| {
        let workspace = d.workspace()?;
        let scenario = workspace.scenarios.get(d.scenario_index())?;
        let years: Vec<Year> = scenario.years.iter().map(|y| y.year).collect();
        let per_year: Vec<_> = years
            .iter()
            .map(|&year| who_pays(workspace, scenario.id, year).ok())
            .collect();
        let rows = workspace
            .parties
            .iter()
            .map(|party| {
                let amounts = per_year
                    .iter()
                    .map(|rows| {
                        let rows = rows.as_ref()?;
                        rows.iter().find(|r| r.party == party.id).map(|r| r.amount)
                    })
                    .collect();
                (party.name.clone(), amounts)
            })
            .collect();
        let totals = per_year
            .iter()
            .map(|rows| payer_total(rows.as_ref()?).ok().map(|t| t.amount))
            .collect();
        Some(AllYears {
            years,
            rows,
            totals,
        })
    })
}

/// The table, for print only.
#[component]
pub fn PrintPayers() -> impl IntoView {
    let state = AppState::expect();
    let table = Memo::new(move |_| all_years(state));
    let body = move || {
        let t = print::texts(state.lang());
        let unit = state.unit();
        let cell = move |amount: &Option<Money>| {
            amount
                .map(|a| unit.format_plain(a.amount()))
                .unwrap_or_default()
        };
        table.get().map(|table| {
            view! {
                <table class="fp-table">
                    <caption>{format!("{} ({})", t.payers_caption, unit.label())}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t.party}</th>
                            {table.years.iter().map(|y| view! { <th scope="col">{y.to_string()}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {table.rows.iter().map(|(name, amounts)| view! {
                            <tr>
                                <th scope="row">{name.clone()}</th>
                                {amounts.iter().map(|a| view! { <td>{cell(a)}</td> }).collect_view()}
                            </tr>
                        }).collect_view()}
                        <tr class="fp-table__sum">
                            <th scope="row">{t.total}</th>
                            {table.totals.iter().map(|a| view! { <td>{cell(a)}</td> }).collect_view()}
                        </tr>
                    </tbody>
                </table>
            }
        })
    };
    view! { <section class="fp-print-only fp-card" data-testid="print-payers">{body}</section> }
}
