//! The Leptos user interface. Components only display what the engine computes and send changes through
//! `engine::command::apply`; no money is computed here.

mod amount_input;
mod budget_rows;
mod budget_shape;
mod budget_table;
mod document_check;
mod header;
pub mod panic_message;
mod state;
mod status;

use leptos::prelude::*;
pub use state::{AppState, Status};

/// The whole app: header with pickers, status region, the budget of the open scenario, footer.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    sync_document_language(state);
    let t = move || state.texts();
    view! {
        <a class="fp-skip-link" href="#fp-main">{move || t().skip_to_content}</a>
        <header::Header/>
        <main id="fp-main" class="fp-main" tabindex="-1">
            <status::StatusRegion/>
            <budget_table::ScenarioBudget/>
            <document_check::DocumentCheck/>
        </main>
        <footer class="fp-footer">
            <p>{move || t().privacy_note}</p>
        </footer>
    }
}

/// Keeps `<html lang>` and the document title in the chosen language.
fn sync_document_language(state: AppState) {
    Effect::new(move |_| {
        let lang = state.lang();
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang.tag());
            }
            document.set_title(lang.texts().app_name);
        }
    });
}
