//! Text keys for searching and sorting Swedish text: case folded, with å, ä, ö after z.

/// `text` lower-cased for case-insensitive search ("ÅSA" and "åsa" give the same key).
pub fn search_key(text: &str) -> String {
    text.to_lowercase()
}

/// Appends `text`'s search key and a line break to `key`. ASCII text is lower-cased in place
/// (no allocation beyond `key`'s growth); other text goes through `str::to_lowercase`, which
/// is still much faster than lower-casing char by char (measured in wasm).
pub(super) fn push_search_key(key: &mut String, text: &str) {
    if text.is_ascii() {
        let start = key.len();
        key.push_str(text);
        if let Some(added) = key.get_mut(start..) {
            added.make_ascii_lowercase();
        }
    } else {
        key.push_str(&text.to_lowercase());
    }
    key.push('\n');
}

/// A key that sorts Swedish text in dictionary order: case-insensitive, å < ä < ö after z,
/// é as e, ü as y, æ as ä and ø as ö (compare keys with `Ord`).
///
/// ```
/// use finsam_planner::engine::catalogue::sort_key;
/// let mut names = ["Ödla", "Ärla", "Zebra", "åsna", "Apa"];
/// names.sort_by_key(|n| sort_key(n));
/// assert_eq!(names, ["Apa", "Zebra", "åsna", "Ärla", "Ödla"]);
/// ```
pub fn sort_key(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    if lower.is_ascii() {
        lower
    } else {
        lower.chars().map(swedish_letter).collect()
    }
}

/// Å, Ä and Ö as private-use characters above every letter, so they follow z in that order.
fn swedish_letter(c: char) -> char {
    match c {
        'å' => '\u{E000}',
        'ä' | 'æ' => '\u{E001}',
        'ö' | 'ø' => '\u{E002}',
        'á' | 'à' | 'â' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'ü' => 'y',
        other => other,
    }
}
