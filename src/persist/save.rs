//! Saving: only the workspaces that changed are written, each with one `setItem` of its whole envelope,
//! after a compare-and-set check of its revision, and read back; then the index if it changed.

use super::exports::ExportDates;
use super::kv::{KvError, KvStore};
use super::layout::{
    stored_header, workspace_key, write_envelope, Envelope, INDEX_FORMAT, INDEX_KEY,
    WORKSPACE_FORMAT,
};
use super::migration::SCHEMA_VERSION;
use super::store::{Clock, Doc, Persister, Phase, Slot};
use crate::persisted::Persisted;
use serde::Serialize;

/// Why a save wrote nothing (or not everything).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// Nothing has been loaded yet: writing now could wipe stored data.
    NotLoaded,
    /// The stored data is from a newer schema version; this tab does not write.
    ReadOnly(u32),
    /// Storage cannot be used, or stored data is unreadable and must be kept.
    NotAllowed,
    /// Another tab changed this workspace (position in the app's list), or the index (`None`).
    Conflict(Option<usize>),
    /// The browser refused a call.
    Storage(KvError),
    /// The value read back after a write differs from what was written.
    ReadBack(String),
    /// The data could not be turned into JSON.
    Encode(String),
}

impl From<KvError> for SaveError {
    fn from(error: KvError) -> Self {
        SaveError::Storage(error)
    }
}

/// What a successful save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Saved {
    /// Keys written (workspaces and index).
    pub writes: usize,
}

/// A refused or failed write, with what was written if `set` may have taken effect.
struct Failed {
    error: SaveError,
    attempt: Option<(u64, String)>,
}

impl Failed {
    fn before(error: SaveError) -> Self {
        Failed {
            error,
            attempt: None,
        }
    }
}

struct Planned {
    slot: Option<usize>,
    changed: bool,
}

impl<S: KvStore> Persister<S> {
    /// Saves `data`: writes each changed workspace's key and then the index if it changed.
    pub fn save(&mut self, data: &Persisted, clock: &Clock) -> Result<Saved, SaveError> {
        match &self.phase {
            Phase::Loaded => {}
            Phase::NotLoaded => return Err(SaveError::NotLoaded),
            Phase::ReadOnly(v) => return Err(SaveError::ReadOnly(*v)),
            Phase::Unavailable | Phase::Unreadable => return Err(SaveError::NotAllowed),
        }
        let result = self.save_loaded(data, clock);
        if let Err(SaveError::ReadOnly(v)) = result {
            self.phase = Phase::ReadOnly(v);
        }
        result
    }

    /// Records an export of `data` made today: saves it, then the export dates (the reminder goes away).
    pub fn mark_exported(&mut self, data: &Persisted, clock: &Clock) -> Result<Saved, SaveError> {
        let first = self.save(data, clock)?;
        self.exports = ExportDates {
            last_exported_on: Some(clock.today.clone()),
            first_unexported_change_on: None,
        };
        let second = self.save(data, clock)?;
        Ok(Saved {
            writes: first.writes.saturating_add(second.writes),
        })
    }

    /// Whether `data` is exactly what is stored (no unsaved change).
    pub fn is_synced(&self, data: &Persisted) -> bool {
        self.plan(data).iter().all(|p| !p.changed)
            && self.synced_index.as_ref() == Some(&self.index_data(data))
    }

    fn save_loaded(&mut self, data: &Persisted, clock: &Clock) -> Result<Saved, SaveError> {
        if self.untouched.as_ref() == Some(data) && self.exports == ExportDates::default() {
            return Ok(Saved::default());
        }
        self.untouched = None;
        let plan = self.plan(data);
        if plan.iter().any(|p| p.changed) && self.exports.first_unexported_change_on.is_none() {
            self.exports.first_unexported_change_on = Some(clock.today.clone());
        }
        let mut saved = Saved::default();
        let mut new_slots = Vec::with_capacity(plan.len());
        for (pos, (planned, workspace)) in plan.iter().zip(&data.workspaces).enumerate() {
            let (id, doc) = match planned.slot.and_then(|s| self.slots.get(s)) {
                Some(slot) => (slot.id.clone(), Some(slot.doc.clone())),
                None => (self.fresh_id(clock), None),
            };
            let doc = match (planned.changed, doc) {
                (false, Some(doc)) => doc,
                (_, doc) => {
                    saved.writes = saved.writes.saturating_add(1);
                    let envelope = |revision| Envelope {
                        format: WORKSPACE_FORMAT.to_string(),
                        schema_version: SCHEMA_VERSION,
                        revision,
                        saved_at: clock.iso.clone(),
                        data: workspace,
                    };
                    let outcome = self.compare_and_set(&workspace_key(&id), doc, envelope);
                    self.remember_attempt(planned.slot, &outcome);
                    outcome.map_err(|failed| match failed.error {
                        SaveError::Conflict(_) => SaveError::Conflict(Some(pos)),
                        other => other,
                    })?
                }
            };
            new_slots.push(Slot {
                id,
                doc,
                workspace: workspace.clone(),
            });
        }
        let removed: Vec<String> = self
            .slots
            .iter()
            .filter(|old| !new_slots.iter().any(|new| new.id == old.id))
            .map(|old| workspace_key(&old.id))
            .collect();
        self.slots = new_slots;
        let index_writes = self.save_index(data, clock)?;
        saved.writes = saved.writes.saturating_add(index_writes);
        for key in removed {
            // The index no longer names it; a key left behind is harmless.
            let _ = self.kv.remove(&key);
        }
        Ok(saved)
    }

