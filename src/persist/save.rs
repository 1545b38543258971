//! Saving: only the workspaces that changed are written, each with one `setItem` of its whole envelope,
//! after a compare-and-set check of its revision, and read back; after each, its history (when it changed or
//! the workspace was written); then the removed list and the index if they changed; last, the keys of the
//! förbund no longer listed are removed.
//!
//! Workspaces are matched to their keys by the data's ids (`Persisted::ids`), never by content. A history
//! never fails the save of its workspace: when the quota is full it is trimmed to its newest half, again and
//! again down to no step; when a workspace itself does not fit, the stored histories are halved first to make
//! room for it (a workspace matters more than its undo steps). Any other failure leaves a history unsaved
//! (reported in [`Saved`]), and a history left behind with an older `workspaceRevision` loads empty. The
//! removed list is written in two steps around the index (first the union of old and new, then the new) so
//! that a save cut short never loses a förbund.

use super::exports::ExportDates;
use super::kv::{KvError, KvStore};
use super::layout::{
    history_key, read_history, stored_header, workspace_key, write_envelope, Envelope,
    HistoryDataRef, IndexData, HISTORY_FORMAT, INDEX_FORMAT, INDEX_KEY, REMOVED_FORMAT,
    REMOVED_KEY, WORKSPACE_FORMAT,
};
use super::migration::SCHEMA_VERSION;
use super::store::{Clock, Doc, Persister, Phase, Slot};
use crate::engine::ordered::sort_stable_by;
use crate::history::History;
use crate::persisted::{Persisted, RemovedWorkspace};
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
    /// Keys written (workspaces, histories, the removed list, the index).
    pub writes: usize,
    /// Histories stored with fewer steps than they have, because the quota was full.
    pub histories_trimmed: usize,
    /// Histories not stored (the quota was full even for no step, or storage refused): they load empty.
    pub histories_unsaved: usize,
}

/// A refused or failed write, with what was written if `set` may have taken effect.
pub(super) struct Failed {
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

impl<S: KvStore> Persister<S> {
    /// Saves `data`: writes each changed workspace's key (and its history), then the removed list and the
    /// index if they changed, then removes the keys of förbund no longer in `data`.
    pub fn save(&mut self, data: &Persisted, clock: &Clock) -> Result<Saved, SaveError> {
        self.check_writable()?;
        let result = self.save_loaded(data, clock);
        if let Err(SaveError::ReadOnly(v)) = result {
            self.phase = Phase::ReadOnly(v);
        }
        result
    }

