//! Everything the compare page shows, fetched from the engine in one go: the chosen scenarios
//! (baseline first), their reports and one comparison per other scenario. Pure: no signals.

use super::merge::{merge_years, YearRows};
use super::selection;
use crate::engine::compare::{compare, Comparison};
use crate::engine::error::EngineError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{Workspace, Year};
use crate::engine::report::{scenario_report, ScenarioReport};

/// One compared scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    /// The scenario.
    pub id: ScenarioId,
    /// Its name.
    pub name: String,
}

/// The engine's figures for the chosen scenarios.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareData {
    /// The scenarios; the first is the baseline.
    pub columns: Vec<Column>,
    /// Their reports, in the same order.
    pub reports: Vec<ScenarioReport>,
    /// Each other scenario (`columns[1..]`) against the baseline.
    pub comparisons: Vec<Comparison>,
    /// The table rows per year.
    pub years: Vec<YearRows>,
}

impl CompareData {
    /// The calendar years of any chosen scenario, ascending.
    pub fn year_list(&self) -> Vec<Year> {
        self.years.iter().map(|y| y.year).collect()
    }

    /// The years to show: `chosen` when it is one of them, otherwise all.
    pub fn shown_years(&self, chosen: Option<Year>) -> Vec<Year> {
        let all = self.year_list();
        match chosen {
            Some(year) if all.contains(&year) => vec![year],
            _ => all,
        }
    }
}

/// Gathers the figures of `chosen` (at least two scenarios of `ws`).
///
/// # Errors
/// Any error of the engine's report or comparison of a chosen scenario.
pub fn gather(ws: &Workspace, chosen: &[ScenarioId]) -> Result<CompareData, EngineError> {
    let ids = selection::columns(ws, chosen);
    let reports = ids
        .iter()
        .map(|id| scenario_report(ws, *id))
        .collect::<Result<Vec<_>, _>>()?;
    let columns = reports
        .iter()
        .map(|r| Column {
            id: r.scenario,
            name: r.name.clone(),
        })
        .collect();
    let comparisons = match ids.split_first() {
        Some((base, others)) => others
            .iter()
            .map(|other| compare(ws, *base, *other))
            .collect::<Result<Vec<_>, _>>()?,
        None => Vec::new(),
    };
    let years = merge_years(&comparisons);
    Ok(CompareData {
        columns,
        reports,
        comparisons,
        years,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples::lund_2015_2017;

    #[test]
    fn the_table_scenario_spans_three_years_and_filters_to_one() {
        let ws = lund_2015_2017();
        let chosen = [ws.scenarios[0].id, ws.scenarios[2].id];
        let Ok(data) = gather(&ws, &chosen) else {
            panic!("computable")
        };
        assert_eq!(
            data.columns[0].name,
            "Budget 2015–2017 (dokumentets tabell)"
        );
        assert_eq!(data.year_list(), vec![2015, 2016, 2017]);
        assert_eq!(data.shown_years(Some(2016)), vec![2016]);
        assert_eq!(data.shown_years(Some(2030)).len(), 3);
    }
}
