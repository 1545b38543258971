//! The app state's side of damaged förbund and set-aside copies: set one damaged förbund aside, read it
//! again, and list, download, restore (as a new förbund, through the one entry point) or delete the copies.

use super::state::AppState;
use crate::change::AppCommand;
use crate::i18n::recovery;
use crate::persist::SetAside;
use crate::storage::clock_now;
use leptos::prelude::*;

impl AppState {
    /// Copies the damaged förbund `id` to a set-aside key (verified), then removes it from the list.
    pub fn set_aside_damaged(self, id: &str) -> Result<(), String> {
        let clock = clock_now();
        let outcome = self
            .persister
            .try_update_value(|p| p.set_aside_damaged(id, &clock));
        self.refresh_damaged();
        match outcome {
            Some(Ok(())) => Ok(()),
            _ => Err(recovery::texts(self.lang()).set_aside_failed.to_string()),
        }
    }

    /// Reads the stored data again (a damaged förbund may have been repaired by another tab or a restore).
    pub fn retry_damaged(self) {
        self.reload_from_storage();
        self.refresh_damaged();
    }

    /// The damaged förbund as the persister knows them now.
    pub(super) fn refresh_damaged(self) {
        let now = self.persister.with_value(|p| p.damaged().to_vec());
        if self.damaged.with_untracked(|d| *d != now) {
            self.damaged.set(now);
        }
    }

    /// The set-aside copies (empty when storage cannot be listed).
    pub fn set_aside_list(self) -> Vec<SetAside> {
        self.persister
            .with_value(|p| p.set_aside_list())
            .unwrap_or_default()
    }

    /// The stored text of a set-aside copy.
    pub fn set_aside_raw(self, key: &str) -> Option<String> {
        self.persister
            .with_value(|p| p.set_aside_raw(key))
            .ok()
            .flatten()
    }

    /// Deletes a set-aside copy.
    pub fn delete_set_aside(self, key: &str) -> Result<(), String> {
        match self.persister.try_update_value(|p| p.delete_set_aside(key)) {
            Some(Ok(())) => Ok(()),
            Some(Err(error)) => Err(format!(
                "{} {error:?}",
                recovery::texts(self.lang()).storage_refused
            )),
            None => Err(recovery::texts(self.lang()).storage_refused.to_string()),
        }
    }

    /// Adds a set-aside copy back as a new förbund (the copy stays until deleted). Returns its name.
    pub fn restore_set_aside(self, key: &str) -> Result<String, String> {
        let read = self.persister.with_value(|p| p.read_set_aside(key));
        let workspace =
            read.map_err(|_| recovery::texts(self.lang()).not_restorable.to_string())?;
        let name = workspace.name.clone();
        self.dispatch(AppCommand::AddWorkspace(Box::new(workspace)))?;
        Ok(name)
    }
}