    /// Refuses when this tab may not write.
    pub(super) fn check_writable(&self) -> Result<(), SaveError> {
        match &self.phase {
            Phase::Loaded => Ok(()),
            Phase::NotLoaded => Err(SaveError::NotLoaded),
            Phase::ReadOnly(v) => Err(SaveError::ReadOnly(*v)),
            Phase::Unavailable | Phase::Unreadable => Err(SaveError::NotAllowed),
        }
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
            histories_trimmed: first
                .histories_trimmed
                .saturating_add(second.histories_trimmed),
            histories_unsaved: first
                .histories_unsaved
                .saturating_add(second.histories_unsaved),
        })
    }

    /// Whether `data` is exactly what is stored (no unsaved change).
    pub fn is_synced(&self, data: &Persisted) -> bool {
        let ids = self.storage_ids(data);
        let empty = History::default();
        data.workspaces.len() == self.slots.len()
            && ids
                .iter()
                .zip(&data.workspaces)
                .enumerate()
                .all(|(pos, (id, ws))| {
                    let history = data.histories.get(pos).unwrap_or(&empty);
                    self.slot_of(id)
                        .and_then(|i| self.slots.get(i))
                        .is_some_and(|s| s.workspace == *ws && s.history == *history)
                })
            && self.synced_removed == data.removed
            && self.synced_index.as_ref() == Some(&self.index_data(data))
    }

    fn slot_of(&self, id: &str) -> Option<usize> {
        self.slots.iter().position(|s| s.id == id)
    }

    fn save_loaded(&mut self, data: &Persisted, clock: &Clock) -> Result<Saved, SaveError> {
        if self.untouched.as_ref() == Some(data) && self.exports == ExportDates::default() {
            return Ok(Saved::default());
        }
        self.untouched = None;
        self.flush_set_aside(clock)?;
        let ids = self.storage_ids(data);
        let changed: Vec<bool> = ids
            .iter()
            .zip(&data.workspaces)
            .map(|(id, ws)| {
                self.slot_of(id)
                    .and_then(|i| self.slots.get(i))
                    .is_none_or(|s| s.workspace != *ws)
            })
            .collect();
        if changed.contains(&true) && self.exports.first_unexported_change_on.is_none() {
            self.exports.first_unexported_change_on = Some(clock.today.clone());
        }
        let mut saved = Saved::default();
        let empty = History::default();
        for (pos, ((id, workspace), changed)) in
            ids.iter().zip(&data.workspaces).zip(changed).enumerate()
        {
            let written = changed;
            if written {
                self.save_workspace_making_room(id, workspace, clock, &mut saved)
                    .map_err(|error| match error {
                        SaveError::Conflict(_) => SaveError::Conflict(Some(pos)),
                        other => other,
                    })?;
                saved.writes = saved.writes.saturating_add(1);
            }
            let history = data.histories.get(pos).unwrap_or(&empty);
            self.save_history(id, history, written, clock, &mut saved);
        }
        let mut kept = Vec::with_capacity(ids.len());
        for id in &ids {
            if let Some(i) = self.slot_of(id) {
                kept.push(self.slots.swap_remove(i));
            }
        }
        let dropped: Vec<String> = self.slots.drain(..).map(|s| s.id).collect();
        self.slots = kept;
        // First the union (no förbund is lost if the save stops here), then the index, then the new list.
        let mut union = data.removed.clone();
        union.extend(
            self.synced_removed
                .iter()
                .filter(|old| !data.removed.iter().any(|new| new.id == old.id))
                .cloned(),
        );
        let removed_writes = self.save_removed(union, clock)?;
        let index_writes = self.save_index(data, clock)?;
        let final_writes = self.save_removed(data.removed.clone(), clock)?;
        saved.writes = saved
            .writes
            .saturating_add(removed_writes)
            .saturating_add(index_writes)
            .saturating_add(final_writes);
        for id in dropped {
            // The index no longer names it; a key left behind is harmless.
            let _ = self.kv.remove(&workspace_key(&id));
            let _ = self.kv.remove(&history_key(&id));
        }
        Ok(saved)
    }

    /// Writes the workspace `id`; when the quota is full, first makes room by storing the stored undo histories
    /// shorter, one halving at a time (a workspace always matters more than its undo steps).
    fn save_workspace_making_room(
        &mut self,
        id: &str,
        workspace: &crate::engine::model::Workspace,
        clock: &Clock,
        saved: &mut Saved,
    ) -> Result<(), SaveError> {
        loop {
            match self.save_workspace(id, workspace, clock) {
                Err(SaveError::Storage(KvError::QuotaExceeded))
                    if self.shorten_a_stored_history(clock) =>
                {
                    saved.histories_trimmed = saved.histories_trimmed.saturating_add(1);
                }
                outcome => return outcome,
            }
        }
    }

    /// Rewrites the longest stored history that still has steps with its newest half (its workspace revision
    /// unchanged, so it stays valid for the workspace as stored). Returns whether a history got shorter.
    fn shorten_a_stored_history(&mut self, clock: &Clock) -> bool {
        let mut candidates: Vec<(usize, usize)> = self
            .slots
            .iter()
            .enumerate()
            .filter_map(|(i, slot)| slot.history_doc.as_ref().map(|doc| (i, doc.raw.len())))
            .collect();
        sort_stable_by(&mut candidates, |a, b| b.1.cmp(&a.1)); // the longest first
        candidates
            .into_iter()
            .any(|(i, _)| self.halve_stored_history(i, clock))
    }

    /// Halves the stored history of slot `i` (see [`Self::shorten_a_stored_history`]).
    fn halve_stored_history(&mut self, i: usize, clock: &Clock) -> bool {
        let Some(slot) = self.slots.get(i) else {
            return false;
        };
        let Some(doc) = slot.history_doc.clone() else {
            return false;
        };
        let Ok(stored) = read_history(&doc.raw) else {
            return false;
        };
        if stored.data.history.steps.is_empty() {
            return false;
        }
        let key = history_key(&slot.id);
        let shorter = newest_half(stored.data.history);
        let envelope = history_envelope(clock, stored.data.workspace_revision, &shorter);
        match self.compare_and_set(&key, Some(doc), envelope) {
            Ok(written) => {
                if let Some(slot) = self.slots.get_mut(i) {
                    slot.history_doc = Some(written);
                }
                true
            }
            Err(_) => false,
        }
    }

    /// Writes the workspace `id` (compare-and-set with read-back) and updates its slot.
    fn save_workspace(
        &mut self,
        id: &str,
        workspace: &crate::engine::model::Workspace,
        clock: &Clock,
    ) -> Result<(), SaveError> {
        let key = workspace_key(id);
        let slot = self.slot_of(id);
        let expected = slot.and_then(|i| self.slots.get(i)).map(|s| s.doc.clone());
        let envelope = |revision| Envelope {
            format: WORKSPACE_FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            revision,
            saved_at: clock.iso.clone(),
            data: workspace,
        };
        let outcome = self.compare_and_set(&key, expected, envelope);
        match (outcome, slot.and_then(|i| self.slots.get_mut(i))) {
            (Ok(doc), Some(slot)) => {
                slot.doc = doc;
                slot.workspace = workspace.clone();
                Ok(())
            }
            (Ok(doc), None) => {
                self.new_attempts.retain(|(k, _, _)| *k != key);
                self.slots.push(Slot {
                    id: id.to_string(),
                    doc,
                    workspace: workspace.clone(),
                    history_doc: None,
                    history: History::default(),
                });
                Ok(())
            }
            (Err(failed), Some(slot)) => {
                slot.doc.attempted = failed.attempt;
                Err(failed.error)
            }
            (Err(failed), None) => {
                self.remember_new_attempt(&key, failed.attempt);
                Err(failed.error)
            }
        }
    }

    /// Writes the history of workspace `id` when it changed or the workspace was just written (an empty history
    /// with no key needs no write: a missing history loads empty). Never fails: see the module doc.
    fn save_history(
        &mut self,
        id: &str,
        history: &History,
        workspace_written: bool,
        clock: &Clock,
        saved: &mut Saved,
    ) {
        let Some(slot) = self.slot_of(id).and_then(|i| self.slots.get(i)) else {
            return;
        };
        if !workspace_written && slot.history == *history {
            return;
        }
        let key = history_key(id);
        let workspace_revision = slot.doc.revision;
        let expected = slot.history_doc.clone();
        if history.steps.is_empty() && expected.is_none() && !self.has_new_attempt(&key) {
            self.set_history(id, None, history);
            return;
        }
        let mut attempt = history.clone();
        loop {
            let envelope = history_envelope(clock, workspace_revision, &attempt);
            match self.compare_and_set(&key, expected.clone(), envelope) {
                Ok(doc) => {
                    self.new_attempts.retain(|(k, _, _)| *k != key);
                    self.set_history(id, Some(doc), history);
                    saved.writes = saved.writes.saturating_add(1);
                    if attempt != *history {
                        saved.histories_trimmed = saved.histories_trimmed.saturating_add(1);
                    }
                    return;
                }
                Err(failed)
                    if failed.error == SaveError::Storage(KvError::QuotaExceeded)
                        && !attempt.steps.is_empty() =>
                {
                    attempt = newest_half(attempt);
                }
                Err(failed) => {
                    match self.slot_of(id).and_then(|i| self.slots.get_mut(i)) {
                        Some(Slot {
                            history_doc: Some(doc),
                            ..
                        }) => doc.attempted = failed.attempt,
                        _ => self.remember_new_attempt(&key, failed.attempt),
                    }
                    saved.histories_unsaved = saved.histories_unsaved.saturating_add(1);
                    return;
                }
            }
        }
    }

    /// Records a stored history (`doc`: the key as written, `None`: left absent) of workspace `id` as
    /// `history` (the history in full, even when trimmed: it is not retried until it changes).
    fn set_history(&mut self, id: &str, doc: Option<Doc>, history: &History) {
        if let Some(slot) = self.slot_of(id).and_then(|i| self.slots.get_mut(i)) {
            if doc.is_some() {
                slot.history_doc = doc;
            }
            slot.history = history.clone();
        }
    }

    fn remember_new_attempt(&mut self, key: &str, attempt: Option<(u64, String)>) {
        if let Some((revision, raw)) = attempt {
            self.new_attempts.retain(|(k, _, _)| k != key);
            self.new_attempts.push((key.to_string(), revision, raw));
        }
    }

    fn has_new_attempt(&self, key: &str) -> bool {
        self.new_attempts.iter().any(|(k, _, _)| k == key)
    }

    /// Writes the removed list if it differs from what is stored.
    fn save_removed(
        &mut self,
        list: Vec<RemovedWorkspace>,
        clock: &Clock,
    ) -> Result<usize, SaveError> {
        if self.synced_removed == list {
            return Ok(0);
        }
        let envelope = |revision| Envelope {
            format: REMOVED_FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            revision,
            saved_at: clock.iso.clone(),
            data: &list,
        };
        let outcome = self.compare_and_set(REMOVED_KEY, self.removed_doc.clone(), envelope);
        match (outcome, self.removed_doc.as_mut()) {
            (Ok(doc), _) => {
                self.new_attempts.retain(|(k, _, _)| k != REMOVED_KEY);
                self.removed_doc = Some(doc);
                self.synced_removed = list;
                Ok(1)
            }
            (Err(failed), Some(doc)) => {
                doc.attempted = failed.attempt;
                Err(conflict_in_index(failed.error))
            }
            (Err(failed), None) => {
                self.remember_new_attempt(REMOVED_KEY, failed.attempt);
                Err(conflict_in_index(failed.error))
            }
        }
    }

    fn save_index(&mut self, data: &Persisted, clock: &Clock) -> Result<usize, SaveError> {
        let index = self.index_data(data);
        self.write_index(index, clock)
    }

    /// Writes `index` if it is not what is stored.
    pub(super) fn write_index(
        &mut self,
        index: IndexData,
        clock: &Clock,
    ) -> Result<usize, SaveError> {
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
        match (outcome, self.index.as_mut()) {
            (Ok(doc), _) => {
                self.new_attempts.retain(|(k, _, _)| k != INDEX_KEY);
                self.index = Some(doc);
                self.synced_index = Some(index);
                self.recovered_index = None;
                Ok(1)
            }
            (Err(failed), Some(doc)) => {
                doc.attempted = failed.attempt;
                Err(conflict_in_index(failed.error))
            }
            (Err(failed), None) => {
                self.remember_new_attempt(INDEX_KEY, failed.attempt);
                Err(conflict_in_index(failed.error))
            }
        }
    }

    /// Writes one key if it still holds what this tab last saw (`expected`, `None` for a new key).
    pub(super) fn compare_and_set<T: Serialize>(
        &self,
        key: &str,
        expected: Option<Doc>,
        envelope: impl Fn(u64) -> Envelope<T>,
    ) -> Result<Doc, Failed> {
        let current = self.kv.get(key).map_err(|e| Failed::before(e.into()))?;
        let new_attempt = self
            .new_attempts
            .iter()
            .find(|(k, _, raw)| k == key && current.as_ref() == Some(raw))
            .map(|(_, revision, _)| *revision);
        let base = match (expected, current) {
            (None, None) => 0,
            (None, Some(_)) if new_attempt.is_some() => new_attempt.unwrap_or(0),
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
}

/// A conflict on the index or the removed list (not on a workspace).
fn conflict_in_index(error: SaveError) -> SaveError {
    match error {
        SaveError::Conflict(_) => SaveError::Conflict(None),
        other => other,
    }
}

/// `history` with only the newest half of its steps (rounded down), `position` moved with them.
/// The envelope of a history document at a given revision (the history belongs to `workspace_revision`).
fn history_envelope<'a>(
    clock: &'a Clock,
    workspace_revision: u64,
    history: &'a History,
) -> impl Fn(u64) -> Envelope<HistoryDataRef<'a>> + 'a {
    move |revision| Envelope {
        format: HISTORY_FORMAT.to_string(),
        schema_version: SCHEMA_VERSION,
        revision,
        saved_at: clock.iso.clone(),
        data: HistoryDataRef {
            workspace_revision,
            history,
        },
    }
}

fn newest_half(mut history: History) -> History {
    let count = history.steps.len();
    let keep = count.checked_div(2).unwrap_or(0);
    let drop = count.saturating_sub(keep);
    history.steps = history.steps.split_off(drop);
    history.position = history.position.saturating_sub(drop);
    history
}

/// A conflict, or read-only when the stored value is from a newer schema version.
fn refusal(current: Option<&str>) -> SaveError {
    match current.and_then(stored_header) {
        Some((_, version)) if version > SCHEMA_VERSION => SaveError::ReadOnly(version),
        _ => SaveError::Conflict(None),
    }
}
