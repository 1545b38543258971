//! The overview of the open förbund: its name, members and split keys, its scenarios with headline figures
//! and actions, and the list of förbund in this browser. Everything shown comes from the engine; every
//! change goes through `engine::command::apply` (or, for whole förbund, through the saved list).

pub mod confirm;
mod members;
pub mod message;
mod rename;
mod scenario_actions;
mod scenario_new;
pub(crate) use scenario_new::parse_year;
mod scenario_rows;
mod scenarios;
mod split_edit;
mod split_key;
mod split_result;
mod split_weights;
mod whole_input;
mod workspace_card;
mod workspace_new;
mod workspaces;
mod workspaces_removed;

use crate::i18n::overview;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// The overview page.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let title_ref = NodeRef::<html::H2>::new();
    let workspace_name = move || state.data.with(|d| d.workspace().map(|w| w.name.clone()));
    // Rebuilt when another förbund is opened (or one is added or removed): no row state, undo or message
    // may carry over from one förbund to another.
    let which = Memo::new(move |_| {
        state
            .data
            .with(|d| (d.active_workspace, d.workspaces.len()))
    });
    let focus_title = move |_| {
        if let Some(title) = title_ref.get_untracked() {
            let _ = title.focus();
        }
    };
    view! {
        <h2 class="fp-ov-title" tabindex="-1" node_ref=title_ref>
            {move || t().heading}
            {move || workspace_name().map(|name| format!(": {name}"))}
        </h2>
        {move || {
            which.track();
            view! {
                <workspace_card::WorkspaceCard/>
                <scenarios::Scenarios/>
                <members::Members/>
                <split_key::SplitKeys/>
            }
        }}
        <workspaces::Workspaces on_switch=focus_title/>
    }
}
