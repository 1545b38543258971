//! Makes an internal error visible: a panic is logged to the console and a message is shown on the page,
//! instead of a silently frozen app.

/// Id of the element that shows the message (also used by the end-to-end tests).
pub const ELEMENT_ID: &str = "fp-internal-error";

/// Installs the panic hook. Call once, before mounting.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_message();
    }));
}

/// Both languages: the chosen language may be what failed.
const MESSAGE: &str =
    "Ett internt fel uppstod i appen. Ladda om sidan – det som redan sparats finns kvar. \
     / An internal error occurred. Reload the page – what was already saved is kept.";

fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.get_element_by_id(ELEMENT_ID).is_some() {
        return;
    }
    let Ok(element) = document.create_element("div") else {
        return;
    };
    element.set_id(ELEMENT_ID);
    let _ = element.set_attribute("role", "alert");
    let _ = element.set_attribute("class", "fp-internal-error");
    element.set_text_content(Some(MESSAGE));
    let _ = body.prepend_with_node_1(&element);
}
