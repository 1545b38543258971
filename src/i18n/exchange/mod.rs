//! Texts of the "Dela och spara" page (export, import, the import preview), in Swedish and English.

mod en;
mod sv;

use super::Lang;

/// The exchange page's texts.
#[derive(Debug)]
pub struct ExchangeTexts {
    /// Heading of the page.
    pub heading: &'static str,
    /// One paragraph under the heading.
    pub intro: &'static str,
    /// Heading of the export section.
    pub export_heading: &'static str,
    /// What the export section does.
    pub export_intro: &'static str,
    /// Button: export the whole förbund as JSON.
    pub export_workspace: &'static str,
    /// Label of the scenario select.
    pub scenario: &'static str,
    /// Button: export the chosen scenario as JSON.
    pub export_scenario: &'static str,
    /// Button: export the chosen scenario as CSV.
    pub export_csv: &'static str,
    /// Done: the file was downloaded (the file name follows).
    pub exported: &'static str,
    /// Refused: the download failed.
    pub export_failed: &'static str,
    /// No open förbund.
    pub no_workspace: &'static str,
    /// Heading of the import section.
    pub import_heading: &'static str,
    /// What the import section does.
    pub import_intro: &'static str,
    /// Label of the file picker.
    pub choose_file: &'static str,
    /// Text of the drop zone.
    pub drop_here: &'static str,
    /// While the file is read.
    pub reading: &'static str,
    /// The file could not be read by the browser.
    pub read_failed: &'static str,
    /// Before a refusal message: nothing was changed.
    pub refused_prefix: &'static str,
    /// Import is not possible now (unreadable stored data or read-only).
    pub import_not_allowed: &'static str,
    /// Heading of the preview (the file name follows).
    pub preview_heading: &'static str,
    /// The file holds a whole förbund.
    pub kind_workspace: &'static str,
    /// The file holds one scenario.
    pub kind_scenario: &'static str,
    /// Exported on (the date follows).
    pub exported_on: &'static str,
    /// Heading: what will be added.
    pub added: &'static str,
    /// Heading: what is already here unchanged.
    pub unchanged: &'static str,
    /// Heading: what collides.
    pub collisions: &'static str,
    /// Nothing to import: everything in the file is already here.
    pub nothing_to_import: &'static str,
    /// The file cannot be imported here (the reason follows).
    pub blocked: &'static str,
    /// Name of a förbund in a list.
    pub subject_workspace: &'static str,
    /// Name of a scenario in a list.
    pub subject_scenario: &'static str,
    /// Name of a catalogue item in a list.
    pub subject_item: &'static str,
    /// Legend of a collision's choice ("Vad ska hända med …").
    pub choice_for: &'static str,
    /// Choice: replace.
    pub replace: &'static str,
    /// Choice: keep both.
    pub keep_both: &'static str,
    /// Choice: skip.
    pub skip: &'static str,
    /// The current data's name when it differs (the name follows).
    pub current_named: &'static str,
    /// Differing fields (the names follow).
    pub differing_fields: &'static str,
    /// The figures cannot be compared.
    pub not_comparable: &'static str,
    /// No figure differs.
    pub no_figure_differs: &'static str,
    /// Caption of a diff table (the scenario's name follows).
    pub diff_caption: &'static str,
    /// Column: year.
    pub year: &'static str,
    /// Column: row.
    pub row: &'static str,
    /// Column: current figure.
    pub current: &'static str,
    /// Column: the file's figure.
    pub in_file: &'static str,
    /// Column: difference.
    pub difference: &'static str,
    /// A scenario only in the file.
    pub scenario_added: &'static str,
    /// A scenario only in the current data.
    pub scenario_removed: &'static str,
    /// A scenario in both, different.
    pub scenario_changed: &'static str,
    /// Button: apply the import.
    pub import: &'static str,
    /// Button: discard the preview.
    pub cancel: &'static str,
    /// Done: the preview was discarded.
    pub cancelled: &'static str,
    /// Done: the import (counts follow).
    pub imported: &'static str,
    /// Count word: added.
    pub count_added: &'static str,
    /// Count word: replaced.
    pub count_replaced: &'static str,
    /// Count word: kept both.
    pub count_kept_both: &'static str,
    /// Count word: skipped.
    pub count_skipped: &'static str,
    /// Done, but nothing changed.
    pub imported_nothing: &'static str,
    /// Link from the recovery screen to this page.
    pub open_import: &'static str,
    /// Heading of the security note.
    pub security_heading: &'static str,
    /// The security note.
    pub security_note: &'static str,
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static ExchangeTexts {
    match lang {
        Lang::Sv => &sv::TEXTS,
        Lang::En => &en::TEXTS,
    }
}

/// A field name of the engine's diff (`parties`, `amounts` …) in words; unknown names as they are.
pub fn field_name(lang: Lang, field: &'static str) -> &'static str {
    let table: &[(&str, &str)] = match lang {
        Lang::Sv => sv::FIELDS,
        Lang::En => en::FIELDS,
    };
    table
        .iter()
        .find(|(key, _)| *key == field)
        .map_or(field, |(_, name)| name)
}
