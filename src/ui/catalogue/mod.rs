//! The catalogue page: every uppdrag, insats, projekt and förstudie of the open förbund, searchable and
//! sortable, with a form for one item and its links to scenarios. Changes go through `engine::command::apply`.

mod context;
mod csv_button;
mod filters;
mod form;
mod links;
mod list;
mod sort;
mod totals;

pub use form::add_from_catalogue::AddFromCatalogue;

use crate::i18n::catalogue;
use crate::ui::state::AppState;
use context::{CatalogueView, Mode};
use leptos::prelude::*;

/// The catalogue page: the list (with filters and totals) or the form of one item.
#[component]
pub fn CataloguePage() -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let view_state = CatalogueView::provide();
    // A different förbund has other items: start again from the list.
    let which = Memo::new(move |_| state.data.with(|d| d.active_workspace));
    Effect::watch(
        move || which.track(),
        move |_, _, _| view_state.reset(),
        false,
    );
    view! {
        <h2 class="fp-ct-title" tabindex="-1" node_ref=view_state.title>{move || t().heading}</h2>
        <p class="fp-ct-intro">{move || t().intro}</p>
        {move || match view_state.mode.get() {
            Mode::List => view! { <list::CatalogueList/> }.into_any(),
            Mode::New => view! { <form::ItemForm id=None/> }.into_any(),
            Mode::Edit(id) => view! { <form::ItemForm id=Some(id)/> }.into_any(),
        }}
    }
}
