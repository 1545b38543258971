//! Number fields select their whole content when they get focus (by click, tap or Tab) and again after a
//! commit with Enter, so what is typed replaces the figure instead of landing before or after its digits
//! ("60000" never becomes "600000"). The first click into a freshly selected field keeps the selection; later
//! clicks place the caret as usual.

use wasm_bindgen::JsCast;

/// Marks a field whose whole figure is selected and not yet clicked into.
const FRESH: &str = "data-fp-fresh";

/// The event handlers of one field (stateless: the mark lives on the element).
#[derive(Clone, Copy, Default)]
pub struct SelectOnFocus;

impl SelectOnFocus {
    /// A helper for one field.
    pub fn new() -> Self {
        SelectOnFocus
    }

    /// On `focus`: select everything.
    pub fn focus(self, ev: &web_sys::FocusEvent) {
        if let Some(input) = target_input(ev) {
            select_fresh(&input);
        }
    }

    /// On `mousedown` and `mouseup`: the first click into a freshly selected field would place the caret and
    /// drop the selection; keep it.
    pub fn mouseup(self, ev: &web_sys::MouseEvent) {
        if let Some(input) = target_input(ev) {
            if input.has_attribute(FRESH) && is_focused(&input) {
                ev.prevent_default();
                if ev.type_() == "mouseup" {
                    let _ = input.remove_attribute(FRESH);
                }
            }
        }
    }

    /// On `blur` or `input`: the mark goes.
    pub fn blur(self, ev: &web_sys::Event) {
        if let Some(input) = target_input(ev) {
            let _ = input.remove_attribute(FRESH);
        }
    }
}

/// After a commit (Enter) the field keeps its focus: select its new figure, so the next typing or click replaces
/// it too. The figure is selected now and once more after the next frame, because the field's value binding
/// writes the new figure after the model changed, which puts the caret at the end. The second selection happens
/// only while the field still carries the mark (typing or a click in between removes it).
pub fn reselect_if_focused(input: &web_sys::HtmlInputElement) {
    if !is_focused(input) {
        return;
    }
    select_fresh(input);
    let input = input.clone();
    leptos::prelude::request_animation_frame(move || {
        if is_focused(&input) && input.has_attribute(FRESH) {
            input.select();
        }
    });
}

fn select_fresh(input: &web_sys::HtmlInputElement) {
    input.select();
    let _ = input.set_attribute(FRESH, "");
}

fn is_focused(input: &web_sys::HtmlInputElement) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .is_some_and(|active| active == ***input)
}

fn target_input(ev: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()
}
