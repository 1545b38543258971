//! The document check for the open scenario: each figure typed from the förbund's own document next to the
//! figure the engine computes, with the difference where they disagree (e.g. Lund 2015's 60 t kr), the
//! equity verdict on the printed figures, each amount used outside its catalogue item's period, and the check
//! kept from the document the scenario was pasted from.

use super::state::AppState;
use crate::engine::document_check::{check_document, CheckOutcome, FigureCheck};
use crate::engine::document_period::amounts_outside_period;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{Period, Workspace, YearMonth};
use crate::engine::money::Money;
use crate::engine::template::fill;
use crate::i18n::{Lang, Texts};
use leptos::prelude::*;

/// A card with the stated-versus-computed table (when there are stated figures) and the form that adds one.
#[component]
pub fn DocumentCheck() -> impl IntoView {
    let state = AppState::expect();
    let checks = Memo::new(move |_| {
        state.data.with(|d| {
            let Some(workspace) = d.workspace() else {
                return Vec::new();
            };
            let Some(scenario) = workspace.scenarios.get(d.scenario_index()) else {
                return Vec::new();
            };
            check_document(workspace)
                .into_iter()
                .filter(|c| c.figure.scenario == scenario.id)
                .collect::<Vec<_>>()
        })
    });
    let t = move || state.texts();
    let table = move || {
        let rows = checks.get();
        (!rows.is_empty()).then(|| {
            view! {
                <div class="fp-table-wrap">
                    <table class="fp-table">
                        <thead>
                            <tr>
                                <th scope="col">{t().figure}</th>
                                <th scope="col">{t().year}</th>
                                <th scope="col">{t().stated}</th>
                                <th scope="col">{t().computed}</th>
                                <th scope="col">{t().difference}</th>
                                <th scope="col">{crate::i18n::document::texts(state.lang()).remove}</th>
                            </tr>
                        </thead>
                        <tbody>{rows.into_iter().map(|check| check_row(check, state)).collect_view()}</tbody>
                    </table>
                </div>
            }
        })
    };
    // Always shown, so figures from the förbund's own document can be typed in (the form under the table).
    view! {
        <section class="fp-card" aria-labelledby="fp-document-check">
            <h2 id="fp-document-check">{move || t().document_check}</h2>
            <p class="fp-card__meta">{move || t().document_check_intro}</p>
            {table}
            <PrintedEquity/>
            <OutsidePeriods/>
            <super::source_check::SourceFindings/>
            <super::stated_form::StatedForm/>
        </section>
    }
}

/// The equity verdict on the document's own printed closing equity, one sentence per year that states one.
#[component]
fn PrintedEquity() -> impl IntoView {
    let state = AppState::expect();
    let verdicts = of_open_scenario(state, crate::engine::document_printed::printed_equity);
    move || {
        let unit = state.unit();
        let funding = crate::i18n::funding::texts(state.lang());
        let lead = crate::i18n::document::texts(state.lang()).printed_equity;
        verdicts
            .get()
            .into_iter()
            .map(|(year, check)| {
                let money = move |m: Money| unit.format(m.amount());
                let text = crate::ui::funding::equity_sentence(&check, funding, &year.to_string(), money);
                view! { <p class="fp-document-printed" data-testid="printed-equity">{format!("{lead} {text}")}</p> }
            })
            .collect_view()
    }
}

/// Each amount of the open scenario outside its catalogue item's period, one sentence each.
#[component]
fn OutsidePeriods() -> impl IntoView {
    let state = AppState::expect();
    let found = of_open_scenario(state, amounts_outside_period);
    move || {
        let unit = state.unit();
        let t = crate::i18n::document::texts(state.lang());
        found
            .get()
            .into_iter()
            .map(|f| {
                let own = if f.overridden { t.own_amount } else { "" };
                let amount = format!("{}{own}", unit.format(f.amount.amount()));
                let text = fill(
                    t.outside_period,
                    &[
                        ("line", &f.line),
                        ("year", &f.year.to_string()),
                        ("amount", &amount),
                        ("period", &period_text(&f.period, t)),
                    ],
                );
                view! { <p class="fp-document-printed" data-testid="outside-period">{text}</p> }
            })
            .collect_view()
    }
}

/// `2021-01–2022-12`, `från 2021-01` or `till 2022-12`.
fn period_text(period: &Period, t: &crate::i18n::document::DocumentTexts) -> String {
    let month = |m: YearMonth| format!("{:04}-{:02}", m.year, m.month);
    match (period.start, period.end) {
        (Some(start), Some(end)) => format!("{}–{}", month(start), month(end)),
        (Some(start), None) => t.period_from.replace("{start}", &month(start)),
        (None, Some(end)) => t.period_until.replace("{end}", &month(end)),
        (None, None) => String::new(),
    }
}

/// `list` of the open scenario of the open förbund, kept up to date (empty when none is open).
fn of_open_scenario<T: Clone + PartialEq + Send + Sync + 'static>(
    state: AppState,
    list: fn(&Workspace, ScenarioId) -> Vec<T>,
) -> Memo<Vec<T>> {
    Memo::new(move |_| {
        state.data.with(|d| {
            let Some(ws) = d.workspace() else {
                return Vec::new();
            };
            ws.scenarios
                .get(d.scenario_index())
                .map(|s| list(ws, s.id))
                .unwrap_or_default()
        })
    })
}

fn check_row(check: FigureCheck, state: AppState) -> impl IntoView {
    let unit = state.unit();
    let show = move |amount: Money| unit.format(amount.amount());
    let (computed, verdict, differs) =
        outcome_cells(&check.outcome, state.texts(), state.lang(), show);
    view! {
        <tr class:fp-table__sum=differs>
            <th scope="row">{check.figure.source.clone()}</th>
            <td>{check.figure.year.to_string()}</td>
            <td>{show(check.figure.amount)}</td>
            <td>{computed}</td>
            <td>
                <span class="fp-badge" class:fp-badge--ok=!differs class:fp-badge--over=differs>{verdict}</span>
            </td>
            <td>
                <super::stated_form::RemoveStated scenario=check.figure.scenario year=check.figure.year
                    what=check.figure.what label=check.figure.source.clone()/>
            </td>
        </tr>
    }
}

/// Computed cell text, verdict text, and whether the document differs.
fn outcome_cells(
    outcome: &CheckOutcome,
    t: &Texts,
    lang: Lang,
    show: impl Fn(Money) -> String,
) -> (String, String, bool) {
    match outcome {
        CheckOutcome::Matches { computed } => (show(*computed), t.agrees.to_string(), false),
        CheckOutcome::Differs {
            computed,
            difference,
        } => (show(*computed), show(*difference), true),
        CheckOutcome::NotComputable(why) => {
            let message = match lang {
                Lang::Sv => why.message_sv(),
                Lang::En => why.message_en(),
            };
            (String::new(), message, true)
        }
    }
}
