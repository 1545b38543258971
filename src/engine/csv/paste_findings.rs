//! [`paste_findings_csv`]: the check of a pasted table, one finding per row (line, label, year, the finding
//! in words), for the board papers or the person who made the document.

use super::CsvWriter;
use crate::engine::money_text::DisplayUnit;
use crate::engine::paste::finding_words::FindingWords;
use crate::engine::paste::findings::Finding;

/// The findings for Swedish Excel ([`CsvWriter`]): a header row, then each finding in table order, in
/// `words` (Swedish or English, header included), its amounts in `unit`.
pub fn paste_findings_csv(findings: &[Finding], unit: DisplayUnit, words: &FindingWords) -> String {
    let mut csv = CsvWriter::new();
    csv.text_row(&words.csv_header);
    for finding in findings {
        match finding.line {
            Some(line) => csv.count(u32::try_from(line).unwrap_or(u32::MAX)),
            None => csv.empty(),
        }
        csv.text(&finding.label);
        match finding.year {
            Some(year) => csv.count(u32::from(year)),
            None => csv.empty(),
        }
        csv.text(&finding.message(unit, words));
        csv.end_row();
    }
    csv.finish()
}
