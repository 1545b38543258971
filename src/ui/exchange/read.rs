//! Reading a chosen or dropped file: the size is checked before a single byte is read, then the bytes
//! go to the engine's `parse_import` and, if the file is good, to `plan_import` for the preview.

use super::{ExchangeView, Pending};
use crate::engine::exchange::{parse_import, plan_import, ImportError, MAX_IMPORT_BYTES};
use crate::i18n::{exchange, Lang};
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Checks and reads `file`, then shows its preview or why it was refused. Nothing is changed here.
pub fn take_file(file: web_sys::File) {
    let state = AppState::expect();
    let view = ExchangeView::expect();
    let lang = state.lang();
    let t = exchange::texts(lang);
    if !state.can_import() {
        view.refuse(t.import_not_allowed.to_string());
        return;
    }
    let size = file.size();
    if size > MAX_IMPORT_BYTES as f64 {
        let error = ImportError::TooLarge {
            bytes: size as usize,
        };
        view.refuse(refusal(&error, lang));
        return;
    }
    view.pending.set(None);
    view.message.set(Some(Message::Done(t.reading.to_string())));
    leptos::task::spawn_local(async move {
        let Some(bytes) = read_bytes(&file).await else {
            view.refuse(t.read_failed.to_string());
            return;
        };
        match parse_import(&bytes) {
            Err(error) => view.refuse(refusal(&error, lang)),
            Ok(parsed) => {
                let plan = state
                    .data
                    .with_untracked(|d| plan_import(&d.workspaces, d.active_workspace, &parsed));
                view.choices.set(plan.default_choices());
                view.message.set(None);
                view.pending.set(Some(Pending {
                    file_name: file.name(),
                    plan,
                }));
            }
        }
    });
}

/// "Filen importerades inte. Ingenting har ändrats." and the engine's reason (with its JSON path).
pub fn refusal(error: &ImportError, lang: Lang) -> String {
    let reason = match lang {
        Lang::Sv => error.message_sv(),
        Lang::En => error.message_en(),
    };
    format!("{} {reason}", exchange::texts(lang).refused_prefix)
}

/// The file's bytes (not decoded: the engine checks the UTF-8 itself).
async fn read_bytes(file: &web_sys::File) -> Option<Vec<u8>> {
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}
