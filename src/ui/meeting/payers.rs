//! Who pays what in the shown year, member by member: what each pays and its difference — against the
//! scenario with a proposal shown, against the baseline otherwise (key B).

use super::figures::{sides, signed_money};
use super::{Meeting, Shown};
use crate::engine::money::Money;
use crate::i18n::meeting::texts;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The members' contributions of the year.
#[component]
pub fn MeetingPayers(meeting: Meeting) -> impl IntoView {
    let state = AppState::expect();
    let table = move || {
        let Shown::Screen(s) = meeting.data.get() else {
            return None;
        };
        let t = texts(state.lang());
        let (shown, against) = sides(&s, meeting.deltas.get(), t.proposal_name).of_year(s.year)?;
        let proposal = matches!(s.proposal, Some(Ok(_)));
        let pays_head = if proposal { t.with_proposal } else { t.pays };
        let caption = against
            .as_ref()
            .map(|(_, name)| t.difference_against.replace("{name}", name));
        let delta_head = against.is_some().then_some(t.difference);
        let money = move |m: Money| state.unit().format(m.amount());
        let rows = shown
            .funding
            .parties
            .iter()
            .filter(|p| !p.amount.is_zero() || against.is_some())
            .map(|p| {
                let other = against.as_ref().map(|(y, _)| {
                    y.funding
                        .parties
                        .iter()
                        .find(|o| o.party == p.party)
                        .map_or(Money::ZERO, |o| o.amount)
                });
                let delta = other
                    .map(|o| signed_money(state, p.amount.checked_sub(o).unwrap_or(Money::ZERO)));
                view! {
                    <tr>
                        <th scope="row">{p.name.clone()}</th>
                        <td>{money(p.amount)}</td>
                        {delta.map(|d| view! { <td>{d}</td> })}
                    </tr>
                }
            })
            .collect_view();
        let heading = t.who_pays.replace("{year}", &s.year.to_string());
        Some(view! {
            <section class="fp-meeting__payers" aria-labelledby="fp-meeting-payers">
                <h2 id="fp-meeting-payers">{heading}</h2>
                <table class="fp-meeting__table" data-testid="meeting-payers">
                    {caption.map(|c| view! { <caption class="fp-meeting__caption">{c}</caption> })}
                    <thead>
                        <tr>
                            <th scope="col">{t.member}</th>
                            <th scope="col">{pays_head}</th>
                            {delta_head.map(|h| view! { <th scope="col">{h}</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </section>
        })
    };
    view! { <div class="fp-meeting__payers-box">{table}</div> }
}
