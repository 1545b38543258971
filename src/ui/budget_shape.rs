//! The shape of the budget table (which rows and columns exist) and lookups of one figure in a report.
//! The shape changes only when lines, groups, parties or years change, so amount edits never rebuild rows.

use crate::engine::ids::{GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{Workspace, Year};
use crate::engine::money::Money;
use crate::engine::report::{ScenarioReport, YearReport};

/// Rows and columns of one scenario's budget table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableShape {
    /// The scenario shown.
    pub scenario: ScenarioId,
    /// Its name.
    pub scenario_name: String,
    /// Columns: calendar year and whether it is an overview plan.
    pub years: Vec<(Year, bool)>,
    /// Member parties in display order.
    pub parties: Vec<(PartyId, String)>,
    /// Other-income lines.
    pub income_lines: Vec<(LineId, String)>,
    /// Cost groups with their lines.
    pub groups: Vec<GroupShape>,
}

/// One cost group's rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupShape {
    /// The group.
    pub id: GroupId,
    /// Its name.
    pub name: String,
    /// Its lines.
    pub lines: Vec<(LineId, String)>,
}

impl TableShape {
    /// The shape of scenario number `index` of `workspace`.
    pub fn of(workspace: &Workspace, index: usize) -> Option<TableShape> {
        let scenario = workspace.scenarios.get(index)?;
        Some(TableShape {
            scenario: scenario.id,
            scenario_name: scenario.name.clone(),
            years: scenario
                .years
                .iter()
                .map(|y| (y.year, y.overview_plan))
                .collect(),
            parties: workspace
                .parties
                .iter()
                .map(|p| (p.id, p.name.clone()))
                .collect(),
            income_lines: scenario
                .other_income
                .iter()
                .map(|l| (l.id, l.name.clone()))
                .collect(),
            groups: scenario
                .groups
                .iter()
                .map(|g| GroupShape {
                    id: g.id,
                    name: g.name.clone(),
                    lines: g.lines.iter().map(|l| (l.id, l.name.clone())).collect(),
                })
                .collect(),
        })
    }
}

/// One figure of a year, as a row of the table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// A party's contribution.
    Party(PartyId),
    /// Total member contributions.
    Contributions,
    /// An other-income line.
    Income(LineId),
    /// Summa intäkter.
    IncomeTotal,
    /// Opening equity.
    OpeningEquity,
    /// A cost line.
    Cost(LineId),
    /// A cost group's subtotal.
    GroupTotal(GroupId),
    /// Summa kostnader.
    CostsTotal,
    /// Result.
    Result,
    /// Closing equity.
    ClosingEquity,
    /// Recommended maximum equity.
    RecommendedMax,
}

/// The amount of `figure` in `year` of `report`, if the report has it.
pub fn lookup(report: &ScenarioReport, year: Year, figure: Figure) -> Option<Money> {
    let y = report.year(year)?;
    match figure {
        Figure::Party(id) => y
            .funding
            .parties
            .iter()
            .find(|p| p.party == id)
            .map(|p| p.amount),
        Figure::Contributions => Some(y.contributions),
        Figure::Income(id) => y.other_income.iter().find(|l| l.id == id).map(|l| l.amount),
        Figure::IncomeTotal => Some(y.income_total),
        Figure::OpeningEquity => Some(y.opening_equity),
        Figure::Cost(id) => cost_line(y, id),
        Figure::GroupTotal(id) => y.groups.iter().find(|g| g.id == id).map(|g| g.total),
        Figure::CostsTotal => Some(y.costs_total),
        Figure::Result => Some(y.result),
        Figure::ClosingEquity => Some(y.closing_equity),
        Figure::RecommendedMax => y.equity.recommended_max,
    }
}

fn cost_line(year: &YearReport, id: LineId) -> Option<Money> {
    year.groups
        .iter()
        .flat_map(|g| g.lines.iter())
        .find(|l| l.id == id)
        .map(|l| l.amount)
}
