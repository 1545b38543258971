//! What each member of one side pays in the open scenario's first year, straight from the engine's
//! report (funding per party), with the engine's warnings about the key.

use super::split_key::Side;
use crate::engine::funding::{side_of, FundingWarning};
use crate::engine::model::PartyKind;
use crate::engine::money::Money;
use crate::engine::report::scenario_report;
use crate::i18n::{overview, Lang};
use crate::persisted::Persisted;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The engine's split of one side in the open scenario's first year.
#[derive(Debug, Clone, PartialEq, Eq)]
struct SideSplit {
    scenario: String,
    year: u16,
    amounts: Vec<(String, Money)>,
    warnings: Vec<FundingWarning>,
}

/// The amounts per member of `kind`, and the warnings about this side's key.
#[component]
pub fn SplitResult(
    /// The side's member kind.
    kind: PartyKind,
) -> impl IntoView {
    let state = AppState::expect();
    let side = Side::expect();
    let split = Memo::new(move |_| state.data.with(|d| side_split(d, kind, side)));
    view! {
        {move || match split.get() {
            None => view! { <p>{move || overview::texts(state.lang()).split_no_scenario}</p> }.into_any(),
            Some(s) => view! { <SplitTable split=s/> }.into_any(),
        }}
    }
}

/// The split as a table with the scenario and year in its caption, then the warnings.
#[component]
fn SplitTable(split: SideSplit) -> impl IntoView {
    let state = AppState::expect();
    let SideSplit {
        scenario,
        year,
        amounts,
        warnings,
    } = split;
    let caption = move || {
        let prefix = overview::texts(state.lang()).split_result;
        format!("{prefix} {scenario}, {year} ({})", state.unit().label())
    };
    let message = move |w: &FundingWarning| match state.lang() {
        Lang::Sv => w.message_sv(),
        Lang::En => w.message_en(),
    };
    view! {
        <table class="fp-table fp-ov-result">
            <caption>{caption}</caption>
            <tbody>
                {amounts.into_iter().map(|(name, amount)| view! {
                    <tr>
                        <th scope="row">{name}</th>
                        <td>{move || state.unit().format_plain(amount.amount())}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {(!warnings.is_empty()).then(|| view! {
            <ul class="fp-ov-warnings">
                {warnings.into_iter().map(|w| view! {
                    <li class="fp-status fp-status--warning">{move || message(&w)}</li>
                }).collect_view()}
            </ul>
        })}
    }
}

/// The engine's figures for one side in the open scenario's first year (`None` without a scenario or
/// when it cannot be computed).
fn side_split(data: &Persisted, kind: PartyKind, side: Side) -> Option<SideSplit> {
    let workspace = data.workspace()?;
    let scenario = workspace.scenarios.get(data.scenario_index())?;
    let report = scenario_report(workspace, scenario.id).ok()?;
    let year = report.years.first()?;
    let funding = &year.funding;
    let amounts = funding.parties.iter().filter(|p| p.kind == kind);
    let warnings = funding.warnings.iter().filter(|w| concerns(w, kind, side));
    Some(SideSplit {
        scenario: report.name.clone(),
        year: year.year,
        amounts: amounts.map(|p| (p.name.clone(), p.amount)).collect(),
        warnings: warnings.cloned().collect(),
    })
}

/// Whether a funding warning is about this side's key.
fn concerns(warning: &FundingWarning, kind: PartyKind, side: Side) -> bool {
    match warning {
        FundingWarning::SplitKeyWithoutWeights { side: s } => *s == side_of(kind),
        FundingWarning::ZeroWeightInKey { party, .. } => side
            .parties
            .with_untracked(|p| p.iter().any(|(id, _)| id == party)),
        _ => false,
    }
}
