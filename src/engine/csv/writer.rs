//! [`CsvWriter`]: CSV for Swedish Excel — UTF-8 with BOM, `;` between cells, CRLF after rows,
//! amounts with a decimal comma, quoting, and text cells that cannot start a formula.

use crate::engine::money::Money;
use crate::engine::money_text::round_ore;

/// Builds one CSV document row by row.
#[derive(Debug, Clone)]
pub struct CsvWriter {
    out: String,
    cells_in_row: usize,
}

impl Default for CsvWriter {
    fn default() -> Self {
        CsvWriter::new()
    }
}

impl CsvWriter {
    /// An empty document (just the byte order mark, so Excel reads UTF-8).
    pub fn new() -> CsvWriter {
        CsvWriter {
            out: String::from('\u{FEFF}'),
            cells_in_row: 0,
        }
    }

    /// A text cell. Text starting with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'` so a
    /// spreadsheet never runs it as a formula; text with `;`, `"`, CR or LF is quoted.
    pub fn text(&mut self, value: &str) {
        self.separate();
        let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']);
        let prefix = if risky { "'" } else { "" };
        if value.contains([';', '"', '\r', '\n']) {
            self.out.push('"');
            self.out.push_str(prefix);
            self.out.push_str(&value.replace('"', "\"\""));
            self.out.push('"');
        } else {
            self.out.push_str(prefix);
            self.out.push_str(value);
        }
    }

    /// An amount Excel reads as a number: rounded to öre, `-` sign, no thousands separator,
    /// decimal comma only when there are öre (`1565000`, `-204000`, `1565000,50`).
    pub fn amount(&mut self, value: Money) {
        self.separate();
        let rounded = round_ore(value.amount());
        let text = if rounded.fract().is_zero() {
            rounded.trunc().normalize().to_string()
        } else {
            format!("{rounded:.2}")
        };
        self.out.push_str(&text.replace('.', ","));
    }

    /// A whole number, e.g. a count of participants.
    pub fn count(&mut self, value: u32) {
        self.separate();
        self.out.push_str(&value.to_string());
    }

    /// An empty cell.
    pub fn empty(&mut self) {
        self.separate();
    }

    /// Ends the current row (CRLF).
    pub fn end_row(&mut self) {
        self.out.push_str("\r\n");
        self.cells_in_row = 0;
    }

    /// A whole row of text cells.
    pub fn text_row(&mut self, cells: &[&str]) {
        for cell in cells {
            self.text(cell);
        }
        self.end_row();
    }

    /// The document.
    pub fn finish(self) -> String {
        self.out
    }

    fn separate(&mut self) {
        if self.cells_in_row > 0 {
            self.out.push(';');
        }
        self.cells_in_row = self.cells_in_row.saturating_add(1);
    }
}
