//! Undo and redo in the header: two buttons that say what they will undo or redo ("Ångra: ta bort gruppen
//! Insatser"), Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y outside text fields, and a live line saying what was done.

use super::state::AppState;
use crate::change::AppCommand;
use crate::history::Label;
use crate::i18n::{change, history, Lang};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The undo and redo buttons of the open förbund, with the keyboard shortcuts.
#[component]
pub fn UndoRedo() -> impl IntoView {
    let state = AppState::expect();
    let said = RwSignal::new(None::<String>);
    let next = move |undo: bool| {
        state.data.with(|d| {
            let h = d.histories.get(d.active_workspace)?;
            if undo { h.next_undo() } else { h.next_redo() }.cloned()
        })
    };
    let run = move |undo: bool| {
        let lang = state.lang();
        let change = if undo {
            AppCommand::Undo
        } else {
            AppCommand::Redo
        };
        if next(undo).is_none() {
            return;
        }
        said.set(Some(match state.dispatch(change) {
            Ok(done) => done_text(undo, done.label.as_ref(), lang),
            Err(reason) => reason,
        }));
    };
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if let Some(undo) = shortcut(&ev) {
            ev.prevent_default();
            run(undo);
        }
    });
    on_cleanup(move || on_key.remove());
    let button = move |undo: bool| {
        let text = move || button_text(undo, next(undo).as_ref(), state.lang());
        view! {
            <button type="button" class="fp-button fp-history-button"
                data-testid=if undo { "undo" } else { "redo" }
                aria-disabled=move || next(undo).is_none().to_string()
                aria-keyshortcuts=if undo { "Control+Z" } else { "Control+Shift+Z Control+Y" }
                on:click=move |_| run(undo)>
                {text}
            </button>
        }
    };
    view! {
        <div class="fp-history-tools" role="group" aria-label=move || change::texts(state.lang()).history_tools>
            {button(true)}
            {button(false)}
            <span class="fp-visually-hidden" role="status" data-testid="undo-said">{move || said.get()}</span>
        </div>
    }
}

/// `Some(true)` for undo (Ctrl/Cmd+Z), `Some(false)` for redo (Ctrl/Cmd+Shift+Z, Ctrl/Cmd+Y), outside text
/// fields (there the browser's own undo of the typing applies).
fn shortcut(ev: &web_sys::KeyboardEvent) -> Option<bool> {
    if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() || in_text_field(ev) {
        return None;
    }
    match ev.key().to_lowercase().as_str() {
        "z" => Some(!ev.shift_key()),
        "y" if !ev.shift_key() => Some(false),
        _ => None,
    }
}

pub(super) fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    let tag = element.tag_name().to_lowercase();
    matches!(tag.as_str(), "input" | "textarea" | "select")
        || element.get_attribute("contenteditable").is_some()
}

/// "Ångra: ta bort gruppen Insatser", or "Inget att ångra".
fn button_text(undo: bool, label: Option<&Label>, lang: Lang) -> String {
    let (t, c) = (history::texts(lang), change::texts(lang));
    match (label, undo) {
        (Some(label), true) => format!("{}: {}", t.undo_prefix, history::label_text(label, lang)),
        (Some(label), false) => format!("{}: {}", t.redo_prefix, history::label_text(label, lang)),
        (None, true) => c.nothing_to_undo.to_string(),
        (None, false) => c.nothing_to_redo.to_string(),
    }
}

/// "Ångrat: ta bort gruppen Insatser" after an undo, "Gjort om: …" after a redo.
fn done_text(undo: bool, label: Option<&Label>, lang: Lang) -> String {
    let t = history::texts(lang);
    let what = label
        .map(|l| history::label_text(l, lang))
        .unwrap_or_default();
    let prefix = if undo { t.undone } else { t.redone };
    format!("{prefix}: {what}")
}
