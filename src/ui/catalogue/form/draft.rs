//! The form's working copy of one item: every field as the user typed it, turned into a `CatalogueItem`
//! only when every field can be read. Amounts are always typed in kronor (never t kr, which would round).

use crate::engine::command::ItemField;
use crate::engine::ids::{CatalogueItemId, PartyId};
use crate::engine::model::{
    CatalogueItem, Inriktning, IsoDate, ItemKind, ItemStatus, Period, Year, YearMonth,
};
use crate::engine::money::Money;
use crate::engine::money_text::{format_plain, parse_amount};
use crate::engine::ordered::{set_of, sort_stable_by};
use crate::i18n::catalogue::CatalogueTexts;
use crate::i18n::Lang;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// One thing to fix before the item can be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where it is (`None`: the item as a whole).
    pub field: Option<ItemField>,
    /// What to do, in the UI language.
    pub message: String,
}

/// One row of the per-year table.
#[derive(Debug, Clone, Copy)]
pub struct YearRow {
    /// The calendar year.
    pub year: Year,
    /// The amount as typed (kr).
    pub amount: RwSignal<String>,
    /// Planned participants as typed.
    pub participants: RwSignal<String>,
}

/// The form's fields.
#[derive(Debug, Clone, Copy)]
pub struct Draft {
    /// The item being edited (`None` for a new one).
    pub id: Option<CatalogueItemId>,
    pub name: RwSignal<String>,
    pub description: RwSignal<String>,
    pub kind: RwSignal<ItemKind>,
    pub status: RwSignal<ItemStatus>,
    pub owner: RwSignal<Option<PartyId>>,
    pub owner_unit: RwSignal<String>,
    pub participants: RwSignal<Vec<PartyId>>,
    pub external_partners: RwSignal<String>,
    pub leaders: RwSignal<String>,
    pub target_group: RwSignal<String>,
    pub inriktning: RwSignal<Option<Inriktning>>,
    pub start: RwSignal<String>,
    pub end: RwSignal<String>,
    pub decision_date: RwSignal<String>,
    pub origin: RwSignal<String>,
    pub notes: RwSignal<String>,
    pub years: RwSignal<Vec<YearRow>>,
    /// The problems found by the last save attempt.
    pub problems: RwSignal<Vec<Problem>>,
}

