//! The only module that touches the browser's localStorage: a [`KvStore`] over `window.localStorage` whose
//! every call returns its failure instead of throwing, the clock of a save, and `navigator.storage.persist()`.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use crate::persist::kv::is_quota_error_name;
use crate::persist::{Clock, KvError, KvStore};
use wasm_bindgen::JsValue;

/// `window.localStorage`, or nothing when the browser refuses access (the getter throws, or it is absent).
#[derive(Debug, Clone)]
pub struct WebKv {
    storage: Option<web_sys::Storage>,
}

impl WebKv {
    /// Opens localStorage; never fails (a refused storage fails each call instead).
    ///
    /// The handle comes from gloo-storage (`LocalStorage::raw`), which panics when localStorage is
    /// missing or its getter throws, so it is asked for only after web-sys has seen it is there.
    pub fn open() -> Self {
        let present = web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))));
        let storage = present.then(<gloo_storage::LocalStorage as gloo_storage::Storage>::raw);
        WebKv { storage }
    }

    fn storage(&self) -> Result<&web_sys::Storage, KvError> {
        self.storage.as_ref().ok_or(KvError::Unavailable)
    }
}

impl KvStore for WebKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.storage()?.get_item(key).map_err(classify)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.storage()?.set_item(key, value).map_err(classify)
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.storage()?.remove_item(key).map_err(classify)
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        let storage = self.storage()?;
        let count = storage.length().map_err(classify)?;
        let mut keys = Vec::new();
        for i in 0..count {
            if let Some(key) = storage.key(i).map_err(classify)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// Any thrown value counts as a failure; its `name` only chooses the message.
fn classify(error: JsValue) -> KvError {
    let field = |name: &str| {
        js_sys::Reflect::get(&error, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let name = field("name");
    match (is_quota_error_name(&name), name.as_str()) {
        (true, _) => KvError::QuotaExceeded,
        (false, "SecurityError") => KvError::Unavailable,
        _ => KvError::Failed(format!("{name}: {}", field("message"))),
    }
}

/// The moment now, from the browser's clock (display and ids only; writes are ordered by revision).
pub fn clock_now() -> Clock {
    let date = js_sys::Date::new_0();
    Clock {
        millis: date.get_time().max(0.0) as u64,
        iso: date.to_iso_string().as_string().unwrap_or_default(),
        today: format!(
            "{:04}-{:02}-{:02}",
            date.get_full_year(),
            date.get_month().saturating_add(1),
            date.get_date()
        ),
    }
}

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`); `None` when not supported.
pub async fn request_persistence() -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Whether the page is hidden (another tab is in front).
pub fn page_is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.hidden())
}
