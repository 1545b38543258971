//! The Leptos user interface. Components only display what the engine computes and send changes through
//! `engine::command::apply`; no money is computed here.

mod amount_input;
mod budget_cells;
mod budget_edit;
mod budget_rows;
mod budget_shape;
mod budget_table;
mod catalogue;
mod change_message;
mod compare;
mod conflict_choice;
mod decision;
mod document_check;
pub mod download;
mod equity_badge;
mod exchange;
mod funding;
mod header;
mod history_page;
mod history_tools;
mod meeting;
mod member_letters;
mod nav;
mod overview;
pub mod panic_message;
mod paste;
mod print_heading;
mod print_payers;
pub mod route;
mod select_on_focus;
mod settings;
mod source_check;
mod split_pages;
mod state;
mod stated_form;
mod status;
mod storage_aside;
mod storage_damaged;
mod storage_recovery;
mod storage_sync;

use leptos::prelude::*;
use route::Page;
pub use state::{AppState, Status};

/// The whole app: header with pickers and navigation, status region, the open page, footer — or, on
/// `#/mote`, the meeting view alone.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);
    sync_document_language(state);
    let page = nav::use_page();
    let in_meeting = Memo::new(move |_| page.get() == Page::Meeting);
    // Where "Avsluta mötesläget" returns to: the last page before the meeting.
    let back = StoredValue::new(Page::default());
    Effect::new(move |_| {
        let now = page.get();
        if now != Page::Meeting {
            back.set_value(now);
        }
    });
    meeting::listen_for_meeting_key(page);
    move || {
        if in_meeting.get() {
            view! { <split_pages::SplitPage page=Page::Meeting back/> }.into_any()
        } else {
            view! { <PageFrame page back/> }.into_any()
        }
    }
}

/// The app around the open page: skip link, header, navigation, status region, footer.
#[component]
fn PageFrame(page: ReadSignal<Page>, back: StoredValue<Page>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || state.texts();
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let skip_to_main = move |ev: leptos::ev::MouseEvent| {
        // The hash holds the page, so the skip link moves focus instead of changing the hash.
        ev.prevent_default();
        if let Some(main) = main_ref.get_untracked() {
            let _ = main.focus();
        }
    };
    view! {
        <a class="fp-skip-link" href="#fp-main" on:click=skip_to_main>{move || t().skip_to_content}</a>
        <header::Header/>
        <nav::Nav page/>
        <main id="fp-main" class="fp-main" tabindex="-1" node_ref=main_ref>
            <status::StatusRegion/>
            {move || match page.get() {
                Page::Budget | Page::Meeting => view! { <BudgetPage/> }.into_any(),
                other => view! { <split_pages::SplitPage page=other back/> }.into_any(),
            }}
        </main>
        <footer class="fp-footer">
            <p>{move || t().privacy_note}</p>
        </footer>
    }
}

/// The open scenario: its budget table, funding, equity and the check against the source document.
#[component]
fn BudgetPage() -> impl IntoView {
    let state = state::AppState::expect();
    let paper = RwSignal::new(member_letters::PaperChoice::Budget);
    // More than three years print on landscape pages (a named page in the print style), so no year is cut;
    // with letters chosen only the letters print.
    let paper_class = move || {
        if paper.get() != member_letters::PaperChoice::Budget {
            return "fp-paper fp-paper--letters";
        }
        let years = state.data.with(|d| {
            d.workspace()
                .and_then(|w| w.scenarios.get(d.scenario_index()))
                .map_or(0, |s| s.years.len())
        });
        if years > 3 {
            "fp-paper fp-paper--wide"
        } else {
            "fp-paper"
        }
    };
    view! {
        <div class=paper_class>
            <print_heading::PrintHeading paper=print_heading::Paper::Budget/>
            <print_heading::PrintButton/>
            <member_letters::MemberLetters choice=paper/>
            <budget_table::ScenarioBudget/>
            <print_payers::PrintPayers/>
            <funding::FundingPanel/>
            <funding::EquityPanel/>
            <document_check::DocumentCheck/>
        </div>
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
