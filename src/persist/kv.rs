//! The key–value storage the persistence logic runs on: localStorage in the browser, an in-memory fake in tests.

/// Why a storage call failed. Any failure of a write means "not saved".
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KvError {
    /// Storage cannot be used here (blocked, private mode, access throws).
    Unavailable,
    /// The quota is full (`QuotaExceededError`, `NS_ERROR_DOM_QUOTA_REACHED`).
    QuotaExceeded,
    /// Any other refusal, with the browser's message.
    Failed(String),
}

/// A string key–value store with the semantics of `window.localStorage`: one `set` is all-or-nothing for its key.
pub trait KvStore {
    /// The value under `key`, or `None`.
    fn get(&self, key: &str) -> Result<Option<String>, KvError>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), KvError>;
    /// Removes `key` (absent keys are fine).
    fn remove(&self, key: &str) -> Result<(), KvError>;
    /// Every key in the store.
    fn keys(&self) -> Result<Vec<String>, KvError>;
}

/// The name browsers give a full quota, matched only to choose the message.
pub fn is_quota_error_name(name: &str) -> bool {
    matches!(name, "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
}
