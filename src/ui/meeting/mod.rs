//! Meeting mode: a full-screen view for the board on a projector — one screen per scenario with who pays
//! what, the result, closing equity against the recommendation and the difference to the baseline in words,
//! large type, no editing chrome. Keys: `1`–`9` scenario, `←`/`→` year, `B` differences, `M`/`Esc` leave.
//! The "Om …" strip tries a proposal live without changing the scenario (see `what_if`).

mod bar;
mod data;
mod figures;
mod log;
mod payers;
mod screen;
mod what_if;

use super::route::Page;
use super::state::AppState;
use crate::engine::model::Year;
use crate::engine::proposal::Proposal;
use crate::i18n::meeting::texts;
use data::MeetingData;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// What the meeting view shows and the choices that change it; Copy, passed to the parts.
#[derive(Clone, Copy)]
pub(super) struct Meeting {
    /// The scenario's position (keys 1–9).
    pub index: RwSignal<usize>,
    /// The year (`None`: the scenario's first).
    pub year: RwSignal<Option<Year>>,
    /// Differences against the baseline are shown (key B).
    pub deltas: RwSignal<bool>,
    /// The proposal being tried, never stored.
    pub proposal: RwSignal<Option<Proposal>>,
    /// What was just done, for the live region.
    pub said: RwSignal<Option<String>>,
    /// The screen's figures.
    pub data: Memo<Shown>,
}

/// The screen, or why there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Shown {
    /// The figures.
    Screen(Box<MeetingData>),
    /// No scenario to show.
    Nothing,
    /// The engine's message.
    Problem(String),
}

impl Meeting {
    fn new(state: AppState) -> Meeting {
        let index = RwSignal::new(state.data.with_untracked(|d| d.scenario_index()));
        let year = RwSignal::new(None);
        let proposal = RwSignal::new(None::<Proposal>);
        let data = Memo::new(move |_| {
            let found = state.data.with(|d| {
                d.workspace()
                    .map(|ws| data::gather(ws, index.get(), year.get(), proposal.get().as_ref()))
            });
            match found {
                Some(Ok(Some(screen))) => Shown::Screen(Box::new(screen)),
                Some(Err(error)) => Shown::Problem(match state.lang() {
                    crate::i18n::Lang::Sv => error.message_sv(),
                    crate::i18n::Lang::En => error.message_en(),
                }),
                _ => Shown::Nothing,
            }
        });
        Meeting {
            index,
            year,
            deltas: RwSignal::new(true),
            proposal,
            said: RwSignal::new(None),
            data,
        }
    }

    /// Shows scenario `index` if there is one (the proposal is dropped).
    pub fn choose(self, index: usize) {
        let count = self.data.with_untracked(|d| match d {
            Shown::Screen(s) => s.names.len(),
            _ => 0,
        });
        if index < count {
            self.proposal.set(None);
            self.index.set(index);
        }
    }

    /// Moves `step` years (−1 or +1) within the scenario's years (the proposal is dropped).
    pub fn step_year(self, step: isize) {
        let next = self.data.with_untracked(|d| match d {
            Shown::Screen(s) => {
                let at = s.years.iter().position(|y| *y == s.year)?;
                s.years.get(at.checked_add_signed(step)?).copied()
            }
            _ => None,
        });
        if let Some(year) = next {
            self.proposal.set(None);
            self.year.set(Some(year));
        }
    }
}

/// The meeting view; `back` is the page to return to.
#[component]
pub fn MeetingView(back: StoredValue<Page>) -> impl IntoView {
    let state = AppState::expect();
    let meeting = Meeting::new(state);
    let leave = move || leave_meeting(back.get_value());
    listen_for_keys(meeting, leave);
    leave_when_full_screen_ends(leave);
    let t = move || texts(state.lang());
    let label = move || {
        let forbund = state.data.with(|d| d.workspace().map(|w| w.name.clone()));
        t().view_label
            .replace("{forbund}", &forbund.unwrap_or_default())
    };
    view! {
        <main id="fp-main" class="fp-meeting" tabindex="-1" aria-label=label data-testid="meeting">
            <bar::MeetingBar meeting leave/>
            <screen::MeetingScreen meeting/>
            <span class="fp-visually-hidden" role="status" data-testid="meeting-said">{move || meeting.said.get()}</span>
        </main>
    }
}

