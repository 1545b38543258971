//! The app's reactive state: one signal holding everything that is saved, plus the status line. Loaded from
//! localStorage at start and saved after every change; a stored value the app cannot read is never overwritten.

use crate::engine::command::{self, Command};
use crate::engine::money_text::DisplayUnit;
use crate::i18n::{Lang, Texts};
use crate::persisted::{Persisted, STORAGE_KEY};
use crate::storage::{self, LoadError, SaveError};
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
    /// The browser refused the last save.
    SaveFailed,
    /// The stored value could not be read; it is kept and not overwritten.
    StoredDataUnreadable,
}

impl Status {
    /// The sentence for this status, or `None` for nothing.
    pub fn text(&self, t: &Texts) -> Option<&'static str> {
        match self {
            Status::Idle => None,
            Status::Saved => Some(t.saved_locally),
            Status::StorageUnavailable => Some(t.storage_unavailable),
            Status::SaveFailed => Some(t.save_failed),
            Status::StoredDataUnreadable => Some(t.stored_data_unreadable),
        }
    }

    /// Whether this status must stand out as a problem.
    pub fn is_problem(&self) -> bool {
        !matches!(self, Status::Idle | Status::Saved)
    }
}

/// Shared app state, provided as context by [`crate::ui::App`]. Copy: it holds only signals.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    /// Everything that is saved.
    pub data: RwSignal<Persisted>,
    /// The status line.
    pub status: RwSignal<Status>,
    /// False when saving must not happen (no storage, or unreadable stored data that must be kept).
    pub saving_allowed: StoredValue<bool>,
    /// The UI language, as its own memo: thousands of labels read it, and must not re-run on every edit.
    lang: Memo<Lang>,
    /// kr or t kr of the open workspace, as its own memo for the same reason.
    unit: Memo<DisplayUnit>,
}

impl AppState {
    /// Loads the saved state (or the examples) and starts autosaving.
    pub fn start() -> Self {
        let (data, status, saving_allowed) = initial_state();
        let data = RwSignal::new(data);
        let state = AppState {
            data,
            status: RwSignal::new(status),
            saving_allowed: StoredValue::new(saving_allowed),
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
    /// frame, and changes that come before it are saved together. Leaving the page saves at once.
    fn autosave(self) {
        let pending = StoredValue::new(false);
        let flush = move || {
            if pending.get_value() {
                pending.set_value(false);
                self.data.with_untracked(|data| self.save(data));
            }
        };
        Effect::watch(
            move || self.data.track(),
            move |_, _, _| {
                if !pending.get_value() {
                    pending.set_value(true);
                    request_animation_frame(move || set_timeout(flush, std::time::Duration::ZERO));
                }
            },
            false,
        );
        let on_leave = window_event_listener(leptos::ev::pagehide, move |_| flush());
        on_cleanup(move || on_leave.remove());
    }

    fn save(self, data: &Persisted) {
        if !self.saving_allowed.get_value() {
            return;
        }
        let status = match storage::save(STORAGE_KEY, data) {
            Ok(()) => Status::Saved,
            Err(SaveError::Unavailable) => Status::StorageUnavailable,
            Err(SaveError::QuotaExceeded | SaveError::Failed(_)) => Status::SaveFailed,
        };
        self.status.set(status);
    }
}

/// What to start with: the stored state when it is readable, otherwise the examples and a status saying why.
fn initial_state() -> (Persisted, Status, bool) {
    match storage::load::<Persisted>(STORAGE_KEY) {
        Ok(Some(stored)) => match stored.validated() {
            Ok(data) => (data, Status::Idle, true),
            Err(_) => (Persisted::default(), Status::StoredDataUnreadable, false),
        },
        Ok(None) => (Persisted::default(), Status::Idle, true),
        Err(LoadError::Unavailable) => (Persisted::default(), Status::StorageUnavailable, false),
        Err(LoadError::Unreadable { .. }) => {
            (Persisted::default(), Status::StoredDataUnreadable, false)
        }
    }
}
