//! Set-aside copies: a value that cannot be read is copied, byte for byte and read back, to
//! `finsam-planner/set-aside/<millis>/<original key>` before anything replaces or removes it. The copies (and
//! older builds' `<key>:quarantine:<millis>` copies, and the v1 value once v2 data exists) are listed for the
//! user to download, restore (a workspace copy becomes a new förbund) or delete.

use super::kv::{KvError, KvStore};
use super::layout::{
    history_key, parse_quarantine_key, parse_set_aside_key, read_envelope, scan_name,
    set_aside_key, workspace_name, Reason, INDEX_KEY, V1_KEY, WORKSPACE_FORMAT, WORKSPACE_PREFIX,
};
use super::save::SaveError;
use super::store::{Clock, Persister, Phase};
use crate::engine::model::Workspace;
use crate::engine::ordered::sort_stable_by;
use serde_json::Value;

/// A kept copy of a stored value, for the list under "Undanlagda värden".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// The key of the copy (pass it to [`Persister::set_aside_raw`], [`Persister::read_set_aside`],
    /// [`Persister::delete_set_aside`]).
    pub key: String,
    /// The key the value was copied from.
    pub from_key: String,
    /// The förbund's name as far as the text tells it.
    pub name: Option<String>,
    /// When it was set aside (milliseconds since 1970), if the key says.
    pub millis: Option<u64>,
    /// Its size in bytes (UTF-8).
    pub bytes: usize,
}

/// How many later milliseconds are tried when a set-aside key is already taken by another value.
const SET_ASIDE_TRIES: u64 = 1000;

impl<S: KvStore> Persister<S> {
    /// Copies `raw` (the value of `key`) to a set-aside key at `millis` and reads it back. A copy of the same
    /// value from `key` already kept is enough; a taken key is never overwritten (a later millisecond is used).
    pub(super) fn copy_aside(&self, key: &str, raw: &str, millis: u64) -> Result<String, KvError> {
        for existing in self.app_keys()? {
            if parse_set_aside_key(&existing).is_some_and(|(_, from)| from == key)
                && self.kv.get(&existing)?.as_deref() == Some(raw)
            {
                return Ok(existing);
            }
        }
        for offset in 0..SET_ASIDE_TRIES {
            let copy = set_aside_key(millis.saturating_add(offset), key);
            if self.kv.get(&copy)?.is_some() {
                continue;
            }
            self.kv.set(&copy, raw)?;
            return match self.kv.get(&copy)? {
                Some(back) if back == raw => Ok(copy),
                _ => Err(KvError::Failed(format!("read-back of {copy}"))),
            };
        }
        Err(KvError::Failed(format!("no free set-aside key for {key}")))
    }

    /// Copies the unreadable values found by the last load to set-aside keys, before a write replaces them.
    pub(super) fn flush_set_aside(&mut self, clock: &Clock) -> Result<(), SaveError> {
        while let Some((key, raw)) = self.to_set_aside.first().cloned() {
            self.copy_aside(&key, &raw, clock.millis)?;
            self.to_set_aside.remove(0);
        }
        Ok(())
    }

