//! The "Dela och spara" page (`#/dela`): export of the open förbund or one scenario (JSON, CSV for Excel),
//! and import of a file through a preview that changes nothing until "Importera". The engine
//! (`engine::exchange`) writes, checks and applies the files; this module only shows and asks.

mod apply;
mod collision;
mod diff_table;
mod export;
mod import;
mod preview;
mod read;
pub use read::refusal;

use crate::engine::exchange::{Choice, ImportPlan};
use crate::i18n::exchange;
use crate::ui::overview::message::{Message, SectionMessage};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A checked file waiting in the preview.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// The file's name as the browser gave it.
    pub file_name: String,
    /// What importing it would do.
    pub plan: ImportPlan,
}

/// What the page remembers while it is open (provided as context).
#[derive(Debug, Clone, Copy)]
pub struct ExchangeView {
    /// What the last action did, or why it was refused.
    pub message: RwSignal<Option<Message>>,
    /// The file in the preview, if any.
    pub pending: RwSignal<Option<Pending>>,
    /// One choice per collision of the pending plan.
    pub choices: RwSignal<Vec<Choice>>,
}

impl ExchangeView {
    fn provide() -> ExchangeView {
        let view = ExchangeView {
            message: RwSignal::new(None),
            pending: RwSignal::new(None),
            choices: RwSignal::new(Vec::new()),
        };
        provide_context(view);
        view
    }

    /// The view provided by the page.
    pub fn expect() -> ExchangeView {
        expect_context::<ExchangeView>()
    }

    /// Shows a refusal; the preview (if any) is dropped, so nothing can be applied by mistake.
    pub fn refuse(self, text: String) {
        self.pending.set(None);
        self.choices.set(Vec::new());
        self.message.set(Some(Message::Refused(text)));
    }
}

/// The page: export, import with its preview, and a word on security.
#[component]
pub fn ExchangePage() -> impl IntoView {
    let state = AppState::expect();
    let t = move || exchange::texts(state.lang());
    let view = ExchangeView::provide();
    view! {
        <h2 class="fp-ex-title">{move || t().heading}</h2>
        <p class="fp-ex-intro">{move || t().intro}</p>
        <export::ExportSection/>
        <section class="fp-card fp-ex-import" aria-labelledby="fp-ex-import-heading">
            <h3 id="fp-ex-import-heading">{move || t().import_heading}</h3>
            <p>{move || t().import_intro}</p>
            <import::FilePicker/>
            <SectionMessage message=view.message/>
            <preview::Preview/>
        </section>
        <crate::ui::paste::PasteSection/>
        <section class="fp-card fp-ex-security" aria-labelledby="fp-ex-security-heading">
            <h3 id="fp-ex-security-heading">{move || t().security_heading}</h3>
            <p>{move || t().security_note}</p>
        </section>
    }
}
