//! The persister: loads the app's data from a [`KvStore`] (layout v2, or v1 through the migration), and keeps
//! what it last read or wrote so that saves can compare and set. Nothing is written before a successful load.
//!
//! Each förbund loads on its own: a workspace key that is missing or unreadable is kept as [`Damaged`] (never
//! written or removed by a save) while the others load; an unreadable index is rebuilt from the workspace keys.
//! A history whose `workspaceRevision` is not its workspace's revision is stale and loads empty. Unreadable
//! values that a save would overwrite (the index, a history, the removed list) are first copied to a
//! set-aside key (see `set_aside`).

use super::exports::ExportDates;
use super::from_v1::read_v1;
use super::kv::{KvError, KvStore};
use super::layout::{
    history_key, parse_quarantine_key, parse_set_aside_key, read_envelope, read_history,
    read_removed, stored_header, workspace_key, workspace_name, IndexData, Reason, APP_PREFIX,
    INDEX_FORMAT, INDEX_KEY, PROBE_KEY, REMOVED_KEY, V1_KEY, WORKSPACE_FORMAT, WORKSPACE_PREFIX,
};
use super::migration::SCHEMA_VERSION;
use crate::engine::model::Workspace;
use crate::engine::ordered::sort_stable_by;
use crate::history::History;
use crate::i18n::Lang;
use crate::persisted::{Persisted, RemovedWorkspace, SCHEMA_VERSION as V1_VERSION};

/// The moment of a save: milliseconds since 1970 (ids, quarantine keys), ISO time (`savedAt`), the local day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clock {
    /// Milliseconds since 1970-01-01 UTC.
    pub millis: u64,
    /// ISO 8601 time, for display only.
    pub iso: String,
    /// The local calendar day, `YYYY-MM-DD`.
    pub today: String,
}

/// Where the persister stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    /// `load` has not succeeded yet: nothing may be written.
    NotLoaded,
    /// Loaded (or started fresh): saves are allowed.
    Loaded,
    /// The stored data is from a newer schema version: this tab writes nothing.
    ReadOnly(u32),
    /// Storage cannot be used.
    Unavailable,
    /// A stored value could not be read; it is kept until the user chooses "Börja om".
    Unreadable,
}

/// A stored value that could not be read, kept exactly as found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    /// Its key.
    pub key: String,
    /// The stored text, unchanged.
    pub raw: String,
    /// Why it cannot be read.
    pub reason: Reason,
}

/// Why loading did not give the app's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadFailure {
    /// Storage cannot be used here.
    Unavailable,
    /// Stored by a newer version of the app.
    Newer(u32),
    /// Values that cannot be read (kept untouched).
    Unreadable(Vec<Unreadable>),
}

/// A förbund whose workspace key is missing or cannot be read. It is left exactly as found (saves neither
/// write nor remove it, and keep its id in the index) until [`Persister::set_aside_damaged`] moves it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    /// Its storage id (from the index).
    pub id: String,
    /// Its workspace key.
    pub key: String,
    /// The stored text, unchanged (empty when the key is missing).
    pub raw: String,
    /// Why it cannot be read.
    pub reason: Reason,
    /// The förbund's name as far as the raw text still tells it.
    pub name: Option<String>,
}

/// Where loaded data came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The v2 keys.
    Stored,
    /// The v1 key, migrated (not yet written in v2: save at once).
    Migrated,
    /// Nothing stored: the examples.
    Fresh,
}

/// A stored document as this tab last saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Doc {
    pub revision: u64,
    pub raw: String,
    /// A write whose outcome is unknown (it failed after `set`): if the store holds it, it is ours.
    pub attempted: Option<(u64, String)>,
}

impl Doc {
    /// A document as read: its revision from the header (0 when unreadable), nothing attempted.
    pub fn read(raw: String) -> Self {
        Doc {
            revision: stored_header(&raw).map_or(0, |(revision, _)| revision),
            raw,
            attempted: None,
        }
    }
}

