//! "Undanlagda värden" in Settings: every set-aside copy (damaged förbund set aside, old quarantine copies,
//! the v1 value left by the migration) with its name, date and size; download, restore as a new förbund, delete.

use crate::i18n::recovery;
use crate::persist::SetAside;
use crate::storage::clock_now;
use crate::ui::download::download_text;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The list of set-aside copies.
#[component]
pub fn SetAsideList() -> impl IntoView {
    let state = AppState::expect();
    let t = move || recovery::texts(state.lang());
    let version = RwSignal::new(0_u32);
    let said = RwSignal::new(None::<String>);
    let list = Memo::new(move |_| {
        version.track();
        state.damaged.track();
        state.data.with(|d| d.workspaces.len());
        state.set_aside_list()
    });
    let changed = move || version.update(|v| *v = v.wrapping_add(1));
    view! {
        <section class="fp-card" aria-labelledby="fp-set-aside-heading" data-testid="set-aside">
            <h2 id="fp-set-aside-heading">{move || t().list_heading}</h2>
            <p>{move || t().list_intro}</p>
            <Show when=move || list.with(Vec::is_empty)>
                <p>{move || t().list_empty}</p>
            </Show>
            <ul>
                <For each=move || list.get() key=|c| c.key.clone() let:copy>
                    <SetAsideRow copy said on_change=changed/>
                </For>
            </ul>
            <p role="status" data-testid="set-aside-said">{move || said.get()}</p>
        </section>
    }
}

#[component]
fn SetAsideRow(
    copy: SetAside,
    said: RwSignal<Option<String>>,
    on_change: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || recovery::texts(state.lang());
    let name = copy.name.clone().unwrap_or_else(|| copy.from_key.clone());
    let when = copy.millis.map(day_of).unwrap_or_default();
    let (key_a, key_b, key_c) = (copy.key.clone(), copy.key.clone(), copy.key.clone());
    let download = move |_| {
        let file = format!("finsam-undanlagt-{}.txt", clock_now().today);
        let raw = state.set_aside_raw(&key_a).unwrap_or_default();
        if download_text(&file, "text/plain;charset=utf-8", &raw).is_err() {
            said.set(Some(
                crate::i18n::storage::texts(state.lang())
                    .download_failed
                    .to_string(),
            ));
        }
    };
    let restore = move |_| {
        said.set(Some(match state.restore_set_aside(&key_b) {
            Ok(name) => format!("{} {name}", t().restored),
            Err(reason) => reason,
        }));
        on_change();
    };
    let delete = move |_| {
        if let Err(reason) = state.delete_set_aside(&key_c) {
            said.set(Some(reason));
        }
        on_change();
    };
    let label = move |action: &str| format!("{action}: {}", copy.name.clone().unwrap_or_default());
    let (l1, l2, l3) = (label.clone(), label.clone(), label);
    view! {
        <li data-testid="set-aside-copy">
            <strong>{name}</strong>" "{when}" ("{copy.bytes}" "{move || t().bytes}", "
            {move || t().from_key}" "<code>{copy.from_key.clone()}</code>") "
            <button type="button" class="fp-button" aria-label=move || l1(t().download_raw) on:click=download>
                {move || t().download_raw}
            </button>" "
            <button type="button" class="fp-button" aria-label=move || l2(t().restore) on:click=restore>
                {move || t().restore}
            </button>" "
            <button type="button" class="fp-button" aria-label=move || l3(t().delete) on:click=delete>
                {move || t().delete}
            </button>
        </li>
    }
}

/// The local day of a time in milliseconds, `YYYY-MM-DD`.
fn day_of(millis: u64) -> String {
    #[allow(clippy::cast_precision_loss)] // milliseconds since 1970 fit f64 exactly for millennia
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month().saturating_add(1),
        date.get_date()
    )
}
