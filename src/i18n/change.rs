//! Texts about changes as a whole: refusals of the one entry point, unsaved changes, undo and redo in the
//! header and the removed förbund, in Swedish and English.

use super::Lang;

/// The change texts of one language.
#[derive(Debug)]
pub struct ChangeTexts {
    /// Refusal: no förbund is open.
    pub no_workspace: &'static str,
    /// Refusal: the last förbund cannot be removed.
    pub last_workspace: &'static str,
    /// Refusal: the removed förbund is no longer in the list.
    pub not_removed: &'static str,
    /// Banner: how many changes are not saved (the number comes first).
    pub unsaved_count_one: &'static str,
    /// The same for several changes.
    pub unsaved_count_many: &'static str,
    /// Banner: the changes stay in this tab and are retried.
    pub unsaved_kept: &'static str,
    /// Button: try saving again.
    pub retry_save: &'static str,
    /// Button label when there is nothing to undo.
    pub nothing_to_undo: &'static str,
    /// Button label when there is nothing to redo.
    pub nothing_to_redo: &'static str,
    /// The group of undo/redo buttons.
    pub history_tools: &'static str,
    /// Heading of the removed förbund.
    pub removed_heading: &'static str,
    /// What the removed list is.
    pub removed_intro: &'static str,
    /// Removed on (a date follows).
    pub removed_on: &'static str,
    /// Button: restore a removed förbund.
    pub restore: &'static str,
    /// Message after removing a förbund (its name follows).
    pub removed_done: &'static str,
    /// Button: undo a removal right away.
    pub undo_removal: &'static str,
    /// Message after restoring (the name follows).
    pub restored: &'static str,
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static ChangeTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: ChangeTexts = ChangeTexts {
    no_workspace: "Inget förbund är öppet.",
    last_workspace: "Det sista förbundet kan inte tas bort.",
    not_removed: "Förbundet finns inte längre bland de borttagna.",
    unsaved_count_one: "ändring är inte sparad.",
    unsaved_count_many: "ändringar är inte sparade.",
    unsaved_kept: "De finns kvar i den här fliken och sparas igen vid nästa ändring eller med knappen. Exportera gärna förbundet under tiden.",
    retry_save: "Försök spara igen",
    nothing_to_undo: "Inget att ångra",
    nothing_to_redo: "Inget att göra om",
    history_tools: "Ångra och gör om",
    removed_heading: "Borttagna förbund",
    removed_intro: "Ett borttaget förbund kan återställas i 30 dagar, med hela sin ändringshistorik.",
    removed_on: "borttaget",
    restore: "Återställ",
    removed_done: "Borttaget",
    undo_removal: "Ångra borttagningen",
    restored: "Återställt",
};

const EN: ChangeTexts = ChangeTexts {
    no_workspace: "No förbund is open.",
    last_workspace: "The last förbund cannot be removed.",
    not_removed: "The förbund is no longer among the removed ones.",
    unsaved_count_one: "change is not saved.",
    unsaved_count_many: "changes are not saved.",
    unsaved_kept: "They stay in this tab and are saved again with the next change or with the button. Consider exporting the förbund meanwhile.",
    retry_save: "Try saving again",
    nothing_to_undo: "Nothing to undo",
    nothing_to_redo: "Nothing to redo",
    history_tools: "Undo and redo",
    removed_heading: "Removed förbund",
    removed_intro: "A removed förbund can be restored for 30 days, with its whole change history.",
    removed_on: "removed",
    restore: "Restore",
    removed_done: "Removed",
    undo_removal: "Undo the removal",
    restored: "Restored",
};