/// One workspace key (and its history key) as last saved or loaded.
#[derive(Debug, Clone)]
pub(super) struct Slot {
    pub id: String,
    pub doc: Doc,
    pub workspace: Workspace,
    /// The history key as last seen (`None`: absent).
    pub history_doc: Option<Doc>,
    /// The history as last loaded or saved.
    pub history: History,
}

/// Loads and saves the app's data over `S`.
#[derive(Debug)]
pub struct Persister<S> {
    pub(super) kv: S,
    pub(super) phase: Phase,
    pub(super) slots: Vec<Slot>,
    pub(super) damaged: Vec<Damaged>,
    pub(super) index: Option<Doc>,
    /// What the stored index holds, as far as this tab knows (`None`: unknown or unreadable).
    pub(super) synced_index: Option<IndexData>,
    /// The index rebuilt from the workspace keys when the stored one was unreadable (until it is written).
    pub(super) recovered_index: Option<IndexData>,
    pub(super) removed_doc: Option<Doc>,
    /// The removed förbund as stored.
    pub(super) synced_removed: Vec<RemovedWorkspace>,
    /// Unreadable values (key, raw) to copy to a set-aside key before anything is written.
    pub(super) to_set_aside: Vec<(String, String)>,
    /// Writes of new keys whose outcome is unknown (key, revision, raw).
    pub(super) new_attempts: Vec<(String, u64, String)>,
    pub(super) exports: ExportDates,
    /// The examples as shown when nothing is stored: not written until something changes.
    pub(super) untouched: Option<Persisted>,
}

impl<S: KvStore> Persister<S> {
    /// A persister that has loaded nothing (and so will save nothing).
    pub fn new(kv: S) -> Self {
        Persister {
            kv,
            phase: Phase::NotLoaded,
            slots: Vec::new(),
            damaged: Vec::new(),
            index: None,
            synced_index: None,
            recovered_index: None,
            removed_doc: None,
            synced_removed: Vec::new(),
            to_set_aside: Vec::new(),
            new_attempts: Vec::new(),
            exports: ExportDates::default(),
            untouched: None,
        }
    }

    /// The store underneath.
    pub fn kv(&self) -> &S {
        &self.kv
    }

    /// Where the persister stands.
    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    /// The förbund that could not be loaded (kept as found).
    pub fn damaged(&self) -> &[Damaged] {
        &self.damaged
    }

    /// The workspace stored under `id` as this tab last saved or loaded it (the base a conflict is judged
    /// against), `None` when this tab has not.
    pub fn synced_workspace(&self, id: &str) -> Option<&Workspace> {
        self.slots.iter().find(|s| s.id == id).map(|s| &s.workspace)
    }

    /// The export dates as last loaded or saved.
    pub fn exports(&self) -> &ExportDates {
        &self.exports
    }

    /// Whether a value can be written, read back and removed.
    pub fn probe(&self) -> bool {
        let written = self.kv.set(PROBE_KEY, "1").is_ok();
        let read_back = matches!(self.kv.get(PROBE_KEY), Ok(Some(v)) if v == "1");
        let removed = self.kv.remove(PROBE_KEY).is_ok();
        written && read_back && removed
    }

    /// Reads the stored data. On success saves are allowed from now on; on failure nothing will be written
    /// (until [`Persister::start_fresh`] after unreadable data).
    pub fn load(&mut self) -> Result<(Persisted, Source), LoadFailure> {
        self.forget();
        self.untouched = None;
        let result = self.load_any();
        if let Ok((data, Source::Fresh)) = &result {
            self.untouched = Some(data.clone());
        }
        self.phase = match &result {
            Ok(_) => Phase::Loaded,
            Err(LoadFailure::Unavailable) => Phase::Unavailable,
            Err(LoadFailure::Newer(v)) => Phase::ReadOnly(*v),
            Err(LoadFailure::Unreadable(_)) => Phase::Unreadable,
        };
        result
    }

