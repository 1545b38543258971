//! The status region: a polite line ("Sparat lokalt · senast exporterad …"), the export reminder, a red
//! banner (role=alert) for every storage problem with the actions it offers, and the recovery screen.

use super::state::{AppState, Status};
use super::storage_recovery::RecoveryPanel;
use crate::i18n::change;
use crate::i18n::storage::{self, StorageTexts};
use crate::storage::clock_now;
use leptos::prelude::*;

/// Shows the storage status; problems stand out in red and are announced at once.
#[component]
pub fn StatusRegion() -> impl IntoView {
    let state = AppState::expect();
    let t = move || storage::texts(state.lang());
    let today = clock_now().today;
    let saved_line = move || {
        if state.save_waiting.get() {
            return Some(t().saving.to_string());
        }
        let saved = state.status.with(|s| *s == Status::Saved);
        saved.then(|| {
            let exported = state.exports.with(|e| e.last_exported_on.clone());
            match exported {
                Some(day) => format!("{} · {} {day}", t().saved_locally, t().last_exported),
                None => format!("{} · {}", t().saved_locally, t().never_exported),
            }
        })
    };
    let remind = move || state.exports.with(|e| e.needs_reminder(&today));
    let problem = move || state.status.with(|s| problem_text(s, t()));
    view! {
        <p class="fp-status" role="status" aria-live="polite" data-testid="status">{saved_line}</p>
        <Show when=move || state.history_shortened.get()>
            <p class="fp-status fp-status--warning" role="alert" data-testid="history-shortened">
                {move || t().history_shortened}
            </p>
        </Show>
        <Show when=remind>
            <p class="fp-status fp-status--warning" data-testid="export-reminder">{move || t().export_reminder}</p>
        </Show>
        <Show when=move || problem().is_some()>
            <div class="fp-status fp-status--error" role="alert" data-testid="storage-banner">
                <p>{problem}</p>
                <Show when=move || state.status.with(Status::keeps_unsaved_changes)>
                    <UnsavedChanges/>
                </Show>
                <Show when=move || state.status.with(|s| matches!(s, Status::Conflict(_)))>
                    <ConflictActions/>
                </Show>
            </div>
        </Show>
        <Show when=move || state.status.with(|s| matches!(s, Status::Conflict(_)))>
            <super::conflict_choice::ConflictChoice/>
        </Show>
        <Show when=move || state.unreadable.with(|u| !u.is_empty())>
            <RecoveryPanel/>
        </Show>
        <super::storage_damaged::DamagedPanels/>
    }
}

/// How many changes are not stored, that they are kept, and "Försök spara igen".
#[component]
fn UnsavedChanges() -> impl IntoView {
    let state = AppState::expect();
    let t = move || change::texts(state.lang());
    let count = move || {
        let n = state.unsaved_shown.get();
        let words = if n == 1 {
            t().unsaved_count_one
        } else {
            t().unsaved_count_many
        };
        format!("{n} {words} {}", t().unsaved_kept)
    };
    view! {
        <p data-testid="unsaved-count">{count}</p>
        <p>
            <button type="button" class="fp-button" data-testid="retry-save" on:click=move |_| {
                state.save_now();
            }>
                {move || t().retry_save}
            </button>
        </p>
    }
}

/// "Ladda om" and "Spara min version som kopia" after another tab changed the data.
#[component]
fn ConflictActions() -> impl IntoView {
    let state = AppState::expect();
    let t = move || storage::texts(state.lang());
    view! {
        <p>
            <button type="button" class="fp-button" on:click=move |_| state.reload_from_storage()>
                {move || t().reload}
            </button>
            <button type="button" class="fp-button" on:click=move |_| state.keep_mine_as_copy()>
                {move || t().keep_mine_as_copy}
            </button>
        </p>
    }
}

/// The banner's sentence for a problem status, `None` when all is well.
fn problem_text(status: &Status, t: &StorageTexts) -> Option<String> {
    let text = match status {
        Status::Idle | Status::Saved => return None,
        Status::StorageUnavailable => t.unavailable,
        Status::QuotaFull => t.quota_full,
        Status::SaveFailed => t.save_failed,
        Status::StoredDataUnreadable => t.unreadable_heading,
        Status::Conflict(_) => t.conflict,
        Status::ReadOnly(v) => {
            return Some(format!("{} {v}{}", t.newer_version, t.newer_version_action))
        }
    };
    Some(text.to_string())
}
