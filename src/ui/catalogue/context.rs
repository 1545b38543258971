//! What the catalogue page remembers while it is open: list or form, the chosen year, filters, sort order,
//! the last message, and which item's button gets focus back when a form closes.

use super::filters::FilterState;
use super::sort::SortState;
use crate::engine::ids::CatalogueItemId;
use crate::engine::model::{Workspace, Year};
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// List or form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The list with filters and totals.
    List,
    /// The form for a new item.
    New,
    /// The form for an existing item.
    Edit(CatalogueItemId),
}

/// The page's shared view state (provided as context).
#[derive(Debug, Clone, Copy)]
pub struct CatalogueView {
    /// List or form.
    pub mode: RwSignal<Mode>,
    /// The year whose amounts the list shows.
    pub year: RwSignal<Year>,
    /// Filters of the list.
    pub filters: FilterState,
    /// Sort order of the list.
    pub sort: SortState,
    /// What the last action did.
    pub message: RwSignal<Option<Message>>,
    /// The page heading (focus target after saving or removing).
    pub title: NodeRef<html::H2>,
}

impl CatalogueView {
    /// Creates the view state and provides it to the page's components.
    pub fn provide() -> CatalogueView {
        let state = AppState::expect();
        let year = state
            .data
            .with_untracked(|d| d.workspace().map(first_scenario_year).unwrap_or(2026));
        let view = CatalogueView {
            mode: RwSignal::new(Mode::List),
            year: RwSignal::new(year),
            filters: FilterState::new(),
            sort: SortState::new(),
            message: RwSignal::new(None),
            title: NodeRef::new(),
        };
        provide_context(view);
        view
    }

    /// The view state provided by the page.
    pub fn expect() -> CatalogueView {
        expect_context::<CatalogueView>()
    }

    /// Back to the list with a message; focus goes to the item's button (or the heading).
    pub fn back_to_list(self, item: Option<CatalogueItemId>, message: Option<Message>) {
        self.message.set(message);
        self.mode.set(Mode::List);
        match item {
            Some(id) => request_animation_frame(move || focus_item_button(id)),
            None => self.focus_title(),
        }
    }

    /// Back to the list, with the year of the newly opened förbund and no filters.
    pub fn reset(self) {
        let state = AppState::expect();
        let year = state
            .data
            .with_untracked(|d| d.workspace().map(first_scenario_year).unwrap_or(2026));
        self.year.set(year);
        self.filters.clear();
        self.message.set(None);
        self.mode.set(Mode::List);
    }

    /// Moves focus to the page heading.
    pub fn focus_title(self) {
        request_animation_frame(move || {
            if let Some(title) = self.title.get_untracked() {
                let _ = title.focus();
            }
        });
    }
}

/// Focuses the list's button that opens `item` (it carries `data-item`), if the item is shown.
fn focus_item_button(item: CatalogueItemId) {
    let selector = format!("button[data-item=\"{}\"]", item.0);
    let found = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten());
    if let Some(element) = found {
        use leptos::wasm_bindgen::JsCast;
        if let Ok(button) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = button.focus();
        }
    }
}

/// The first year of the open scenario list (the year a director plans), else the catalogue's first year.
fn first_scenario_year(workspace: &Workspace) -> Year {
    let scenario_year = workspace
        .scenarios
        .first()
        .and_then(|s| s.years.first())
        .map(|y| y.year);
    let item_year = workspace
        .catalogue
        .iter()
        .find_map(|c| c.amounts.keys().next().copied());
    scenario_year.or(item_year).unwrap_or(2026)
}
