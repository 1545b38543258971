//! The app's reactive state: one signal holding everything that is saved, the status of storage, and the
//! persister underneath (see `crate::persist`). Saving starts only after a successful load; a stored value
//! the app cannot read is never overwritten.

use crate::change::{apply_change, AppCommand, ChangeContext, Changed};
use crate::engine::command::Command;
use crate::engine::ids::ScenarioId;
use crate::engine::money_text::DisplayUnit;
use crate::i18n::{Lang, Texts};
use crate::persist::exports::ExportDates;
use crate::persist::pace::SavePace;
use crate::persist::{Damaged, LoadFailure, Persister, Source, Unreadable};
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
    /// The browser's storage is full: the changes since the last save are not stored.
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

    /// Whether changes are kept in this tab unsaved, to be retried (a full or refusing storage).
    pub fn keeps_unsaved_changes(&self) -> bool {
        matches!(
            self,
            Status::QuotaFull | Status::SaveFailed | Status::StorageUnavailable
        )
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
    /// Förbund that could not be read while the others loaded (each gets its own recovery panel).
    pub damaged: RwSignal<Vec<Damaged>>,
    /// When the data was last exported, and since when changes are not exported.
    pub exports: RwSignal<ExportDates>,
    /// Whether the browser keeps the storage (`navigator.storage.persist()`), once asked.
    pub persistence: RwSignal<Option<bool>>,
    pub(super) persister: StoredValue<Persister<WebKv>, LocalStorage>,
    /// A change is waiting for its save (after the next frame).
    pub(super) pending: StoredValue<bool>,
    /// When the next autosave may run: a slow save makes the next wait (`persist::pace`).
    pub(super) pace: StoredValue<SavePace>,
    /// A change waits longer than a frame for its save (a large förbund): the status says "Sparar …".
    pub(super) save_waiting: RwSignal<bool>,
    /// Changes made since the last successful save (shown when a save fails; `beforeunload` warns).
    pub unsaved: StoredValue<usize>,
    /// The same count as a signal for the banner (updated after each save attempt).
    pub unsaved_shown: RwSignal<usize>,
    /// The last save stored an undo history shorter than it is, or none, because the quota was full.
    pub history_shortened: RwSignal<bool>,
    pub(super) asked_persistence: StoredValue<bool>,
    /// The UI language, as its own signal, set only when it changes: thousands of labels read it. (A memo of
    /// `data` would be checked by every one of its readers after every edit: ~10 000 on a large budget.)
    lang: RwSignal<Lang>,
    /// kr or t kr of the open workspace, as its own signal for the same reason.
    unit: RwSignal<DisplayUnit>,
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
        let damaged = persister.damaged().to_vec();
        let data = RwSignal::new(data);
        let state = AppState {
            data,
            status: RwSignal::new(status),
            unreadable: RwSignal::new(unreadable),
            damaged: RwSignal::new(damaged),
            exports: RwSignal::new(exports),
            persistence: RwSignal::new(None),
            persister: StoredValue::new_local(persister),
            pending: StoredValue::new(false),
            pace: StoredValue::new(SavePace::default()),
            save_waiting: RwSignal::new(false),
            unsaved: StoredValue::new(0),
            unsaved_shown: RwSignal::new(0),
            history_shortened: RwSignal::new(false),
            asked_persistence: StoredValue::new(false),
            lang: RwSignal::new(data.with_untracked(|d| d.lang)),
            unit: RwSignal::new(data.with_untracked(display_unit_of)),
        };
        state.follow_lang_and_unit();
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

    /// Applies one engine command to the open förbund (recorded in its history). A refused change leaves
    /// everything as it was and returns the message for the user.
    pub fn apply(self, command: Command) -> Result<(), String> {
        self.dispatch(AppCommand::Edit(command)).map(|_| ())
    }

    /// The one way the UI changes what is saved: every edit, undo, import, new or removed förbund and
    /// setting goes through `change::apply_change` here. A refused change leaves everything as it was and
    /// returns the message for the user.
    pub fn dispatch(self, change: AppCommand) -> Result<Changed, String> {
        let lang = self.lang();
        let now = crate::storage::clock_now();
        let at = ChangeContext {
            iso: now.iso,
            millis: now.millis,
            today: now.today,
        };
        let records = !matches!(change, AppCommand::Open { .. } | AppCommand::SetLang(_));
        let mut outcome = None;
        self.data.maybe_update(|d| {
            // On Err apply_change has changed nothing, so nothing needs redrawing.
            let result = apply_change(d, change, &at);
            let changed = result.is_ok();
            outcome = Some(result);
            changed
        });
        // At once, so code right after a dispatch reads the new language and unit (the effect is for other writes).
        self.sync_lang_and_unit();
        match outcome {
            Some(Ok(changed)) => {
                if records {
                    self.unsaved.update_value(|n| *n = n.saturating_add(1));
                }
                Ok(changed)
            }
            Some(Err(error)) => Err(super::change_message::message(&error, lang)),
            None => Err(super::change_message::message(
                &crate::change::ChangeError::NoWorkspace,
                lang,
            )),
        }
    }

    /// Keeps the language and unit signals in step with `data`, writing each only when it differs.
    fn follow_lang_and_unit(self) {
        Effect::watch(
            move || self.data.track(),
            move |_, _, _| self.sync_lang_and_unit(),
            false,
        );
    }

    fn sync_lang_and_unit(self) {
        let (lang, unit) = self.data.with_untracked(|d| (d.lang, display_unit_of(d)));
        if self.lang.get_untracked() != lang {
            self.lang.set(lang);
        }
        if self.unit.get_untracked() != unit {
            self.unit.set(unit);
        }
    }

    /// Saves after every change, once the changed figures are on screen: the save is put after the next
    /// frame — later when the last save was slow, so saving keeps to a twentieth of the main thread
    /// (`persist::pace`) — and changes that come before it are saved together. Hiding or leaving the page
    /// saves at once.
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
                    request_animation_frame(move || {
                        let wait = self.pace.with_value(|p| p.wait_ms(js_sys::Date::now()));
                        if wait <= 0.0 {
                            set_timeout(flush, std::time::Duration::ZERO);
                        } else {
                            if !self.save_waiting.get_untracked() {
                                self.save_waiting.set(true);
                            }
                            // Waited out, the save still comes right after a frame, not before one.
                            let after_a_frame = move || {
                                request_animation_frame(move || {
                                    set_timeout(flush, std::time::Duration::ZERO)
                                })
                            };
                            set_timeout(
                                after_a_frame,
                                std::time::Duration::from_millis(wait as u64),
                            );
                        }
                    });
                }
            },
            false,
        );
        let on_leave = window_event_listener(leptos::ev::pagehide, move |_| flush());
        let on_hide = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
        // Closing the tab while changes are not stored: save now, and if that fails the browser asks first.
        let on_unload = window_event_listener(leptos::ev::beforeunload, move |ev| {
            flush();
            if self.unsaved.get_value() > 0 {
                ev.prevent_default();
                ev.set_return_value("unsaved");
            }
        });
        on_cleanup(move || {
            on_leave.remove();
            on_hide.remove();
            on_unload.remove();
        });
    }
}

fn display_unit_of(data: &Persisted) -> DisplayUnit {
    data.workspace()
        .map(|w| w.settings.display_unit)
        .unwrap_or_default()
}
