//! The headline figures of a meeting screen — member contributions, the year's result and closing equity,
//! each with its difference — the equity verdict in plain words, and the difference in a sentence.
//! With a proposal shown, the figures are the proposal's and the differences are against the scenario;
//! otherwise (key B) against the baseline.

use super::data::MeetingData;
use super::{Meeting, Shown};
use crate::engine::compare::compare_reports;
use crate::engine::equity::EquityStatus;
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::report::{ScenarioReport, YearReport};
use crate::i18n::meeting::texts;
use crate::ui::compare::format::signed_amount;
use crate::ui::compare::summary::{facts, sentence, summary_year};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The figures shown and what they are measured against (the other report and its name).
pub(super) struct Sides {
    /// The figures shown: the proposal's, or the scenario's.
    pub shown: ScenarioReport,
    /// What the differences are against, if they are shown.
    pub against: Option<ScenarioReport>,
}

/// The proposal against the scenario, or the scenario against the baseline when `deltas` is on.
pub(super) fn sides(s: &MeetingData, deltas: bool, proposal_name: &str) -> Sides {
    if let Some(Ok(with)) = &s.proposal {
        let mut shown = with.clone();
        shown.name = proposal_name.to_string();
        return Sides {
            shown,
            against: Some(s.report.clone()),
        };
    }
    Sides {
        shown: s.report.clone(),
        against: s.baseline.clone().filter(|_| deltas),
    }
}

impl Sides {
    /// The shown figures of `year`, and the same year of what they are measured against with its name.
    pub(super) fn of_year(&self, year: Year) -> Option<(YearReport, Option<(YearReport, String)>)> {
        let shown = self.shown.year(year)?.clone();
        let against = self
            .against
            .as_ref()
            .and_then(|r| r.year(year).map(|y| (y.clone(), r.name.clone())));
        Some((shown, against))
    }
}

/// "+380 000 kr" or "−95 000 kr".
pub(super) fn signed_money(state: AppState, amount: Money) -> String {
    let unit = state.unit();
    format!("{}\u{a0}{}", signed_amount(unit, amount), unit.label())
}

/// A headline figure: its label, test id and how it is read from a year.
type Card = (&'static str, &'static str, fn(&YearReport) -> Money);

fn screen(meeting: Meeting) -> Option<MeetingData> {
    match meeting.data.get() {
        Shown::Screen(s) => Some(*s),
        _ => None,
    }
}

/// The three headline figures and the verdict.
#[component]
pub fn HeadlineFigures(meeting: Meeting) -> impl IntoView {
    let state = AppState::expect();
    let body = move || {
        let s = screen(meeting)?;
        let t = texts(state.lang());
        let (shown, against) = sides(&s, meeting.deltas.get(), t.proposal_name).of_year(s.year)?;
        let cards: [Card; 3] = [
            (t.contributions, "meeting-contributions", |y| {
                y.contributions
            }),
            (t.result, "meeting-result", |y| y.result),
            (t.closing, "meeting-closing", |y| y.closing_equity),
        ];
        let cards = cards
            .into_iter()
            .map(|(label, testid, figure)| {
                let value = state.unit().format(figure(&shown).amount());
                let delta = against.as_ref().map(|(other, name)| {
                    let difference = figure(&shown)
                        .checked_sub(figure(other))
                        .unwrap_or(Money::ZERO);
                    t.versus
                        .replace("{amount}", &signed_money(state, difference))
                        .replace("{name}", name)
                });
                view! {
                    <div class="fp-meeting__figure">
                        <h2 class="fp-meeting__label">{label}</h2>
                        <p class="fp-meeting__value" data-testid=testid>{value}</p>
                        {delta.map(|d| view! { <p class="fp-meeting__delta">{d}</p> })}
                    </div>
                }
            })
            .collect_view();
        let over = shown.closing_equity.is_negative() || shown.equity.status == EquityStatus::Over;
        let funding = crate::i18n::funding::texts(state.lang());
        let money = move |m: Money| state.unit().format(m.amount());
        let verdict =
            crate::ui::funding::equity_sentence(&shown.equity, funding, &s.year.to_string(), money);
        let base_note = (s.baseline.is_none() && meeting.deltas.get()).then_some(t.is_baseline);
        Some(view! {
            <section class="fp-meeting__figures" aria-label=s.report.name.clone()>{cards}</section>
            <p class="fp-meeting__verdict" class:fp-meeting__verdict--over=over data-testid="meeting-verdict">{verdict}</p>
            {base_note.map(|n| view! { <p class="fp-meeting__note">{n}</p> })}
        })
    };
    view! { <div class="fp-meeting__headline">{body}</div> }
}

/// The difference in one sentence, as on the compare page.
#[component]
pub fn InWords(meeting: Meeting) -> impl IntoView {
    let state = AppState::expect();
    let words = move || {
        let s = screen(meeting)?;
        let t = texts(state.lang());
        let sides = sides(&s, meeting.deltas.get(), t.proposal_name);
        let against = sides.against?;
        let cmp = compare_reports(&against, &sides.shown).ok()?;
        let year = summary_year(&cmp, Some(s.year))?;
        let found = facts(&cmp, &against, &sides.shown, year)?;
        let compare = crate::i18n::compare::texts(state.lang());
        Some(sentence(&found, &compare.sentence, state.unit()))
    };
    move || {
        words().map(|text| {
            view! {
                <section class="fp-meeting__words" aria-labelledby="fp-meeting-words">
                    <h2 id="fp-meeting-words">{texts(state.lang()).in_words}</h2>
                    <p data-testid="meeting-words">{text}</p>
                </section>
            }
        })
    }
}
