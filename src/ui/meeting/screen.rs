//! The body of a meeting screen: the headline figures with the verdict, who pays what, the difference in
//! words, the "Om …" strip and the log — or why there is nothing to show.

use super::{figures, log, payers, what_if, Meeting, Shown};
use crate::i18n::meeting::texts;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The screen of the chosen scenario and year.
#[component]
pub fn MeetingScreen(meeting: Meeting) -> impl IntoView {
    let state = AppState::expect();
    let has_screen = Memo::new(move |_| meeting.data.with(|d| matches!(d, Shown::Screen(_))));
    let problem = move || match meeting.data.get() {
        Shown::Problem(text) => text,
        _ => texts(state.lang()).no_scenario.to_string(),
    };
    move || {
        if has_screen.get() {
            view! {
                <div class="fp-meeting__body">
                    <figures::HeadlineFigures meeting/>
                    <div class="fp-meeting__columns">
                        <payers::MeetingPayers meeting/>
                        <figures::InWords meeting/>
                    </div>
                    <what_if::WhatIf meeting/>
                    <log::MeetingLog meeting/>
                </div>
            }
            .into_any()
        } else {
            view! { <p class="fp-meeting__problem" role="alert">{problem}</p> }.into_any()
        }
    }
}
