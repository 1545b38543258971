//! The path of the value at a place in JSON text (`data.catalogue[3].amounts.2023`), found by scanning the
//! text up to serde_json's error position: a refusal names where it is without tracking paths while reading
//! (which would take a second, larger copy of every `Deserialize` of the model in the wasm).

/// One step of a path: a key in an object or an index in an array.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

/// An object or array open at the scanned place, and the key or index being read in it (none yet right after
/// it opened).
#[derive(Debug)]
struct Open {
    array: bool,
    count: usize,
    step: Option<Step>,
}

/// The key serde_json's `error` names that is not a place of its own: a key written twice belongs to its
/// object, an unknown variant to its enum (both are reported having read that key, or the object's `}` when
/// nothing follows); `None` for anything else, which belongs to the value read last (a missing field is
/// reported after its object's `}`, a wrong type after the value or on its first byte).
fn key_not_a_place(error: &serde_json::Error) -> Option<String> {
    let text = error.to_string();
    ["duplicate field `", "duplicate key `", "unknown variant `"]
        .iter()
        .find_map(|start| text.strip_prefix(start))
        .and_then(|rest| rest.split('`').next())
        .map(str::to_string)
}

/// The path of serde_json's `error` in `text` (its line and column turned into a byte offset), written as
/// serde_path_to_error wrote it: keys joined by `.`, indices as `[n]`, `.` for the root.
#[must_use]
pub fn path_of_error(text: &str, error: &serde_json::Error) -> String {
    let offset = byte_offset(text, error.line(), error.column());
    let bytes = text.as_bytes();
    let mut open = open_at(bytes, offset);
    // A wrong type is reported having peeked the value's first byte: an object or array just opened is the value.
    if matches!(
        offset.checked_sub(1).and_then(|at| bytes.get(at)),
        Some(b'{' | b'[')
    ) {
        open.pop();
    }
    if let (Some(key), Some(last)) = (key_not_a_place(error), open.last_mut()) {
        if last.step == Some(Step::Key(key)) {
            last.step = None;
        }
    }
    written(&open)
}

/// The byte offset of serde_json's 1-based line and its column (bytes read on that line).
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line.saturating_sub(2))
            .map_or(text.len(), |(at, _)| at.saturating_add(1))
    };
    start.saturating_add(column).min(text.len())
}

/// The objects and arrays open after reading `bytes[..end]`, each with its current key or index.
fn open_at(bytes: &[u8], end: usize) -> Vec<Open> {
    let mut open: Vec<Open> = Vec::new();
    let mut pos = 0;
    while pos < end {
        match bytes.get(pos).copied() {
            Some(b'"') => {
                let close = string_end(bytes, pos);
                let is_key = next_significant(bytes, close) == Some(b':');
                if let Some(top) = open.last_mut() {
                    if is_key && !top.array {
                        let raw = bytes.get(pos..close).unwrap_or_default();
                        top.step = Some(Step::Key(decoded_key(raw)));
                    } else {
                        start_value(top);
                    }
                }
                pos = close;
                continue;
            }
            Some(b'{' | b'[') => {
                if let Some(top) = open.last_mut() {
                    start_value(top);
                }
                let array = bytes.get(pos) == Some(&b'[');
                open.push(Open {
                    array,
                    count: 0,
                    step: None,
                });
            }
            Some(b'}' | b']') => {
                open.pop();
            }
            Some(b',' | b':' | b' ' | b'\t' | b'\n' | b'\r') | None => {}
            Some(_) => {
                if let Some(top) = open.last_mut() {
                    start_value(top);
                }
                pos = scalar_end(bytes, pos);
                continue;
            }
        }
        pos = pos.saturating_add(1);
    }
    open
}

/// A value starts in `top`: in an array it is the next element (an object's key was set by its key).
fn start_value(top: &mut Open) {
    if top.array {
        top.step = Some(Step::Index(top.count));
        top.count = top.count.saturating_add(1);
    }
}

/// The position just after the string that opens at `start` (or the end of the text if it never closes).
fn string_end(bytes: &[u8], start: usize) -> usize {
    let mut pos = start.saturating_add(1);
    while let Some(&byte) = bytes.get(pos) {
        match byte {
            b'\\' => pos = pos.saturating_add(2),
            b'"' => return pos.saturating_add(1),
            _ => pos = pos.saturating_add(1),
        }
    }
    bytes.len()
}

/// The position just after a number, `true`, `false` or `null` starting at `start`.
fn scalar_end(bytes: &[u8], start: usize) -> usize {
    let rest = bytes.get(start..).unwrap_or_default();
    let len = rest
        .iter()
        .position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r' | b':'))
        .unwrap_or(rest.len());
    start.saturating_add(len.max(1))
}

/// The first byte at or after `pos` that is not JSON whitespace.
fn next_significant(bytes: &[u8], pos: usize) -> Option<u8> {
    bytes
        .get(pos..)?
        .iter()
        .copied()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
}

/// A key's text with JSON escapes decoded (as written when it cannot be decoded).
fn decoded_key(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw);
    serde_json::from_str::<String>(&text).unwrap_or_else(|_| text.trim_matches('"').to_string())
}

/// The path written as serde_path_to_error wrote it.
fn written(open: &[Open]) -> String {
    let mut out = String::new();
    for step in open.iter().filter_map(|o| o.step.as_ref()) {
        match step {
            Step::Key(key) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Step::Index(index) => {
                out.push('[');
                out.push_str(&index.to_string());
                out.push(']');
            }
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Item {
        name: String,
        amounts: std::collections::BTreeMap<String, u32>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Doc {
        data: Vec<Item>,
    }

    fn path(text: &str) -> String {
        let error = serde_json::from_str::<Doc>(text).expect_err("the text is refused");
        path_of_error(text, &error)
    }

    #[test]
    fn a_wrong_type_is_named_by_its_key_and_index() {
        let text =
            r#"{"data":[{"name":"a","amounts":{"2023":1}},{"name":"b","amounts":{"2023":"x"}}]}"#;
        assert_eq!(path(text), "data[1].amounts.2023");
    }

    #[test]
    fn an_unknown_key_is_named_by_itself() {
        let text = r#"{"data":[{"name":"a","nam":"b"}]}"#;
        assert_eq!(path(text), "data[0].nam");
    }

    #[test]
    fn a_missing_field_is_named_by_its_object() {
        let text = r#"{"data":[{"name":"a","amounts":{}},{"name":"b"}]}"#;
        assert_eq!(path(text), "data[1]");
        let text = "{\n  \"data\": [\n    {\n      \"amounts\": {\"2024\": 3}\n    }\n  ]\n}";
        assert_eq!(path(text), "data[0]");
    }

    #[test]
    fn a_repeated_key_is_named_by_its_object() {
        let text = r#"{"data":[{"name":"a","name":"b","amounts":{}}]}"#;
        assert_eq!(path(text), "data[0]");
        let text = r#"{"data":[{"name":"a","amounts":{},"name":"b"}]}"#;
        assert_eq!(path(text), "data[0]");
    }

    #[test]
    fn a_wrong_type_in_pretty_text_and_a_key_with_an_escape() {
        let text =
            "{\n  \"data\": [\n    {\"name\": \"a\", \"amounts\": {\"20\\u00323\": true}}\n  ]\n}";
        assert_eq!(path(text), "data[0].amounts.2023");
    }

    #[test]
    fn the_root_is_a_dot() {
        assert_eq!(path(r#""x""#), ".");
        assert_eq!(path(r#"{"data":{"name":"a"}}"#), "data");
    }
}
