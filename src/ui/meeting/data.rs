//! Everything one meeting screen shows, fetched from the engine in one go: the scenario chosen by its
//! number, the year, its report, the baseline's report, the proposal's report and the figures a proposal
//! can change. Pure: no signals.

use crate::engine::error::EngineError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{Funding, LoggedProposal, Workspace, Year};
use crate::engine::proposal::{preview, Proposal, ProposalError, ProposalTarget};
use crate::engine::report::{scenario_report, ScenarioReport};

/// A figure a proposal can change, with the words that name it (the state allocation has none: the page
/// names it in its language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    /// The figure.
    pub target: ProposalTarget,
    /// "Group: line" for a cost line; empty for the state allocation.
    pub name: String,
}

/// One meeting screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingData {
    /// The förbund's name.
    pub forbund: String,
    /// Every scenario's name, in order (keys 1–9 choose among the first nine).
    pub names: Vec<String>,
    /// The shown scenario's position.
    pub index: usize,
    /// The shown scenario.
    pub scenario: ScenarioId,
    /// Its years.
    pub years: Vec<Year>,
    /// The shown year.
    pub year: Year,
    /// Its figures.
    pub report: ScenarioReport,
    /// The baseline's figures, unless the shown scenario is the baseline.
    pub baseline: Option<ScenarioReport>,
    /// The figures with the proposal, if one is shown for this scenario and year.
    pub proposal: Option<Result<ScenarioReport, ProposalError>>,
    /// The figures of the year a proposal can change.
    pub targets: Vec<Target>,
    /// The kept proposals.
    pub log: Vec<LoggedProposal>,
}

/// The screen for the scenario at `index` (clamped), `year` (or its first year) and `proposal`.
/// `None` when the workspace has no scenario.
///
/// # Errors
/// The engine's error when the scenario or the baseline cannot be computed.
pub fn gather(
    ws: &Workspace,
    index: usize,
    year: Option<Year>,
    proposal: Option<&Proposal>,
) -> Result<Option<MeetingData>, EngineError> {
    let Some(last) = ws.scenarios.len().checked_sub(1) else {
        return Ok(None);
    };
    let index = index.min(last);
    let scenario = &ws.scenarios[index];
    let years: Vec<Year> = scenario.years.iter().map(|y| y.year).collect();
    let year = year
        .filter(|y| years.contains(y))
        .or_else(|| years.first().copied())
        .unwrap_or_default();
    let report = scenario_report(ws, scenario.id)?;
    let base = ws
        .baseline
        .filter(|b| ws.scenario(*b).is_some())
        .unwrap_or(ws.scenarios[0].id);
    let baseline = if base == scenario.id {
        None
    } else {
        Some(scenario_report(ws, base)?)
    };
    let proposal = proposal
        .filter(|p| p.year == year)
        .map(|p| preview(ws, scenario.id, p));
    Ok(Some(MeetingData {
        forbund: ws.name.clone(),
        names: ws.scenarios.iter().map(|s| s.name.clone()).collect(),
        index,
        scenario: scenario.id,
        targets: targets(ws, index, year),
        years,
        year,
        report,
        baseline,
        proposal,
        log: ws.meeting_log.clone(),
    }))
}

/// The state allocation (when the year is funded by frames), then every cost line of the scenario.
fn targets(ws: &Workspace, index: usize, year: Year) -> Vec<Target> {
    let scenario = &ws.scenarios[index];
    let frames = scenario.year_plan(year).is_some_and(|p| {
        matches!(
            p.funding,
            Funding::ApprovedFrames(_) | Funding::MaximumState(_)
        )
    });
    let state = frames.then(|| Target {
        target: ProposalTarget::StateOffer,
        name: String::new(),
    });
    let lines = scenario.groups.iter().flat_map(|g| {
        g.lines.iter().map(move |l| Target {
            target: ProposalTarget::CostLine(l.id),
            name: format!("{}: {}", g.name, l.name),
        })
    });
    state.into_iter().chain(lines).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples::lund_2015_2017;
    use crate::engine::money::Money;

    #[test]
    fn the_number_chooses_the_scenario_and_the_first_scenario_is_the_baseline() {
        let ws = lund_2015_2017();
        let Ok(Some(first)) = gather(&ws, 0, None, None) else {
            panic!("a screen")
        };
        assert_eq!((first.year, first.baseline.is_none()), (2015, true));
        let Ok(Some(third)) = gather(&ws, 9, Some(2016), None) else {
            panic!("a screen")
        };
        assert_eq!(third.index, 2, "clamped to the last");
        assert_eq!(third.report.name, "Max statlig tilldelning");
        assert_eq!(third.year, 2016);
        assert_eq!(
            third.baseline.map(|b| b.name),
            Some("Budget 2015–2017 (dokumentets tabell)".to_string())
        );
        assert_eq!(third.targets[0].target, ProposalTarget::StateOffer);
    }

    #[test]
    fn a_proposal_for_another_year_is_not_shown() {
        let ws = lund_2015_2017();
        let proposal = Proposal {
            year: 2017,
            target: ProposalTarget::StateOffer,
            amount: Money::from_kr(1),
        };
        let Ok(Some(screen)) = gather(&ws, 2, Some(2016), Some(&proposal)) else {
            panic!("a screen")
        };
        assert_eq!(screen.proposal, None);
    }
}
