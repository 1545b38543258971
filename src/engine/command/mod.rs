//! The single mutation entry point: [`apply`] a [`Command`] to a workspace.
//!
//! Every command is validated completely before anything changes, so on `Err` the workspace is
//! exactly as before. New ids are allocated deterministically: the first new id is
//! `max(workspace.next_id, largest id in use + 1)`, then consecutive ids in document order.

mod error;
mod groups;
mod lines;
mod scenarios;
mod validate;

pub use error::CommandError;
pub use validate::MAX_NAME_CHARS;

use crate::engine::ids::{CatalogueItemId, GroupId, LineId, ScenarioId};
use crate::engine::model::{Funding, Workspace, Year};
use crate::engine::money::Money;
use serde::{Deserialize, Serialize};

/// A change to the workspace. `scenario` always names the scenario changed; `year` is a
/// calendar year the scenario spans; amounts are kronor (at most two decimals, at most
/// 10^12 kr in magnitude); names are trimmed and must not be empty (at most 200 characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Command {
    /// Sets a cost line's amount for a year (for a catalogue line: this scenario's override).
    SetLineAmount {
        /// The scenario.
        scenario: ScenarioId,
        /// The cost line.
        line: LineId,
        /// The year.
        year: Year,
        /// The new amount (any sign).
        amount: Money,
    },
    /// Removes a catalogue line's override for a year (the catalogue amount applies again).
    ClearLineOverride {
        /// The scenario.
        scenario: ScenarioId,
        /// The catalogue line.
        line: LineId,
        /// The year.
        year: Year,
    },
    /// Sets an other-income line's amount for a year.
    SetOtherIncomeAmount {
        /// The scenario.
        scenario: ScenarioId,
        /// The other-income line.
        line: LineId,
        /// The year.
        year: Year,
        /// The new amount (any sign).
        amount: Money,
    },
    /// Sets the equity at the start of the scenario's first year.
    SetOpeningEquity {
        /// The scenario.
        scenario: ScenarioId,
        /// The opening equity (may be negative).
        amount: Money,
    },
    /// Sets the funding option and its inputs for a year.
    SetFunding {
        /// The scenario.
        scenario: ScenarioId,
        /// The year.
        year: Year,
        /// The option and its inputs (amounts not negative; parties of the right kind).
        funding: Funding,
    },
    /// Marks a year as *översiktsplan* (or not).
    SetOverviewPlan {
        /// The scenario.
        scenario: ScenarioId,
        /// The year.
        year: Year,
        /// True for an overview-plan year.
        overview_plan: bool,
    },
    /// Renames a cost line or an other-income line.
    RenameLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The line.
        line: LineId,
        /// The new name.
        name: String,
    },
    /// Appends a cost line to a group: own amounts (empty) or a catalogue item by reference.
    /// The new line's id is the workspace's next id (see the module docs).
    AddLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The group to append to.
        group: GroupId,
        /// The line's name.
        name: String,
        /// `Some(item)` to take the amounts from this catalogue item.
        catalogue_item: Option<CatalogueItemId>,
    },
    /// Appends an other-income line (no amounts yet).
    AddOtherIncomeLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The line's name.
        name: String,
    },
    /// Removes a cost line or an other-income line.
    RemoveLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The line.
        line: LineId,
    },
    /// Appends an empty cost group.
    AddGroup {
        /// The scenario.
        scenario: ScenarioId,
        /// The group's name.
        name: String,
        /// Counts as administration for the admin-share KPI.
        is_administration: bool,
    },
    /// Renames a cost group.
    RenameGroup {
        /// The scenario.
        scenario: ScenarioId,
        /// The group.
        group: GroupId,
        /// The new name.
        name: String,
    },
    /// Marks a cost group as administration (or not) for the admin-share KPI.
    SetGroupAdministration {
        /// The scenario.
        scenario: ScenarioId,
        /// The group.
        group: GroupId,
        /// Counts as administration.
        is_administration: bool,
    },
    /// Renames a scenario.
    RenameScenario {
        /// The scenario.
        scenario: ScenarioId,
        /// The new name.
        name: String,
    },
    /// Copies a scenario (new ids for it, its groups and lines, in that order), placed right
    /// after the original. Stated figures are not copied.
    DuplicateScenario {
        /// The scenario to copy.
        scenario: ScenarioId,
        /// The copy's name.
        name: String,
    },
    /// Removes a scenario and the stated figures that refer to it.
    RemoveScenario {
        /// The scenario.
        scenario: ScenarioId,
    },
}

/// Applies `command` to `workspace`.
///
/// ```
/// use finsam_planner::engine::command::{apply, Command};
/// use finsam_planner::engine::{examples, money::Money};
/// let mut ws = examples::landskrona_svalov_2023();
/// let scenario = ws.scenarios[0].id;
/// apply(&mut ws, Command::SetOpeningEquity { scenario, amount: Money::from_kr(0) }).unwrap();
/// let refused = apply(&mut ws, Command::RenameScenario { scenario, name: " ".into() });
/// assert_eq!(refused.unwrap_err().message_sv(), "Namnet får inte vara tomt.");
/// ```
///
/// # Errors
/// A [`CommandError`] saying why the command was refused; the workspace is then unchanged.
pub fn apply(workspace: &mut Workspace, command: Command) -> Result<(), CommandError> {
    match command {
        Command::SetLineAmount {
            scenario,
            line,
            year,
            amount,
        } => lines::set_line_amount(workspace, scenario, line, year, Some(amount)),
        Command::ClearLineOverride {
            scenario,
            line,
            year,
        } => lines::set_line_amount(workspace, scenario, line, year, None),
        Command::SetOtherIncomeAmount {
            scenario,
            line,
            year,
            amount,
        } => lines::set_income_amount(workspace, scenario, line, year, amount),
        Command::RenameLine {
            scenario,
            line,
            name,
        } => lines::rename_line(workspace, scenario, line, &name),
        Command::AddLine {
            scenario,
            group,
            name,
            catalogue_item,
        } => lines::add_line(workspace, scenario, group, &name, catalogue_item),
        Command::AddOtherIncomeLine { scenario, name } => {
            lines::add_income_line(workspace, scenario, &name)
        }
        Command::RemoveLine { scenario, line } => lines::remove_line(workspace, scenario, line),
        Command::AddGroup {
            scenario,
            name,
            is_administration,
        } => groups::add_group(workspace, scenario, &name, is_administration),
        Command::RenameGroup {
            scenario,
            group,
            name,
        } => groups::edit_group(workspace, scenario, group, Some(&name), None),
        Command::SetGroupAdministration {
            scenario,
            group,
            is_administration,
        } => groups::edit_group(workspace, scenario, group, None, Some(is_administration)),
        Command::SetOpeningEquity { scenario, amount } => {
            scenarios::set_opening_equity(workspace, scenario, amount)
        }
        Command::SetFunding {
            scenario,
            year,
            funding,
        } => scenarios::set_funding(workspace, scenario, year, funding),
        Command::SetOverviewPlan {
            scenario,
            year,
            overview_plan,
        } => scenarios::set_overview_plan(workspace, scenario, year, overview_plan),
        Command::RenameScenario { scenario, name } => scenarios::rename(workspace, scenario, &name),
        Command::DuplicateScenario { scenario, name } => {
            scenarios::duplicate(workspace, scenario, &name)
        }
        Command::RemoveScenario { scenario } => scenarios::remove(workspace, scenario),
    }
}
