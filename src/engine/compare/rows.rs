//! Flattens a year report into matchable rows and merges two such lists.

use super::ComparisonRow;
use crate::engine::error::EngineError;
use crate::engine::ids::{CatalogueItemId, PartyId};
use crate::engine::money::Money;
use crate::engine::ordered::{map_of, sort_stable_by};
use crate::engine::report::{AmountOrigin, YearReport};
use std::collections::BTreeMap;

/// What a comparison row shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum RowKind {
    /// One party's contribution.
    Party,
    /// Total member contributions.
    Contributions,
    /// One other-income line.
    OtherIncomeLine,
    /// Total other income.
    OtherIncomeTotal,
    /// Summa intäkter.
    IncomeTotal,
    /// Opening equity.
    OpeningEquity,
    /// Tillgängliga medel.
    AvailableFunds,
    /// One cost line.
    CostLine,
    /// One cost group's subtotal.
    GroupTotal,
    /// Summa kostnader.
    CostsTotal,
    /// Periodens resultat.
    Result,
    /// Closing equity.
    ClosingEquity,
    /// Recommended maximum equity.
    RecommendedMax,
    /// State money left unused.
    UnusedStateMoney,
}

/// Identity used to match rows across scenarios.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum MatchKey {
    Fixed(RowKind),
    Party(PartyId),
    Income(String, usize),
    Group(String, usize),
    CatalogueLine(CatalogueItemId, usize),
    NamedLine(String, String, usize),
}

/// A flattened row of one year report.
pub(super) struct Entry {
    key: MatchKey,
    kind: RowKind,
    label: String,
    group: Option<String>,
    amount: Money,
}

