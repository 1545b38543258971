//! The shape of the budget table: which rows and columns exist. It changes only when lines, groups, parties
//! or years change, so an amount edit never rebuilds rows (and never takes the focus from a field).

use crate::engine::ids::{GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{Workspace, Year};

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
