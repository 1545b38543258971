//! The equity verdict of the open scenario, one plain sentence per year from the engine's
//! `EquityCheck`: over / within the recommendation, negative equity, and notes when the applied
//! row is *att bekräfta* or the contributions are above the table.

use super::context::engine_message;
use crate::engine::equity::{EquityCheck, EquityStatus};
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::money_text::format_share as percent;
use crate::engine::report::scenario_report;
use crate::i18n::funding::{texts, FundingTexts};
use crate::ui::state::AppState;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// Closing equity against the recommendation, in plain words, per year.
#[component]
pub fn EquityPanel() -> impl IntoView {
    let state = AppState::expect();
    let checks = Memo::new(move |_| {
        state.data.with(|d| {
            let workspace = d.workspace()?;
            let scenario = workspace.scenarios.get(d.scenario_index())?;
            Some(scenario_report(workspace, scenario.id).map(|r| {
                r.years
                    .into_iter()
                    .map(|y| (y.year, y.equity))
                    .collect::<Vec<_>>()
            }))
        })
    });
    let t = move || texts(state.lang());
    let body = move || {
        match checks.get()? {
        Ok(years) => Some(
            view! {
                <ul class="fp-equity__years">
                    {years.into_iter().map(|(year, check)| year_item(state, year, &check)).collect_view()}
                </ul>
            }
            .into_any(),
        ),
        Err(error) => Some(view! { <p>{engine_message(&error, state.lang())}</p> }.into_any()),
    }
    };
    view! {
        <section class="fp-card fp-equity" aria-labelledby="fp-equity-heading" data-testid="equity-panel">
            <h2 id="fp-equity-heading">{move || t().equity_heading}</h2>
            <p class="fp-card__meta">{move || t().equity_intro}</p>
            {body}
        </section>
    }
}

/// How a year's verdict looks: badge class and text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Negative,
    Over,
    Within,
    None,
}

fn verdict(check: &EquityCheck) -> Verdict {
    if check.closing_equity.is_negative() {
        return Verdict::Negative;
    }
    match check.status {
        EquityStatus::Over => Verdict::Over,
        EquityStatus::Within => Verdict::Within,
        EquityStatus::NoRecommendation => Verdict::None,
    }
}

fn year_item(state: AppState, year: Year, check: &EquityCheck) -> impl IntoView {
    let t = texts(state.lang());
    let money = move |m: Money| state.unit().format(m.amount());
    let kind = verdict(check);
    let badge = match kind {
        Verdict::Negative => Some((t.badge_negative, "fp-badge--over")),
        Verdict::Over => Some((t.badge_over, "fp-badge--over")),
        Verdict::Within => Some((t.badge_within, "fp-badge--ok")),
        Verdict::None => None,
    };
    let notes = step_notes(check, t, money);
    view! {
        <li class="fp-equity__year" class:fp-equity__year--problem=matches!(kind, Verdict::Negative | Verdict::Over)>
            {badge.map(|(text, class)| view! { <span class=format!("fp-badge {class}")>{text}</span> " " })}
            <span>{sentence(check, t, &year.to_string(), money)}</span>
            {notes.into_iter().map(|n| view! { <span class="fp-equity__note">{n}</span> }).collect_view()}
        </li>
    }
}

/// The year's main sentence (also the meeting view's verdict).
pub(crate) fn sentence(
    check: &EquityCheck,
    t: &FundingTexts,
    year: &str,
    money: impl Fn(Money) -> String,
) -> String {
    let closing = money(check.closing_equity);
    match (verdict(check), check.recommended_max, check.above_max) {
        (Verdict::Negative, ..) => (t.equity_negative)(year, &closing),
        (Verdict::Over, Some(max), Some(over)) => {
            (t.equity_over)(year, &closing, &money(max), &money(over))
        }
        (Verdict::Within, Some(max), _) => {
            let share = check
                .applied_step
                .as_ref()
                .map_or(Decimal::ZERO, |s| s.max_share);
            (t.equity_within)(year, &closing, &percent(share), &money(max))
        }
        _ => (t.equity_no_recommendation)(year, &closing),
    }
}

/// Notes about the applied row: *att bekräfta*, or contributions above the table.
fn step_notes(
    check: &EquityCheck,
    t: &FundingTexts,
    money: impl Fn(Money) -> String,
) -> Vec<String> {
    let Some(step) = &check.applied_step else {
        return Vec::new();
    };
    let mut notes = Vec::new();
    if step.outside_table {
        notes.push((t.equity_outside_table)(
            &money(check.contributions),
            &money(step.up_to),
        ));
    } else if !step.confirmed {
        notes.push((t.equity_unconfirmed)(
            &percent(step.max_share),
            &money(step.up_to),
        ));
    }
    notes
}
