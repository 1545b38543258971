//! "Budgetunderlag per medlem": the choice of what the Budget page prints — the budget proposal, a letter for
//! every member, or the letter for one — and the letters themselves (shown on screen as a preview once chosen,
//! one A4 page each in print): what the member pays each year, the change from the year before, its share, and
//! how its side's key is made.

use super::state::AppState;
use crate::engine::funding::FundingSide;
use crate::engine::ids::PartyId;
use crate::engine::member_letter::{
    member_letter, paying_members, KeyBasis, KeyShare, MemberLetter,
};
use crate::engine::money::Money;
use crate::engine::money_text::{format_percent, DisplayUnit};
use crate::i18n::print::{self, PrintTexts};
use crate::storage::clock_now;
use leptos::prelude::*;
use rust_decimal::Decimal;

/// What the Budget page prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PaperChoice {
    /// The budget proposal.
    #[default]
    Budget,
    /// A letter for every paying member.
    AllLetters,
    /// The letter for one member.
    Letter(PartyId),
}

/// The choice of paper and, for letters, the letters.
#[component]
pub fn MemberLetters(choice: RwSignal<PaperChoice>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || print::texts(state.lang());
    let members = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .map(|w| {
                    let ids = paying_members(w);
                    ids.into_iter()
                        .filter_map(|id| w.party(id).map(|p| (id, p.name.clone())))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let options = move || {
        let t = t();
        let mut list = vec![("budget".to_string(), t.paper_budget.to_string())];
        list.push(("all".to_string(), t.paper_all_letters.to_string()));
        for (id, name) in members.get() {
            list.push((id.0.to_string(), format!("{} {name}", t.paper_one_letter)));
        }
        list.into_iter()
            .map(|(value, text)| {
                let own = value.clone();
                let selected = move || choice_value(choice.get()) == own;
                view! { <option value=value selected=selected>{text}</option> }
            })
            .collect_view()
    };
    let pick = move |ev: leptos::ev::Event| choice.set(parse_choice(&event_target_value(&ev)));
    view! {
        <p class="fp-print-choice">
            <span class="fp-field">
                <label for="fp-paper-choice">{move || t().choose_paper}</label>
                <select id="fp-paper-choice" data-testid="paper-choice" on:change=pick>{options}</select>
            </span>
        </p>
        <Show when=move || choice.get() != PaperChoice::Budget>
            <Letters choice/>
        </Show>
    }
}

fn choice_value(choice: PaperChoice) -> String {
    match choice {
        PaperChoice::Budget => "budget".into(),
        PaperChoice::AllLetters => "all".into(),
        PaperChoice::Letter(id) => id.0.to_string(),
    }
}

fn parse_choice(value: &str) -> PaperChoice {
    match value {
        "all" => PaperChoice::AllLetters,
        other => other
            .parse()
            .map_or(PaperChoice::Budget, |id| PaperChoice::Letter(PartyId(id))),
    }
}

/// The chosen letters of the open scenario.
#[component]
fn Letters(choice: RwSignal<PaperChoice>) -> impl IntoView {
    let state = AppState::expect();
    let letters = Memo::new(move |_| {
        state.data.with(|d| {
            let workspace = d.workspace()?;
            let scenario = workspace.scenarios.get(d.scenario_index())?;
            let ids = match choice.get() {
                PaperChoice::Budget => Vec::new(),
                PaperChoice::AllLetters => paying_members(workspace),
                PaperChoice::Letter(id) => vec![id],
            };
            let letters: Vec<MemberLetter> = ids
                .into_iter()
                .filter_map(|id| member_letter(workspace, scenario.id, id).ok().flatten())
                .collect();
            Some((workspace.name.clone(), scenario.name.clone(), letters))
        })
    });
    let today = clock_now().today;
    move || {
        let (forbund, scenario, letters) = letters.get()?;
        let t = print::texts(state.lang());
        let unit = state.unit();
        let head = format!("{forbund} · {scenario} · {} {today}", t.printed_on);
        Some(view! {
            <div class="fp-letters" data-testid="member-letters">
                {letters.into_iter().map(|letter| letter_view(letter, &head, unit, t)).collect_view()}
            </div>
        })
    }
}

fn letter_view(
    letter: MemberLetter,
    head: &str,
    unit: DisplayUnit,
    t: &'static PrintTexts,
) -> impl IntoView {
    let title = format!("{} {}", t.letter_title, letter.name);
    let key = key_sentence(&letter, t);
    let rows = letter
        .years
        .iter()
        .map(|y| {
            let year = if y.overview_plan {
                format!("{} {}", y.year, t.overview_plan)
            } else {
                y.year.to_string()
            };
            view! {
                <tr>
                    <th scope="row">{year}</th>
                    <td>{unit.format_plain(y.amount.amount())}</td>
                    <td>{y.change.map(|c| signed(c, unit)).unwrap_or_default()}</td>
                    <td>{y.share.map(|s| format_percent(s, 1)).unwrap_or_default()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <article class="fp-card fp-letter" data-testid="member-letter">
            <h2>{title.clone()}</h2>
            <p class="fp-card__meta">{head.to_string()}</p>
            <p>{key}</p>
            <table class="fp-table">
                <caption>{format!("{title} ({})", unit.label())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_year}</th>
                        <th scope="col">{t.col_pays}</th>
                        <th scope="col">{t.col_change}</th>
                        <th scope="col">{t.col_share}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </article>
    }
}

/// A change with its sign (+ for more).
fn signed(amount: Money, unit: DisplayUnit) -> String {
    let text = unit.format_plain(amount.amount());
    if amount.amount() > Decimal::ZERO {
        format!("+{text}")
    } else {
        text
    }
}

/// Which part the member pays into and how its side's key gives its share.
fn key_sentence(letter: &MemberLetter, t: &PrintTexts) -> String {
    let side = match letter.side {
        FundingSide::State => return t.side_state.to_string(),
        FundingSide::Regions => t.side_regions,
        FundingSide::Municipalities => t.side_municipalities,
    };
    let Some(key) = &letter.key else {
        return format!("{side}.");
    };
    if key.members <= 1 {
        return format!("{side}; {} {}.", letter.name, t.alone);
    }
    let basis = match key.basis {
        KeyBasis::FixedShares => t.key_fixed,
        KeyBasis::Population => t.key_population,
        KeyBasis::PopulationAndMeasure => return format!("{side}, {}.", t.key_blend),
    };
    format!("{side}, {basis}: {}.", key_figures(letter, key, t))
}

/// "Landskrona Stad 46 000 av 60 000 (76,7 %)" (inhabitants and parts are counts, never in t kr).
fn key_figures(letter: &MemberLetter, key: &KeyShare, t: &PrintTexts) -> String {
    let (Some(own), Some(total)) = (key.own, key.side_total) else {
        return letter.name.clone();
    };
    let number = |n: u64| DisplayUnit::Kr.format_plain(Decimal::from(n));
    let share = if total > 0 {
        let ratio = Decimal::from(own) / Decimal::from(total);
        format!(" ({})", format_percent(ratio, 1))
    } else {
        String::new()
    };
    format!(
        "{} {} {} {}{share}",
        letter.name,
        number(own),
        t.of,
        number(total)
    )
}
