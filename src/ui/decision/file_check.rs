//! "Kontrollera en beslutsfil": a received decision file is read here and its fingerprint recomputed;
//! nothing is stored and nothing leaves the browser.

use crate::engine::decision::{check_decision_file, short_fingerprint, FileCheck};
use crate::engine::exchange::MAX_IMPORT_BYTES;
use crate::i18n::{decision, Lang};
use crate::ui::compare::format::fill;
use crate::ui::overview::message::{Message, SectionMessage};
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The file field and what the check found.
#[component]
pub fn FileCheck() -> impl IntoView {
    let state = AppState::expect();
    let t = move || decision::texts(state.lang());
    let message = RwSignal::new(None::<Message>);
    let on_change = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            let lang = state.lang();
            leptos::task::spawn_local(async move {
                message.set(Some(check(&file, lang).await));
            });
        }
    };
    view! {
        <section class="fp-card fp-decision-check" aria-labelledby="fp-decision-check-heading">
            <h2 id="fp-decision-check-heading">{move || t().check_heading}</h2>
            <p>{move || t().check_intro}</p>
            <span class="fp-field">
                <label for="fp-decision-file">{move || t().check_file}</label>
                <input id="fp-decision-file" type="file" accept=".json,application/json"
                    data-testid="decision-file" on:change=on_change/>
            </span>
            <SectionMessage message/>
        </section>
    }
}

async fn check(file: &web_sys::File, lang: Lang) -> Message {
    let t = decision::texts(lang);
    if file.size() > MAX_IMPORT_BYTES as f64 {
        return refused(&crate::engine::decision::DecisionFileError::TooLarge, lang);
    }
    let Some(text) = read_text(file).await else {
        return Message::Refused(t.read_failed.to_string());
    };
    match check_decision_file(&text) {
        Err(error) => refused(&error, lang),
        Ok(found) => verdict(&found, t),
    }
}

fn refused(error: &crate::engine::decision::DecisionFileError, lang: Lang) -> Message {
    Message::Refused(match lang {
        Lang::Sv => error.message_sv(),
        Lang::En => error.message_en(),
    })
}

fn verdict(found: &FileCheck, t: &decision::DecisionTexts) -> Message {
    let d = &found.decision;
    let short = short_fingerprint(&d.fingerprint);
    if found.matches() {
        Message::Done(fill(
            t.check_matches,
            &[
                ("name", &d.name),
                ("date", &d.decided_on.to_string()),
                ("reference", &d.reference),
                ("short", &short),
            ],
        ))
    } else {
        Message::Refused(fill(
            t.check_not_matching,
            &[
                ("short", &short),
                ("computed", &short_fingerprint(&found.computed)),
            ],
        ))
    }
}

async fn read_text(file: &web_sys::File) -> Option<String> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    String::from_utf8(js_sys::Uint8Array::new(&buffer).to_vec()).ok()
}
