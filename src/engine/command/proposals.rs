//! Keeping a meeting proposal: a copy of the scenario with the proposed figure, placed right after it, and
//! a line in the meeting log — one change, so one undo takes both back.

use super::scenario_copy::duplicate;
use super::validate::{self, MAX_NAME_CHARS};
use super::{apply, CommandError};
use crate::engine::ids::ScenarioId;
use crate::engine::model::{LoggedProposal, LoggedTarget, Workspace};
use crate::engine::proposal::{current_amount, proposal_command, Proposal, ProposalTarget};

/// Adds scenario `name`: `scenario` with the proposal; `scenario` itself stays as it is. `at` is the
/// local time shown in the log.
pub(super) fn keep(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    proposal: &Proposal,
    name: &str,
    at: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let at = validate::line_text(at, MAX_NAME_CHARS)?;
    let (position, original) = validate::scenario(workspace, scenario)?;
    let original = original.clone();
    let before = current_amount(workspace, scenario, proposal.year, proposal.target)?;
    let change = proposal_command(workspace, scenario, proposal)?;
    let what = match proposal.target {
        ProposalTarget::StateOffer => LoggedTarget::StateOffer,
        ProposalTarget::CostLine(line) => LoggedTarget::CostLine {
            name: line_name(&original, line),
        },
    };
    let mut next = workspace.clone();
    apply(&mut next, change)?;
    duplicate(&mut next, scenario, &name)?;
    if let Some(slot) = next.scenarios.get_mut(position) {
        *slot = original.clone();
    }
    next.meeting_log.push(LoggedProposal {
        at,
        scenario: original.name,
        year: proposal.year,
        what,
        before,
        after: proposal.amount,
        kept_as: name,
    });
    *workspace = next;
    Ok(())
}

fn line_name(
    scenario: &crate::engine::model::Scenario,
    line: crate::engine::ids::LineId,
) -> String {
    scenario
        .groups
        .iter()
        .flat_map(|g| &g.lines)
        .find(|l| l.id == line)
        .map(|l| l.name.clone())
        .unwrap_or_default()
}
