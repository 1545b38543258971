//! Labels of the commands on whole scenarios, member parties, settings and the catalogue.

use super::names::{self, text};
use crate::engine::command::Command;
use crate::engine::model::{SplitSide, Workspace};
use crate::history::Label;

/// Labels of the commands on whole scenarios.
pub(super) fn scenarios(command: &Command, ws: &Workspace) -> Label {
    use Command as C;
    match command {
        C::RenameScenario { scenario, .. } => {
            Label::new("rename_scenario", text(names::scenario(ws, *scenario)))
        }
        C::DuplicateScenario { scenario, .. } => {
            Label::new("duplicate_scenario", text(names::scenario(ws, *scenario)))
        }
        C::RemoveScenario { scenario } => {
            Label::new("remove_scenario", text(names::scenario(ws, *scenario)))
        }
        C::SetBaseline {
            scenario: Some(scenario),
        } => Label::new("set_baseline", text(names::scenario(ws, *scenario))),
        C::SetBaseline { scenario: None } => Label::new("clear_baseline", ""),
        C::AddScenario { name, .. } => Label::new("add_scenario", name.trim()),
        C::CreateFundingPair { scenario } => {
            Label::new("create_funding_pair", text(names::scenario(ws, *scenario)))
        }
        C::RestoreScenario { scenario, .. } => Label::new("restore_scenario", scenario.name.trim()),
        C::SetStatedFigure { figure } => Label::new("set_stated_figure", figure.source.trim()),
        C::RemoveStatedFigure { scenario, .. } => {
            Label::new("remove_stated_figure", text(names::scenario(ws, *scenario)))
        }
        C::AddPastedScenario { scenario, .. } => {
            Label::new("add_pasted_scenario", scenario.name.trim())
        }
        C::AddYear { scenario } => Label::new("add_year", text(names::scenario(ws, *scenario))),
        C::RemoveLastYear { scenario } => {
            Label::new("remove_last_year", text(names::scenario(ws, *scenario)))
        }
        _ => Label::new("", ""),
    }
}

/// Labels of the commands on member parties, settings and the catalogue.
pub(super) fn others(command: &Command, ws: &Workspace) -> Label {
    use Command as C;
    match command {
        C::AddParty { name, .. } => Label::new("add_party", name.trim()),
        C::RenameParty { party, .. } => Label::new("rename_party", text(names::party(ws, *party))),
        C::RemoveParty { party } => Label::new("remove_party", text(names::party(ws, *party))),
        C::SetSplitKey {
            side: SplitSide::Regional,
            ..
        } => Label::new("set_regional_split", ""),
        C::SetSplitKey {
            side: SplitSide::Municipal,
            ..
        } => Label::new("set_municipal_split", ""),
        C::SetEquitySteps { .. } => Label::new("set_equity_steps", ""),
        C::SetWorkspaceName { name, .. } if name.trim() != ws.name => {
            Label::new("rename_workspace", ws.name.as_str())
        }
        C::SetWorkspaceName { .. } => Label::new("set_org_number", ""),
        C::AddCatalogueItem { item } => Label::new("add_catalogue_item", item.name.trim()),
        C::UpdateCatalogueItem { item } => {
            Label::new("update_catalogue_item", text(names::item(ws, item.id)))
        }
        C::RemoveCatalogueItem { item } => {
            Label::new("remove_catalogue_item", text(names::item(ws, *item)))
        }
        C::Decide { name, .. } => Label::new("decide", name.trim()),
        C::ScenarioFromDecision { name, .. } => Label::new("scenario_from_decision", name.trim()),
        C::KeepProposal { name, .. } => Label::new("keep_proposal", name.trim()),
        _ => Label::new("", ""),
    }
}
