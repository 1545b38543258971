//! A true conflict between two tabs, resolved per scenario: which scenarios differ between this tab's version
//! of a förbund and the stored one (another tab's), and the förbund built from one choice per scenario — this
//! tab's version, the other tab's, or both (this tab's kept as a copy next to the other's). Everything outside
//! the scenarios (name, parties, catalogue, settings) comes from the stored version. Pure.

use crate::engine::command::{scenario_ids, workspace_ids};
use crate::engine::exchange::{check_workspace, ImportError};
use crate::engine::ids::ScenarioId;
use crate::engine::model::{Scenario, Workspace};

/// Which version of one differing scenario to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pick {
    /// This tab's version (if this tab removed it: removed).
    Mine,
    /// The stored version, as the other tab left it.
    Theirs,
    /// The stored version, and this tab's as a copy after it.
    Both,
}

/// A scenario whose two versions differ, or that exists in one only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    /// The scenario's id (the same in both versions).
    pub scenario: ScenarioId,
    /// Its name in this tab (`None`: not in this tab's version).
    pub mine: Option<String>,
    /// Its name in the stored version (`None`: not there).
    pub theirs: Option<String>,
    /// The choice that loses nothing the user meant: the side that changed it since this tab last saved.
    pub suggested: Pick,
}

/// The scenarios that differ, in the stored version's order and then this tab's new ones. `base` is this
/// tab's version as last saved or loaded (the common ancestor), `None` when unknown.
pub fn differences(
    base: Option<&Workspace>,
    mine: &Workspace,
    theirs: &Workspace,
) -> Vec<Difference> {
    let ids = theirs
        .scenarios
        .iter()
        .map(|s| s.id)
        .chain(mine.scenarios.iter().map(|s| s.id))
        .fold(Vec::new(), |mut ids, id| {
            if !ids.contains(&id) {
                ids.push(id);
            }
            ids
        });
    ids.into_iter()
        .filter(|id| mine.scenario(*id) != theirs.scenario(*id))
        .map(|id| Difference {
            scenario: id,
            mine: mine.scenario(id).map(|s| s.name.clone()),
            theirs: theirs.scenario(id).map(|s| s.name.clone()),
            suggested: suggested(
                base.map(|b| b.scenario(id)),
                mine.scenario(id),
                theirs.scenario(id),
            ),
        })
        .collect()
}

/// Only one side changed the scenario since the base: that side. Otherwise both, or the side that still
/// has it when the other removed it.
fn suggested(
    base: Option<Option<&Scenario>>,
    mine: Option<&Scenario>,
    theirs: Option<&Scenario>,
) -> Pick {
    match base {
        Some(b) if mine == b => Pick::Theirs,
        Some(b) if theirs == b => Pick::Mine,
        _ => match (mine, theirs) {
            (Some(_), None) => Pick::Mine,
            (None, Some(_)) => Pick::Theirs,
            _ => Pick::Both,
        },
    }
}

/// Whether anything outside the scenarios differs (then the stored version's is kept; the UI says so).
pub fn outside_differs(mine: &Workspace, theirs: &Workspace) -> bool {
    let outside = |w: &Workspace| Workspace {
        scenarios: Vec::new(),
        stated_figures: Vec::new(),
        next_id: 0,
        ..w.clone()
    };
    outside(mine) != outside(theirs)
}

/// The stored version `theirs` with each picked scenario taken from `mine` (`copy_suffix` names a copy kept
/// by [`Pick::Both`]). A scenario not in `picks` keeps the stored version. Refused when the result does not
/// pass the import's whole-förbund check (e.g. this tab's scenario uses an item the other tab removed).
///
/// # Errors
/// The check's finding; nothing is changed.
pub fn merged(
    mine: &Workspace,
    theirs: &Workspace,
    picks: &[(ScenarioId, Pick)],
    copy_suffix: &str,
) -> Result<Workspace, ImportError> {
    let mut result = theirs.clone();
    result.next_id = free_id(&result).max(free_id(mine));
    for (id, pick) in picks {
        let from_mine = mine.scenario(*id);
        match pick {
            Pick::Theirs => {}
            Pick::Mine => take_mine(&mut result, mine, *id, from_mine),
            Pick::Both => {
                if let Some(scenario) = from_mine {
                    let mut copy = scenario.clone();
                    copy.name.push_str(copy_suffix);
                    let at = position_after(&result, *id);
                    let copy = renumbered(copy, &mut result.next_id);
                    result.scenarios.insert(at, copy);
                }
            }
        }
    }
    check_workspace(&result)?;
    Ok(result)
}

/// Replaces (or removes, or adds) the scenario `id` of `result` by this tab's version, with this tab's stated
/// figures for it. Its ids are kept unless another part of `result` uses one of them.
fn take_mine(
    result: &mut Workspace,
    mine: &Workspace,
    id: ScenarioId,
    scenario: Option<&Scenario>,
) {
    let at = result.scenarios.iter().position(|s| s.id == id);
    if let Some(at) = at {
        result.scenarios.remove(at);
    }
    result.stated_figures.retain(|f| f.scenario != id);
    let Some(scenario) = scenario else {
        if result.baseline == Some(id) {
            result.baseline = None;
        }
        return;
    };
    let used = workspace_ids(result);
    let collides = scenario_ids(scenario).iter().any(|i| used.contains(i));
    let placed = if collides {
        renumbered(scenario.clone(), &mut result.next_id)
    } else {
        let figures = mine.stated_figures.iter().filter(|f| f.scenario == id);
        result.stated_figures.extend(figures.cloned());
        scenario.clone()
    };
    let at = at
        .unwrap_or(result.scenarios.len())
        .min(result.scenarios.len());
    result.scenarios.insert(at, placed);
}

/// `scenario` with fresh ids from `next` (which moves on).
fn renumbered(mut scenario: Scenario, next: &mut u32) -> Scenario {
    *next = crate::engine::command::renumber_scenario(&mut scenario, *next);
    scenario
}

/// The position right after the scenario `id` (the end when it is not there).
fn position_after(workspace: &Workspace, id: ScenarioId) -> usize {
    workspace
        .scenarios
        .iter()
        .position(|s| s.id == id)
        .map_or(workspace.scenarios.len(), |i| i.saturating_add(1))
}

/// An id no part of `workspace` uses, at or after its counter.
fn free_id(workspace: &Workspace) -> u32 {
    workspace
        .next_id
        .max(workspace.max_used_id().saturating_add(1))
}
