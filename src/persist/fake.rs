//! An in-memory [`KvStore`] for tests: it can fail on the k-th call, refuse writes beyond a size, or throw on
//! every access, like a real browser in private mode or with a full quota.

use super::kv::{KvError, KvStore};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// A fake localStorage. Every call (get, set, remove, keys) counts as one call.
#[derive(Debug, Default)]
pub struct MemoryKv {
    values: RefCell<BTreeMap<String, String>>,
    calls: Cell<u32>,
    writes: Cell<u32>,
    fail_at_call: Cell<Option<u32>>,
    capacity: Cell<Option<usize>>,
    unavailable: Cell<bool>,
}

impl MemoryKv {
    /// An empty, working store.
    pub fn new() -> Self {
        MemoryKv::default()
    }

    /// Makes call number `k` (1-based, counted from now) fail; later calls work again.
    pub fn fail_at(&self, k: u32) {
        self.calls.set(0);
        self.fail_at_call.set(Some(k));
    }

    /// Refuses any write that would make the stored text longer than `chars` in total.
    pub fn set_capacity(&self, chars: Option<usize>) {
        self.capacity.set(chars);
    }

    /// Makes every access throw, as when the browser blocks storage.
    pub fn set_unavailable(&self, unavailable: bool) {
        self.unavailable.set(unavailable);
    }

    /// How many `set` and `remove` calls succeeded.
    pub fn writes(&self) -> u32 {
        self.writes.get()
    }

    /// A copy of everything stored.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.values.borrow().clone()
    }

    /// Stores a value directly, bypassing the failure rules (for seeding a test).
    pub fn seed(&self, key: &str, value: &str) {
        self.values
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
    }

    fn call(&self) -> Result<(), KvError> {
        if self.unavailable.get() {
            return Err(KvError::Unavailable);
        }
        let n = self.calls.get().saturating_add(1);
        self.calls.set(n);
        if self.fail_at_call.get() == Some(n) {
            self.fail_at_call.set(None);
            return Err(KvError::Failed(format!("injected failure at call {n}")));
        }
        Ok(())
    }

    fn size_with(&self, key: &str, value: &str) -> usize {
        let values = self.values.borrow();
        let others: usize = values
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len().saturating_add(v.len()))
            .sum();
        others.saturating_add(key.len()).saturating_add(value.len())
    }
}

impl KvStore for MemoryKv {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        self.call()?;
        Ok(self.values.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        self.call()?;
        if self
            .capacity
            .get()
            .is_some_and(|cap| self.size_with(key, value) > cap)
        {
            return Err(KvError::QuotaExceeded);
        }
        self.values
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        self.writes.set(self.writes.get().saturating_add(1));
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), KvError> {
        self.call()?;
        self.values.borrow_mut().remove(key);
        self.writes.set(self.writes.get().saturating_add(1));
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, KvError> {
        self.call()?;
        Ok(self.values.borrow().keys().cloned().collect())
    }
}