    fn load_any(&mut self) -> Result<(Persisted, Source), LoadFailure> {
        if !self.probe() {
            return Err(LoadFailure::Unavailable);
        }
        let get = |key: &str| self.kv.get(key).map_err(|_| LoadFailure::Unavailable);
        if let Some(raw) = get(INDEX_KEY)? {
            return self.load_v2(raw).map(|data| (data, Source::Stored));
        }
        match get(V1_KEY)? {
            Some(raw) => read_v1(&raw)
                .map(|data| (data, Source::Migrated))
                .map_err(|reason| failure(V1_KEY, raw, reason)),
            None => Ok((Persisted::default(), Source::Fresh)),
        }
    }

    fn load_v2(&mut self, raw: String) -> Result<Persisted, LoadFailure> {
        let unavailable = |_| LoadFailure::Unavailable;
        let mut failures = Vec::new();
        let (view, index_revision) = match read_envelope::<IndexData>(&raw, INDEX_FORMAT) {
            Ok(index) => (index.data, Some(index.revision)),
            Err(Reason::NewerVersion(v)) => return Err(LoadFailure::Newer(v)),
            Err(reason) => {
                failures.push(Unreadable {
                    key: INDEX_KEY.to_string(),
                    raw: raw.clone(),
                    reason,
                });
                (self.index_from_keys().map_err(unavailable)?, None)
            }
        };
        let mut slots: Vec<Slot> = Vec::new();
        let mut damaged: Vec<Damaged> = Vec::new();
        for id in &view.workspaces {
            if slots.iter().any(|s| s.id == *id) || damaged.iter().any(|d| d.id == *id) {
                continue;
            }
            let key = workspace_key(id);
            let stored = self.kv.get(&key).map_err(unavailable)?;
            let read = match &stored {
                Some(ws_raw) => read_envelope::<Workspace>(ws_raw, WORKSPACE_FORMAT),
                None => Err(Reason::Missing),
            };
            match read {
                Ok(env) => {
                    let (history_doc, history) = self.load_history(id, env.revision)?;
                    slots.push(Slot {
                        id: id.clone(),
                        doc: Doc {
                            revision: env.revision,
                            raw: stored.unwrap_or_default(),
                            attempted: None,
                        },
                        workspace: env.data,
                        history_doc,
                        history,
                    });
                }
                Err(Reason::NewerVersion(v)) => return Err(LoadFailure::Newer(v)),
                Err(reason) => {
                    let ws_raw = stored.unwrap_or_default();
                    damaged.push(Damaged {
                        id: id.clone(),
                        key,
                        name: workspace_name(&ws_raw),
                        raw: ws_raw,
                        reason,
                    });
                }
            }
        }
        if slots.is_empty() {
            if failures.is_empty() && damaged.is_empty() {
                let reason = Reason::InvalidValue("workspaces: []".into());
                return Err(failure(INDEX_KEY, raw, reason));
            }
            failures.extend(damaged.into_iter().map(|d| Unreadable {
                key: d.key,
                raw: d.raw,
                reason: d.reason,
            }));
            return Err(LoadFailure::Unreadable(failures));
        }
        let (removed_doc, stored_removed) = self.load_removed()?;
        let open = view
            .workspaces
            .get(view.active_workspace)
            .and_then(|id| slots.iter().position(|s| s.id == *id));
        let data = Persisted {
            schema_version: V1_VERSION,
            workspaces: slots.iter().map(|s| s.workspace.clone()).collect(),
            active_workspace: open.unwrap_or(0),
            active_scenario: open.map_or(0, |_| view.active_scenario),
            lang: view.lang,
            ids: slots.iter().map(|s| s.id.clone()).collect(),
            histories: slots.iter().map(|s| s.history.clone()).collect(),
            // A förbund both open and removed (a save cut short between the two keys) stays open.
            removed: stored_removed
                .iter()
                .filter(|r| !slots.iter().any(|s| s.id == r.id))
                .cloned()
                .collect(),
        }
        .validated()
        .map_err(|_| {
            failure(
                INDEX_KEY,
                raw.clone(),
                Reason::InvalidValue("workspaces: []".into()),
            )
        })?;
        self.exports = ExportDates {
            last_exported_on: view.last_exported_on.clone(),
            first_unexported_change_on: view.first_unexported_change_on.clone(),
        };
        self.slots = slots;
        self.damaged = damaged;
        self.removed_doc = removed_doc;
        self.synced_removed = stored_removed;
        match index_revision {
            Some(revision) => {
                self.index = Some(Doc {
                    revision,
                    raw,
                    attempted: None,
                });
                self.synced_index = Some(self.index_data(&data));
            }
            None => {
                self.to_set_aside.push((INDEX_KEY.to_string(), raw.clone()));
                self.index = Some(Doc::read(raw));
                self.recovered_index = Some(self.index_data(&data));
            }
        }
        Ok(data)
    }

