//! Queries on the catalogue of funded work for the catalogue screens: filter, search and sort
//! ([`select`]), totals per status ([`totals_by_status`]), which scenarios include an item
//! ([`scenarios_including`]) and the status pipeline's order ([`STATUS_ORDER`]).
//!
//! Changes go through [`crate::engine::command`] (`AddCatalogueItem`, `UpdateCatalogueItem`,
//! `RemoveCatalogueItem`, and `AddLine` / `RemoveLine` / `SetLineAmount` / `ClearLineOverride`
//! on the including scenarios); the form's checks are [`crate::engine::command::check_item`].

mod collate;
mod filter;
mod inclusion;
mod select;
mod totals;

pub use collate::{search_key, sort_key};
pub use filter::{active_in, CatalogueFilter};
pub use inclusion::{
    amount_in_scenario, scenario_ids_including, scenarios_including, status_warnings, Inclusion,
};
pub use select::{select, Sort, SortKey};
pub use totals::totals_by_status;

use crate::engine::model::{ItemKind, ItemStatus};

/// The statuses in pipeline order, for the form's select: idé → förstudie → ansökan →
/// beviljad → pågående → avslutad → implementerad, then avslagen and avbruten.
pub const STATUS_ORDER: [ItemStatus; 9] = [
    ItemStatus::Ide,
    ItemStatus::Forstudie,
    ItemStatus::Ansokan,
    ItemStatus::Beviljad,
    ItemStatus::Pagaende,
    ItemStatus::Avslutad,
    ItemStatus::Implementerad,
    ItemStatus::Avslagen,
    ItemStatus::Avbruten,
];

/// The kinds in the order of domain.md §6 (the form's select and the Kind column's sort).
pub const KIND_ORDER: [ItemKind; 8] = [
    ItemKind::Uppdrag,
    ItemKind::Foruppdrag,
    ItemKind::Insats,
    ItemKind::Projekt,
    ItemKind::Forstudie,
    ItemKind::Ledningsstod,
    ItemKind::Strukturstod,
    ItemKind::Ovrigt,
];

/// True for the statuses that end an item without result: *avslagen* and *avbruten*.
pub fn is_stopped(status: ItemStatus) -> bool {
    matches!(status, ItemStatus::Avslagen | ItemStatus::Avbruten)
}

/// Position of `status` in [`STATUS_ORDER`].
pub(crate) fn status_rank(status: ItemStatus) -> Option<usize> {
    STATUS_ORDER.iter().position(|s| *s == status)
}

/// Position of `kind` in [`KIND_ORDER`].
pub(crate) fn kind_rank(kind: ItemKind) -> Option<usize> {
    KIND_ORDER.iter().position(|k| *k == kind)
}
