//! The persister: loads the app's data from a [`KvStore`] (layout v2, or v1 through the migration), and keeps
//! what it last read or wrote so that saves can compare and set. Nothing is written before a successful load.

use super::exports::ExportDates;
use super::from_v1::read_v1;
use super::kv::{KvError, KvStore};
use super::layout::{
    quarantine_key, read_envelope, workspace_key, IndexData, IndexEnvelope, Reason, APP_PREFIX,
    INDEX_FORMAT, INDEX_KEY, PROBE_KEY, V1_KEY, WORKSPACE_FORMAT,
};
use crate::engine::model::Workspace;
use crate::persisted::{Persisted, SCHEMA_VERSION as V1_VERSION};

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

/// One workspace key as last saved or loaded.
#[derive(Debug, Clone)]
pub(super) struct Slot {
    pub id: String,
    pub doc: Doc,
    pub workspace: Workspace,
}

/// Loads and saves the app's data over `S`.
#[derive(Debug)]
pub struct Persister<S> {
    pub(super) kv: S,
    pub(super) phase: Phase,
    pub(super) slots: Vec<Slot>,
    pub(super) index: Option<Doc>,
    pub(super) synced_index: Option<IndexData>,
    pub(super) exports: ExportDates,
    pub(super) next_id: u32,
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
            index: None,
            synced_index: None,
            exports: ExportDates::default(),
            next_id: 0,
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
        self.slots.clear();
        self.index = None;
        self.synced_index = None;
        self.exports = ExportDates::default();
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
        let index: IndexEnvelope = match read_envelope(&raw, INDEX_FORMAT) {
            Ok(index) => index,
            Err(reason) => return Err(failure(INDEX_KEY, raw, reason)),
        };
        let mut slots = Vec::new();
        let mut unreadable = Vec::new();
        for id in &index.data.workspaces {
            let key = workspace_key(id);
            let stored = self.kv.get(&key).map_err(|_| LoadFailure::Unavailable)?;
            let Some(ws_raw) = stored else {
                unreadable.push(Unreadable {
                    key,
                    raw: String::new(),
                    reason: Reason::Missing,
                });
                continue;
            };
            match read_envelope::<Workspace>(&ws_raw, WORKSPACE_FORMAT) {
                Ok(env) => slots.push(Slot {
                    id: id.clone(),
                    doc: Doc {
                        revision: env.revision,
                        raw: ws_raw,
                        attempted: None,
                    },
                    workspace: env.data,
                }),
                Err(Reason::NewerVersion(v)) => return Err(LoadFailure::Newer(v)),
                Err(reason) => unreadable.push(Unreadable {
                    key,
                    raw: ws_raw,
                    reason,
                }),
            }
        }
        if !unreadable.is_empty() {
            return Err(LoadFailure::Unreadable(unreadable));
        }
        let data = Persisted {
            schema_version: V1_VERSION,
            workspaces: slots.iter().map(|s| s.workspace.clone()).collect(),
            active_workspace: index.data.active_workspace,
            active_scenario: index.data.active_scenario,
            lang: index.data.lang,
            ids: slots.iter().map(|s| s.id.clone()).collect(),
            histories: Vec::new(),
            removed: Vec::new(),
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
            last_exported_on: index.data.last_exported_on.clone(),
            first_unexported_change_on: index.data.first_unexported_change_on.clone(),
        };
        self.slots = slots;
        self.index = Some(Doc {
            revision: index.revision,
            raw,
            attempted: None,
        });
        self.synced_index = Some(self.index_data(&data));
        Ok(data)
    }

    /// Reads the store again (another tab changed it), keeping this tab's open workspace, scenario and language.
    pub fn reload(&mut self, current: &Persisted) -> Result<Persisted, LoadFailure> {
        let open_id = self
            .slots
            .get(current.active_workspace)
            .map(|s| s.id.clone());
        let (mut data, _) = self.load()?;
        if let Some(pos) = open_id.and_then(|id| self.slots.iter().position(|s| s.id == id)) {
            data.active_workspace = pos;
            data.active_scenario = current.active_scenario;
        }
        data.lang = current.lang;
        self.synced_index = Some(self.index_data(&data));
        Ok(data)
    }

    /// "Börja om": copies every stored app value to a quarantine key (read back to check), removes the
    /// originals, and allows saving again. Returns the examples. Nothing is removed unless every copy is kept.
    pub fn start_fresh(&mut self, clock: &Clock) -> Result<Persisted, KvError> {
        let keys: Vec<String> = self
            .app_keys()?
            .into_iter()
            .filter(|k| !k.contains(":quarantine:"))
            .collect();
        for key in &keys {
            if let Some(raw) = self.kv.get(key)? {
                let copy = quarantine_key(key, clock.millis);
                self.kv.set(&copy, &raw)?;
                if self.kv.get(&copy)?.as_deref() != Some(raw.as_str()) {
                    return Err(KvError::Failed(format!("read-back of {copy}")));
                }
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

    fn app_keys(&self) -> Result<Vec<String>, KvError> {
        Ok(self
            .kv
            .keys()?
            .into_iter()
            .filter(|k| k.starts_with(APP_PREFIX))
            .collect())
    }

    fn reset_loaded(&mut self) {
        self.slots.clear();
        self.index = None;
        self.synced_index = None;
        self.exports = ExportDates::default();
        self.phase = Phase::Loaded;
        self.untouched = Some(Persisted::default());
    }

    /// The index document for `data` with the current export dates and workspace ids.
    pub(super) fn index_data(&self, data: &Persisted) -> IndexData {
        IndexData {
            workspaces: self.slots.iter().map(|s| s.id.clone()).collect(),
            active_workspace: data.active_workspace,
            active_scenario: data.active_scenario,
            lang: data.lang,
            last_exported_on: self.exports.last_exported_on.clone(),
            first_unexported_change_on: self.exports.first_unexported_change_on.clone(),
        }
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