fn normalized(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Numbers repeated keys 0, 1, 2 … so the k-th occurrence matches the k-th.
#[derive(Default)]
struct Occurrences(BTreeMap<MatchKey, usize>);

impl Occurrences {
    fn next(&mut self, base: MatchKey) -> usize {
        let count = self.0.entry(base).or_insert(0);
        let current = *count;
        *count = count.saturating_add(1);
        current
    }
}

fn fixed(kind: RowKind, amount: Money) -> Entry {
    Entry {
        key: MatchKey::Fixed(kind),
        kind,
        label: String::new(),
        group: None,
        amount,
    }
}

/// Flattens a year report in display order.
pub(super) fn entries(year: &YearReport) -> Vec<Entry> {
    let mut seen = Occurrences::default();
    let mut out: Vec<Entry> = year
        .funding
        .parties
        .iter()
        .map(|p| Entry {
            key: MatchKey::Party(p.party),
            kind: RowKind::Party,
            label: p.name.clone(),
            group: None,
            amount: p.amount,
        })
        .collect();
    out.push(fixed(RowKind::Contributions, year.contributions));
    for line in &year.other_income {
        let n = seen.next(MatchKey::Income(normalized(&line.name), 0));
        let key = MatchKey::Income(normalized(&line.name), n);
        out.push(Entry {
            key,
            kind: RowKind::OtherIncomeLine,
            label: line.name.clone(),
            group: None,
            amount: line.amount,
        });
    }
    out.push(fixed(RowKind::OtherIncomeTotal, year.other_income_total));
    out.push(fixed(RowKind::IncomeTotal, year.income_total));
    out.push(fixed(RowKind::OpeningEquity, year.opening_equity));
    out.push(fixed(RowKind::AvailableFunds, year.available_funds));
    for group in &year.groups {
        let group_name = normalized(&group.name);
        for line in &group.lines {
            let base = match line.origin {
                AmountOrigin::Own => {
                    MatchKey::NamedLine(group_name.clone(), normalized(&line.name), 0)
                }
                AmountOrigin::Catalogue(item) | AmountOrigin::Override(item) => {
                    MatchKey::CatalogueLine(item, 0)
                }
            };
            let key = with_occurrence(base.clone(), seen.next(base));
            let group = Some(group.name.clone());
            out.push(Entry {
                key,
                kind: RowKind::CostLine,
                label: line.name.clone(),
                group,
                amount: line.amount,
            });
        }
        let n = seen.next(MatchKey::Group(group_name.clone(), 0));
        let key = MatchKey::Group(group_name, n);
        out.push(Entry {
            key,
            kind: RowKind::GroupTotal,
            label: group.name.clone(),
            group: Some(group.name.clone()),
            amount: group.total,
        });
    }
    out.push(fixed(RowKind::CostsTotal, year.costs_total));
    out.push(fixed(RowKind::Result, year.result));
    out.push(fixed(RowKind::ClosingEquity, year.closing_equity));
    if let Some(max) = year.equity.recommended_max {
        out.push(fixed(RowKind::RecommendedMax, max));
    }
    if let Some(unused) = year.funding.unused_state_money {
        out.push(fixed(RowKind::UnusedStateMoney, unused));
    }
    out
}

fn with_occurrence(base: MatchKey, n: usize) -> MatchKey {
    match base {
        MatchKey::CatalogueLine(item, _) => MatchKey::CatalogueLine(item, n),
        MatchKey::NamedLine(group, line, _) => MatchKey::NamedLine(group, line, n),
        other => other,
    }
}

/// Merges A's and B's rows in A's order; a B-only row goes just before the next row both sides
/// share (so after A-only rows there, as in a diff: removed, then added).
pub(super) fn merge(a: Vec<Entry>, b: Vec<Entry>) -> Result<Vec<ComparisonRow>, EngineError> {
    let positions = map_of(a.iter().enumerate().map(|(i, e)| (e.key.clone(), i)));
    let mut b_amounts: Vec<Option<Money>> = vec![None; a.len()];
    let mut placed: Vec<(SortKey, Entry, Option<Money>, Option<Money>)> = Vec::new();
    let mut waiting: Vec<(usize, Entry)> = Vec::new();
    for (j, entry) in b.into_iter().enumerate() {
        let matched = positions.get(&entry.key).copied();
        match matched.and_then(|i| b_amounts.get_mut(i).map(|slot| (i, slot))) {
            Some((i, slot)) => {
                *slot = Some(entry.amount);
                placed.extend(waiting.drain(..).map(|(j, e)| b_only((i, 0, j), e)));
            }
            None => waiting.push((j, entry)),
        }
    }
    let end = a.len();
    placed.extend(waiting.into_iter().map(|(j, e)| b_only((end, 0, j), e)));
    for (i, (entry, b_amount)) in a.into_iter().zip(b_amounts).enumerate() {
        let amount = entry.amount;
        placed.push(((i, 1, 0), entry, Some(amount), b_amount));
    }
    sort_stable_by(&mut placed, |x, y| x.0.cmp(&y.0));
    placed
        .into_iter()
        .map(|(_, entry, a, b)| row(entry, a, b))
        .collect()
}

/// Sort position: (index of an A row, 0 = B-only row placed before it / 1 = the A row, B index).
type SortKey = (usize, u8, usize);

fn b_only(key: SortKey, entry: Entry) -> (SortKey, Entry, Option<Money>, Option<Money>) {
    let amount = entry.amount;
    (key, entry, None, Some(amount))
}

fn row(entry: Entry, a: Option<Money>, b: Option<Money>) -> Result<ComparisonRow, EngineError> {
    let delta = b
        .unwrap_or(Money::ZERO)
        .checked_sub(a.unwrap_or(Money::ZERO))
        .ok_or(EngineError::Overflow)?;
    let delta_ratio = match a {
        Some(base) => delta.ratio_to(Money::new(base.amount().abs()))?,
        None => None,
    };
    Ok(ComparisonRow {
        kind: entry.kind,
        label: entry.label,
        group: entry.group,
        a,
        b,
        delta,
        delta_ratio,
    })
}
