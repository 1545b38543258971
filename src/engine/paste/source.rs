//! The check of the document a scenario was pasted from, kept with the scenario ([`SourceCheck`]) so it is
//! shown and printed with the board papers after "Skapa": the document's title, the years of its heading
//! and of its columns, its unit, and the findings of the table and of its text, worded when shown.

use super::findings::{document_findings, Finding};
use super::PastedTable;
use crate::engine::command::MAX_NAME_CHARS;
use crate::engine::model::{EquityStep, Year};
use crate::engine::money_text::DisplayUnit;
use serde::{Deserialize, Serialize};

/// What was found in the pasted document when the scenario was made from it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceCheck {
    /// The document's title: its text's first line, else the heading pasted above the table.
    pub title: Option<String>,
    /// The years of the heading row as written.
    pub heading_years: Vec<Year>,
    /// The years with amounts.
    pub years: Vec<Year>,
    /// The document's unit (the findings' amounts are worded in it); `"kronor"` or `"thousand_kronor"`.
    #[serde(with = "crate::engine::model::display_unit_serde")]
    #[cfg_attr(
        test,
        schemars(with = "crate::engine::model::display_unit_serde::UnitText")
    )]
    pub unit: DisplayUnit,
    /// Whether the document's running text was checked too.
    pub text_checked: bool,
    /// The findings, table first, then text.
    pub findings: Vec<Finding>,
}

/// The check of `table` and, if given, the document's `text`, to keep with the scenario made from them.
pub fn source_check(table: &PastedTable, text: Option<&str>, steps: &[EquityStep]) -> SourceCheck {
    let text = text.filter(|t| !t.trim().is_empty());
    SourceCheck {
        title: text
            .and_then(|t| t.lines().map(plain_line).find(|l| !l.is_empty()))
            .or_else(|| table.title.as_deref().map(plain_line))
            .filter(|t| !t.is_empty()),
        heading_years: table.heading_years.clone(),
        years: table.years.clone(),
        unit: table.unit,
        text_checked: text.is_some(),
        findings: document_findings(table, text, steps),
    }
}

/// A title as one plain line: no control characters (a PDF copy's form feeds), at most [`MAX_NAME_CHARS`]
/// characters.
fn plain_line(line: &str) -> String {
    let plain: String = line
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let words: Vec<&str> = plain.split_whitespace().collect();
    words.join(" ").chars().take(MAX_NAME_CHARS).collect()
}
