//! Between the app state and the persister: saving with the outcome shown in the status, following the
//! `storage` events of other tabs, resolving a conflict, "Börja om", "Radera all lokal data" and
//! recording an export.

use super::state::{AppState, Status};
use crate::i18n::storage;
use crate::persist::layout::{APP_PREFIX, PROBE_KEY, SET_ASIDE_PREFIX};
use crate::persist::{KvError, LoadFailure, SaveError};
use crate::persisted::Persisted;
use crate::storage::{clock_now, request_persistence};
use leptos::prelude::*;

impl AppState {
    /// Saves the data now and shows the outcome. Returns whether everything is stored.
    pub(super) fn save_now(self) -> bool {
        let clock = clock_now();
        let started = js_sys::Date::now();
        let outcome = self
            .data
            .with_untracked(|d| self.persister.try_update_value(|p| p.save(d, &clock)));
        self.pace
            .update_value(|p| p.record(started, js_sys::Date::now()));
        if self.save_waiting.get_untracked() {
            self.save_waiting.set(false);
        }
        let Some(outcome) = outcome else { return false };
        let current = self.status.get_untracked();
        if outcome.is_ok() {
            self.unsaved.set_value(0);
        }
        let unsaved = self.unsaved.get_value();
        if self.unsaved_shown.get_untracked() != unsaved {
            self.unsaved_shown.set(unsaved);
        }
        if let Ok(saved) = &outcome {
            let shortened = saved.histories_trimmed > 0 || saved.histories_unsaved > 0;
            if saved.writes > 0 && self.history_shortened.get_untracked() != shortened {
                self.history_shortened.set(shortened);
            }
        }
        let status = match &outcome {
            Ok(saved) if saved.writes > 0 => {
                self.ask_for_persistence();
                Status::Saved
            }
            // Nothing needed writing: a problem shown before is over, otherwise the status stays.
            Ok(_) if current.is_problem() => Status::Saved,
            Ok(_) => current,
            // Nothing may be written (no storage, unreadable data kept, read-only): the banner says so already.
            Err(SaveError::NotLoaded | SaveError::NotAllowed) => current,
            Err(SaveError::ReadOnly(v)) => Status::ReadOnly(*v),
            Err(SaveError::Conflict(at)) => Status::Conflict(*at),
            Err(SaveError::Storage(KvError::QuotaExceeded)) => Status::QuotaFull,
            Err(SaveError::Storage(KvError::Unavailable)) => Status::StorageUnavailable,
            Err(_) => Status::SaveFailed,
        };
        self.show(status);
        self.sync_exports();
        outcome.is_ok()
    }

    /// Records that the data was exported today (for the lead's export button): the status line shows the
    /// date and the reminder goes away.
    pub fn mark_exported(self) -> Result<(), String> {
        let clock = clock_now();
        let outcome = self.data.with_untracked(|d| {
            self.persister
                .try_update_value(|p| p.mark_exported(d, &clock))
        });
        self.sync_exports();
        match outcome {
            Some(Ok(_)) => Ok(()),
            Some(Err(error)) => Err(format!("{error:?}")),
            None => Err("storage is gone".into()),
        }
    }

    /// Replaces the data with what the other tab stored ("Ladda om").
    pub fn reload_from_storage(self) {
        let current = self.data.get_untracked();
        let outcome = self.persister.try_update_value(|p| p.reload(&current));
        if let Some(outcome) = outcome {
            self.take_reloaded(outcome);
        }
    }

    /// Loads the other tab's data and adds this tab's version of the conflicting workspace as a copy.
    pub fn keep_mine_as_copy(self) {
        let mine = self.data.get_untracked();
        let at = match self.status.get_untracked() {
            Status::Conflict(Some(at)) => at,
            _ => mine.active_workspace,
        };
        let outcome = self.persister.try_update_value(|p| p.reload(&mine));
        let Some(Ok(mut fresh)) = outcome else {
            if let Some(outcome) = outcome {
                self.take_reloaded(outcome);
            }
            return;
        };
        fresh.lang = mine.lang;
        self.show(Status::Idle);
        self.data.set(fresh);
        if let Some(mut copy) = mine.workspaces.get(at).cloned() {
            copy.name.push_str(storage::texts(mine.lang).copy_suffix);
            let _ = self.dispatch(crate::change::AppCommand::AddWorkspace(Box::new(copy)));
        }
    }

