//! The label of an engine command, worded from the workspace before it is applied: the action's stable
//! name and the names of what it touches (with the year where the command has one).

mod funding;
mod names;
mod workspace;

use crate::engine::command::Command;
use crate::engine::model::Workspace;
use crate::history::Label;
use names::{text, with_year};

/// The label of `command`, with the names of what it touches read from `before` (the workspace it is
/// applied to); an unknown id gives an empty subject.
pub fn describe(command: &Command, before: &Workspace) -> Label {
    use Command as C;
    // Exhaustive, so that a new command cannot go without a label.
    match command {
        C::SetLineAmount { .. }
        | C::ClearLineOverride { .. }
        | C::SetOtherIncomeAmount { .. }
        | C::SetOpeningEquity { .. }
        | C::SetFunding { .. }
        | C::SetOverviewPlan { .. }
        | C::RenameLine { .. }
        | C::AddLine { .. }
        | C::AddOtherIncomeLine { .. }
        | C::RemoveLine { .. }
        | C::SetLineNote { .. }
        | C::MoveLine { .. } => lines(command, before),
        C::AddGroup { .. }
        | C::RenameGroup { .. }
        | C::SetGroupAdministration { .. }
        | C::MoveGroup { .. }
        | C::RemoveGroup { .. } => groups(command, before),
        C::RenameScenario { .. }
        | C::DuplicateScenario { .. }
        | C::RemoveScenario { .. }
        | C::SetBaseline { .. }
        | C::AddScenario { .. }
        | C::CreateFundingPair { .. }
        | C::RestoreScenario { .. }
        | C::AddPastedScenario { .. }
        | C::SetStatedFigure { .. }
        | C::RemoveStatedFigure { .. }
        | C::AddYear { .. }
        | C::RemoveLastYear { .. } => workspace::scenarios(command, before),
        C::AddParty { .. }
        | C::RenameParty { .. }
        | C::RemoveParty { .. }
        | C::SetSplitKey { .. }
        | C::SetEquitySteps { .. }
        | C::SetWorkspaceName { .. }
        | C::AddCatalogueItem { .. }
        | C::UpdateCatalogueItem { .. }
        | C::RemoveCatalogueItem { .. }
        | C::Decide { .. }
        | C::ScenarioFromDecision { .. }
        | C::KeepProposal { .. } => workspace::others(command, before),
    }
}

/// Labels of the commands on the lines and years of one scenario.
fn lines(command: &Command, ws: &Workspace) -> Label {
    use Command as C;
    match command {
        C::SetLineAmount {
            scenario,
            line,
            year,
            ..
        } => Label::new(
            "set_line_amount",
            with_year(names::line(ws, *scenario, *line), *year),
        ),
        C::ClearLineOverride {
            scenario,
            line,
            year,
        } => Label::new(
            "clear_line_override",
            with_year(names::line(ws, *scenario, *line), *year),
        ),
        C::SetOtherIncomeAmount {
            scenario,
            line,
            year,
            ..
        } => Label::new(
            "set_other_income_amount",
            with_year(names::line(ws, *scenario, *line), *year),
        ),
        C::SetOpeningEquity { scenario, .. } => {
            Label::new("set_opening_equity", names::first_year(ws, *scenario))
        }
        C::SetFunding {
            scenario,
            year,
            funding,
        } => funding::describe(ws, *scenario, *year, funding),
        C::SetOverviewPlan {
            year,
            overview_plan,
            ..
        } => {
            let action = if *overview_plan {
                "set_overview_plan"
            } else {
                "clear_overview_plan"
            };
            Label::new(action, year.to_string())
        }
        C::RenameLine { scenario, line, .. } => {
            Label::new("rename_line", text(names::line(ws, *scenario, *line)))
        }
        C::AddLine { name, .. } => Label::new("add_line", name.trim()),
        C::AddOtherIncomeLine { name, .. } => Label::new("add_other_income_line", name.trim()),
        C::RemoveLine { scenario, line } => {
            Label::new("remove_line", text(names::line(ws, *scenario, *line)))
        }
        C::SetLineNote { scenario, line, .. } => {
            Label::new("set_line_note", text(names::line(ws, *scenario, *line)))
        }
        C::MoveLine { scenario, line, up } => {
            let action = if *up {
                "move_line_up"
            } else {
                "move_line_down"
            };
            Label::new(action, text(names::line(ws, *scenario, *line)))
        }
        _ => Label::new("", ""),
    }
}

/// Labels of the commands on cost groups.
fn groups(command: &Command, ws: &Workspace) -> Label {
    use Command as C;
    match command {
        C::AddGroup { name, .. } => Label::new("add_group", name.trim()),
        C::RenameGroup {
            scenario, group, ..
        } => Label::new("rename_group", text(names::group(ws, *scenario, *group))),
        C::SetGroupAdministration {
            scenario,
            group,
            is_administration,
        } => {
            let action = if *is_administration {
                "set_group_administration"
            } else {
                "clear_group_administration"
            };
            Label::new(action, text(names::group(ws, *scenario, *group)))
        }
        C::MoveGroup {
            scenario,
            group,
            up,
        } => {
            let action = if *up {
                "move_group_up"
            } else {
                "move_group_down"
            };
            Label::new(action, text(names::group(ws, *scenario, *group)))
        }
        C::RemoveGroup { scenario, group } => {
            Label::new("remove_group", text(names::group(ws, *scenario, *group)))
        }
        _ => Label::new("", ""),
    }
}
