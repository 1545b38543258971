//! The workspace's JSON in parts, so a step on a large förbund costs what it touches: everything but the
//! scenarios and the catalogue as one small value, and each scenario and catalogue item on its own. A diff
//! serializes only the parts whose typed values differ; undo and redo serialize only the elements their
//! changes reach (falling back to the whole workspace when a change reaches anything else). The changes
//! and results are the same as on the whole workspace's JSON.
//!
//! One approximation: parts are compared as typed values first, so an amount rewritten with another number
//! of decimals only ("1.5" → "1.50", the same number) records no change.

use super::apply::apply_one;
use super::diff::diff_values;
use super::model::{Change, Seg};
use super::HistoryError;
use crate::engine::json_value;
use crate::engine::model::Workspace;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The JSON key of the scenarios.
const SCENARIOS: &str = "scenarios";
/// The JSON key of the catalogue.
const CATALOGUE: &str = "catalogue";

/// The changes that turn `before` into `after`.
pub(super) fn diff_in_parts(before: &Workspace, after: &Workspace) -> Vec<Change> {
    let mut out = Vec::new();
    let (shell_before, shell_after) = (shell(before), shell(after));
    if shell_before != shell_after {
        diff_json(&mut Vec::new(), &shell_before, &shell_after, &mut out);
    }
    diff_list(SCENARIOS, &before.scenarios, &after.scenarios, &mut out);
    diff_list(CATALOGUE, &before.catalogue, &after.catalogue, &mut out);
    out
}

/// The workspace without its two long lists (both empty): the keys a whole-JSON diff would compare.
fn shell(w: &Workspace) -> Workspace {
    Workspace {
        name: w.name.clone(),
        org_number: w.org_number.clone(),
        parties: w.parties.clone(),
        regional_split: w.regional_split.clone(),
        municipal_split: w.municipal_split.clone(),
        catalogue: Vec::new(),
        scenarios: Vec::new(),
        baseline: w.baseline,
        settings: w.settings.clone(),
        stated_figures: w.stated_figures.clone(),
        next_id: w.next_id,
        note: w.note.clone(),
        decisions: w.decisions.clone(),
        meeting_log: w.meeting_log.clone(),
    }
}

/// A list of the same length element by element (only the differing ones serialized); otherwise one
/// splice, as the whole-JSON diff makes it.
fn diff_list<T: Serialize + PartialEq>(
    key: &str,
    before: &[T],
    after: &[T],
    out: &mut Vec<Change>,
) {
    let mut path = vec![Seg::Key(key.to_string())];
    if before.len() != after.len() {
        diff_json(&mut path, before, after, out);
        return;
    }
    for (index, (b, a)) in before.iter().zip(after).enumerate() {
        if b != a {
            path.push(Seg::Index(index));
            diff_json(&mut path, b, a, out);
            path.pop();
        }
    }
}

fn diff_json<T: Serialize + ?Sized>(
    path: &mut Vec<Seg>,
    before: &T,
    after: &T,
    out: &mut Vec<Change>,
) {
    if let (Ok(b), Ok(a)) = (json_value::to_value(before), json_value::to_value(after)) {
        diff_values(path, &b, &a, out);
    }
}

/// Applies `changes` in order to `workspace`; on `Err` the workspace is unchanged.
pub(super) fn apply_in_parts(
    workspace: &mut Workspace,
    changes: &[Change],
) -> Result<(), HistoryError> {
    let targets: Option<Vec<Target>> = changes.iter().map(|c| target(workspace, c)).collect();
    let Some(targets) = targets else {
        return apply_whole(workspace, changes);
    };
    let mut scenarios = Parts::default();
    let mut items = Parts::default();
    for (change, target) in changes.iter().zip(&targets) {
        let rest = within(change, 2);
        match target.list {
            List::Scenarios => scenarios.apply(&workspace.scenarios, target.index, &rest)?,
            List::Catalogue => items.apply(&workspace.catalogue, target.index, &rest)?,
        }
    }
    let new_scenarios = scenarios.typed()?;
    let new_items = items.typed()?;
    put(&mut workspace.scenarios, new_scenarios);
    put(&mut workspace.catalogue, new_items);
    Ok(())
}

/// Puts each new element at its index (all checked to be within the list).
fn put<T>(list: &mut [T], elements: Vec<(usize, T)>) {
    for (index, element) in elements {
        if let Some(slot) = list.get_mut(index) {
            *slot = element;
        }
    }
}

/// Applies `changes` to the whole workspace's JSON.
fn apply_whole(workspace: &mut Workspace, changes: &[Change]) -> Result<(), HistoryError> {
    let mut value = json_value::to_value(&*workspace).map_err(|_| HistoryError::DoesNotFit)?;
    changes.iter().try_for_each(|c| apply_one(&mut value, c))?;
    *workspace = json_value::from_value(&value).map_err(|_| HistoryError::DoesNotFit)?;
    Ok(())
}

#[derive(Debug, Clone, Copy)]
enum List {
    Scenarios,
    Catalogue,
}

/// The element a change stays inside.
#[derive(Debug, Clone, Copy)]
struct Target {
    list: List,
    index: usize,
}

/// The scenario or catalogue item a change stays inside, `None` when it reaches anything else.
fn target(workspace: &Workspace, change: &Change) -> Option<Target> {
    let path = match change {
        Change::Set { path, .. } | Change::Splice { path, .. } => path,
    };
    let (Some(Seg::Key(key)), Some(Seg::Index(index))) = (path.first(), path.get(1)) else {
        return None;
    };
    let (list, len) = match key.as_str() {
        SCENARIOS => (List::Scenarios, workspace.scenarios.len()),
        CATALOGUE => (List::Catalogue, workspace.catalogue.len()),
        _ => return None,
    };
    (*index < len).then_some(Target {
        list,
        index: *index,
    })
}

/// `change` with the first `depth` segments of its path taken off.
fn within(change: &Change, depth: usize) -> Change {
    let mut change = change.clone();
    match &mut change {
        Change::Set { path, .. } | Change::Splice { path, .. } => {
            path.drain(..depth.min(path.len()));
        }
    }
    change
}

/// The JSON of the elements of one list that changes reach, by index.
#[derive(Default)]
struct Parts(Vec<(usize, Value)>);

impl Parts {
    fn apply<T: Serialize>(
        &mut self,
        list: &[T],
        index: usize,
        change: &Change,
    ) -> Result<(), HistoryError> {
        if !self.0.iter().any(|(i, _)| *i == index) {
            let element = list.get(index).ok_or(HistoryError::DoesNotFit)?;
            let value = json_value::to_value(element).map_err(|_| HistoryError::DoesNotFit)?;
            self.0.push((index, value));
        }
        let part = self.0.iter_mut().find(|(i, _)| *i == index);
        let (_, value) = part.ok_or(HistoryError::DoesNotFit)?;
        apply_one(value, change)
    }

    fn typed<T: DeserializeOwned>(self) -> Result<Vec<(usize, T)>, HistoryError> {
        self.0
            .into_iter()
            .map(|(index, value)| {
                json_value::from_value(&value)
                    .map(|typed| (index, typed))
                    .map_err(|_| HistoryError::DoesNotFit)
            })
            .collect()
    }
}
