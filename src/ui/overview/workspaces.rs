//! The förbund kept in this browser: open one, or remove one after confirmation (the last förbund cannot be
//! removed); the form for a new one is in `workspace_new`.

use super::confirm::{unique_id, ConfirmButton};
use super::message::{Message, SectionMessage};
use super::workspace_new::NewWorkspace;
use crate::i18n::overview;
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
        state.data.update(|d| {
            if index < d.workspaces.len() {
                d.active_workspace = index;
                d.active_scenario = 0;
            }
        });
        on_switch.run(());
    };
    let remove = move |_| {
        let removed = name.get_untracked();
        state.data.update(|d| remove_workspace(d, index));
        message.set(Some(Message::Done(format!("{}: {removed}", t().remove))));
        on_switch.run(());
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

/// Removes the förbund at `index` unless it is the last one; the same förbund stays open when it can.
fn remove_workspace(d: &mut crate::persisted::Persisted, index: usize) {
    if d.workspaces.len() <= 1 || index >= d.workspaces.len() {
        return;
    }
    d.workspaces.remove(index);
    if index < d.active_workspace {
        d.active_workspace = d.active_workspace.saturating_sub(1);
    } else if index == d.active_workspace {
        d.active_workspace = index.min(d.workspaces.len() - 1);
        d.active_scenario = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::remove_workspace;
    use crate::engine::examples::empty_workspace;
    use crate::persisted::Persisted;

    fn three_open_at(active: usize) -> Persisted {
        let mut data = Persisted::default();
        data.workspaces.push(empty_workspace("Test förbund", 2027));
        data.active_workspace = active;
        data.active_scenario = 1;
        data
    }

    #[test]
    fn removing_one_before_the_open_one_keeps_the_same_one_open() {
        let mut data = three_open_at(2);
        remove_workspace(&mut data, 0);
        assert_eq!(data.workspaces.len(), 2);
        assert_eq!(data.active_workspace, 1);
        assert_eq!(
            data.workspace().map(|w| w.name.as_str()),
            Some("Test förbund")
        );
        assert_eq!(data.active_scenario, 1);
    }

    #[test]
    fn removing_the_open_last_one_opens_the_new_last_one_at_its_first_scenario() {
        let mut data = three_open_at(2);
        remove_workspace(&mut data, 2);
        assert_eq!(
            (
                data.workspaces.len(),
                data.active_workspace,
                data.active_scenario
            ),
            (2, 1, 0)
        );
    }

    #[test]
    fn the_last_workspace_is_never_removed() {
        let mut data = three_open_at(0);
        remove_workspace(&mut data, 1);
        remove_workspace(&mut data, 1);
        remove_workspace(&mut data, 0);
        remove_workspace(&mut data, 7);
        assert_eq!(data.workspaces.len(), 1);
        assert_eq!(data.active_workspace, 0);
    }
}
