//! The file picker (a labelled `<input type=file>`) and the drop zone around it; keyboard users use the
//! picker. Both hand the file to [`super::read::take_file`].

use super::read::take_file;
use crate::i18n::exchange;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::ev::{DragEvent, Event};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The picker inside a drop zone.
#[component]
pub fn FilePicker() -> impl IntoView {
    let state = AppState::expect();
    let t = move || exchange::texts(state.lang());
    let input_id = unique_id("fp-ex-file");
    let over = RwSignal::new(false);
    let on_change = move |ev: Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take_file(file);
        }
        // The same file can be chosen again.
        input.set_value("");
    };
    let on_dragover = move |ev: DragEvent| {
        ev.prevent_default();
        over.set(true);
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        over.set(false);
        let file = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            take_file(file);
        }
    };
    view! {
        <div
            class="fp-ex-drop"
            class:fp-ex-drop--over=move || over.get()
            data-testid="drop-zone"
            on:dragover=on_dragover
            on:dragleave=move |_| over.set(false)
            on:drop=on_drop
        >
            <label for=input_id.clone() class="fp-ex-drop__label">{move || t().choose_file}</label>
            <input id=input_id type="file" accept=".json,application/json" on:change=on_change/>
            <p class="fp-ex-drop__hint">{move || t().drop_here}</p>
        </div>
    }
}
