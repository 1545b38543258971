//! Texts of the settings screen (equity step table, display unit, language), in Swedish and English.

use super::Lang;

/// The settings screen's texts.
#[derive(Debug)]
pub struct SettingsTexts {
    /// Heading of the screen.
    pub heading: &'static str,
    /// Heading of the equity step table.
    pub steps_heading: &'static str,
    /// Explanation of the step table.
    pub steps_intro: &'static str,
    /// Caption of the step table (the unit follows).
    pub caption: &'static str,
    /// Column: the bracket's upper bound.
    pub up_to: &'static str,
    /// Column: maximum share of equity, in percent.
    pub max_share: &'static str,
    /// Column / checkbox: confirmed by a source.
    pub confirmed: &'static str,
    /// Marks a row not confirmed by a source.
    pub to_confirm: &'static str,
    /// Column: where the row comes from.
    pub source: &'static str,
    /// Column: actions.
    pub actions: &'static str,
    /// Column: the row's number.
    pub row_heading: &'static str,
    /// Row prefix in accessible labels ("rad 2").
    pub row: &'static str,
    /// Heading / button: add a row.
    pub add_row: &'static str,
    /// Button: remove.
    pub remove: &'static str,
    /// Confirmation question before removing a row.
    pub are_you_sure: &'static str,
    /// A percentage that cannot be read.
    pub bad_percent: &'static str,
    /// The table has no rows.
    pub empty_table: &'static str,
    /// Status after a change.
    pub saved: &'static str,
    /// Heading of the display choices.
    pub display_heading: &'static str,
    /// Legend of the unit choice.
    pub unit_legend: &'static str,
    /// Note under the unit choice.
    pub unit_note: &'static str,
    /// Legend of the language choice.
    pub language_legend: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static SettingsTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: SettingsTexts = SettingsTexts {
    heading: "Inställningar",
    steps_heading: "Rekommendation för eget kapital",
    steps_intro: "Trappan ur Nationella rådets rekommendation: ett förbund vars tilldelning (årets medlemsbidrag) är högst beloppet bör ha högst andelen som eget kapital. Bara raden ≤ 7 000 000 kr → 20 % har en källa; rader utan källa markeras att bekräfta.",
    caption: "Trappa för eget kapital",
    up_to: "Tilldelning upp till",
    max_share: "Högsta andel eget kapital (%)",
    confirmed: "Bekräftad",
    to_confirm: "att bekräfta",
    source: "Källa",
    actions: "Åtgärder",
    row_heading: "Rad",
    row: "rad",
    add_row: "Lägg till rad",
    remove: "Ta bort",
    are_you_sure: "Är du säker? Detta tar bort",
    bad_percent: "Skriv en procentsats mellan 0 och 100, t.ex. 20 eller 17,5.",
    empty_table: "Tabellen är tom: ingen rekommendation visas.",
    saved: "Trappan är ändrad.",
    display_heading: "Visning",
    unit_legend: "Belopp visas i",
    unit_note: "Gäller det öppna förbundet.",
    language_legend: "Språk",
};

const EN: SettingsTexts = SettingsTexts {
    heading: "Settings",
    steps_heading: "Equity recommendation",
    steps_intro: "The step table from the National Council's recommendation: an association whose allocation (the year's member contributions) is at most the amount should keep at most the share as equity. Only the row ≤ 7 000 000 kr → 20 % has a source; rows without one are marked to be confirmed.",
    caption: "Equity step table",
    up_to: "Allocation up to",
    max_share: "Maximum equity share (%)",
    confirmed: "Confirmed",
    to_confirm: "to be confirmed",
    source: "Source",
    actions: "Actions",
    row_heading: "Row",
    row: "row",
    add_row: "Add row",
    remove: "Remove",
    are_you_sure: "Are you sure? This removes",
    bad_percent: "Enter a percentage between 0 and 100, e.g. 20 or 17.5.",
    empty_table: "The table is empty: no recommendation is shown.",
    saved: "The step table is changed.",
    display_heading: "Display",
    unit_legend: "Amounts shown in",
    unit_note: "Applies to the open association.",
    language_legend: "Language",
};