/// The meeting's keys, outside text fields and without Ctrl, Alt or Cmd.
fn listen_for_keys(meeting: Meeting, leave: impl Fn() + Clone + 'static) {
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.ctrl_key()
            || ev.meta_key()
            || ev.alt_key()
            || super::history_tools::in_text_field(&ev)
        {
            return;
        }
        let key = ev.key();
        match key.as_str() {
            "Escape" | "m" | "M" => leave(),
            "ArrowLeft" => meeting.step_year(-1),
            "ArrowRight" => meeting.step_year(1),
            "b" | "B" => meeting.deltas.update(|on| *on = !*on),
            _ => match key.parse::<usize>() {
                Ok(n @ 1..=9) => meeting.choose(n - 1),
                _ => return,
            },
        }
        ev.prevent_default();
    });
    on_cleanup(move || on_key.remove());
}

/// Leaving full screen with the browser's own Esc (which the page does not see) leaves the meeting too.
fn leave_when_full_screen_ends(leave: impl Fn() + 'static) {
    let was_full = StoredValue::new(false);
    let handle = window_event_listener_untyped("fullscreenchange", move |_| {
        let full = document().fullscreen_element().is_some();
        if full {
            was_full.set_value(true);
        } else if was_full.get_value() {
            leave();
        }
    });
    on_cleanup(move || handle.remove());
}

/// Opens the meeting mode: full screen where the browser allows it, and the page `#/mote`.
pub fn enter_meeting() {
    if let Some(root) = document().document_element() {
        request_full_screen(&root);
    }
    let _ = window().location().set_hash(&Page::Meeting.hash());
}

fn leave_meeting(back: Page) {
    if document().fullscreen_element().is_some() {
        document().exit_fullscreen();
    }
    let _ = window().location().set_hash(&back.hash());
}

/// `element.requestFullscreen()`, its refusal caught (a browser or a test may refuse full screen; the view
/// then fills the window).
fn request_full_screen(element: &web_sys::Element) {
    let Ok(function) = js_sys::Reflect::get(element, &JsValue::from_str("requestFullscreen"))
    else {
        return;
    };
    let Ok(function) = function.dyn_into::<js_sys::Function>() else {
        return;
    };
    if let Ok(promise) = function.call0(element) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            // One small closure per entry into the meeting, left to the browser.
            let ignore = wasm_bindgen::closure::Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| {});
            let _ = promise.catch(&ignore);
            ignore.forget();
        }
    }
}

/// The key `M` (outside text fields) opens the meeting mode from any other page.
pub fn listen_for_meeting_key(page: ReadSignal<Page>) {
    let on_key = window_event_listener(leptos::ev::keydown, move |ev| {
        let plain = !(ev.ctrl_key() || ev.meta_key() || ev.alt_key());
        if plain
            && matches!(ev.key().as_str(), "m" | "M")
            && page.get_untracked() != Page::Meeting
            && !super::history_tools::in_text_field(&ev)
        {
            ev.prevent_default();
            enter_meeting();
        }
    });
    on_cleanup(move || on_key.remove());
}

/// The button in the header.
#[component]
pub fn MeetingButton() -> impl IntoView {
    let state = AppState::expect();
    view! {
        <button type="button" class="fp-button" aria-keyshortcuts="M" data-testid="enter-meeting"
            on:click=move |_| enter_meeting()>
            {move || texts(state.lang()).enter}
        </button>
    }
}
