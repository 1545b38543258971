//! The pages the first screen (Budget) does not need. Each page is a split point: the build (`.ci/split.mjs`)
//! moves the code only that page uses into a wasm chunk of its own, fetched the first time the page opens —
//! "Sidan laddas …" meanwhile, and a message with "Försök igen" if the fetch fails (nothing stored is touched).

use super::route::Page;
use super::AppState;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A page's view as the split point returns it: its chunk could be fetched, or not.
type Loaded = Result<AnyView, SplitLoaderError>;

#[wasm_split(overview, wasm_split_path = ::leptos::wasm_split, fallible)]
fn overview_page() -> Loaded {
    Ok(view! { <super::overview::OverviewPage/> }.into_any())
}

#[wasm_split(catalogue, wasm_split_path = ::leptos::wasm_split, fallible)]
fn catalogue_page() -> Loaded {
    Ok(view! { <super::catalogue::CataloguePage/> }.into_any())
}

#[wasm_split(compare, wasm_split_path = ::leptos::wasm_split, fallible)]
fn compare_page() -> Loaded {
    Ok(view! { <super::compare::ComparePage/> }.into_any())
}

#[wasm_split(decision, wasm_split_path = ::leptos::wasm_split, fallible)]
fn decision_page() -> Loaded {
    Ok(view! { <super::decision::DecisionPage/> }.into_any())
}

#[wasm_split(exchange, wasm_split_path = ::leptos::wasm_split, fallible)]
fn exchange_page() -> Loaded {
    Ok(view! { <super::exchange::ExchangePage/> }.into_any())
}

#[wasm_split(settings, wasm_split_path = ::leptos::wasm_split, fallible)]
fn settings_page() -> Loaded {
    Ok(view! { <super::settings::SettingsPage/> }.into_any())
}

#[wasm_split(history, wasm_split_path = ::leptos::wasm_split, fallible)]
fn history_page() -> Loaded {
    Ok(view! { <super::history_page::HistoryPage/> }.into_any())
}

#[wasm_split(meeting, wasm_split_path = ::leptos::wasm_split, fallible)]
fn meeting_view(back: StoredValue<Page>) -> Loaded {
    Ok(view! { <super::meeting::MeetingView back/> }.into_any())
}

/// The split page's view (`None` for the budget, which is in the first module).
async fn load(page: Page, back: StoredValue<Page>) -> Option<Loaded> {
    Some(match page {
        Page::Budget => return None,
        Page::Overview => overview_page().await,
        Page::Catalogue => catalogue_page().await,
        Page::Compare => compare_page().await,
        Page::Decision => decision_page().await,
        Page::Exchange => exchange_page().await,
        Page::Settings => settings_page().await,
        Page::History => history_page().await,
        Page::Meeting => meeting_view(back).await,
    })
}

/// `page` once its chunk is there; `back` is where the meeting view returns to.
#[component]
pub fn SplitPage(page: Page, back: StoredValue<Page>) -> impl IntoView {
    let attempt = RwSignal::new(0_u32);
    move || {
        attempt.track();
        let content = Suspend::new(async move {
            match load(page, back).await {
                Some(Ok(view)) => view,
                Some(Err(_)) => view! { <LoadFailed attempt/> }.into_any(),
                None => ().into_any(),
            }
        });
        view! { <Suspense fallback=Loading>{content}</Suspense> }
    }
}

/// Said while a page's chunk is fetched.
#[component]
fn Loading() -> impl IntoView {
    let state = AppState::expect();
    view! { <p class="fp-page-loading" role="status" data-testid="page-loading">{move || state.texts().page_loading}</p> }
}

/// Said when a page's chunk could not be fetched, with a button that tries again.
#[component]
fn LoadFailed(attempt: RwSignal<u32>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || state.texts();
    view! {
        <div class="fp-page-load-failed" role="alert">
            <p>{move || t().page_load_failed}</p>
            <button type="button" class="fp-button" on:click=move |_| attempt.update(|n| *n += 1)>
                {move || t().page_load_retry}
            </button>
        </div>
    }
}
