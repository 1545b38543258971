//! The only module that touches the browser's localStorage (through gloo-storage): probe, load and save JSON
//! values. Every failure is returned, never panicked on, so the UI can show it.

use gloo_storage::{errors::StorageError, LocalStorage, Storage};
use serde::{de::DeserializeOwned, Serialize};

/// Key used to check that storage works (written, read back and removed).
const PROBE_KEY: &str = "finsam-planner/probe";

/// Why a stored value could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// localStorage cannot be used here (blocked, private mode, quota 0).
    Unavailable,
    /// A value is stored but is not what this version of the app can read. It is returned untouched.
    Unreadable {
        /// The stored text, exactly as found.
        raw: String,
        /// What the parser said.
        reason: String,
    },
}

/// Why a value could not be saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// localStorage cannot be used here.
    Unavailable,
    /// The browser's storage quota is full.
    QuotaExceeded,
    /// Any other refusal by the browser, with its message.
    Failed(String),
}

/// Whether localStorage can be used: it exists, and a value can be written, read back and removed.
///
/// gloo-storage panics when localStorage is missing, so this must be true before any other call here.
pub fn is_available() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let written = storage.set_item(PROBE_KEY, "1").is_ok();
    let read_back = matches!(storage.get_item(PROBE_KEY), Ok(Some(v)) if v == "1");
    let removed = storage.remove_item(PROBE_KEY).is_ok();
    written && read_back && removed
}

/// The raw text stored under `key`, if any.
pub fn load_raw(key: &str) -> Result<Option<String>, LoadError> {
    if !is_available() {
        return Err(LoadError::Unavailable);
    }
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| LoadError::Unavailable)
}

/// The value stored under `key`, parsed as JSON; `Ok(None)` when nothing is stored.
pub fn load<T: DeserializeOwned>(key: &str) -> Result<Option<T>, LoadError> {
    let Some(raw) = load_raw(key)? else {
        return Ok(None);
    };
    serde_json::from_str(&raw)
        .map(Some)
        .map_err(|e| LoadError::Unreadable {
            raw,
            reason: e.to_string(),
        })
}

/// Saves `value` as JSON under `key`.
pub fn save<T: Serialize>(key: &str, value: &T) -> Result<(), SaveError> {
    if !is_available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::set(key, value).map_err(classify_save_error)
}

/// Removes `key` (used by tests and by "delete local data").
pub fn remove(key: &str) {
    if is_available() {
        LocalStorage::delete(key);
    }
}

fn classify_save_error(error: StorageError) -> SaveError {
    match error {
        StorageError::JsError(e) if is_quota_error(&e.name) => SaveError::QuotaExceeded,
        StorageError::JsError(e) => SaveError::Failed(format!("{}: {}", e.name, e.message)),
        other => SaveError::Failed(other.to_string()),
    }
}

/// Engines name a full quota differently (Chromium/WebKit vs old Firefox).
fn is_quota_error(name: &str) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
}
