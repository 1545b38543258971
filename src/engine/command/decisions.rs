//! Recording a board decision ("Fastställ") and bringing a decided budget back as a new scenario.

use super::scenario_copy::renumber;
use super::validate::{self, MAX_NAME_CHARS};
use super::CommandError;
use crate::engine::decision::{after_decision_scenario, freeze};
use crate::engine::ids::ScenarioId;
use crate::engine::model::{IsoDate, Workspace};

/// Freezes scenario `scenario` as a decision; refused for an empty reference or a decision that exists.
pub(super) fn decide(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    name: &str,
    decided_on: IsoDate,
    reference: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let reference = validate::line_text(reference, MAX_NAME_CHARS)?;
    if reference.is_empty() {
        return Err(CommandError::EmptyReference);
    }
    validate::scenario(workspace, scenario)?;
    let decision = freeze(workspace, scenario, &name, decided_on, &reference)
        .ok_or(CommandError::UnknownScenario(scenario))?;
    if workspace
        .decisions
        .iter()
        .any(|d| d.fingerprint == decision.fingerprint)
    {
        return Err(CommandError::DecisionExists);
    }
    workspace.decisions.push(decision);
    Ok(())
}

/// Appends the decision's scenario with fresh ids under `name`, its figures exactly the decided ones.
pub(super) fn scenario_from_decision(
    workspace: &mut Workspace,
    fingerprint: &str,
    name: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let decision = workspace
        .decisions
        .iter()
        .find(|d| d.fingerprint == fingerprint)
        .ok_or(CommandError::UnknownDecision)?;
    let mut scenario = after_decision_scenario(workspace, decision);
    let first = validate::reserve_ids(workspace, scenario.id_count())?;
    scenario.name = name;
    workspace.next_id = renumber(&mut scenario, first);
    workspace.scenarios.push(scenario);
    Ok(())
}
