//! "Klistra in tabell" on the Dela och spara page: a text area for a budget table copied from a document,
//! a preview in which every row's meaning can be changed, and "Skapa förbundet", which builds the förbund
//! (`engine::paste`) and adds it through `dispatch`. Nothing is stored before that.

mod check;
mod preview;

pub(crate) use check::words_in as finding_words_in;

use crate::engine::model::{PartyKind, Year};
use crate::engine::money_text::DisplayUnit;
use crate::engine::paste::{read_table, PastedTable, ReadOptions, RowKind, Total, MAX_PASTE_CHARS};
use crate::i18n::paste;
use crate::ui::overview::confirm::unique_id;
use crate::ui::overview::message::{Message, SectionMessage};
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// The row kinds the preview offers, in the order of their names in [`crate::i18n::paste::PasteTexts`].
pub const KINDS: [RowKind; 17] = [
    RowKind::Heading,
    RowKind::Party(PartyKind::Forsakringskassan),
    RowKind::Party(PartyKind::Arbetsformedlingen),
    RowKind::Party(PartyKind::Region),
    RowKind::Party(PartyKind::Municipality),
    RowKind::Contributions,
    RowKind::OtherIncome,
    RowKind::OpeningEquity,
    RowKind::CostLine,
    RowKind::Stated(Total::OtherIncome),
    RowKind::Stated(Total::Income),
    RowKind::Stated(Total::Available),
    RowKind::Stated(Total::Group),
    RowKind::Stated(Total::Costs),
    RowKind::Stated(Total::Result),
    RowKind::Stated(Total::Closing),
    RowKind::Ignored,
];

/// The section: text area, "Läs tabellen", and the preview once read.
#[component]
pub fn PasteSection() -> impl IntoView {
    let state = AppState::expect();
    let t = move || paste::texts(state.lang());
    let text_ref = NodeRef::<html::Textarea>::new();
    let text_id = unique_id("fp-paste-text");
    let document_ref = NodeRef::<html::Textarea>::new();
    let (document_id, document_hint_id) = (
        unique_id("fp-paste-document"),
        unique_id("fp-paste-document-hint"),
    );
    let table = RwSignal::new(None::<PastedTable>);
    // The document's own text, read with the table (None: not given).
    let document = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<Message>);
    let (year_ref, unit_ref) = (
        NodeRef::<html::Input>::new(),
        NodeRef::<html::Select>::new(),
    );
    let (year_id, unit_id) = (unique_id("fp-paste-year"), unique_id("fp-paste-unit"));
    let read = move |_| {
        let text = text_ref
            .get_untracked()
            .map(|t| t.value())
            .unwrap_or_default();
        let year_text = year_ref
            .get_untracked()
            .map(|i| i.value())
            .unwrap_or_default();
        let Some(first_year) = crate::ui::overview::parse_year(&year_text) else {
            message.set(Some(Message::Refused(t().bad_year.to_string())));
            return;
        };
        let unit = match unit_ref.get_untracked().map(|s| s.value()).as_deref() {
            Some("kr") => Some(DisplayUnit::Kr),
            Some("tkr") => Some(DisplayUnit::Tkr),
            _ => None,
        };
        let options = ReadOptions {
            first_year,
            columns: None,
            unit,
        };
        let Some(document_text) = document_text(document_ref, state, message) else {
            return;
        };
        match read_table(&text, options) {
            Ok(read) => {
                message.set(None);
                document.set(document_text);
                table.set(Some(read));
            }
            Err(error) => {
                table.set(None);
                message.set(Some(Message::Refused(refusal(&error, state.lang()))));
            }
        }
    };
    view! {
        <section class="fp-card fp-paste" aria-labelledby="fp-paste-heading">
            <h3 id="fp-paste-heading">{move || t().heading}</h3>
            <p>{move || t().intro}</p>
            <div class="fp-field fp-paste__field">
                <label for=text_id.clone()>{move || t().text_label}</label>
                <textarea id=text_id node_ref=text_ref rows="10" spellcheck="false" class="fp-paste__text"></textarea>
            </div>
            <div class="fp-field fp-paste__field">
                <label for=document_id.clone()>{move || t().document_label}</label>
                <p id=document_hint_id.clone() class="fp-card__meta">{move || t().document_hint}</p>
                <textarea id=document_id node_ref=document_ref rows="4" spellcheck="true" lang="sv" class="fp-paste__text"
                    aria-describedby=document_hint_id></textarea>
            </div>
            <div class="fp-paste__options">
                <div class="fp-field">
                    <label for=year_id.clone()>{move || t().first_year}</label>
                    <input id=year_id type="text" inputmode="numeric" autocomplete="off" class="fp-ov-year"
                        node_ref=year_ref value=next_year().to_string()/>
                </div>
                <div class="fp-field">
                    <label for=unit_id.clone()>{move || t().unit}</label>
                    <select id=unit_id node_ref=unit_ref>
                        <option value="auto" selected>{move || t().unit_auto}</option>
                        <option value="kr">"kr"</option>
                        <option value="tkr">"t kr"</option>
                    </select>
                </div>
            </div>
            <button type="button" class="fp-button" on:click=read>{move || t().read}</button>
            <SectionMessage message/>
            <preview::PastePreview table document message/>
        </section>
    }
}

/// The document's text from its box: `Some(None)` when empty, `None` (with the refusal shown) when too long.
fn document_text(
    area: NodeRef<html::Textarea>,
    state: AppState,
    message: RwSignal<Option<Message>>,
) -> Option<Option<String>> {
    let text = area.get_untracked().map(|a| a.value()).unwrap_or_default();
    let chars = text.chars().count();
    if chars > MAX_PASTE_CHARS {
        let refusal = paste::texts(state.lang())
            .document_too_long
            .replace("{chars}", &chars.to_string())
            .replace("{max}", &MAX_PASTE_CHARS.to_string());
        message.set(Some(Message::Refused(refusal)));
        return None;
    }
    Some((!text.trim().is_empty()).then_some(text))
}

/// The year after this one, for a table without a year heading.
fn next_year() -> Year {
    let today = crate::storage::clock_now().today;
    today
        .get(..4)
        .and_then(|y| y.parse::<Year>().ok())
        .map_or(2027, |y| y.saturating_add(1))
}

/// A refusal in the UI's language.
pub(super) fn refusal(error: &crate::engine::paste::PasteError, lang: crate::i18n::Lang) -> String {
    match lang {
        crate::i18n::Lang::Sv => error.message_sv(),
        crate::i18n::Lang::En => error.message_en(),
    }
}
