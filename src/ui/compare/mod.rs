//! Scenarios side by side (placeholder until built).

use leptos::prelude::*;

/// The compare page.
#[component]
pub fn ComparePage() -> impl IntoView {}
