//! Number fields select their whole content when they get focus (by click, tap or Tab), so what is typed
//! replaces the figure instead of landing before or after its digits ("60000" never becomes "600000").

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Selects a field's text on focus and keeps the selection through the click that gave the focus.
#[derive(Clone, Copy)]
pub struct SelectOnFocus {
    just_focused: StoredValue<bool>,
}

impl SelectOnFocus {
    /// A fresh helper for one field.
    pub fn new() -> Self {
        SelectOnFocus {
            just_focused: StoredValue::new(false),
        }
    }

    /// On `focus`: select everything.
    pub fn focus(self, ev: &web_sys::FocusEvent) {
        if let Some(input) = target_input(ev) {
            input.select();
            self.just_focused.set_value(true);
        }
    }

    /// On `mouseup`: the mouse-up of the click that focused the field would place the caret and drop the
    /// selection; keep it. Later clicks place the caret as usual.
    pub fn mouseup(self, ev: &web_sys::MouseEvent) {
        if self.just_focused.get_value() {
            self.just_focused.set_value(false);
            ev.prevent_default();
        }
    }

    /// On `blur`: the next focus selects again.
    pub fn blur(self) {
        self.just_focused.set_value(false);
    }
}

impl Default for SelectOnFocus {
    fn default() -> Self {
        Self::new()
    }
}

fn target_input(ev: &web_sys::Event) -> Option<web_sys::HtmlInputElement> {
    ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()
}
