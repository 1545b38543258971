//! The chosen year's figures in words: total, state offer, quarter, unused state money, the
//! binding party, and the engine's warnings in a visible box.

use super::context::{engine_message, FundingCtx};
use crate::engine::funding::{FundingOption, FundingReport, FundingSide};
use crate::engine::model::{Party, PartyKind};
use crate::engine::money::Money;
use crate::i18n::funding::FundingTexts;
use crate::i18n::Lang;
use leptos::prelude::*;

/// Total, S, q, S − 2q and who limits, as a description list.
#[component]
pub fn FundingFacts() -> impl IntoView {
    let ctx = FundingCtx::expect();
    move || {
        let report = ctx.ok_report()?;
        let t = ctx.t();
        let fact = move |label: &'static str, amount: Option<Money>, testid: &'static str| {
            amount.map(|a| {
                view! {
                    <div class="fp-funding__fact">
                        <dt>{label}</dt>
                        <dd data-testid=testid>{ctx.money(a)}</dd>
                    </div>
                }
            })
        };
        let binding = ctx
            .parties
            .with(|parties| binding_text(&report, parties, t));
        Some(view! {
            <dl class="fp-funding__facts">
                {fact(t.total_contributions, Some(report.total), "funding-total")}
                {fact(t.state_offer, report.state_offer, "funding-offer")}
                {fact(t.quarter, report.quarter, "funding-quarter")}
                {fact(t.unused, report.unused_state_money, "funding-unused")}
                <div class="fp-funding__fact fp-funding__fact--wide">
                    <dt>{t.binding}</dt>
                    <dd data-testid="funding-binding">{binding}</dd>
                </div>
            </dl>
        })
    }
}

/// "Lunds kommun begränsar." and its variants (ties, option 2, manual amounts).
fn binding_text(report: &FundingReport, parties: &[Party], t: &FundingTexts) -> String {
    if report.option == FundingOption::Manual || report.binding.is_empty() {
        return t.manual_no_binding.to_string();
    }
    let subjects: Vec<String> = report
        .binding
        .iter()
        .map(|side| side_subject(*side, parties, t))
        .collect();
    let tie = subjects.len() > 1;
    let hypothetical = report.option == FundingOption::MaximumState;
    (t.binding_sentence)(
        &crate::engine::template::join_with_and(&subjects, t.and),
        tie,
        hypothetical,
    )
}

/// The side as a subject: "den statliga tilldelningen", "Lunds kommun", "kommunerna (A, B)".
fn side_subject(side: FundingSide, parties: &[Party], t: &FundingTexts) -> String {
    let (kind, plural) = match side {
        FundingSide::State => return t.state_side.to_string(),
        FundingSide::Regions => (PartyKind::Region, t.regions_side),
        FundingSide::Municipalities => (PartyKind::Municipality, t.municipalities_side),
    };
    let names: Vec<&str> = parties
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.name.as_str())
        .collect();
    match names.as_slice() {
        [one] => (*one).to_string(),
        many => format!("{plural} ({})", many.join(", ")),
    }
}

/// The engine's warnings (or why the funding cannot be computed), announced politely.
#[component]
pub fn FundingWarnings() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let content = move || {
        let lang = ctx.lang();
        let t = ctx.t();
        match ctx.report.get()? {
            Err(error) => Some(
                view! {
                    <div class="fp-status fp-status--error fp-funding__box">
                        <p>{format!("{} {}", t.not_computable, engine_message(&error, lang))}</p>
                    </div>
                }
                .into_any(),
            ),
            Ok(report) if report.warnings.is_empty() => None,
            Ok(report) => {
                let items = report.warnings.iter().map(|w| {
                    let text = match lang {
                        Lang::Sv => w.message_sv(),
                        Lang::En => w.message_en(),
                    };
                    view! { <li>{text}</li> }
                });
                Some(
                    view! {
                        <div class="fp-status fp-status--warning fp-funding__box" data-testid="funding-warnings">
                            <h3 class="fp-funding__box-heading">{t.warnings_heading}</h3>
                            <ul>{items.collect_view()}</ul>
                        </div>
                    }
                    .into_any(),
                )
            }
        }
    };
    view! { <div role="status" aria-live="polite">{content}</div> }
}

/// The outcome of the last button or option change made in the panel.
#[component]
pub fn PanelMessage() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let text = move || ctx.shown_message().map(|m| m.unwrap_or_else(|e| e));
    let is_error = move || matches!(ctx.shown_message(), Some(Err(_)));
    view! {
        <p class="fp-status fp-funding__message" class:fp-status--error=is_error role="status" data-testid="funding-message">
            {text}
        </p>
    }
}
