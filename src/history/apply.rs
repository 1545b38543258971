//! Applies recorded changes to a workspace's JSON, checking that each finds what it recorded.

use super::model::{Change, Seg};
use super::HistoryError;
use serde_json::Value;

/// Applies `changes` in order to `root`; `DoesNotFit` (with `root` partly changed) when one does not fit.
pub(super) fn apply_all<'a>(
    root: &mut Value,
    changes: impl IntoIterator<Item = &'a Change>,
) -> Result<(), HistoryError> {
    changes
        .into_iter()
        .try_for_each(|change| apply_one(root, change))
}

/// Applies the inverses of `changes` in reverse order (undoes them).
pub(super) fn unapply_all(root: &mut Value, changes: &[Change]) -> Result<(), HistoryError> {
    changes
        .iter()
        .rev()
        .try_for_each(|change| apply_one(root, &change.inverse()))
}

/// Applies one change to `root`.
pub(super) fn apply_one(root: &mut Value, change: &Change) -> Result<(), HistoryError> {
    match change {
        Change::Set {
            path,
            before,
            after,
        } => set(root, path, before.as_ref(), after.as_ref()),
        Change::Splice {
            path,
            at,
            removed,
            inserted,
        } => splice(root, path, *at, removed, inserted),
    }
}

fn find<'v>(mut value: &'v mut Value, path: &[Seg]) -> Result<&'v mut Value, HistoryError> {
    for seg in path {
        value = match (seg, value) {
            (Seg::Key(key), Value::Object(map)) => map.get_mut(key),
            (Seg::Index(index), Value::Array(items)) => items.get_mut(*index),
            _ => None,
        }
        .ok_or(HistoryError::DoesNotFit)?;
    }
    Ok(value)
}

fn set(
    root: &mut Value,
    path: &[Seg],
    before: Option<&Value>,
    after: Option<&Value>,
) -> Result<(), HistoryError> {
    let Some((last, parent)) = path.split_last() else {
        return replace(root, before, after);
    };
    match (last, find(root, parent)?) {
        (Seg::Key(key), Value::Object(map)) => {
            if map.get(key) != before {
                return Err(HistoryError::DoesNotFit);
            }
            match after {
                Some(after) => map.insert(key.clone(), after.clone()),
                None => map.remove(key),
            };
            Ok(())
        }
        (Seg::Index(index), Value::Array(items)) => {
            let slot = items.get_mut(*index).ok_or(HistoryError::DoesNotFit)?;
            replace(slot, before, after)
        }
        _ => Err(HistoryError::DoesNotFit),
    }
}

/// Replaces a value that must be there (array elements and the root cannot be absent).
fn replace(
    slot: &mut Value,
    before: Option<&Value>,
    after: Option<&Value>,
) -> Result<(), HistoryError> {
    match (before, after) {
        (Some(before), Some(after)) if *before == *slot => {
            *slot = after.clone();
            Ok(())
        }
        _ => Err(HistoryError::DoesNotFit),
    }
}

fn splice(
    root: &mut Value,
    path: &[Seg],
    at: usize,
    removed: &[Value],
    inserted: &[Value],
) -> Result<(), HistoryError> {
    let Value::Array(items) = find(root, path)? else {
        return Err(HistoryError::DoesNotFit);
    };
    let end = at
        .checked_add(removed.len())
        .ok_or(HistoryError::DoesNotFit)?;
    if items.get(at..end) != Some(removed) {
        return Err(HistoryError::DoesNotFit);
    }
    items.splice(at..end, inserted.iter().cloned());
    Ok(())
}
