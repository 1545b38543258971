//! Page navigation: links that set the URL hash, and the signal that follows it (back/forward included).

use super::route::Page;
use super::state::AppState;
use leptos::prelude::*;

/// The open page, following the URL hash.
pub fn use_page() -> ReadSignal<Page> {
    let hash = || {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default()
    };
    let (page, set_page) = signal(Page::from_hash(&hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_page.set(Page::from_hash(&hash()))
    });
    on_cleanup(move || handle.remove());
    page
}

/// The navigation bar; the open page's link carries `aria-current="page"`.
#[component]
pub fn Nav(page: ReadSignal<Page>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || state.texts();
    let name = move |p: Page| match p {
        Page::Overview => t().page_overview,
        Page::Budget => t().page_budget,
        Page::Catalogue => t().page_catalogue,
        Page::Compare => t().page_compare,
        Page::Decision => t().page_decision,
        Page::Exchange => t().page_exchange,
        Page::Settings => t().page_settings,
        Page::History => t().page_history,
        Page::Meeting => crate::i18n::meeting::texts(state.lang()).enter,
    };
    view! {
        <nav class="fp-nav" aria-label=move || t().navigation>
            <ul>
                {Page::ALL.into_iter().map(|p| view! {
                    <li>
                        <a href=p.hash() aria-current=move || (page.get() == p).then_some("page")>{move || name(p)}</a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}
