//! One panel per damaged förbund ("Lunds samordningsförbund kunde inte läsas"): why, a download of the raw
//! stored text, "Försök igen" and "Lägg undan bara detta förbund". The other förbund stay usable meanwhile.

use super::download::download_text;
use super::state::AppState;
use super::storage_recovery::reason_text;
use crate::i18n::recovery;
use crate::persist::Damaged;
use crate::storage::clock_now;
use leptos::prelude::*;

/// The panels of every damaged förbund.
#[component]
pub fn DamagedPanels() -> impl IntoView {
    let state = AppState::expect();
    let said = RwSignal::new(None::<String>);
    view! {
        <For each=move || state.damaged.get() key=|d| (d.id.clone(), d.raw.len()) let:damaged>
            <DamagedPanel damaged said/>
        </For>
        <p role="status" data-testid="damaged-said">{move || said.get()}</p>
    }
}

#[component]
fn DamagedPanel(damaged: Damaged, said: RwSignal<Option<String>>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || recovery::texts(state.lang());
    let heading_id = format!("fp-damaged-{}", damaged.id);
    let labelled_by = heading_id.clone();
    let Damaged {
        id,
        raw,
        reason,
        name,
        key,
    } = damaged;
    let name = move || name.clone().unwrap_or_else(|| t().unnamed.to_string());
    let file_name = format!("finsam-olasbart-forbund-{}.txt", clock_now().today);
    let has_raw = !raw.is_empty();
    let download = move |_| {
        if download_text(&file_name, "text/plain;charset=utf-8", &raw).is_err() {
            said.set(Some(
                crate::i18n::storage::texts(state.lang())
                    .download_failed
                    .to_string(),
            ));
        }
    };
    let retry = move |_| {
        state.retry_damaged();
        let still = state
            .damaged
            .with_untracked(|d| d.iter().any(|x| x.key == key));
        said.set(still.then(|| t().still_unreadable.to_string()));
    };
    let set_aside = move |_| {
        said.set(Some(match state.set_aside_damaged(&id) {
            Ok(()) => t().set_aside_done.to_string(),
            Err(reason) => reason,
        }));
    };
    view! {
        <section class="fp-card fp-damaged" aria-labelledby=labelled_by data-testid="damaged-workspace">
            <h2 id=heading_id>{name.clone()}" "{move || t().could_not_be_read}</h2>
            <p>{move || reason_text(&reason, state.lang())}</p>
            <p>{move || t().damaged_intro}</p>
            <p class="fp-actions">
                <Show when=move || has_raw>
                    <button type="button" class="fp-button" on:click=download.clone()>{move || t().download_raw}</button>
                    " "
                </Show>
                <button type="button" class="fp-button" on:click=retry.clone()>{move || t().try_again}</button>
                " "
                <button type="button" class="fp-button" on:click=set_aside.clone()>{move || t().set_aside_this}</button>
            </p>
        </section>
    }
}
