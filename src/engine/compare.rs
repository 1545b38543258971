//! Comparison of two scenarios: every party, line and total per year, with the delta in kr and %.
//!
//! Years are matched by calendar year, parties by id, catalogue lines by catalogue item, other
//! lines and groups by name (trimmed, case-insensitive; the k-th line of a name matches the k-th).
//! A row present on one side only has `None` on the other side and counts as 0 in the delta.

mod rows;

use super::ordered::set_of;
use crate::engine::error::EngineError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{Workspace, Year};
use crate::engine::money::Money;
use crate::engine::report::{scenario_report, ScenarioReport, YearReport};
use rust_decimal::Decimal;

pub use rows::RowKind;

/// Two scenarios side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Scenario A (the baseline).
    pub a: ScenarioId,
    /// Scenario B.
    pub b: ScenarioId,
    /// All years of either scenario, ascending.
    pub years: Vec<YearComparison>,
}

/// One calendar year of a comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearComparison {
    /// Calendar year.
    pub year: Year,
    /// Scenario A spans this year.
    pub in_a: bool,
    /// Scenario B spans this year.
    pub in_b: bool,
    /// Rows in display order.
    pub rows: Vec<ComparisonRow>,
}

/// One compared figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparisonRow {
    /// What the row is.
    pub kind: RowKind,
    /// Label (party, line or group name; fixed rows have an empty label, the UI names them).
    pub label: String,
    /// The cost group of a line or group total.
    pub group: Option<String>,
    /// Scenario A's figure (`None`: only in B).
    pub a: Option<Money>,
    /// Scenario B's figure (`None`: only in A).
    pub b: Option<Money>,
    /// `b − a` (a missing side counts as 0).
    pub delta: Money,
    /// `delta / |a|` rounded to 6 decimals (`None` if A is missing or 0).
    pub delta_ratio: Option<Decimal>,
}

/// Compares scenario `b` with scenario `a`.
///
/// # Errors
/// Any error of [`scenario_report`] for either scenario.
pub fn compare(
    workspace: &Workspace,
    a: ScenarioId,
    b: ScenarioId,
) -> Result<Comparison, EngineError> {
    let report_a = scenario_report(workspace, a)?;
    let report_b = scenario_report(workspace, b)?;
    compare_reports(&report_a, &report_b)
}

/// Compares two computed scenarios (e.g. a decided budget and a later scenario): `report_b` against
/// `report_a`.
///
/// # Errors
/// [`EngineError`] if a delta overflows.
pub fn compare_reports(
    report_a: &ScenarioReport,
    report_b: &ScenarioReport,
) -> Result<Comparison, EngineError> {
    let all_years = set_of(report_a.years.iter().chain(&report_b.years).map(|y| y.year));
    let years = all_years
        .into_iter()
        .map(|year| compare_year(year, report_a.year(year), report_b.year(year)))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Comparison {
        a: report_a.scenario,
        b: report_b.scenario,
        years,
    })
}

fn compare_year(
    year: Year,
    a: Option<&YearReport>,
    b: Option<&YearReport>,
) -> Result<YearComparison, EngineError> {
    let entries_a = a.map(rows::entries).unwrap_or_default();
    let entries_b = b.map(rows::entries).unwrap_or_default();
    let rows = rows::merge(entries_a, entries_b)?;
    Ok(YearComparison {
        year,
        in_a: a.is_some(),
        in_b: b.is_some(),
        rows,
    })
}
