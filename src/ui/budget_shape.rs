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
    pub income_lines: Vec<LineShape>,
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
    /// Counts as administration.
    pub is_administration: bool,
    /// Its lines.
    pub lines: Vec<LineShape>,
}

/// One line's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineShape {
    /// The line.
    pub id: LineId,
    /// Its name.
    pub name: String,
    /// Its note (empty for none; other-income lines have none).
    pub note: String,
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
                .map(|l| LineShape {
                    id: l.id,
                    name: l.name.clone(),
                    note: String::new(),
                })
                .collect(),
            groups: scenario
                .groups
                .iter()
                .map(|g| GroupShape {
                    id: g.id,
                    name: g.name.clone(),
                    is_administration: g.is_administration,
                    lines: g
                        .lines
                        .iter()
                        .map(|l| LineShape {
                            id: l.id,
                            name: l.name.clone(),
                            note: l.note.clone(),
                        })
                        .collect(),
                })
                .collect(),
        })
    }
}
