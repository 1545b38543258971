//! New scenarios: an empty one with the standard cost groups, and one restored after removal.

use super::scenario_check::{check_scenario, scenario_ids};
use super::validate;
use super::CommandError;
use crate::engine::ids::{GroupId, ScenarioId};
use crate::engine::model::{
    CostGroup, FrameInputs, Funding, Party, PartyKind, Scenario, StatedFigure, Workspace, Year,
    YearPlan, MAX_SCENARIO_YEARS,
};
use crate::engine::money::Money;
use crate::engine::ordered::map_of;

/// The cost groups of a new scenario: name and whether it counts as administration.
pub const STANDARD_GROUPS: [(&str, bool); 3] = [
    ("Insatser och uppdrag", false),
    ("Innovation och stöd", false),
    ("Förbundets driftskostnader", true),
];

/// An empty scenario over `year_count` years from `first_year` (see
/// [`super::Command::AddScenario`]); ids `first_id` (the scenario) and the next three (its
/// groups). The caller checks the name, the years and that the ids are free.
pub(crate) fn standard_scenario(
    parties: &[Party],
    first_id: u32,
    name: &str,
    first_year: Year,
    year_count: u8,
) -> Scenario {
    let mut next = first_id;
    let mut take = || {
        let id = next;
        next = next.saturating_add(1);
        id
    };
    let id = ScenarioId(take());
    let groups = STANDARD_GROUPS
        .iter()
        .map(|(name, is_administration)| CostGroup {
            id: GroupId(take()),
            name: (*name).to_string(),
            is_administration: *is_administration,
            lines: Vec::new(),
        })
        .collect();
    let years = (0..u16::from(year_count))
        .map(|i| YearPlan {
            year: first_year.saturating_add(i),
            overview_plan: i > 0,
            funding: Funding::ApprovedFrames(zero_frames(parties)),
        })
        .collect();
    Scenario {
        id,
        name: name.to_string(),
        note: String::new(),
        opening_equity: Money::ZERO,
        years,
        other_income: Vec::new(),
        groups,
        source_check: None,
    }
}

/// State offer 0 and a frame of 0 for every region and municipality.
fn zero_frames(parties: &[Party]) -> FrameInputs {
    let of = |kind: PartyKind| {
        map_of(
            parties
                .iter()
                .filter(|p| p.kind == kind)
                .map(|p| (p.id, Money::ZERO)),
        )
    };
    FrameInputs {
        state_offer: Money::ZERO,
        region_frames: of(PartyKind::Region),
        municipal_frames: of(PartyKind::Municipality),
    }
}

/// Appends an empty scenario with the standard groups.
pub(super) fn add(
    workspace: &mut Workspace,
    name: &str,
    first_year: Year,
    year_count: u8,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    if year_count == 0 || usize::from(year_count) > MAX_SCENARIO_YEARS {
        return Err(CommandError::InvalidYearCount {
            max: MAX_SCENARIO_YEARS,
        });
    }
    validate::calendar_year(first_year)?;
    let last = first_year.saturating_add(u16::from(year_count).saturating_sub(1));
    validate::calendar_year(last)?;
    let first = validate::reserve_ids(workspace, STANDARD_GROUPS.len().saturating_add(1))?;
    let scenario = standard_scenario(&workspace.parties, first, &name, first_year, year_count);
    workspace.next_id = scenario.max_used_id().saturating_add(1);
    workspace.scenarios.push(scenario);
    Ok(())
}

/// Re-inserts a removed scenario at `min(position, len)` after checking it like an import, with the
/// stated figures removed with it and, if it was, as the baseline.
pub(super) fn restore(
    workspace: &mut Workspace,
    scenario: Scenario,
    position: usize,
    stated_figures: Vec<StatedFigure>,
    baseline: bool,
) -> Result<(), CommandError> {
    check_scenario(workspace, &scenario)?;
    if let Some(other) = stated_figures.iter().find(|f| f.scenario != scenario.id) {
        return Err(CommandError::UnknownScenario(other.scenario));
    }
    let highest = scenario_ids(&scenario).into_iter().max().unwrap_or(0);
    let above = highest.checked_add(1).ok_or(CommandError::IdsExhausted)?;
    let position = position.min(workspace.scenarios.len());
    if baseline {
        workspace.baseline = Some(scenario.id);
    }
    workspace.scenarios.insert(position, scenario);
    workspace.stated_figures.extend(stated_figures);
    workspace.next_id = workspace.next_id.max(above);
    Ok(())
}
