//! The förbund kept in this browser: open one, or remove one after confirmation (the last förbund cannot be
//! removed, and a removed one stays restorable for 30 days: `workspaces_removed`); the form for a new one is
//! in `workspace_new`.

use super::confirm::{unique_id, ConfirmButton};
use super::message::{Message, SectionMessage};
use super::workspace_new::NewWorkspace;
use crate::change::AppCommand;
use crate::i18n::{change, overview};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One förbund in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    name: String,
    org_number: String,
    scenarios: usize,
    open: bool,
}

/// The list of förbund and the form for a new one.
#[component]
pub fn Workspaces(
    /// Called after the open förbund changed (to move focus to the page title).
    #[prop(into)]
    on_switch: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let message = RwSignal::new(None::<Message>);
    let entries = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspaces
                .iter()
                .enumerate()
                .map(|(i, w)| Entry {
                    name: w.name.clone(),
                    org_number: w.org_number.clone(),
                    scenarios: w.scenarios.len(),
                    open: i == d.active_workspace,
                })
                .collect::<Vec<_>>()
        })
    });
    let count = Memo::new(move |_| entries.with(Vec::len));
    let heading_id = unique_id("fp-workspaces");
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-ov-heading">{move || t().workspaces_heading}</h3>
            <div class="fp-table-wrap">
                <table class="fp-table fp-ov-table" aria-labelledby=heading_id.clone()>
                    <thead>
                        <tr>
                            <th scope="col">{move || t().name}</th>
                            <th scope="col">{move || t().org_number}</th>
                            <th scope="col">{move || t().scenario_count}</th>
                            <th scope="col">{move || t().actions}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || 0..count.get() key=|i| *i let:index>
                            <WorkspaceRow index entry=Signal::derive(move || entries.with(|e| e.get(index).cloned())) message on_switch/>
                        </For>
                    </tbody>
                </table>
            </div>
            <SectionMessage message/>
            <super::workspaces_removed::RemovedWorkspaces message on_switch/>
            <NewWorkspace message on_switch/>
        </section>
    }
}

/// One förbund: name, org. number, number of scenarios, "Öppna" and "Ta bort".
#[component]
fn WorkspaceRow(
    index: usize,
    entry: Signal<Option<Entry>>,
    message: RwSignal<Option<Message>>,
    on_switch: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let name = Signal::derive(move || {
        entry.with(|e| e.as_ref().map(|e| e.name.clone()).unwrap_or_default())
    });
    let is_open = move || entry.with(|e| e.as_ref().is_some_and(|e| e.open));
    let open = move |_| {
        let _ = state.dispatch(AppCommand::Open {
            workspace: index,
            scenario: 0,
        });
        on_switch.run(());
    };
    let remove = move |_| {
        let removed = name.get_untracked();
        match state.dispatch(AppCommand::RemoveWorkspace(index)) {
            Ok(_) => {
                let t = change::texts(state.lang());
                message.set(Some(Message::Done(format!(
                    "{}: {removed}",
                    t.removed_done
                ))));
                on_switch.run(());
            }
            Err(reason) => message.set(Some(Message::Refused(reason))),
        }
    };
    let question = Signal::derive(move || {
        format!(
            "{} {} {}?",
            t().are_you_sure,
            name.get(),
            t().remove_workspace_warning
        )
    });
    let can_remove = move || state.data.with(|d| d.workspaces.len() > 1);
    view! {
        <tr class:fp-ov-row--open=is_open>
            <th scope="row">{name}</th>
            <td class="fp-ov-text">{move || entry.with(|e| e.as_ref().map(|e| e.org_number.clone()))}</td>
            <td>{move || entry.with(|e| e.as_ref().map(|e| e.scenarios.to_string()))}</td>
            <td class="fp-ov-actions">
                <Show when=is_open fallback=move || view! {
                    <button type="button" class="fp-button" on:click=open
                        aria-label=move || format!("{}: {}", t().open, name.get())>{move || t().open}</button>
                }>
                    <span class="fp-badge fp-badge--ok">{move || t().open_now}</span>
                </Show>
                <Show when=can_remove>
                    <ConfirmButton action=Signal::derive(move || t().remove.to_string()) subject=name question on_confirm=remove/>
                </Show>
            </td>
        </tr>
    }
}
