//! The log of kept proposals (time, scenario, what, before → after, the new scenario's name), newest
//! last, and its export as CSV for the minutes.

use super::figures::signed_money;
use super::{Meeting, Shown};
use crate::engine::csv::meeting_log_csv;
use crate::engine::model::{LoggedProposal, LoggedTarget};
use crate::engine::money::Money;
use crate::i18n::meeting::texts;
use crate::ui::download::download_text;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The kept proposals of the förbund.
#[component]
pub fn MeetingLog(meeting: Meeting) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let log = Memo::new(move |_| match meeting.data.get() {
        Shown::Screen(s) => s.log,
        _ => Vec::new(),
    });
    let heading = move || {
        t().log_heading
            .replace("{count}", &log.with(Vec::len).to_string())
    };
    let export = move |_| {
        let csv = log.with_untracked(|entries| meeting_log_csv(entries));
        let file = format!(
            "finsam-planner-motesforslag-{}.csv",
            crate::storage::clock_now().today
        );
        let said = match download_text(&file, "text/csv;charset=utf-8", &csv) {
            Ok(()) => t().exported.replace("{file}", &file),
            Err(reason) => reason,
        };
        meeting.said.set(Some(said));
    };
    view! {
        <section class="fp-meeting__log" aria-labelledby="fp-meeting-log" data-testid="meeting-log">
            <h2 id="fp-meeting-log">{heading}</h2>
            {move || {
                let entries = log.get();
                if entries.is_empty() {
                    view! { <p>{t().log_empty}</p> }.into_any()
                } else {
                    view! {
                        <ol class="fp-meeting__log-list">
                            {entries.iter().map(|e| view! { <li>{entry_text(e, state)}</li> }).collect_view()}
                        </ol>
                        <button type="button" class="fp-button" data-testid="export-log" on:click=export>{t().export_log}</button>
                    }.into_any()
                }
            }}
        </section>
    }
}

/// "2026-11-20 14:32 · Max statlig tilldelning 2016 · Möjlig statlig tilldelning: 3 340 000 kr → 3 500 000 kr
/// (+160 000 kr) · sparat som Max – förslag 1".
fn entry_text(e: &LoggedProposal, state: AppState) -> String {
    let t = texts(state.lang());
    let what = match &e.what {
        LoggedTarget::StateOffer => t.state_offer,
        LoggedTarget::CostLine { name } => name.as_str(),
    };
    let money = |m: Money| state.unit().format(m.amount());
    let change = signed_money(state, e.after.checked_sub(e.before).unwrap_or(Money::ZERO));
    format!(
        "{} · {} {} · {what}: {} → {} ({change}) · {}",
        e.at,
        e.scenario,
        e.year,
        money(e.before),
        money(e.after),
        t.kept_as.replace("{name}", &e.kept_as)
    )
}
