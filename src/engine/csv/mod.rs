//! CSV export for Swedish Excel: the catalogue ([`catalogue_csv`], SUS-style columns) and a
//! scenario's budget table ([`scenario_csv`]), the meeting log ([`meeting_log_csv`]), the check of a pasted table ([`paste_findings_csv`]), written with [`CsvWriter`] (UTF-8 with BOM,
//! `;`, CRLF, decimal comma, formula-safe text).

mod catalogue;
mod meeting_log;
mod paste_findings;
mod scenario;
mod writer;

pub use catalogue::{catalogue_csv, ItemNames};
pub use meeting_log::meeting_log_csv;
pub use paste_findings::paste_findings_csv;
pub use scenario::scenario_csv;
pub use writer::CsvWriter;
