//! Copies of a scenario with fresh ids: a plain duplicate, and the pair of funding alternatives
//! (maximum state allocation / approved frames).

use super::validate::{self, MAX_NAME_CHARS};
use super::CommandError;
use crate::engine::ids::{GroupId, LineId, ScenarioId};
use crate::engine::model::{Funding, Scenario, Workspace};

/// Suffix of the copy funded by the maximum state allocation.
const MAX_SUFFIX: &str = " – Max statlig tilldelning";
/// Suffix of the copy funded by approved frames.
const APPROVED_SUFFIX: &str = " – Godkänd ram";

/// Copies a scenario with fresh ids and places the copy right after the original.
pub(super) fn duplicate(
    workspace: &mut Workspace,
    scenario: ScenarioId,
    name: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let (position, found) = validate::scenario(workspace, scenario)?;
    let first = validate::reserve_ids(workspace, found.id_count())?;
    let mut copy = found.clone();
    copy.name = name;
    let next = renumber(&mut copy, first);
    workspace.scenarios.insert(
        position.saturating_add(1).min(workspace.scenarios.len()),
        copy,
    );
    workspace.next_id = next;
    Ok(())
}

/// Gives the scenario, its groups, cost lines and income lines consecutive ids from `first`;
/// returns the next free id. `reserve_ids` has checked that they fit.
pub fn renumber(scenario: &mut Scenario, first: u32) -> u32 {
    let mut next = first;
    let mut take = || {
        let id = next;
        next = next.saturating_add(1);
        id
    };
    scenario.id = ScenarioId(take());
    for group in &mut scenario.groups {
        group.id = GroupId(take());
        for line in &mut group.lines {
            line.id = LineId(take());
        }
    }
    for line in &mut scenario.other_income {
        line.id = LineId(take());
    }
    next
}

/// Inserts the maximum-state and approved-frames copies right after the scenario.
pub(super) fn funding_pair(
    workspace: &mut Workspace,
    scenario: ScenarioId,
) -> Result<(), CommandError> {
    let (position, found) = validate::scenario(workspace, scenario)?;
    let has_frames = found
        .years
        .iter()
        .any(|y| !matches!(y.funding, Funding::Manual { .. }));
    if !has_frames {
        return Err(CommandError::NoFrameFunding);
    }
    let per_copy = found.id_count();
    let first = validate::reserve_ids(workspace, per_copy.saturating_mul(2))?;
    let maximum = variant(found, MAX_SUFFIX, true);
    let approved = variant(found, APPROVED_SUFFIX, false);
    let mut copies = [maximum, approved];
    let mut next = first;
    for copy in &mut copies {
        next = renumber(copy, next);
    }
    let at = position.saturating_add(1).min(workspace.scenarios.len());
    workspace.scenarios.splice(at..at, copies);
    workspace.next_id = next;
    Ok(())
}

/// A copy named `<name><suffix>` whose frame years use option 2 (`maximum`) or option 1.
fn variant(scenario: &Scenario, suffix: &str, maximum: bool) -> Scenario {
    let mut copy = scenario.clone();
    copy.name = suffixed(&scenario.name, suffix);
    for plan in &mut copy.years {
        let inputs = match &plan.funding {
            Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs) => inputs.clone(),
            Funding::Manual { .. } => continue,
        };
        plan.funding = match maximum {
            true => Funding::MaximumState(inputs),
            false => Funding::ApprovedFrames(inputs),
        };
    }
    copy
}

/// `name + suffix`, the name shortened so the whole fits in [`MAX_NAME_CHARS`].
fn suffixed(name: &str, suffix: &str) -> String {
    let room = MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
    let base: String = name.trim().chars().take(room).collect();
    format!("{}{suffix}", base.trim_end())
}

/// The ids of the scenario, its groups, cost lines and income lines.
pub fn scenario_ids(scenario: &Scenario) -> Vec<u32> {
    let groups = scenario
        .groups
        .iter()
        .flat_map(|g| std::iter::once(g.id.0).chain(g.lines.iter().map(|l| l.id.0)));
    let income = scenario.other_income.iter().map(|l| l.id.0);
    std::iter::once(scenario.id.0)
        .chain(groups)
        .chain(income)
        .collect()
}
