//! The single mutation entry point: [`apply`] a [`Command`] to a workspace.
//!
//! Every command is validated completely before anything changes, so on `Err` the workspace is
//! exactly as before. New ids are allocated deterministically: the first new id is
//! `max(workspace.next_id, largest id in use + 1)`, then consecutive ids in document order.

//!
//! Moving a line or group past the edge is refused ([`CommandError::AlreadyFirst`] /
//! [`CommandError::AlreadyLast`]) rather than ignored, so every successful command changes the
//! workspace and can be undone.

mod arrange;
mod catalogue;
mod catalogue_check;
mod catalogue_problem;
mod decisions;
mod error;
mod groups;
mod lines;
mod messages_en;
mod messages_sv;
mod parties;
mod party_keys;
mod proposals;
mod scenario_check;
mod scenario_copy;
mod scenario_new;
mod scenarios;
mod settings;
mod stated;
mod validate;
mod variants;
mod years;

pub use catalogue_check::{check_item, normalized_item};
pub use catalogue_problem::{ItemField, ItemProblem, ProblemKind};
pub use error::CommandError;
pub use scenario_check::check_scenario;
pub use scenario_check::workspace_ids;
pub use scenario_copy::{renumber as renumber_scenario, scenario_ids};
pub(crate) use scenario_new::standard_scenario;
pub use scenario_new::STANDARD_GROUPS;
pub use validate::{MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_YEAR, MIN_YEAR};
pub use variants::Command;

use crate::engine::model::Workspace;

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
            scenario_copy::duplicate(workspace, scenario, &name)
        }
        Command::RemoveScenario { scenario } => scenarios::remove(workspace, scenario),
        Command::SetBaseline { scenario } => settings::set_baseline(workspace, scenario),
        Command::AddScenario {
            name,
            first_year,
            year_count,
        } => scenario_new::add(workspace, &name, first_year, year_count),
        Command::CreateFundingPair { scenario } => scenario_copy::funding_pair(workspace, scenario),
        Command::RestoreScenario {
            scenario,
            position,
            stated_figures,
            baseline,
        } => scenario_new::restore(workspace, scenario, position, stated_figures, baseline),
        Command::AddPastedScenario {
            scenario,
            stated_figures,
        } => {
            let end = workspace.scenarios.len();
            scenario_new::restore(workspace, scenario, end, stated_figures, false)
        }
        Command::SetStatedFigure { figure } => stated::set(workspace, figure),
        Command::RemoveStatedFigure {
            scenario,
            year,
            what,
        } => stated::remove(workspace, scenario, year, what),
        Command::AddYear { scenario } => years::add_year(workspace, scenario),
        Command::RemoveLastYear { scenario } => years::remove_last_year(workspace, scenario),
        Command::SetLineNote {
            scenario,
            line,
            note,
        } => lines::set_line_note(workspace, scenario, line, &note),
        Command::MoveLine { scenario, line, up } => {
            arrange::move_line(workspace, scenario, line, up)
        }
        Command::MoveGroup {
            scenario,
            group,
            up,
        } => arrange::move_group(workspace, scenario, group, up),
        Command::RemoveGroup { scenario, group } => {
            arrange::remove_group(workspace, scenario, group)
        }
        Command::AddParty { name, kind, weight } => parties::add(workspace, &name, kind, weight),
        Command::RenameParty { party, name } => parties::rename(workspace, party, &name),
        Command::RemoveParty { party } => parties::remove(workspace, party),
        Command::SetSplitKey { side, key } => settings::set_split_key(workspace, side, key),
        Command::SetEquitySteps { steps } => settings::set_equity_steps(workspace, steps),
        Command::SetWorkspaceName { name, org_number } => {
            settings::set_workspace_name(workspace, &name, &org_number)
        }
        Command::AddCatalogueItem { item } => catalogue::add_item(workspace, &item),
        Command::UpdateCatalogueItem { item } => catalogue::update_item(workspace, &item),
        Command::RemoveCatalogueItem { item } => catalogue::remove_item(workspace, item),
        Command::Decide {
            scenario,
            name,
            decided_on,
            reference,
        } => decisions::decide(workspace, scenario, &name, decided_on, &reference),
        Command::ScenarioFromDecision { fingerprint, name } => {
            decisions::scenario_from_decision(workspace, &fingerprint, &name)
        }
        Command::KeepProposal {
            scenario,
            proposal,
            name,
            at,
        } => proposals::keep(workspace, scenario, &proposal, &name, &at),
    }
}
