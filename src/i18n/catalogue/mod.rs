//! Texts of the catalogue screens (list, filters, the assignment form, links to scenarios), in Swedish and
//! English, and the names of item kinds, statuses and inriktningar.

mod en;
pub mod labels;
mod sv;

use super::Lang;

/// The catalogue screens' texts.
#[derive(Debug)]
pub struct CatalogueTexts {
    /// Heading of the screen.
    pub heading: &'static str,
    /// One paragraph under the heading.
    pub intro: &'static str,
    /// Label: the year whose amounts are shown.
    pub year: &'static str,
    /// Heading of the filter form.
    pub filters: &'static str,
    /// Label: free-text search.
    pub search: &'static str,
    /// Hint under the search field.
    pub search_hint: &'static str,
    /// Label / column: status.
    pub status: &'static str,
    /// Label / column: kind of item.
    pub kind: &'static str,
    /// Label / column: owner party.
    pub owner: &'static str,
    /// Label: active in year.
    pub active_in: &'static str,
    /// Label / column: target group.
    pub target_group: &'static str,
    /// Label: inriktning.
    pub inriktning: &'static str,
    /// Option: no filter.
    pub all: &'static str,
    /// Button: clear the filters.
    pub clear_filters: &'static str,
    /// Column: name.
    pub name: &'static str,
    /// Column: leader(s).
    pub leader: &'static str,
    /// Column: the year (per-year table).
    pub year_column: &'static str,
    /// Before a period's first month when its end is unknown.
    pub from: &'static str,
    /// Before a period's last month when its start is unknown.
    pub until: &'static str,
    /// Column: period.
    pub period: &'static str,
    /// Column prefix: amount in the chosen year.
    pub amount: &'static str,
    /// Column: scenarios that include the item.
    pub included_in: &'static str,
    /// Caption of the list.
    pub list_caption: &'static str,
    /// "shown of" between two counts ("3 av 14 visas").
    pub shown_of: &'static str,
    /// Shown after the counts.
    pub shown: &'static str,
    /// Before the number of rows drawn when more match ("Listan visar de första 100.").
    pub showing_first: &'static str,
    /// Button that draws more rows (the number follows).
    pub show_more: &'static str,
    /// The filters match nothing.
    pub nothing_found: &'static str,
    /// Heading of the totals per status (the year follows).
    pub totals_heading: &'static str,
    /// Row: total of all statuses.
    pub total: &'static str,
    /// Column: number of items.
    pub count: &'static str,
    /// Button: a new item.
    pub new_item: &'static str,
    /// Button: open an item's form (the name follows in the accessible name).
    pub edit: &'static str,
    /// Button: export the catalogue as CSV.
    pub export_csv: &'static str,
    /// Status after the CSV export.
    pub exported: &'static str,
    /// Sort button's accessible prefix ("Sortera efter").
    pub sort_by: &'static str,
    /// Item without an owner, leader or period end.
    pub not_given: &'static str,
    /// Heading of the form for a new item.
    pub form_new: &'static str,
    /// Heading of the form for an existing item (the name follows).
    pub form_edit: &'static str,
    /// Form group: what the item is.
    pub about: &'static str,
    /// Label: description.
    pub description: &'static str,
    /// Label: the owner's unit.
    pub owner_unit: &'static str,
    /// Legend: participating member parties.
    pub participants: &'static str,
    /// Label: external partners, one per line.
    pub external_partners: &'static str,
    /// Label: leaders, one per line.
    pub leaders: &'static str,
    /// Form group: time and decision.
    pub time_and_decision: &'static str,
    /// Label: first month.
    pub start: &'static str,
    /// Label: last month.
    pub end: &'static str,
    /// Hint under a month field.
    pub month_hint: &'static str,
    /// Label: decision date.
    pub decision_date: &'static str,
    /// Hint under the date field.
    pub date_hint: &'static str,
    /// Label: what the item builds on.
    pub origin: &'static str,
    /// Label: notes.
    pub notes: &'static str,
    /// Form group: yearly amounts and planned participants.
    pub per_year: &'static str,
    /// Column: planned participants.
    pub planned_participants: &'static str,
    /// Label: add a year to the table.
    pub add_year: &'static str,
    /// Button: save.
    pub save: &'static str,
    /// Button: close the form without saving.
    pub cancel: &'static str,
    /// Button: remove the item.
    pub remove: &'static str,
    /// Confirmation before removing.
    pub are_you_sure: &'static str,
    /// Status after saving.
    pub saved: &'static str,
    /// Status after adding.
    pub added: &'static str,
    /// Status after removing.
    pub removed: &'static str,
    /// Heading of the error summary.
    pub fix_first: &'static str,
    /// A month that cannot be read.
    pub bad_month: &'static str,
    /// A date that cannot be read.
    pub bad_date: &'static str,
    /// A participant count that cannot be read.
    pub bad_count: &'static str,
    /// A year that cannot be read.
    pub bad_year: &'static str,
    /// Heading of the links to scenarios.
    pub links_heading: &'static str,
    /// Explains the links.
    pub links_intro: &'static str,
    /// Column: scenario.
    pub scenario: &'static str,
    /// Label: cost group to add the item to.
    pub group: &'static str,
    /// Button: include in a scenario.
    pub include: &'static str,
    /// Button: exclude from a scenario.
    pub exclude: &'static str,
    /// The scenario does not include the item.
    pub not_included: &'static str,
    /// The scenario follows the catalogue's amount.
    pub follows_catalogue: &'static str,
    /// The scenario has its own amount.
    pub overridden: &'static str,
    /// Button: go back to the catalogue's amount.
    pub use_catalogue_amount: &'static str,
    /// Accessible prefix of a scenario amount field.
    pub amount_in: &'static str,
    /// After an amount change: the scenarios it reaches (names follow).
    pub reaches: &'static str,
    /// A rejected or stopped item still in scenarios (names follow).
    pub still_included: &'static str,
    /// Budget page: label of the catalogue picker in a cost group.
    pub add_from_catalogue: &'static str,
    /// Budget page: button that adds the chosen item.
    pub add: &'static str,
    /// Budget page: every item is already in the scenario.
    pub nothing_to_add: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static CatalogueTexts {
    match lang {
        Lang::Sv => &sv::TEXTS,
        Lang::En => &en::TEXTS,
    }
}
