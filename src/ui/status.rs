//! The status region: one polite live region that announces saves and storage problems.

use super::state::AppState;
use leptos::prelude::*;

/// Shows the current status; problems stand out in colour and are announced assertively.
#[component]
pub fn StatusRegion() -> impl IntoView {
    let state = AppState::expect();
    let text = move || state.status.with(|s| s.text(state.texts()));
    let is_problem = move || state.status.with(|s| s.is_problem());
    view! {
        <p
            class="fp-status"
            class:fp-status--error=is_problem
            role="status"
            aria-live=move || if is_problem() { "assertive" } else { "polite" }
            data-testid="status"
        >
            {text}
        </p>
    }
}
