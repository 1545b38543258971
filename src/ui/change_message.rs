//! A refused change in the user's language: the engine's, the import's or the history's own message.

use crate::change::ChangeError;
use crate::i18n::{change, history, Lang};

/// The message for a refused change.
pub fn message(error: &ChangeError, lang: Lang) -> String {
    let t = change::texts(lang);
    match error {
        ChangeError::Command(error) => match lang {
            Lang::Sv => error.message_sv(),
            Lang::En => error.message_en(),
        },
        ChangeError::Import(error) => super::exchange::refusal(error, lang),
        ChangeError::History(error) => history::error_text(error, lang),
        ChangeError::NoWorkspace => t.no_workspace.to_string(),
        ChangeError::LastWorkspace => t.last_workspace.to_string(),
        ChangeError::NotRemoved => t.not_removed.to_string(),
    }
}