impl Draft {
    /// A working copy of `item`, with a row for each of `years` and each year the item has figures for.
    pub fn from_item(id: Option<CatalogueItemId>, item: &CatalogueItem, years: &[Year]) -> Draft {
        let mut all = set_of(years.iter().copied());
        all.extend(item.amounts.keys().copied());
        all.extend(item.planned_participants.keys().copied());
        let rows = all.into_iter().map(|year| year_row(item, year)).collect();
        Draft {
            id,
            name: RwSignal::new(item.name.clone()),
            description: RwSignal::new(item.description.clone()),
            kind: RwSignal::new(item.kind),
            status: RwSignal::new(item.status),
            owner: RwSignal::new(item.owner),
            owner_unit: RwSignal::new(item.owner_unit.clone()),
            participants: RwSignal::new(item.participants.clone()),
            external_partners: RwSignal::new(item.external_partners.join("\n")),
            leaders: RwSignal::new(item.leaders.join("\n")),
            target_group: RwSignal::new(item.target_group.clone()),
            inriktning: RwSignal::new(item.inriktning),
            start: RwSignal::new(month_text(item.period.start)),
            end: RwSignal::new(month_text(item.period.end)),
            decision_date: RwSignal::new(
                item.decision_date
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
            origin: RwSignal::new(item.origin.clone()),
            notes: RwSignal::new(item.notes.clone()),
            years: RwSignal::new(rows),
            problems: RwSignal::new(Vec::new()),
        }
    }

    /// Adds an empty row for `year` unless there is one.
    pub fn add_year(self, year: Year) {
        self.years.update(|rows| {
            if rows.iter().all(|r| r.year != year) {
                rows.push(YearRow {
                    year,
                    amount: RwSignal::new(String::new()),
                    participants: RwSignal::new(String::new()),
                });
                sort_stable_by(rows, |a, b| a.year.cmp(&b.year));
            }
        });
    }

    /// The item the fields describe, or every field that cannot be read.
    pub fn to_item(self, lang: Lang, t: &CatalogueTexts) -> Result<CatalogueItem, Vec<Problem>> {
        let mut problems = Vec::new();
        let mut note = |field, message: String| {
            problems.push(Problem {
                field: Some(field),
                message,
            })
        };
        let start = read_month(&self.start.get_untracked()).unwrap_or_else(|()| {
            note(ItemField::PeriodStart, t.bad_month.to_string());
            None
        });
        let end = read_month(&self.end.get_untracked()).unwrap_or_else(|()| {
            note(ItemField::PeriodEnd, t.bad_month.to_string());
            None
        });
        let decision_date = read_date(&self.decision_date.get_untracked()).unwrap_or_else(|()| {
            note(ItemField::DecisionDate, t.bad_date.to_string());
            None
        });
        let mut amounts = BTreeMap::new();
        let mut planned = BTreeMap::new();
        for row in self.years.get_untracked() {
            match read_amount(&row.amount.get_untracked(), lang) {
                Ok(Some(amount)) => {
                    amounts.insert(row.year, amount);
                }
                Ok(None) => {}
                Err(message) => note(ItemField::Amounts(row.year), message),
            }
            match read_count(&row.participants.get_untracked()) {
                Ok(Some(count)) => {
                    planned.insert(row.year, count);
                }
                Ok(None) => {}
                Err(()) => note(
                    ItemField::PlannedParticipants(row.year),
                    t.bad_count.to_string(),
                ),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(CatalogueItem {
            id: self.id.unwrap_or(CatalogueItemId(0)),
            name: self.name.get_untracked(),
            kind: self.kind.get_untracked(),
            owner: self.owner.get_untracked(),
            owner_unit: self.owner_unit.get_untracked(),
            leaders: lines(&self.leaders.get_untracked()),
            target_group: self.target_group.get_untracked(),
            participants: self.participants.get_untracked(),
            external_partners: lines(&self.external_partners.get_untracked()),
            period: Period { start, end },
            status: self.status.get_untracked(),
            amounts,
            description: self.description.get_untracked(),
            inriktning: self.inriktning.get_untracked(),
            planned_participants: planned,
            decision_date,
            origin: self.origin.get_untracked(),
            notes: self.notes.get_untracked(),
        })
    }
}

fn year_row(item: &CatalogueItem, year: Year) -> YearRow {
    let amount = item.amounts.get(&year).map(|m| format_plain(m.amount()));
    let count = item.planned_participants.get(&year).map(u32::to_string);
    YearRow {
        year,
        amount: RwSignal::new(amount.unwrap_or_default()),
        participants: RwSignal::new(count.unwrap_or_default()),
    }
}

/// `YYYY-MM`, or empty for an unknown month.
pub fn month_text(month: Option<YearMonth>) -> String {
    month
        .map(|m| format!("{}-{:02}", m.year, m.month))
        .unwrap_or_default()
}

/// Reads `YYYY-MM` (or `YYYY-M`); empty means unknown. The month's range is checked by the engine too.
fn read_month(text: &str) -> Result<Option<YearMonth>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (year, month) = text.split_once('-').ok_or(())?;
    let year: Year = four_digits(year)?;
    let month: u8 = month.trim().parse().map_err(|_| ())?;
    if !(1..=12).contains(&month) {
        return Err(());
    }
    Ok(Some(YearMonth { year, month }))
}

fn four_digits(text: &str) -> Result<Year, ()> {
    let text = text.trim();
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    text.parse().map_err(|_| ())
}

fn read_date(text: &str) -> Result<Option<IsoDate>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    IsoDate::parse(text).map(Some).ok_or(())
}

fn read_amount(text: &str, lang: Lang) -> Result<Option<Money>, String> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_amount(text)
        .map(|d| Some(Money::new(d)))
        .map_err(|e| match lang {
            Lang::Sv => e.message_sv(),
            Lang::En => e.message_en(),
        })
}

fn read_count(text: &str) -> Result<Option<u32>, ()> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(());
    }
    digits.parse().map(Some).map_err(|_| ())
}

/// Non-empty trimmed lines.
fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// A year typed in the "add year" field.
pub fn read_year(text: &str) -> Result<Year, ()> {
    four_digits(text)
}
