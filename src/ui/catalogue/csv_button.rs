//! "Exportera katalogen (CSV)": the engine writes the file (semicolons, decimal comma, UTF-8 with BOM) and
//! the browser downloads it.

use crate::engine::csv::catalogue_csv;
use crate::i18n::catalogue;
use crate::i18n::catalogue::labels::csv_item_names;
use crate::storage::clock_now;
use crate::ui::catalogue::context::CatalogueView;
use crate::ui::download::download_text;
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The export button.
#[component]
pub fn CsvButton() -> impl IntoView {
    let state = AppState::expect();
    let view = CatalogueView::expect();
    let t = move || catalogue::texts(state.lang());
    let export = move |_| {
        let Some(text) = state
            .data
            .with_untracked(|d| d.workspace().map(|w| catalogue_csv(w, &csv_item_names())))
        else {
            return;
        };
        let name = format!("finsam-katalog-{}.csv", clock_now().today);
        let outcome = download_text(&name, "text/csv;charset=utf-8", &text);
        view.message.set(Some(Message::from_outcome(
            outcome,
            t().exported.to_string(),
        )));
    };
    view! {
        <button type="button" class="fp-button" on:click=export>{move || t().export_csv}</button>
    }
}
