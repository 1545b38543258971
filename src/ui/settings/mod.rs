//! Settings: the equity recommendation step table of the open förbund, and the display choices (kr or
//! t kr for the open förbund, Svenska or English) that the header also offers.

mod display;
mod local_data;
mod percent;
mod percent_input;
mod set_aside;
mod step_row;
mod steps;

use crate::i18n::settings;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = AppState::expect();
    let t = move || settings::texts(state.lang());
    let workspace_name = move || state.data.with(|d| d.workspace().map(|w| w.name.clone()));
    view! {
        <h2 class="fp-st-title">
            {move || t().heading}
            {move || workspace_name().map(|name| format!(": {name}"))}
        </h2>
        <steps::EquitySteps/>
        <display::DisplayChoices/>
        <local_data::LocalData/>
        <set_aside::SetAsideList/>
    }
}
