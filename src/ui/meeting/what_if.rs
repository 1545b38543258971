//! The "Om …" strip: the chair changes one figure of the shown year — the state allocation or one cost
//! line — as a proposal. It is computed on a copy and shown as a difference; "Behåll som nytt scenario"
//! keeps it through `Command::KeepProposal` (a new scenario and a line in the log, one undo), "Släng
//! förslaget" drops it. Nothing is stored until it is kept.

use super::data::{MeetingData, Target};
use super::figures::signed_money;
use super::{Meeting, Shown};
use crate::engine::command::Command;
use crate::engine::money::Money;
use crate::engine::money_text::parse_amount_in;
use crate::engine::proposal::{current_amount, Proposal, ProposalError, ProposalTarget};
use crate::i18n::meeting::{texts, MeetingTexts};
use crate::i18n::Lang;
use crate::ui::select_on_focus::SelectOnFocus;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The proposal strip of the shown scenario and year.
#[component]
pub fn WhatIf(meeting: Meeting) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let chosen = RwSignal::new(0usize);
    let amount = RwSignal::new(String::new());
    let refusal = RwSignal::new(None::<String>);
    let screen = Memo::new(move |_| match meeting.data.get() {
        Shown::Screen(s) => Some(*s),
        _ => None,
    });
    let target = move || {
        screen.with(|s| {
            let s = s.as_ref()?;
            s.targets.get(chosen.get()).or(s.targets.first()).cloned()
        })
    };
    let now = move || {
        let target = target()?;
        let s = screen.get()?;
        state.data.with(|d| {
            let ws = d.workspace()?;
            current_amount(ws, s.scenario, s.year, target.target).ok()
        })
    };
    // A new scenario, year or figure starts from the figure as it is; showing a proposal keeps what was typed.
    let starting_point = Memo::new(move |_| {
        let s = screen.get()?;
        Some((s.scenario, s.year, target()?.target, now()))
    });
    Effect::new(move |_| {
        let figure = starting_point.get().and_then(|(.., now)| now);
        amount.set(
            figure
                .map(|m| state.unit().format_plain(m.amount()))
                .unwrap_or_default(),
        );
        refusal.set(None);
    });
    let show = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Some(s), Some(target)) = (screen.get_untracked(), target()) else {
            return;
        };
        match parse_amount_in(&amount.get_untracked(), state.unit()) {
            Ok(kr) => {
                refusal.set(None);
                meeting.proposal.set(Some(Proposal {
                    year: s.year,
                    target: target.target,
                    amount: Money::new(kr),
                }));
            }
            Err(error) => refusal.set(Some(match state.lang() {
                Lang::Sv => error.message_sv(),
                Lang::En => error.message_en(),
            })),
        }
    };
    let refused = move || match screen.get()?.proposal? {
        Err(ProposalError::Refused(e)) => Some(match state.lang() {
            Lang::Sv => e.message_sv(),
            Lang::En => e.message_en(),
        }),
        Err(ProposalError::NotComputable(e)) => Some(match state.lang() {
            Lang::Sv => e.message_sv(),
            Lang::En => e.message_en(),
        }),
        Ok(_) => None,
    };
    let select = SelectOnFocus::new();
    let unit_label = move || t().amount.replace("{unit}", state.unit().label());
    view! {
        <section class="fp-meeting__what-if" aria-labelledby="fp-meeting-what-if" data-testid="what-if">
            <h2 id="fp-meeting-what-if">{move || t().what_if}</h2>
            <p class="fp-meeting__intro">{move || t().what_if_intro}</p>
            <form class="fp-meeting__what-if-form" on:submit=show>
                <div class="fp-field">
                    <label for="fp-what-if-figure">{move || t().figure}</label>
                    <select id="fp-what-if-figure" on:change:target=move |ev| {
                        chosen.set(ev.target().value().parse().unwrap_or(0));
                    }>
                        {move || screen.get().map(|s| options(&s, chosen.get(), t()))}
                    </select>
                </div>
                <div class="fp-field">
                    <label for="fp-what-if-amount">{unit_label}</label>
                    <input id="fp-what-if-amount" type="text" inputmode="decimal" autocomplete="off"
                        class="fp-amount" aria-describedby="fp-what-if-error"
                        prop:value=move || amount.get()
                        on:input:target=move |ev| amount.set(ev.target().value())
                        on:focus=move |ev| select.focus(&ev)
                        on:mousedown=move |ev| select.mouseup(&ev)
                        on:mouseup=move |ev| select.mouseup(&ev)/>
                </div>
                <button type="submit" class="fp-button" data-testid="show-proposal">{move || t().show}</button>
            </form>
            <p id="fp-what-if-error" class="fp-amount__error" role="alert">{move || refusal.get().or_else(refused)}</p>
            <Proposed meeting screen/>
        </section>
    }
}

