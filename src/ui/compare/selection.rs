//! Which scenarios are compared: the default choice, the baseline, and ticking a box. Pure.

use crate::engine::ids::ScenarioId;
use crate::engine::model::Workspace;

/// At most this many scenarios are compared at once.
pub const MAX_CHOSEN: usize = 4;

/// The default choice: the baseline and the open scenario, filled up to two with the first
/// scenarios, in workspace order.
pub fn default_choice(ws: &Workspace, open_index: usize) -> Vec<ScenarioId> {
    let open = ws.scenarios.get(open_index).map(|s| s.id);
    let first = ws.scenarios.iter().map(|s| s.id);
    let candidates = baseline_setting(ws).into_iter().chain(open).chain(first);
    let mut chosen: Vec<ScenarioId> = Vec::new();
    for id in candidates {
        if chosen.len() < 2 && !chosen.contains(&id) {
            chosen.push(id);
        }
    }
    in_workspace_order(ws, &chosen)
}

/// The chosen scenarios that still exist, in workspace order.
pub fn in_workspace_order(ws: &Workspace, chosen: &[ScenarioId]) -> Vec<ScenarioId> {
    ws.scenarios
        .iter()
        .map(|s| s.id)
        .filter(|id| chosen.contains(id))
        .collect()
}

/// The baseline: the workspace's baseline if it is chosen, otherwise the first chosen scenario.
pub fn baseline(ws: &Workspace, chosen: &[ScenarioId]) -> Option<ScenarioId> {
    baseline_setting(ws)
        .filter(|b| chosen.contains(b))
        .or_else(|| in_workspace_order(ws, chosen).first().copied())
}

/// The chosen scenarios with the baseline first, then the others in workspace order.
pub fn columns(ws: &Workspace, chosen: &[ScenarioId]) -> Vec<ScenarioId> {
    let base = baseline(ws, chosen);
    let others = in_workspace_order(ws, chosen)
        .into_iter()
        .filter(|id| Some(*id) != base);
    base.into_iter().chain(others).collect()
}

/// The choice after ticking (`on`) or unticking a box; a fifth scenario is not added.
pub fn toggled(chosen: &[ScenarioId], id: ScenarioId, on: bool) -> Vec<ScenarioId> {
    let mut next: Vec<ScenarioId> = chosen.iter().copied().filter(|c| *c != id).collect();
    if on && next.len() < MAX_CHOSEN {
        next.push(id);
    }
    next
}

fn baseline_setting(ws: &Workspace) -> Option<ScenarioId> {
    ws.baseline.filter(|b| ws.scenario(*b).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples::lund_2015_2017;

    fn ids(ws: &Workspace) -> Vec<ScenarioId> {
        ws.scenarios.iter().map(|s| s.id).collect()
    }

    #[test]
    fn without_a_baseline_the_open_and_the_first_scenario_are_chosen() {
        let ws = lund_2015_2017();
        let all = ids(&ws);
        assert_eq!(default_choice(&ws, 0), vec![all[0], all[1]]);
        assert_eq!(default_choice(&ws, 2), vec![all[0], all[2]]);
    }

    #[test]
    fn the_workspace_baseline_is_chosen_and_comes_first() {
        let mut ws = lund_2015_2017();
        let all = ids(&ws);
        ws.baseline = Some(all[2]);
        assert_eq!(default_choice(&ws, 1), vec![all[1], all[2]]);
        assert_eq!(columns(&ws, &[all[1], all[2]]), vec![all[2], all[1]]);
        assert_eq!(baseline(&ws, &[all[0], all[1]]), Some(all[0]));
    }

    #[test]
    fn ticking_stops_at_four_and_unticking_removes() {
        let ws = lund_2015_2017();
        let all = ids(&ws);
        let some = toggled(&[all[0]], all[2], true);
        assert_eq!(in_workspace_order(&ws, &some), vec![all[0], all[2]]);
        assert_eq!(toggled(&some, all[0], false), vec![all[2]]);
        let four = [all[0], all[1], all[2], ScenarioId(999)];
        assert_eq!(toggled(&four, ScenarioId(1000), true).len(), MAX_CHOSEN);
    }
}