    fn save_index(&mut self, data: &Persisted, clock: &Clock) -> Result<usize, SaveError> {
        let index = self.index_data(data);
        if self.synced_index.as_ref() == Some(&index) {
            return Ok(0);
        }
        let envelope = |revision| Envelope {
            format: INDEX_FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            revision,
            saved_at: clock.iso.clone(),
            data: &index,
        };
        let outcome = self.compare_and_set(INDEX_KEY, self.index.clone(), envelope);
        if let (Err(failed), Some(doc)) = (&outcome, self.index.as_mut()) {
            doc.attempted = failed.attempt.clone();
        }
        self.index = Some(outcome.map_err(|failed| match failed.error {
            SaveError::Conflict(_) => SaveError::Conflict(None),
            other => other,
        })?);
        self.synced_index = Some(index);
        Ok(1)
    }

    /// Writes one key if it still holds what this tab last saw (`expected`, `None` for a new key).
    fn compare_and_set<T: Serialize>(
        &self,
        key: &str,
        expected: Option<Doc>,
        envelope: impl Fn(u64) -> Envelope<T>,
    ) -> Result<Doc, Failed> {
        let current = self.kv.get(key).map_err(|e| Failed::before(e.into()))?;
        let base = match (expected, current) {
            (None, None) => 0,
            (Some(doc), Some(cur)) if cur == doc.raw => doc.revision,
            (Some(doc), Some(cur))
                if doc.attempted.as_ref().is_some_and(|(_, raw)| *raw == cur) =>
            {
                doc.attempted.map_or(doc.revision, |(rev, _)| rev)
            }
            (_, current) => return Err(Failed::before(refusal(current.as_deref()))),
        };
        let revision = base.saturating_add(1);
        let raw = write_envelope(&envelope(revision))
            .map_err(|e| Failed::before(SaveError::Encode(e)))?;
        let attempt = || Some((revision, raw.clone()));
        let failed = |error| Failed {
            error,
            attempt: attempt(),
        };
        self.kv.set(key, &raw).map_err(|e| failed(e.into()))?;
        match self.kv.get(key) {
            Ok(Some(back)) if back == raw => Ok(Doc {
                revision,
                raw,
                attempted: None,
            }),
            Ok(_) => Err(failed(SaveError::ReadBack(key.to_string()))),
            Err(e) => Err(failed(e.into())),
        }
    }

    fn remember_attempt(&mut self, slot: Option<usize>, outcome: &Result<Doc, Failed>) {
        if let (Some(slot), Err(failed)) = (slot.and_then(|s| self.slots.get_mut(s)), outcome) {
            slot.doc.attempted = failed.attempt.clone();
        }
    }

    fn plan(&self, data: &Persisted) -> Vec<Planned> {
        if data.workspaces.len() == self.slots.len() {
            return data
                .workspaces
                .iter()
                .zip(&self.slots)
                .enumerate()
                .map(|(i, (ws, slot))| Planned {
                    slot: Some(i),
                    changed: *ws != slot.workspace,
                })
                .collect();
        }
        let mut used = vec![false; self.slots.len()];
        data.workspaces
            .iter()
            .map(|ws| {
                let found = self.slots.iter().enumerate().position(|(i, slot)| {
                    !used.get(i).copied().unwrap_or(true) && slot.workspace == *ws
                });
                if let Some(flag) = found.and_then(|i| used.get_mut(i)) {
                    *flag = true;
                }
                Planned {
                    slot: found,
                    changed: found.is_none(),
                }
            })
            .collect()
    }

    fn fresh_id(&mut self, clock: &Clock) -> String {
        self.next_id = self.next_id.wrapping_add(1);
        format!("{:x}-{}", clock.millis, self.next_id)
    }
}

/// A conflict, or read-only when the stored value is from a newer schema version.
fn refusal(current: Option<&str>) -> SaveError {
    match current.and_then(stored_header) {
        Some((_, version)) if version > SCHEMA_VERSION => SaveError::ReadOnly(version),
        _ => SaveError::Conflict(None),
    }
}