fn options(s: &MeetingData, chosen: usize, t: &MeetingTexts) -> impl IntoView {
    s.targets
        .iter()
        .enumerate()
        .map(|(i, target)| {
            let text = target_name(target, s.year, t);
            view! { <option value=i.to_string() selected=i == chosen>{text}</option> }
        })
        .collect_view()
}

/// "Möjlig statlig tilldelning 2016" or "Insatser: Kaosam 2016".
fn target_name(target: &Target, year: crate::engine::model::Year, t: &MeetingTexts) -> String {
    match target.target {
        ProposalTarget::StateOffer => format!("{} {year}", t.state_offer),
        ProposalTarget::CostLine(_) => format!("{} {year}", target.name),
    }
}

/// The proposal being shown: what it changes, the new scenario's name, keep and discard.
#[component]
fn Proposed(meeting: Meeting, screen: Memo<Option<MeetingData>>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || texts(state.lang());
    let name = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        let s = screen.get()?;
        let proposal = meeting.proposal.get()?;
        matches!(s.proposal, Some(Ok(_))).then_some((s, proposal))
    });
    Effect::new(move |_| {
        if let Some((s, _)) = shown.get() {
            name.set(format!(
                "{} – {} {}",
                s.report.name,
                t().proposal_name.to_lowercase(),
                s.log.len() + 1
            ));
        }
    });
    let keep = move |_| {
        let Some((s, proposal)) = shown.get_untracked() else {
            return;
        };
        let new_name = name.get_untracked();
        let command = Command::KeepProposal {
            scenario: s.scenario,
            proposal,
            name: new_name.clone(),
            at: local_minute(),
        };
        match state.apply(command) {
            Ok(()) => {
                meeting.proposal.set(None);
                meeting
                    .said
                    .set(Some(t().kept.replace("{name}", new_name.trim())));
                meeting.choose(s.index + 1);
            }
            Err(message) => meeting.said.set(Some(message)),
        }
    };
    let discard = move |_| {
        meeting.proposal.set(None);
        meeting.said.set(Some(t().discarded.to_string()));
    };
    move || {
        shown.get().map(|(s, proposal)| {
            let line = change_line(&s, &proposal, state);
            view! {
                <div class="fp-meeting__proposal" data-testid="proposal">
                    <p class="fp-meeting__proposal-line">
                        <strong>{t().proposal_prefix}</strong> " " {line}
                    </p>
                    <div class="fp-field">
                        <label for="fp-keep-name">{t().keep_name}</label>
                        <input id="fp-keep-name" type="text" autocomplete="off" prop:value=move || name.get()
                            on:input:target=move |ev| name.set(ev.target().value())/>
                    </div>
                    <div class="fp-meeting__proposal-actions">
                        <button type="button" class="fp-button fp-button--primary" data-testid="keep-proposal" on:click=keep>{t().keep}</button>
                        <button type="button" class="fp-button" data-testid="discard-proposal" on:click=discard>{t().discard}</button>
                    </div>
                </div>
            }
        })
    }
}

/// "Möjlig statlig tilldelning 2016: 3 340 000 kr → 3 500 000 kr (+160 000 kr)".
fn change_line(s: &MeetingData, proposal: &Proposal, state: AppState) -> String {
    let t = texts(state.lang());
    let before = state.data.with_untracked(|d| {
        d.workspace()
            .and_then(|ws| current_amount(ws, s.scenario, proposal.year, proposal.target).ok())
    });
    let what = s
        .targets
        .iter()
        .find(|x| x.target == proposal.target)
        .map(|x| target_name(x, proposal.year, t))
        .unwrap_or_default();
    let money = |m: Money| state.unit().format(m.amount());
    match before {
        Some(b) => format!(
            "{what}: {} → {} ({})",
            money(b),
            money(proposal.amount),
            signed_money(state, proposal.amount.checked_sub(b).unwrap_or(Money::ZERO))
        ),
        None => format!("{what}: {}", money(proposal.amount)),
    }
}

/// The local time to the minute, "2026-11-20 14:32", for the log.
fn local_minute() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month().saturating_add(1),
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}
