//! The workspace overview (placeholder until built).

use leptos::prelude::*;

/// The overview page.
#[component]
pub fn OverviewPage() -> impl IntoView {}
