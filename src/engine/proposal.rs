//! A proposal in the board meeting ("Om …"): one figure of one scenario year changed live — the state
//! allocation or one cost line — computed on a copy and shown as a difference. It never changes the
//! scenario; kept ([`crate::engine::command::Command::KeepProposal`]) it becomes a new scenario.

use crate::engine::command::{apply, Command, CommandError};
use crate::engine::error::EngineError;
use crate::engine::ids::{LineId, ScenarioId};
use crate::engine::model::{Funding, Workspace, Year};
use crate::engine::money::Money;
use crate::engine::report::{effective_line_amount, scenario_report, ScenarioReport};
use serde::{Deserialize, Serialize};

/// Which figure a proposal changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum ProposalTarget {
    /// The possible state allocation (S) of a year funded by frames (options 1 and 2).
    StateOffer,
    /// A cost line's amount (for a catalogue line: this scenario's own amount).
    CostLine(LineId),
}

/// One figure of one year, proposed as `amount`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Proposal {
    /// The year.
    pub year: Year,
    /// The figure.
    pub target: ProposalTarget,
    /// The proposed amount, in kronor.
    pub amount: Money,
}

/// Why a proposal cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProposalError {
    /// The change itself is refused (e.g. a negative state allocation, a manual year).
    Refused(CommandError),
    /// The scenario with the change cannot be computed.
    NotComputable(EngineError),
}

/// The figure as it is now in the scenario.
///
/// # Errors
/// [`CommandError`] for an unknown scenario, year or line, or a manual year's state allocation.
pub fn current_amount(
    workspace: &Workspace,
    scenario: ScenarioId,
    year: Year,
    target: ProposalTarget,
) -> Result<Money, CommandError> {
    let found = workspace
        .scenario(scenario)
        .ok_or(CommandError::UnknownScenario(scenario))?;
    let plan = found
        .year_plan(year)
        .ok_or(CommandError::YearNotInScenario(year))?;
    match target {
        ProposalTarget::StateOffer => match &plan.funding {
            Funding::ApprovedFrames(f) | Funding::MaximumState(f) => Ok(f.state_offer),
            Funding::Manual { .. } => Err(CommandError::ManualYear(year)),
        },
        ProposalTarget::CostLine(line) => {
            let (g, l) = found
                .cost_line_position(line)
                .ok_or(CommandError::UnknownLine(line))?;
            let cost_line = &found.groups[g].lines[l];
            effective_line_amount(workspace, cost_line, year)
                .map(|(amount, _)| amount)
                .map_err(|_| CommandError::UnknownLine(line))
        }
    }
}

/// The command that makes the change on `scenario`.
///
/// # Errors
/// As [`current_amount`], and [`CommandError::ProposalUnchanged`] when the amount is the figure as it is.
pub fn proposal_command(
    workspace: &Workspace,
    scenario: ScenarioId,
    proposal: &Proposal,
) -> Result<Command, CommandError> {
    let now = current_amount(workspace, scenario, proposal.year, proposal.target)?;
    if now == proposal.amount {
        return Err(CommandError::ProposalUnchanged);
    }
    let year = proposal.year;
    match proposal.target {
        ProposalTarget::StateOffer => {
            let plan = workspace
                .scenario(scenario)
                .and_then(|s| s.year_plan(year))
                .ok_or(CommandError::YearNotInScenario(year))?;
            let mut funding = plan.funding.clone();
            if let Funding::ApprovedFrames(f) | Funding::MaximumState(f) = &mut funding {
                f.state_offer = proposal.amount;
            }
            Ok(Command::SetFunding {
                scenario,
                year,
                funding,
            })
        }
        ProposalTarget::CostLine(line) => Ok(Command::SetLineAmount {
            scenario,
            line,
            year,
            amount: proposal.amount,
        }),
    }
}

/// The scenario's figures with the proposal, computed on a copy of the workspace (`workspace` is untouched).
///
/// # Errors
/// [`ProposalError::Refused`] when the change is refused, [`ProposalError::NotComputable`] when the
/// changed scenario cannot be computed.
pub fn preview(
    workspace: &Workspace,
    scenario: ScenarioId,
    proposal: &Proposal,
) -> Result<ScenarioReport, ProposalError> {
    let command =
        proposal_command(workspace, scenario, proposal).map_err(ProposalError::Refused)?;
    let mut copy = workspace.clone();
    apply(&mut copy, command).map_err(ProposalError::Refused)?;
    scenario_report(&copy, scenario).map_err(ProposalError::NotComputable)
}
