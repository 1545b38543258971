//! "Borttagna förbund": the förbund removed in the last 30 days, each restorable with its whole history.

use super::message::Message;
use crate::change::AppCommand;
use crate::i18n::change;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The removed förbund with their removal day and "Återställ" (nothing is shown while there are none).
#[component]
pub fn RemovedWorkspaces(
    message: RwSignal<Option<Message>>,
    on_switch: Callback<()>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || change::texts(state.lang());
    let removed = Memo::new(move |_| {
        state.data.with(|d| {
            d.removed
                .iter()
                .map(|r| (r.id.clone(), r.workspace.name.clone(), r.removed_on.clone()))
                .collect::<Vec<_>>()
        })
    });
    let restore = move |id: String, name: String| {
        let outcome = state.dispatch(AppCommand::RestoreWorkspace(id));
        let done = format!("{}: {name}", t().restored);
        message.set(Some(Message::from_outcome(outcome.map(|_| ()), done)));
        on_switch.run(());
    };
    view! {
        <Show when=move || removed.with(|r| !r.is_empty())>
            <div class="fp-ov-removed" data-testid="removed-workspaces">
                <h4>{move || t().removed_heading}</h4>
                <p>{move || t().removed_intro}</p>
                <ul>
                    <For each=move || removed.get() key=|r| r.0.clone() let:entry>
                        <li>
                            {entry.1.clone()}" ("{move || t().removed_on}" "{entry.2.clone()}") "
                            <button type="button" class="fp-button"
                                aria-label=format!("{}: {}", t().restore, entry.1)
                                on:click={
                                    let (id, name) = (entry.0.clone(), entry.1.clone());
                                    move |_| restore(id.clone(), name.clone())
                                }>
                                {move || t().restore}
                            </button>
                        </li>
                    </For>
                </ul>
            </div>
        </Show>
    }
}
