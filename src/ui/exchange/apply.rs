//! "Importera": the pending plan is applied with the chosen options through the engine's `apply_import`,
//! all at once in one update of the saved data (the normal save path then stores it). A refusal changes
//! nothing.

use super::read::refusal;
use super::ExchangeView;
use crate::engine::exchange::{apply_import, ApplyOutcome};
use crate::i18n::exchange::{self, ExchangeTexts};
use crate::persisted::Persisted;
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Applies the pending plan, then shows what happened (or why nothing did).
pub fn apply_pending(state: AppState, view: ExchangeView) {
    let lang = state.lang();
    let t = exchange::texts(lang);
    let Some(pending) = view.pending.get_untracked() else {
        return;
    };
    if !state.can_import() {
        view.refuse(t.import_not_allowed.to_string());
        return;
    }
    let choices = view.choices.get_untracked();
    let mut result = None;
    state.data.maybe_update(|data| {
        let active = data.active_workspace;
        let outcome = apply_import(&mut data.workspaces, active, &pending.plan, &choices);
        let changed = matches!(&outcome, Ok(o) if o.changed());
        if let (true, Ok(done)) = (changed, &outcome) {
            open_result(data, done);
        }
        result = Some(outcome);
        changed
    });
    match result {
        Some(Ok(outcome)) => {
            view.pending.set(None);
            view.message.set(Some(Message::Done(summary(&outcome, t))));
        }
        Some(Err(error)) => view.refuse(refusal(&error, lang)),
        None => {}
    }
}

/// Opens the imported förbund and scenario.
fn open_result(data: &mut Persisted, outcome: &ApplyOutcome) {
    let Some(index) = outcome.workspace.filter(|i| *i < data.workspaces.len()) else {
        return;
    };
    data.active_workspace = index;
    let position = outcome.scenario.and_then(|id| {
        data.workspace()
            .and_then(|w| w.scenarios.iter().position(|s| s.id == id))
    });
    data.active_scenario = position.unwrap_or(0);
}

/// "Importerat: 1 tillagda, 2 överhoppade." (only counts above zero).
fn summary(outcome: &ApplyOutcome, t: &ExchangeTexts) -> String {
    if !outcome.changed() {
        return t.imported_nothing.to_string();
    }
    let counts = [
        (outcome.added, t.count_added),
        (outcome.replaced, t.count_replaced),
        (outcome.kept_both, t.count_kept_both),
        (outcome.skipped, t.count_skipped),
    ];
    let parts: Vec<String> = counts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, word)| format!("{n} {word}"))
        .collect();
    format!("{} {}.", t.imported, parts.join(", "))
}