    /// "Börja om" after unreadable data: keeps a verified copy of every unreadable value under a set-aside key, then
    /// starts from the examples and saves from now on. The raw values stay in storage.
    pub fn start_over(self) -> Result<(), String> {
        let clock = clock_now();
        match self.persister.try_update_value(|p| p.start_fresh(&clock)) {
            Some(Ok(data)) => {
                self.unreadable.set(Vec::new());
                self.refresh_damaged();
                self.show(Status::Idle);
                self.data.set(data);
                self.sync_exports();
                Ok(())
            }
            Some(Err(error)) => Err(format!("{error:?}")),
            None => Err("storage is gone".into()),
        }
    }

    /// "Radera all lokal data": removes every key of the app and shows the examples, unsaved until a change.
    pub fn delete_all_local_data(self) -> Result<(), String> {
        match self.persister.try_update_value(|p| p.delete_all()) {
            Some(Ok(())) => {
                self.unreadable.set(Vec::new());
                self.refresh_damaged();
                self.show(Status::Idle);
                self.data.set(Persisted::default());
                self.sync_exports();
                Ok(())
            }
            Some(Err(error)) => Err(format!("{error:?}")),
            None => Err("storage is gone".into()),
        }
    }

    /// Whether import may replace the data now (the lead's import: after a successful import, set
    /// `data` and the next save writes it; with unreadable data kept, call [`AppState::start_over`] first).
    pub fn can_import(self) -> bool {
        !matches!(
            self.status.get_untracked(),
            Status::StoredDataUnreadable | Status::ReadOnly(_)
        )
    }

    /// Reloads a workspace another tab saved, when this tab has no unsaved change.
    pub(super) fn follow_other_tabs(self) {
        let handle = window_event_listener(leptos::ev::storage, move |event| {
            let ours = event.key().is_none_or(|key| {
                key.starts_with(APP_PREFIX)
                    && key != PROBE_KEY
                    && !key.contains(":quarantine:")
                    && !key.starts_with(SET_ASIDE_PREFIX)
            });
            if ours && self.has_no_unsaved_change() {
                self.reload_from_storage();
            }
        });
        on_cleanup(move || handle.remove());
    }

    /// Compares the data with what was last stored (a pending save of data loaded from another tab, waiting
    /// for a frame that a hidden tab does not draw, is not a change).
    fn has_no_unsaved_change(self) -> bool {
        !self.status.get_untracked().is_problem()
            && self
                .data
                .with_untracked(|d| self.persister.with_value(|p| p.is_synced(d)))
    }

    fn take_reloaded(self, outcome: Result<Persisted, LoadFailure>) {
        match outcome {
            Ok(data) => {
                if self.status.get_untracked().is_problem() {
                    self.show(Status::Idle);
                }
                self.data.set(data);
                self.refresh_damaged();
            }
            Err(LoadFailure::Newer(v)) => self.show(Status::ReadOnly(v)),
            Err(LoadFailure::Unavailable) => self.show(Status::StorageUnavailable),
            Err(LoadFailure::Unreadable(list)) => {
                self.unreadable.set(list);
                self.show(Status::StoredDataUnreadable);
            }
        }
        self.sync_exports();
    }

    fn show(self, status: Status) {
        if self.status.get_untracked() != status {
            self.status.set(status);
        }
    }

    fn sync_exports(self) {
        let exports = self.persister.with_value(|p| p.exports().clone());
        if self.exports.get_untracked() != exports {
            self.exports.set(exports);
        }
    }

    /// After the first real save, asks the browser to keep the storage (once per page).
    fn ask_for_persistence(self) {
        if self.asked_persistence.get_value() {
            return;
        }
        self.asked_persistence.set_value(true);
        leptos::task::spawn_local(async move {
            let granted = request_persistence().await;
            self.persistence.set(granted);
        });
    }
}
