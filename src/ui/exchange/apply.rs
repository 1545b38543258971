//! "Importera": the pending plan is applied with the chosen options through the one entry point
//! (`AppCommand::Import`: the engine's all-or-nothing `apply_import`, one history step per changed förbund);
//! the normal save path then stores it. A refusal changes nothing.

use super::ExchangeView;
use crate::change::{AppCommand, Changed};
use crate::engine::exchange::ApplyOutcome;
use crate::i18n::exchange::{self, ExchangeTexts};
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
    let change = AppCommand::Import {
        plan: Box::new(pending.plan),
        choices,
    };
    match state.dispatch(change) {
        Ok(Changed {
            import: Some(outcome),
            ..
        }) => {
            view.pending.set(None);
            view.message.set(Some(Message::Done(summary(&outcome, t))));
        }
        Ok(_) => {}
        Err(reason) => view.refuse(reason),
    }
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
