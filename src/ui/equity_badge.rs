//! The closing equity against the recommendation as a badge: "over by …" in the warning colour, or "within".

use super::state::AppState;
use crate::engine::equity::{EquityCheck, EquityStatus};
use leptos::prelude::*;

/// The badge for `check`, or `None` when there is no recommendation to compare with.
pub fn equity_badge(check: &EquityCheck, state: AppState) -> Option<AnyView> {
    let t = state.texts();
    match (check.status, check.above_max) {
        (EquityStatus::Over, Some(over)) => {
            let text = format!(
                "{} {}",
                t.above_recommendation_by,
                state.unit().format(over.amount())
            );
            Some(view! { <span class="fp-badge fp-badge--over">{text}</span> }.into_any())
        }
        (EquityStatus::Within, _) => Some(
            view! { <span class="fp-badge fp-badge--ok">{t.within_recommendation}</span> }
                .into_any(),
        ),
        _ => None,
    }
}
