//! Lays the engine's pairwise comparisons (baseline against each other scenario) side by side:
//! one table row per compared figure, with one cell per other scenario. Rows are matched by kind,
//! label and group (the k-th of a name with the k-th); nothing is computed, only placed.

use crate::engine::compare::{Comparison, ComparisonRow, RowKind};
use crate::engine::model::Year;
use crate::engine::money::Money;
use std::collections::BTreeMap;

/// One row of the compare table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableRow {
    key: RowKey,
    /// What the row is.
    pub kind: RowKind,
    /// The engine's label (empty for fixed rows).
    pub label: String,
    /// The baseline's figure (`None`: not in the baseline).
    pub base: Option<Money>,
    /// Per other scenario: the engine's row, or `None` when that scenario lacks the row or the year.
    pub cells: Vec<Option<ComparisonRow>>,
}

/// The rows of one calendar year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearRows {
    /// Calendar year.
    pub year: Year,
    /// Rows in display order.
    pub rows: Vec<TableRow>,
    /// Some other scenario spans the year (otherwise there is nothing to compare with).
    pub compared: bool,
}

type RowKey = (RowKind, String, Option<String>, usize);

impl TableRow {
    /// True when any scenario's figure differs from the baseline's, or a side lacks the row (a
    /// scenario that does not span the year is left out).
    pub fn differs(&self) -> bool {
        self.base.is_none()
            || self
                .cells
                .iter()
                .flatten()
                .any(|row| row.a.is_none() || row.b.is_none() || !row.delta.is_zero())
    }
}

/// Every year of any comparison, with the rows of all comparisons merged.
pub fn merge_years(comparisons: &[Comparison]) -> Vec<YearRows> {
    let mut years: Vec<Year> = comparisons
        .iter()
        .flat_map(|c| c.years.iter().map(|y| y.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
        .into_iter()
        .map(|year| {
            let lists = comparisons
                .iter()
                .map(|c| {
                    c.years
                        .iter()
                        .find(|y| y.year == year)
                        .map(|y| (y.rows.as_slice(), y.in_b))
                })
                .collect::<Vec<_>>();
            YearRows {
                year,
                rows: merge_rows(&lists),
                compared: lists.iter().flatten().any(|(_, in_b)| *in_b),
            }
        })
        .collect()
}

/// Merges row lists (one per comparison, `None` when it lacks the year; with whether the other
/// scenario spans the year); a row new to the table goes just after the previous row of its own
/// list. The cells of a scenario that does not span the year stay empty.
pub fn merge_rows(lists: &[Option<(&[ComparisonRow], bool)>]) -> Vec<TableRow> {
    let mut out: Vec<TableRow> = Vec::new();
    for (k, list) in lists.iter().enumerate() {
        let mut seen: BTreeMap<(RowKind, String, Option<String>), usize> = BTreeMap::new();
        let mut cursor = 0;
        let (rows, spans) = list.unwrap_or_default();
        for row in rows {
            let key = key_of(row, &mut seen);
            match out.iter().position(|r| r.key == key) {
                Some(i) => {
                    if let Some(cell) = out.get_mut(i).and_then(|r| r.cells.get_mut(k)) {
                        *cell = spans.then(|| row.clone());
                    }
                    cursor = i + 1;
                }
                None => {
                    out.insert(cursor, new_row(key, row, spans.then_some(k), lists.len()));
                    cursor += 1;
                }
            }
        }
    }
    out
}

fn key_of(
    row: &ComparisonRow,
    seen: &mut BTreeMap<(RowKind, String, Option<String>), usize>,
) -> RowKey {
    let norm = |s: &str| s.trim().to_lowercase();
    let base = (row.kind, norm(&row.label), row.group.as_deref().map(norm));
    let count = seen.entry(base.clone()).or_insert(0);
    let n = *count;
    *count += 1;
    (base.0, base.1, base.2, n)
}

fn new_row(key: RowKey, row: &ComparisonRow, k: Option<usize>, width: usize) -> TableRow {
    let mut cells = vec![None; width];
    if let Some(cell) = k.and_then(|k| cells.get_mut(k)) {
        *cell = Some(row.clone());
    }
    TableRow {
        key,
        kind: row.kind,
        label: row.label.clone(),
        base: row.a,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::compare::compare;
    use crate::engine::examples::lund_2015_2017;

    fn row(kind: RowKind, label: &str, a: Option<i64>, b: Option<i64>) -> ComparisonRow {
        let money = |v: Option<i64>| v.map(Money::from_kr);
        let delta = b.unwrap_or(0) - a.unwrap_or(0);
        ComparisonRow {
            kind,
            label: label.to_string(),
            group: None,
            a: money(a),
            b: money(b),
            delta: Money::from_kr(delta),
            delta_ratio: None,
        }
    }

    #[test]
    fn rows_new_in_a_later_comparison_go_after_their_predecessor() {
        let first = [
            row(RowKind::CostLine, "X", Some(1), Some(1)),
            row(RowKind::CostsTotal, "", Some(1), Some(1)),
        ];
        let second = [
            row(RowKind::CostLine, "X", Some(1), Some(1)),
            row(RowKind::CostLine, "New", None, Some(5)),
            row(RowKind::CostsTotal, "", Some(1), Some(6)),
        ];
        let rows = merge_rows(&[Some((&first, true)), Some((&second, true))]);
        let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["X", "New", ""]);
        assert!(!rows[0].differs());
        assert!(rows[1].differs() && rows[1].cells[0].is_none());
        assert!(rows[2].differs());
        let absent = merge_rows(&[Some((&first, false))]);
        assert!(absent[0].cells[0].is_none() && !absent[0].differs());
    }

    #[test]
    fn lund_approved_against_maximum_differs_in_contributions_not_administration() {
        let ws = lund_2015_2017();
        let (approved, maximum) = (ws.scenarios[1].id, ws.scenarios[2].id);
        let Ok(comparison) = compare(&ws, approved, maximum) else {
            panic!("computable")
        };
        let years = merge_years(&[comparison]);
        assert_eq!(years.len(), 1);
        assert!(years[0].compared);
        let find = |kind, label: &str| {
            years[0]
                .rows
                .iter()
                .find(|r| r.kind == kind && r.label == label)
                .cloned()
        };
        let contributions = find(RowKind::Contributions, "").expect("row");
        assert!(contributions.differs());
        assert_eq!(
            contributions.cells[0].as_ref().map(|c| c.delta),
            Some(Money::from_kr(380_000))
        );
        assert!(!find(RowKind::CostLine, "Administration")
            .expect("row")
            .differs());
    }
}
