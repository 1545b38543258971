//! The check of a document's running text against its pasted table ([`text_findings`]): a heading that names
//! another budget year than the document decides, an amount after the end of funding the text gives a row
//! ("har medel till och med 2016") or as large for part of a year as for a whole one, a cost row the text never
//! names, a share worked out wrongly in words, "the goal is reached" while the printed equity is above the
//! recommendation, a plan above the highest state allocation the text names, and the total allocation in
//! words against the contributions.

mod claims;
mod projects;
pub mod tokens;

use super::findings::{at, contributions_in, state_in, whole, Finding, FindingKind};
use super::{PastedRow, PastedTable, RowKind};
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::money_text::round_ore;
use projects::{funds_until, items, naming_words, subject, FundsUntil};
use rust_decimal::Decimal;
use tokens::{sentences, tokens, Token};

/// The findings of `text` (the whole document, or its running text) against `table`; `equity_over` are the
/// years whose printed closing equity is above the recommendation.
pub fn text_findings(table: &PastedTable, text: &str, equity_over: &[Year]) -> Vec<Finding> {
    let lines = prose_lines(table, text);
    let words = tokens(&lines);
    if words.is_empty() {
        return Vec::new();
    }
    let sentences = sentences(&words);
    let amounts = tokens::amounts(&words);
    let budget = claims::budget_year(&words, &lines);
    let mut out = Vec::new();
    if let Some(year) = &budget {
        for heading in claims::headings_off_year(&lines, year) {
            out.push(whole(
                None,
                FindingKind::BudgetYearHeading {
                    heading: heading.words,
                    heading_line: heading.line,
                    year: year.year,
                    source: year.words.clone(),
                    source_line: year.line,
                },
            ));
        }
    }
    cost_rows(table, &words, &mut out);
    let budget_column = budget
        .as_ref()
        .and_then(|b| table.years.iter().position(|y| *y == b.year));
    for wrong in claims::shares_in_words(&words, &amounts, &sentences) {
        let actual = budget_column.and_then(|c| {
            let contributions = contributions_in(table, c)?;
            // To the öre, as every stored amount (12,5 % of 2 000 001 kr is 250 000,125).
            let part = round_ore(contributions.checked_mul(wrong.share)?.amount());
            Some((table.years[c], contributions, Money::new(part)))
        });
        out.push(whole(
            None,
            FindingKind::ShareInWords {
                text_line: wrong.line,
                stated_words: wrong.stated_words,
                share: wrong.share,
                base: Money::new(wrong.base),
                computed: Money::new(round_ore(wrong.share * wrong.base)),
                actual,
            },
        ));
    }
    if let (Some((words, line)), false) = (
        claims::goal_claimed(&words, &sentences),
        equity_over.is_empty(),
    ) {
        out.push(whole(
            None,
            FindingKind::GoalClaimed {
                text_line: line,
                words,
                years: equity_over.to_vec(),
            },
        ));
    }
    if let Some(offer) = claims::state_offer(&words, &amounts, &sentences) {
        above_offer(table, &offer, &mut out);
    }
    if let (Some((stated, words, line)), Some(column)) =
        (claims::total_allocation(&words, &amounts), budget_column)
    {
        if let Some(contributions) = contributions_in(table, column) {
            let off = contributions
                .amount()
                .checked_sub(stated.amount)
                .map(|d| d.abs());
            if off.is_none_or(|off| off > stated.half_unit) {
                out.push(whole(
                    Some(table.years[column]),
                    FindingKind::TotalInWords {
                        text_line: line,
                        words,
                        contributions,
                    },
                ));
            }
        }
    }
    out
}

/// The text's lines without the table's own rows (a row label followed by nothing but amounts) and the
/// year heading: what is left is what the document says in words.
fn prose_lines<'a>(table: &PastedTable, text: &'a str) -> Vec<(usize, &'a str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
        .filter(|(_, l)| !is_table_line(table, l))
        .collect()
}

