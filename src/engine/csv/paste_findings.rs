//! [`paste_findings_csv`]: the check of a pasted table, one finding per row (line, label, year, the finding
//! in words), for the board papers or the person who made the document.

use super::CsvWriter;
use crate::engine::money_text::DisplayUnit;
use crate::engine::paste::findings::Finding;

const HEADER: [&str; 4] = ["Rad", "Text", "År", "Iakttagelse"];

/// The findings for Swedish Excel ([`CsvWriter`]): a header row, then each finding in table order, its
/// amounts in `unit`.
pub fn paste_findings_csv(findings: &[Finding], unit: DisplayUnit) -> String {
    let mut csv = CsvWriter::new();
    csv.text_row(&HEADER);
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
        csv.text(&finding.message_sv(unit));
        csv.end_row();
    }
    csv.finish()
}
