//! The funding and equity panels of the open scenario (placeholder until built).

use leptos::prelude::*;

/// Funding per year: option, inputs, binding party, who pays what.
#[component]
pub fn FundingPanel() -> impl IntoView {}

/// Closing equity against the recommendation, in plain words.
#[component]
pub fn EquityPanel() -> impl IntoView {}
