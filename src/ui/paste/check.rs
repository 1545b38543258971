//! The check of the pasted table on its own printed figures and, when given, of the document's text against
//! it (`engine::paste::findings::document_findings`), shown in the
//! preview as a list in plain words (Swedish or English) and downloadable as CSV; it follows the rows' kinds as
//! they are changed.

use crate::engine::csv::paste_findings_csv;
use crate::engine::model::Settings;
use crate::engine::paste::finding_words::{self, FindingWords};
use crate::engine::paste::findings::document_findings;
use crate::engine::paste::PastedTable;
use crate::i18n::{paste, Lang};
use crate::ui::download::download_text;
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The findings of `table` (with the equity recommendation of the förbund it is pasted into).
#[component]
pub fn TableCheck(
    table: RwSignal<Option<PastedTable>>,
    document: RwSignal<Option<String>>,
    into_open: RwSignal<bool>,
    message: RwSignal<Option<Message>>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || paste::texts(state.lang());
    let found = Memo::new(move |_| {
        table.with(|t| {
            t.as_ref().map(|t| {
                let words = words_in(state.lang());
                // The recommendation the kept check will use: the open förbund's, or a new förbund's.
                let open = into_open
                    .get()
                    .then(|| {
                        state
                            .data
                            .with(|d| d.workspace().map(|w| w.settings.equity_steps.clone()))
                    })
                    .flatten();
                let steps = open.unwrap_or_else(|| Settings::default().equity_steps);
                let list = document.with(|text| document_findings(t, text.as_deref(), &steps));
                let texts: Vec<String> = list.iter().map(|f| f.message(t.unit, words)).collect();
                (texts, paste_findings_csv(&list, t.unit, words))
            })
        })
    });
    let download = move |_| {
        if let Some((_, csv)) = found.get_untracked() {
            let name = match state.lang() {
                Lang::Sv => "kontroll-av-tabellen.csv",
                Lang::En => "table-check.csv",
            };
            if let Err(reason) = download_text(name, "text/csv;charset=utf-8", &csv) {
                message.set(Some(Message::Refused(reason)));
            }
        }
    };
    view! {
        <section class="fp-paste__check" aria-labelledby="fp-paste-check" data-testid="paste-check">
            <h4 id="fp-paste-check">
                {move || if document.with(Option::is_some) { t().check_heading_text } else { t().check_heading }}
            </h4>
            {move || found.get().map(|(texts, _)| if texts.is_empty() {
                view! { <p>{t().no_findings}</p> }.into_any()
            } else {
                view! {
                    <p>{t().findings_count.replace("{n}", &texts.len().to_string())}</p>
                    <ul class="fp-paste__findings">
                        {texts.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                    </ul>
                }.into_any()
            })}
            <button type="button" class="fp-button" on:click=download>{move || t().download_findings}</button>
        </section>
    }
}

/// The findings' words in `lang`.
pub(crate) fn words_in(lang: Lang) -> &'static FindingWords {
    match lang {
        Lang::Sv => &finding_words::SV,
        Lang::En => &finding_words::EN,
    }
}
