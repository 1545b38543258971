//! [`catalogue_csv`]: the catalogue as SUS-style rows, one per item and year.

use super::CsvWriter;
use crate::engine::model::{
    CatalogueItem, Inriktning, ItemKind, ItemStatus, Workspace, Year, YearMonth,
};
use crate::engine::ordered::set_of;

const HEADER: [&str; 11] = [
    "Namn",
    "Typ",
    "Status",
    "Inriktning",
    "Målgrupp",
    "Ägare",
    "Start",
    "Slut",
    "År",
    "Budget (kr)",
    "Planerade deltagare",
];

/// How the file words an item's kind, status and inriktning (given by the caller from its texts, so that the
/// engine holds no UI wording).
#[derive(Debug, Clone, Copy)]
pub struct ItemNames {
    /// The kind's name, e.g. "Uppdrag".
    pub kind: fn(ItemKind) -> &'static str,
    /// The status's name, e.g. "Pågående".
    pub status: fn(ItemStatus) -> &'static str,
    /// The inriktning's name, e.g. "Individinriktad".
    pub inriktning: fn(Inriktning) -> &'static str,
}

/// The whole catalogue for Swedish Excel ([`CsvWriter`]): a header row, then for each item (in
/// catalogue order) one row per year it has an amount or planned participants in — else per
/// year of its period, else one row without a year. Start and end are written "YYYY-MM"; a
/// missing amount or participant count is an empty cell.
pub fn catalogue_csv(workspace: &Workspace, names: &ItemNames) -> String {
    let mut csv = CsvWriter::new();
    csv.text_row(&HEADER);
    for item in &workspace.catalogue {
        let years = row_years(item);
        if years.is_empty() {
            item_row(&mut csv, workspace, names, item, None);
        }
        for year in years {
            item_row(&mut csv, workspace, names, item, Some(year));
        }
    }
    csv.finish()
}

/// The years to write a row for.
fn row_years(item: &CatalogueItem) -> Vec<Year> {
    let figures = set_of(
        item.amounts
            .keys()
            .chain(item.planned_participants.keys())
            .copied(),
    );
    if !figures.is_empty() {
        return figures.into_iter().collect();
    }
    match (item.period.start, item.period.end) {
        (Some(start), Some(end)) => (start.year..=end.year).collect(),
        (Some(only), None) | (None, Some(only)) => vec![only.year],
        (None, None) => Vec::new(),
    }
}

fn item_row(
    csv: &mut CsvWriter,
    workspace: &Workspace,
    names: &ItemNames,
    item: &CatalogueItem,
    year: Option<Year>,
) {
    csv.text(&item.name);
    csv.text((names.kind)(item.kind));
    csv.text((names.status)(item.status));
    csv.text(item.inriktning.map_or("", names.inriktning));
    csv.text(&item.target_group);
    csv.text(&owner(workspace, item));
    csv.text(&month_text(item.period.start));
    csv.text(&month_text(item.period.end));
    match year {
        Some(year) => {
            csv.count(u32::from(year));
            match item.amounts.get(&year) {
                Some(amount) => csv.amount(*amount),
                None => csv.empty(),
            }
            match item.planned_participants.get(&year) {
                Some(count) => csv.count(*count),
                None => csv.empty(),
            }
        }
        None => (0..3).for_each(|_| csv.empty()),
    }
    csv.end_row();
}

/// "Lunds kommun, Serviceförvaltningen": the owner party and unit, as far as known.
fn owner(workspace: &Workspace, item: &CatalogueItem) -> String {
    let party = item
        .owner
        .and_then(|o| workspace.party(o))
        .map(|p| p.name.as_str());
    let unit = Some(item.owner_unit.as_str()).filter(|u| !u.is_empty());
    let parts: Vec<&str> = [party, unit].into_iter().flatten().collect();
    parts.join(", ")
}

fn month_text(month: Option<YearMonth>) -> String {
    month.map_or(String::new(), |m| format!("{:04}-{:02}", m.year, m.month))
}
