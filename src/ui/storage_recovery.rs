//! The recovery screen for stored data that could not be read: why, a download of each raw value, "Börja om"
//! (a set-aside copy first) and a pointer to import. Nothing here overwrites the stored values.

use super::download::download_text;
use super::state::AppState;
use crate::i18n::storage::{self, StorageTexts};
use crate::i18n::Lang;
use crate::persist::layout::Reason;
use crate::persist::Unreadable;
use crate::storage::clock_now;
use leptos::prelude::*;

/// Lists the unreadable values with their reasons and offers what can be done.
#[component]
pub fn RecoveryPanel() -> impl IntoView {
    let state = AppState::expect();
    let t = move || storage::texts(state.lang());
    let message = RwSignal::new(None::<&'static str>);
    let start_over = move |_| {
        let outcome = state.start_over();
        message.set(outcome.err().map(|_| t().start_over_failed));
    };
    view! {
        <section class="fp-card" aria-labelledby="fp-recovery-heading" data-testid="recovery">
            <h2 id="fp-recovery-heading">{move || t().unreadable_heading}</h2>
            <p>{move || t().unreadable_intro}</p>
            <ul>
                <For
                    each=move || state.unreadable.get().into_iter().enumerate()
                    key=|(i, u)| (*i, u.key.clone())
                    children=move |(_, value)| view! { <UnreadableValue value message/> }
                />
            </ul>
            <p>{move || t().start_over_note}</p>
            <p>
                <button type="button" class="fp-button" on:click=start_over>{move || t().start_over}</button>
            </p>
            <p data-testid="import-hook">{move || t().import_pointer}" "<a href="#/dela">{move || crate::i18n::exchange::texts(state.lang()).open_import}</a></p>
            <p class="fp-status fp-status--error" role="alert">{move || message.get()}</p>
        </section>
    }
}

/// One unreadable value: its key, the reason, and its download.
#[component]
fn UnreadableValue(value: Unreadable, message: RwSignal<Option<&'static str>>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || storage::texts(state.lang());
    let reason = value.reason.clone();
    let can_download = !value.raw.is_empty();
    let file_name = format!("finsam-olasbar-data-{}.txt", clock_now().today);
    let Unreadable { key, raw, .. } = value;
    let download = move |_| {
        let outcome = download_text(&file_name, "text/plain;charset=utf-8", &raw);
        message.set(outcome.err().map(|_| t().download_failed));
    };
    view! {
        <li>
            <code>{key}</code>
            ": "
            {move || reason_text(&reason, state.lang())}
            <Show when=move || can_download>
                " "
                <button type="button" class="fp-button" on:click=download.clone()>
                    {move || t().download_unreadable}
                </button>
            </Show>
        </li>
    }
}

/// The reason in words, with the parser's own words where it has them.
pub(super) fn reason_text(reason: &Reason, lang: Lang) -> String {
    let t: &StorageTexts = storage::texts(lang);
    match reason {
        Reason::NotJson(detail) => format!("{} ({detail})", t.reason_not_json),
        Reason::NotOurFormat => t.reason_not_ours.to_string(),
        Reason::NewerVersion(v) => format!("{} ({v})", t.reason_newer),
        Reason::InvalidValue(detail) => format!("{}: {detail}", t.reason_invalid),
        Reason::Missing => t.reason_missing.to_string(),
        Reason::Migration(error) => match lang {
            Lang::Sv => error.message_sv(),
            Lang::En => error.message_en(),
        },
    }
}