fn is_table_line(table: &PastedTable, line: &str) -> bool {
    let line = line.trim();
    // After the label at least one amount, and nothing but amounts and units ("Ungkraft" alone is a heading).
    let only_cells = |rest: &str| {
        rest.chars()
            .any(|c| c.is_ascii_digit() || "-−–".contains(c))
            && rest.split_whitespace().all(|w| {
                w.chars()
                    .all(|c| c.is_ascii_digit() || "-−–(),.".contains(c))
                    || matches!(w, "t" | "kr" | "tkr")
            })
    };
    let years = line
        .split_whitespace()
        .all(|w| tokens::year_of(w).is_some());
    years
        || table.rows.iter().any(|row| {
            !row.label.is_empty()
                && line
                    .strip_prefix(row.label.as_str())
                    .is_some_and(only_cells)
        })
}

/// The cost rows against what the text says of them: named at all, and funded until when.
fn cost_rows(table: &PastedTable, words: &[Token], out: &mut Vec<Finding>) {
    let named: Vec<(usize, Vec<String>)> = table
        .rows
        .iter()
        .enumerate()
        .filter(|(_, r)| r.kind == RowKind::CostLine)
        .map(|(i, r)| (i, naming_words(&r.label)))
        .filter(|(_, n)| !n.is_empty())
        .collect();
    let mut until: Vec<(usize, FundsUntil)> = Vec::new();
    for item in items(words, &named) {
        if let (Some(row), Some(end)) = (
            subject(words, item.clone(), &named),
            funds_until(words, item),
        ) {
            if until.iter().all(|(r, _)| *r != row) {
                until.push((row, end));
            }
        }
    }
    for (row, end) in &until {
        funding_after_end(table, &table.rows[*row], end, out);
    }
    // The rows a text is expected to describe: not the förbund's own running costs.
    let described: Vec<&(usize, Vec<String>)> = named
        .iter()
        .filter(|(_, n)| !projects::is_overhead(n))
        .collect();
    let unnamed: Vec<&PastedRow> = described
        .iter()
        .filter(|(_, n)| !words.iter().any(|t| projects::names(n, &t.word)))
        .map(|(i, _)| &table.rows[*i])
        .collect();
    // Only a text that describes its rows (at least half of them) is expected to name every one.
    if unnamed.len() * 2 <= described.len() {
        for row in unnamed {
            out.push(at(row, None, FindingKind::NotInText));
        }
    }
}

/// Amounts after the end of funding, and a part year as large as the whole year before.
fn funding_after_end(
    table: &PastedTable,
    row: &PastedRow,
    end: &FundsUntil,
    out: &mut Vec<Finding>,
) {
    let amount = |c: usize| {
        row.cells
            .get(c)
            .copied()
            .flatten()
            .filter(|a| !a.is_zero())
            .map(|a| a.abs())
    };
    for (column, &year) in table.years.iter().enumerate() {
        let Some(this) = amount(column) else { continue };
        let at = |kind| at(row, Some(year), kind);
        if year > end.year {
            out.push(at(FindingKind::FundsAfterEnd {
                amount: Money::new(this),
                phrase: end.phrase.clone(),
                text_line: end.line,
            }));
        } else if year == end.year && end.month < 12 {
            let before = column.checked_sub(1).and_then(amount);
            if let Some(before) = before.filter(|b| this >= *b) {
                out.push(at(FindingKind::PartYearFull {
                    amount: Money::new(this),
                    months: end.month,
                    phrase: end.phrase.clone(),
                    text_line: end.line,
                    before: Money::new(before),
                }));
            }
        }
    }
}

/// Plan years where the state pays more than the highest allocation the text names.
fn above_offer(table: &PastedTable, offer: &claims::StateOffer, out: &mut Vec<Finding>) {
    for (column, &year) in table.years.iter().enumerate() {
        let Some(state) = state_in(table, column) else {
            continue;
        };
        if year >= offer.year && state.amount() > offer.amount {
            out.push(whole(
                Some(year),
                FindingKind::AboveStateOffer {
                    state,
                    offer: Money::new(offer.amount),
                    offer_year: offer.year,
                    text_line: offer.line,
                    contributions: contributions_in(table, column).unwrap_or(state),
                    offer_total: Money::new(offer.amount * Decimal::TWO),
                },
            ));
        }
    }
}
