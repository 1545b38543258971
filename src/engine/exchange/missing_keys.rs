//! Finds a field that the typed value writes but the input lacks (a field with a serde default,
//! or an `Option` that serde fills with `None`): a missing field is an error, never a guess.

use serde_json::Value;

/// The path of the first key of `canonical` that `input` does not have (objects are compared
/// key by key, arrays element by element).
pub(super) fn first_missing_key(input: &Value, canonical: &Value, path: &str) -> Option<String> {
    match (input, canonical) {
        (Value::Object(have), Value::Object(want)) => want.iter().find_map(|(key, wanted)| {
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            match have.get(key) {
                None => Some(child),
                Some(had) => first_missing_key(had, wanted, &child),
            }
        }),
        (Value::Array(have), Value::Array(want)) => have
            .iter()
            .zip(want)
            .enumerate()
            .find_map(|(i, (had, wanted))| first_missing_key(had, wanted, &format!("{path}[{i}]"))),
        _ => None,
    }
}
