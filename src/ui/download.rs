//! Offers text as a file download (Blob + object URL + a temporary `<a download>`), for unreadable stored
//! data and for exports. Nothing leaves the computer.

use wasm_bindgen::{JsCast, JsValue};

/// Downloads `text` as `file_name` with the MIME type `mime` (e.g. "application/json;charset=utf-8").
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let result = click_link(&document, &url, file_name);
    // Released once the browser has had time to start the download.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    result
}

fn click_link(document: &web_sys::Document, url: &str, file_name: &str) -> Result<(), String> {
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    link.set_href(url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or("no body")?;
    body.append_child(&link).map_err(describe)?;
    link.click();
    link.remove();
    Ok(())
}

fn describe(error: JsValue) -> String {
    error.as_string().unwrap_or_else(|| format!("{error:?}"))
}
