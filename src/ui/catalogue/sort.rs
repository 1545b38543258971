//! The list's sort order and the column header buttons that change it (`aria-sort` on the header).

use crate::engine::catalogue::SortKey;
use crate::i18n::catalogue;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Column and direction.
#[derive(Debug, Clone, Copy)]
pub struct SortState {
    /// The column sorted by.
    pub key: RwSignal<SortKey>,
    /// Largest / last first.
    pub descending: RwSignal<bool>,
}

impl SortState {
    /// By name, A–Ö.
    pub fn new() -> SortState {
        SortState {
            key: RwSignal::new(SortKey::Name),
            descending: RwSignal::new(false),
        }
    }

    /// Sorts by `key`; the same column again turns the direction.
    fn choose(self, key: SortKey) {
        if self.key.get_untracked() == key {
            self.descending.update(|d| *d = !*d);
        } else {
            self.key.set(key);
            self.descending.set(false);
        }
    }
}

/// A column header whose button sorts by the column.
#[component]
pub fn SortHeader(
    sort: SortState,
    key: SortKey,
    #[prop(into)] label: Signal<String>,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let active = move || sort.key.get() == key;
    let aria_sort = move || match (active(), sort.descending.get()) {
        (false, _) => "none",
        (true, false) => "ascending",
        (true, true) => "descending",
    };
    let arrow = move || match (active(), sort.descending.get()) {
        (false, _) => "",
        (true, false) => " ▲",
        (true, true) => " ▼",
    };
    view! {
        <th scope="col" aria-sort=aria_sort>
            <button type="button" class="fp-ct-sort" on:click=move |_| sort.choose(key)
                aria-label=move || format!("{} {}", t().sort_by, label.get())>
                {move || label.get()}<span aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
