//! File names for exports: `finsam-<förbund>-<scenario>-<YYYY-MM-DD>.json` with safe slugs.

use crate::engine::model::IsoDate;

/// Longest slug kept from one name, in characters.
const MAX_SLUG_CHARS: usize = 60;

/// The export file name, e.g. `finsam-lunds-samordningsforbund-max-statlig-tilldelning-2026-11-25.json`
/// (without the scenario part for a workspace export).
///
/// ```
/// use finsam_planner::engine::exchange::file_name;
/// use finsam_planner::engine::model::IsoDate;
/// let date = IsoDate::parse("2026-11-25").unwrap();
/// assert_eq!(
///     file_name("Lunds samordningsförbund", Some("Godkänd kommunal ram!"), date),
///     "finsam-lunds-samordningsforbund-godkand-kommunal-ram-2026-11-25.json"
/// );
/// assert_eq!(file_name("Å/Ä Ö", None, date), "finsam-aa-o-2026-11-25.json");
/// ```
pub fn file_name(forbund: &str, scenario: Option<&str>, date: IsoDate) -> String {
    let mut parts = vec!["finsam".to_string()];
    parts.extend([Some(forbund), scenario].into_iter().flatten().map(slug));
    parts.retain(|part| !part.is_empty());
    parts.push(date.to_string());
    format!("{}.json", parts.join("-"))
}

/// Lowercase ASCII letters, digits and single dashes: å/ä → a, ö → o, é → e, ü → u, spaces and
/// dashes → `-`, every other character dropped.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let mapped = match c {
            'å' | 'ä' | 'á' | 'à' | 'â' => Some('a'),
            'ö' | 'ø' | 'ó' | 'ò' | 'ô' => Some('o'),
            'é' | 'è' | 'ê' | 'ë' => Some('e'),
            'ü' | 'ú' => Some('u'),
            c if c.is_ascii_alphanumeric() => Some(c),
            c if c.is_whitespace() || c == '-' || c == '_' => Some('-'),
            _ => None,
        };
        match mapped {
            Some('-') if out.is_empty() || out.ends_with('-') => {}
            Some(c) => out.push(c),
            None => {}
        }
    }
    let trimmed: String = out
        .trim_end_matches('-')
        .chars()
        .take(MAX_SLUG_CHARS)
        .collect();
    trimmed.trim_end_matches('-').to_string()
}
