//! [`meeting_log_csv`]: the proposals kept in a meeting, one row each, for the minutes.

use super::CsvWriter;
use crate::engine::model::{LoggedProposal, LoggedTarget};

const HEADER: [&str; 8] = [
    "Tid",
    "Scenario",
    "År",
    "Vad",
    "Före (kr)",
    "Förslag (kr)",
    "Förändring (kr)",
    "Sparat som scenario",
];

/// What the file calls the state allocation.
const STATE_OFFER: &str = "Möjlig statlig tilldelning";

/// The log for Swedish Excel ([`CsvWriter`]): a header row, then each kept proposal, oldest first, with
/// the figure before, the proposed figure and the change (proposed − before).
pub fn meeting_log_csv(log: &[LoggedProposal]) -> String {
    let mut csv = CsvWriter::new();
    csv.text_row(&HEADER);
    for entry in log {
        csv.text(&entry.at);
        csv.text(&entry.scenario);
        csv.count(u32::from(entry.year));
        csv.text(match &entry.what {
            LoggedTarget::StateOffer => STATE_OFFER,
            LoggedTarget::CostLine { name } => name,
        });
        csv.amount(entry.before);
        csv.amount(entry.after);
        match entry.after.checked_sub(entry.before) {
            Some(change) => csv.amount(change),
            None => csv.empty(),
        }
        csv.text(&entry.kept_as);
        csv.end_row();
    }
    csv.finish()
}
