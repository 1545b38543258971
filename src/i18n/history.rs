//! Texts of the history (the list, undo and redo, the labels of steps and the errors), in Swedish and
//! English.

mod labels;

use super::Lang;
use crate::history::HistoryError;

pub use labels::{has_wording, label_text};

/// The history texts of one language.
#[derive(Debug)]
pub struct HistoryTexts {
    /// Heading of the history list.
    pub heading: &'static str,
    /// Explanation under the heading.
    pub intro: &'static str,
    /// Shown when there are no steps.
    pub empty: &'static str,
    /// Announced after going back to a point.
    pub went_back: &'static str,
    /// Marks an undone step in the list.
    pub undone_badge: &'static str,
    /// Button on a step: go back to the state after it.
    pub go_back_here: &'static str,
    /// Button: go back to the state before the first step.
    pub go_back_to_start: &'static str,
    /// Prefix of the undo button ("Ångra: <label>").
    pub undo_prefix: &'static str,
    /// Prefix of the redo button ("Gör om: <label>").
    pub redo_prefix: &'static str,
    /// Announced after an undo (the label follows).
    pub undone: &'static str,
    /// Announced after a redo (the label follows).
    pub redone: &'static str,
}

const SV: HistoryTexts = HistoryTexts {
    heading: "Historik",
    intro: "Alla ändringar i förbundet, senaste först. Gå tillbaka till en tidigare punkt – det går också att ångra.",
    empty: "Inga ändringar ännu.",
    went_back: "Förbundet är tillbaka vid den punkten. Ångra för att komma tillbaka.",
    undone_badge: "ångrad",
    go_back_here: "Gå tillbaka hit",
    go_back_to_start: "Gå tillbaka till början",
    undo_prefix: "Ångra",
    redo_prefix: "Gör om",
    undone: "Ångrat",
    redone: "Gjort om",
};

const EN: HistoryTexts = HistoryTexts {
    heading: "History",
    intro: "Every change to the förbund, latest first. Go back to an earlier point – that can be undone too.",
    empty: "No changes yet.",
    went_back: "The förbund is back at that point. Undo to return.",
    undone_badge: "undone",
    go_back_here: "Go back here",
    go_back_to_start: "Go back to the start",
    undo_prefix: "Undo",
    redo_prefix: "Redo",
    undone: "Undone",
    redone: "Redone",
};

/// The history texts of `lang`.
pub fn texts(lang: Lang) -> &'static HistoryTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// Why the history could not move, as a sentence.
pub fn error_text(error: &HistoryError, lang: Lang) -> String {
    let (sv, en) = match error {
        HistoryError::DoesNotFit => (
            "Ändringen kan inte ångras: förbundet har ändrats på annat sätt sedan dess.",
            "The change cannot be undone: the förbund has been changed in another way since.",
        ),
        HistoryError::NothingToUndo => ("Det finns inget att ångra.", "There is nothing to undo."),
        HistoryError::NothingToRedo => {
            ("Det finns inget att göra om.", "There is nothing to redo.")
        }
        HistoryError::NoSuchPosition => (
            "Den punkten finns inte i historiken.",
            "That point is not in the history.",
        ),
    };
    match lang {
        Lang::Sv => sv,
        Lang::En => en,
    }
    .to_string()
}
