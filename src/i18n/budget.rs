//! Texts of the budget editor's structure tools (lines and groups), in Swedish and English.

use super::Lang;

/// Texts for adding, renaming, moving and removing budget lines and groups.
#[derive(Debug)]
pub struct BudgetTexts {
    /// Toggle that shows the structure tools.
    pub edit_structure: &'static str,
    /// Label of a line's name field.
    pub line_name: &'static str,
    /// Label of a group's name field.
    pub group_name: &'static str,
    /// Label of a line's note field.
    pub note: &'static str,
    /// Button: move up (the row's name follows).
    pub move_up: &'static str,
    /// Button: move down (the row's name follows).
    pub move_down: &'static str,
    /// Button: remove (the row's name follows).
    pub remove: &'static str,
    /// Confirmation question before removing a line.
    pub confirm_remove_line: &'static str,
    /// Confirmation question before removing a group and its lines.
    pub confirm_remove_group: &'static str,
    /// Button that confirms a removal.
    pub confirm: &'static str,
    /// Button that cancels a removal.
    pub cancel: &'static str,
    /// Checkbox: the group counts as administration.
    pub administration: &'static str,
    /// Label of the new-line field (the group's name follows).
    pub new_line_in: &'static str,
    /// Label of the new other-income line field.
    pub new_income_line: &'static str,
    /// Label of the new group field.
    pub new_group: &'static str,
    /// Button that adds.
    pub add: &'static str,
    /// Message after a structure change.
    pub changed: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static BudgetTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: BudgetTexts = BudgetTexts {
    edit_structure: "Redigera rader och grupper",
    line_name: "Namn på raden",
    group_name: "Namn på gruppen",
    note: "Anteckning",
    move_up: "Flytta upp",
    move_down: "Flytta ned",
    remove: "Ta bort",
    confirm_remove_line: "Ta bort raden och alla dess belopp?",
    confirm_remove_group: "Ta bort gruppen med alla dess rader och belopp?",
    confirm: "Ja, ta bort",
    cancel: "Avbryt",
    administration: "Räknas som administration",
    new_line_in: "Ny rad i",
    new_income_line: "Ny rad under övriga intäkter",
    new_group: "Ny kostnadsgrupp",
    add: "Lägg till",
    changed: "Ändringen är gjord.",
};

const EN: BudgetTexts = BudgetTexts {
    edit_structure: "Edit lines and groups",
    line_name: "Line name",
    group_name: "Group name",
    note: "Note",
    move_up: "Move up",
    move_down: "Move down",
    remove: "Remove",
    confirm_remove_line: "Remove the line and all its amounts?",
    confirm_remove_group: "Remove the group with all its lines and amounts?",
    confirm: "Yes, remove",
    cancel: "Cancel",
    administration: "Counts as administration",
    new_line_in: "New line in",
    new_income_line: "New other-income line",
    new_group: "New cost group",
    add: "Add",
    changed: "The change is made.",
};