    /// Moves the damaged förbund `id` out of the way: copies its raw value to a set-aside key (read back and
    /// compared), then drops its id from the index (written), then removes its workspace key and its history.
    /// Nothing is removed unless the copy is verified; a value changed since the load is refused as a conflict.
    pub fn set_aside_damaged(&mut self, id: &str, clock: &Clock) -> Result<(), SaveError> {
        self.check_writable()?;
        let Some(pos) = self.damaged.iter().position(|d| d.id == id) else {
            return Err(SaveError::NotAllowed);
        };
        self.flush_set_aside(clock)?;
        let Some(damaged) = self.damaged.get(pos).cloned() else {
            return Err(SaveError::NotAllowed);
        };
        let current = self.kv.get(&damaged.key)?;
        let expected = (damaged.reason != Reason::Missing).then_some(damaged.raw.as_str());
        if current.as_deref() != expected {
            return Err(SaveError::Conflict(None));
        }
        if current.is_some() {
            self.copy_aside(&damaged.key, &damaged.raw, clock.millis)?;
        }
        let base = self
            .synced_index
            .clone()
            .or_else(|| self.recovered_index.clone());
        if let Some(mut index) = base {
            index.workspaces.retain(|w| w != id);
            let kept = self.damaged.remove(pos);
            if let Err(error) = self.write_index(index, clock) {
                self.damaged.insert(pos, kept);
                return Err(error);
            }
        } else {
            self.damaged.remove(pos);
        }
        self.kv.remove(&damaged.key)?;
        // The undo steps of a förbund that cannot be read cannot be used either.
        self.kv.remove(&history_key(id))?;
        Ok(())
    }

    /// The kept copies: set-aside keys, older builds' quarantine keys, and the v1 value when v2 data exists
    /// (what the migration left behind), sorted by key.
    pub fn set_aside_list(&self) -> Result<Vec<SetAside>, KvError> {
        let keys = self.app_keys()?;
        let has_v2 = keys.iter().any(|k| k == INDEX_KEY) && self.phase == Phase::Loaded;
        let mut list = Vec::new();
        for key in keys {
            let (millis, from_key) =
                match parse_set_aside_key(&key).or_else(|| parse_quarantine_key(&key)) {
                    Some((millis, from)) => (millis, from.to_string()),
                    None if key == V1_KEY && has_v2 => (None, key.clone()),
                    None => continue,
                };
            let Some(raw) = self.kv.get(&key)? else {
                continue;
            };
            list.push(SetAside {
                name: name_of(&from_key, &raw),
                bytes: raw.len(),
                key,
                from_key,
                millis,
            });
        }
        sort_stable_by(&mut list, |a, b| a.key.cmp(&b.key));
        Ok(list)
    }

    /// The stored text of a kept copy (for "Ladda ner"), `None` if it is gone or not a kept copy.
    pub fn set_aside_raw(&self, key: &str) -> Result<Option<String>, KvError> {
        if !self.is_listed(key)? {
            return Ok(None);
        }
        self.kv.get(key)
    }

    /// Deletes a kept copy. Only keys that [`Persister::set_aside_list`] lists are deleted; others are refused.
    pub fn delete_set_aside(&mut self, key: &str) -> Result<(), KvError> {
        if !self.is_listed(key)? {
            return Err(KvError::Failed(format!("{key} is not a set-aside copy")));
        }
        self.kv.remove(key)
    }

    /// The workspace in a kept copy of a workspace value, brought up to date (for "Återställ": the caller
    /// adds it as a new förbund); the reason when it cannot be read.
    pub fn read_set_aside(&self, key: &str) -> Result<Workspace, Reason> {
        let raw = match self.set_aside_raw(key) {
            Ok(Some(raw)) => raw,
            Ok(None) | Err(_) => return Err(Reason::Missing),
        };
        read_envelope::<Workspace>(&raw, WORKSPACE_FORMAT).map(|envelope| envelope.data)
    }

    fn is_listed(&self, key: &str) -> Result<bool, KvError> {
        Ok(self.set_aside_list()?.iter().any(|s| s.key == key))
    }
}

/// The förbund's name in a kept copy of `from_key`: a workspace's name, the v1 value's first workspace's.
fn name_of(from_key: &str, raw: &str) -> Option<String> {
    if from_key.starts_with(WORKSPACE_PREFIX) {
        return workspace_name(raw);
    }
    if from_key == V1_KEY {
        return match serde_json::from_str::<Value>(raw) {
            Ok(value) => value
                .get("workspaces")
                .and_then(|w| w.get(0))
                .and_then(|w| w.get("name"))
                .and_then(Value::as_str)
                .map(str::to_string),
            Err(_) => scan_name(raw),
        };
    }
    None
}