    /// The index rebuilt from the workspace keys in the store (sorted by key), when the stored one is unreadable.
    fn index_from_keys(&self) -> Result<IndexData, KvError> {
        let mut keys: Vec<String> = self
            .kv
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(WORKSPACE_PREFIX))
            .collect();
        sort_stable_by(&mut keys, |a, b| a.cmp(b));
        Ok(IndexData {
            workspaces: keys
                .iter()
                .filter_map(|k| k.strip_prefix(WORKSPACE_PREFIX))
                .map(str::to_string)
                .collect(),
            active_workspace: 0,
            active_scenario: 0,
            lang: Lang::default(),
            last_exported_on: None,
            first_unexported_change_on: None,
        })
    }

    /// The history of workspace `id` whose key is at `revision`: empty when missing, stale or unreadable (an
    /// unreadable one is set aside before it is overwritten).
    fn load_history(
        &mut self,
        id: &str,
        revision: u64,
    ) -> Result<(Option<Doc>, History), LoadFailure> {
        let key = history_key(id);
        let Some(raw) = self.kv.get(&key).map_err(|_| LoadFailure::Unavailable)? else {
            return Ok((None, History::default()));
        };
        let older = stored_header(&raw).is_some_and(|(_, version)| version < SCHEMA_VERSION);
        let history = match read_history(&raw) {
            Ok(env) if env.data.workspace_revision == revision => env.data.history,
            Err(Reason::NewerVersion(_)) | Ok(_) => History::default(),
            Err(_) if older => History::default(),
            Err(_) => {
                self.to_set_aside.push((key, raw.clone()));
                History::default()
            }
        };
        Ok((Some(Doc::read(raw)), history))
    }

    /// The removed förbund as stored: empty when missing or unreadable (set aside before it is overwritten).
    fn load_removed(&mut self) -> Result<(Option<Doc>, Vec<RemovedWorkspace>), LoadFailure> {
        let Some(raw) = self
            .kv
            .get(REMOVED_KEY)
            .map_err(|_| LoadFailure::Unavailable)?
        else {
            return Ok((None, Vec::new()));
        };
        let list = match read_removed(&raw) {
            Ok(env) => env.data,
            Err(Reason::NewerVersion(v)) => return Err(LoadFailure::Newer(v)),
            Err(_) => {
                self.to_set_aside
                    .push((REMOVED_KEY.to_string(), raw.clone()));
                Vec::new()
            }
        };
        Ok((Some(Doc::read(raw)), list))
    }

    /// Reads the store again (another tab changed it), keeping this tab's open workspace, scenario and language.
    pub fn reload(&mut self, current: &Persisted) -> Result<Persisted, LoadFailure> {
        let open_id = current
            .filled_ids()
            .into_iter()
            .nth(current.active_workspace);
        let (mut data, _) = self.load()?;
        if let Some(pos) = open_id.and_then(|id| self.slots.iter().position(|s| s.id == id)) {
            data.active_workspace = pos;
            data.active_scenario = current.active_scenario;
        }
        data.lang = current.lang;
        self.synced_index = Some(self.index_data(&data));
        Ok(data)
    }

    /// "Börja om": copies every stored app value to a set-aside key (read back to check), removes the
    /// originals, and allows saving again. Returns the examples. Nothing is removed unless every copy is kept.
    pub fn start_fresh(&mut self, clock: &Clock) -> Result<Persisted, KvError> {
        let keys: Vec<String> = self
            .app_keys()?
            .into_iter()
            .filter(|k| {
                k != PROBE_KEY
                    && parse_set_aside_key(k).is_none()
                    && parse_quarantine_key(k).is_none()
            })
            .collect();
        for key in &keys {
            if let Some(raw) = self.kv.get(key)? {
                self.copy_aside(key, &raw, clock.millis)?;
            }
        }
        for key in &keys {
            self.kv.remove(key)?;
        }
        self.reset_loaded();
        Ok(Persisted::default())
    }

    /// "Radera all lokal data": removes every key of the app (quarantined copies too). Afterwards the examples
    /// are shown and nothing is written until the next change.
    pub fn delete_all(&mut self) -> Result<(), KvError> {
        for key in self.app_keys()? {
            self.kv.remove(&key)?;
        }
        self.reset_loaded();
        match self.app_keys()?.is_empty() {
            true => Ok(()),
            false => Err(KvError::Failed("keys remain".into())),
        }
    }

    pub(super) fn app_keys(&self) -> Result<Vec<String>, KvError> {
        Ok(self
            .kv
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(APP_PREFIX))
            .collect())
    }

    /// Forgets everything read or written.
    fn forget(&mut self) {
        self.slots.clear();
        self.damaged.clear();
        self.index = None;
        self.synced_index = None;
        self.recovered_index = None;
        self.removed_doc = None;
        self.synced_removed.clear();
        self.to_set_aside.clear();
        self.new_attempts.clear();
        self.exports = ExportDates::default();
    }

    fn reset_loaded(&mut self) {
        self.forget();
        self.phase = Phase::Loaded;
        self.untouched = Some(Persisted::default());
    }

    /// The index document for `data` with the current export dates: the data's workspace ids, then the
    /// damaged ones (kept in their order).
    pub(super) fn index_data(&self, data: &Persisted) -> IndexData {
        let mut workspaces = self.storage_ids(data);
        workspaces.extend(self.damaged.iter().map(|d| d.id.clone()));
        IndexData {
            workspaces,
            active_workspace: data.active_workspace,
            active_scenario: data.active_scenario,
            lang: data.lang,
            last_exported_on: self.exports.last_exported_on.clone(),
            first_unexported_change_on: self.exports.first_unexported_change_on.clone(),
        }
    }

    /// The id each of `data`'s workspaces is stored under: [`Persisted::filled_ids`], except that an id of a
    /// damaged förbund is never reused (its key is kept as found): such a workspace gets `<id>-<n>`.
    pub(super) fn storage_ids(&self, data: &Persisted) -> Vec<String> {
        let mut ids = data.filled_ids();
        let is_damaged = |id: &str| self.damaged.iter().any(|d| d.id == id);
        for position in 0..ids.len() {
            if !ids.get(position).is_some_and(|id| is_damaged(id)) {
                continue;
            }
            let base = ids.get(position).cloned().unwrap_or_default();
            let mut n: u32 = 2;
            let mut id = format!("{base}-{n}");
            while is_damaged(&id) || ids.contains(&id) {
                n = n.saturating_add(1);
                id = format!("{base}-{n}");
            }
            if let Some(slot) = ids.get_mut(position) {
                *slot = id;
            }
        }
        ids
    }
}

fn failure(key: &str, raw: String, reason: Reason) -> LoadFailure {
    match reason {
        Reason::NewerVersion(v) => LoadFailure::Newer(v),
        reason => LoadFailure::Unreadable(vec![Unreadable {
            key: key.to_string(),
            raw,
            reason,
        }]),
    }
}

impl<T: KvStore + ?Sized> KvStore for &T {
    fn get(&self, key: &str) -> Result<Option<String>, KvError> {
        (**self).get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), KvError> {
        (**self).set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), KvError> {
        (**self).remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, KvError> {
        (**self).keys()
    }
}
