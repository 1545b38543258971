//! The app's reactive state: one signal holding everything that is saved, the status of storage, and the
//! persister underneath (see `crate::persist`). Saving starts only after a successful load; a stored value
//! the app cannot read is never overwritten.

use crate::engine::command::{self, Command};
use crate::engine::ids::ScenarioId;
use crate::engine::money_text::DisplayUnit;
use crate::i18n::{Lang, Texts};
use crate::persist::exports::ExportDates;
use crate::persist::{LoadFailure, Persister, Source, Unreadable};
use crate::persisted::Persisted;
use crate::storage::WebKv;
use leptos::prelude::*;

/// What the status region says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Nothing to say yet.
    Idle,
    /// The last change is saved.
    Saved,
    /// Storage cannot be used: the work lives only in this tab.
    StorageUnavailable,
    /// The browser's storage is full: the last change is not saved.
    QuotaFull,
    /// The browser refused the last save for another reason.
    SaveFailed,
    /// The stored value could not be read; it is kept and not overwritten.
    StoredDataUnreadable,
    /// Another tab changed the workspace at this position (or the list, `None`): nothing was overwritten.
    Conflict(Option<usize>),
    /// Stored data is from a newer schema version: this tab writes nothing.
    ReadOnly(u32),
}

impl Status {
    /// Whether this status must stand out as a problem (a red banner).
    pub fn is_problem(&self) -> bool {
        !matches!(self, Status::Idle | Status::Saved)
    }
}

/// Shared app state, provided as context by [`crate::ui::App`]. Copy: it holds only signals and handles.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// Everything that is saved.
    pub data: RwSignal<Persisted>,
    /// The status of storage.
    pub status: RwSignal<Status>,
    /// Stored values that could not be read (the recovery screen shows them).
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// When the data was last exported, and since when changes are not exported.
    pub exports: RwSignal<ExportDates>,
    /// Whether the browser keeps the storage (`navigator.storage.persist()`), once asked.
    pub persistence: RwSignal<Option<bool>>,
    pub(super) persister: StoredValue<Persister<WebKv>, LocalStorage>,
    /// A change is waiting for its save (after the next frame).
    pub(super) pending: StoredValue<bool>,
    pub(super) asked_persistence: StoredValue<bool>,
    /// The UI language, as its own memo: thousands of labels read it, and must not re-run on every edit.
    lang: Memo<Lang>,
    /// kr or t kr of the open workspace, as its own memo for the same reason.
    unit: Memo<DisplayUnit>,
}

impl AppState {
    /// Loads the saved state (or the examples), starts autosaving and listens to other tabs.
    pub fn start() -> Self {
        let mut persister = Persister::new(WebKv::open());
        let loaded = persister.load();
        let (data, status, unreadable) = match &loaded {
            Ok((data, _)) => (data.clone(), Status::Idle, Vec::new()),
            Err(LoadFailure::Unavailable) => {
                (Persisted::default(), Status::StorageUnavailable, Vec::new())
            }
            Err(LoadFailure::Newer(v)) => (Persisted::default(), Status::ReadOnly(*v), Vec::new()),
            Err(LoadFailure::Unreadable(list)) => (
                Persisted::default(),
                Status::StoredDataUnreadable,
                list.clone(),
            ),
        };
        let exports = persister.exports().clone();
        let data = RwSignal::new(data);
        let state = AppState {
            data,
            status: RwSignal::new(status),
            unreadable: RwSignal::new(unreadable),
            exports: RwSignal::new(exports),
            persistence: RwSignal::new(None),
            persister: StoredValue::new_local(persister),
            pending: StoredValue::new(false),
            asked_persistence: StoredValue::new(false),
            lang: Memo::new(move |_| data.with(|d| d.lang)),
            unit: Memo::new(move |_| {
                data.with(|d| {
                    d.workspace()
                        .map(|w| w.settings.display_unit)
                        .unwrap_or_default()
                })
            }),
        };
        state.autosave();
        state.follow_other_tabs();
        if matches!(loaded, Ok((_, Source::Migrated))) {
            // The v1 value was read and migrated: write the v2 keys now (the v1 value stays as it is).
            state.save_now();
        }
        state
    }

    /// The state provided by `App`.
    pub fn expect() -> Self {
        expect_context::<AppState>()
    }

    /// The UI language (a derived read of the saved data).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// kr or t kr, as chosen for the open workspace.
    pub fn unit(&self) -> DisplayUnit {
        self.unit.get()
    }

    /// The texts of the current language.
    pub fn texts(&self) -> &'static Texts {
        self.lang().texts()
    }

    /// The open workspace's scenarios as (id, name), in display order (a tracked read).
    pub fn scenario_names(&self) -> Vec<(ScenarioId, String)> {
        self.data.with(|d| {
            d.workspace()
                .map(|w| w.scenarios.iter().map(|s| (s.id, s.name.clone())).collect())
                .unwrap_or_default()
        })
    }

    /// Applies one change to the open workspace through the engine. A refused change leaves everything as
    /// it was and returns the message for the user.
    pub fn apply(self, command: Command) -> Result<(), String> {
        let lang = self.lang();
        let mut outcome = Ok(());
        self.data.maybe_update(|d| match d.workspace_mut() {
            Some(workspace) => match command::apply(workspace, command) {
                Ok(()) => true,
                Err(error) => {
                    outcome = Err(match lang {
                        Lang::Sv => error.message_sv(),
                        Lang::En => error.message_en(),
                    });
                    false
                }
            },
            None => false,
        });
        outcome
    }

    /// Saves after every change, once the changed figures are on screen: the save is put after the next
    /// frame, and changes that come before it are saved together. Hiding or leaving the page saves at once.
    fn autosave(self) {
        let flush = move || {
            if self.pending.get_value() {
                self.pending.set_value(false);
                self.save_now();
            }
        };
        Effect::watch(
            move || self.data.track(),
            move |_, _, _| {
                if !self.pending.get_value() {
                    self.pending.set_value(true);
                    request_animation_frame(move || set_timeout(flush, std::time::Duration::ZERO));
                }
            },
            false,
        );
        let on_leave = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let on_hide = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
        on_cleanup(move || {
            on_leave.remove();
            on_hide.remove();
        });
    }
}
