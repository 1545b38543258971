//! A section's own message line: what the last action did, or why the engine refused it.

use leptos::prelude::*;

/// The outcome of the last action in a section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// The action was done; the text says what happened.
    Done(String),
    /// The action was refused; the text is the engine's (or the form's) reason.
    Refused(String),
}

impl Message {
    /// `Done(done)` when `outcome` is Ok, otherwise the refusal.
    pub fn from_outcome(outcome: Result<(), String>, done: String) -> Message {
        match outcome {
            Ok(()) => Message::Done(done),
            Err(reason) => Message::Refused(reason),
        }
    }
}

/// Two live regions: a polite one for what was done and an assertive one for refusals. Both stay in the
/// document so that screen readers announce changes of their text.
#[component]
pub fn SectionMessage(
    /// The message to show (`None` for nothing).
    message: RwSignal<Option<Message>>,
) -> impl IntoView {
    let done = move || match message.get() {
        Some(Message::Done(text)) => Some(text),
        _ => None,
    };
    let refused = move || match message.get() {
        Some(Message::Refused(text)) => Some(text),
        _ => None,
    };
    view! {
        <p class="fp-ov-message" role="status">{done}</p>
        <p class="fp-ov-message fp-ov-message--refused" role="alert">{refused}</p>
    }
}
