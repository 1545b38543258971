//! The changes between two JSON values: objects by key, equal-length arrays element by element, arrays of
//! different length as one splice of the differing middle, anything else as a set.

use super::model::{Change, Seg};
use serde_json::{Map, Value};

/// The changes that turn `before` into `after`, appended to `out` (none when they are equal).
pub(super) fn diff_values(
    path: &mut Vec<Seg>,
    before: &Value,
    after: &Value,
    out: &mut Vec<Change>,
) {
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => diff_objects(path, b, a, out),
        (Value::Array(b), Value::Array(a)) if b.len() == a.len() => {
            for (index, (b, a)) in b.iter().zip(a).enumerate() {
                path.push(Seg::Index(index));
                diff_values(path, b, a, out);
                path.pop();
            }
        }
        (Value::Array(b), Value::Array(a)) => out.push(splice(path, b, a)),
        _ if before == after => {}
        _ => out.push(Change::Set {
            path: path.clone(),
            before: Some(before.clone()),
            after: Some(after.clone()),
        }),
    }
}

fn diff_objects(
    path: &mut Vec<Seg>,
    before: &Map<String, Value>,
    after: &Map<String, Value>,
    out: &mut Vec<Change>,
) {
    for (key, b) in before {
        path.push(Seg::Key(key.clone()));
        match after.get(key) {
            Some(a) => diff_values(path, b, a, out),
            None => out.push(Change::Set {
                path: path.clone(),
                before: Some(b.clone()),
                after: None,
            }),
        }
        path.pop();
    }
    for (key, a) in after.iter().filter(|(key, _)| !before.contains_key(*key)) {
        let mut at = path.clone();
        at.push(Seg::Key(key.clone()));
        out.push(Change::Set {
            path: at,
            before: None,
            after: Some(a.clone()),
        });
    }
}

/// One splice replacing the middle where `before` and `after` differ (common prefix and suffix kept).
fn splice(path: &[Seg], before: &[Value], after: &[Value]) -> Change {
    let prefix = before.iter().zip(after).take_while(|(b, a)| b == a).count();
    let rest_b = before.get(prefix..).unwrap_or_default();
    let rest_a = after.get(prefix..).unwrap_or_default();
    let suffix = rest_b
        .iter()
        .rev()
        .zip(rest_a.iter().rev())
        .take_while(|(b, a)| b == a)
        .count();
    let middle = |rest: &[Value]| {
        rest.get(..rest.len().saturating_sub(suffix))
            .unwrap_or_default()
            .to_vec()
    };
    Change::Splice {
        path: path.to_vec(),
        at: prefix,
        removed: middle(rest_b),
        inserted: middle(rest_a),
    }
}
