//! [`select`]: the catalogue list's rows — the items a filter lets through, sorted by a column.

use super::collate::sort_key;
use super::filter::{CatalogueFilter, PreparedFilter};
use crate::engine::model::{CatalogueItem, Workspace, Year, YearMonth};
use crate::engine::money::Money;
use crate::engine::ordered::sort_stable_by;
use std::cmp::Ordering;

/// The column to sort by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Name (Swedish dictionary order, [`super::sort_key`]).
    #[default]
    Name,
    /// Kind, in [`super::KIND_ORDER`].
    Kind,
    /// Status, in [`super::STATUS_ORDER`] (the pipeline).
    Status,
    /// Owner party's name.
    Owner,
    /// First leader's name.
    Leader,
    /// First month of the period.
    Start,
    /// Last month of the period.
    End,
    /// Amount in the chosen year.
    Amount,
}

/// A column and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Largest / last first.
    pub descending: bool,
}

/// One row's value in the sort column, computed once per call (missing values sort last in
/// both directions; ties keep catalogue order).
#[derive(PartialEq, Eq, PartialOrd, Ord)]
enum Value {
    Text(String),
    Rank(usize),
    Month(YearMonth),
    Amount(Money),
}

/// Indices into `workspace.catalogue` of the items `filter` lets through, sorted by `sort`;
/// `year` is the year of the Amount column.
///
/// ```
/// use finsam_planner::engine::catalogue::{select, CatalogueFilter, Sort, SortKey};
/// let ws = finsam_planner::engine::examples::landskrona_svalov_2023();
/// let filter = CatalogueFilter { text: "LEDNINGS".into(), ..Default::default() };
/// let rows = select(&ws, &filter, Sort { key: SortKey::Amount, descending: true }, 2023);
/// assert_eq!(rows.iter().map(|&i| ws.catalogue[i].name.as_str()).collect::<Vec<_>>(), ["Ledningsstöd"]);
/// ```
pub fn select(
    workspace: &Workspace,
    filter: &CatalogueFilter,
    sort: Sort,
    year: Year,
) -> Vec<usize> {
    let prepared = PreparedFilter::new(filter);
    let mut buffer = String::new();
    let mut rows: Vec<(Option<Value>, usize)> = workspace
        .catalogue
        .iter()
        .enumerate()
        .filter(|(_, item)| prepared.matches(workspace, item, &mut buffer))
        .map(|(index, item)| (value(workspace, item, sort.key, year), index))
        .collect();
    sort_stable_by(&mut rows, |(a, _), (b, _)| {
        compare(a.as_ref(), b.as_ref(), sort.descending)
    });
    rows.into_iter().map(|(_, index)| index).collect()
}

fn compare(a: Option<&Value>, b: Option<&Value>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) if descending => b.cmp(a),
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

fn value(workspace: &Workspace, item: &CatalogueItem, key: SortKey, year: Year) -> Option<Value> {
    let text = |t: &str| (!t.trim().is_empty()).then(|| Value::Text(sort_key(t)));
    match key {
        SortKey::Name => text(&item.name),
        SortKey::Kind => super::kind_rank(item.kind).map(Value::Rank),
        SortKey::Status => super::status_rank(item.status).map(Value::Rank),
        SortKey::Owner => {
            let owner = item.owner.and_then(|o| workspace.party(o));
            owner.and_then(|p| text(&p.name))
        }
        SortKey::Leader => item.leaders.first().and_then(|l| text(l)),
        SortKey::Start => item.period.start.map(Value::Month),
        SortKey::End => item.period.end.map(Value::Month),
        SortKey::Amount => item.amounts.get(&year).copied().map(Value::Amount),
    }
}
