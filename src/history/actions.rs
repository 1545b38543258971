//! The stable names of the actions a step can be labelled with (stored in the history; worded by
//! `i18n::history`).

/// A whole förbund replaced by an import.
pub const IMPORT: &str = "import";
/// The display unit changed (subject: "kr" or "t kr").
pub const SET_DISPLAY_UNIT: &str = "set_display_unit";
/// A jump back (or forward) to a position in the history (subject: the position in digits).
pub const JUMP: &str = "jump";

/// A conflict with another tab resolved by choosing a version per scenario.
pub const MERGE_TAB: &str = "merge_tab";

/// Every action [`super::describe`] can name, in the order of the commands.
pub const COMMAND_ACTIONS: &[&str] = &[
    "set_line_amount",
    "clear_line_override",
    "set_other_income_amount",
    "set_opening_equity",
    "set_funding",
    "set_funding_option",
    "set_state_offer",
    "set_party_frame",
    "set_manual_amount",
    "set_overview_plan",
    "clear_overview_plan",
    "rename_line",
    "add_line",
    "add_other_income_line",
    "remove_line",
    "add_group",
    "rename_group",
    "set_group_administration",
    "clear_group_administration",
    "rename_scenario",
    "duplicate_scenario",
    "remove_scenario",
    "set_baseline",
    "clear_baseline",
    "add_scenario",
    "create_funding_pair",
    "restore_scenario",
    "add_pasted_scenario",
    "set_stated_figure",
    "remove_stated_figure",
    "add_year",
    "remove_last_year",
    "set_line_note",
    "move_line_up",
    "move_line_down",
    "move_group_up",
    "move_group_down",
    "remove_group",
    "add_party",
    "rename_party",
    "remove_party",
    "set_regional_split",
    "set_municipal_split",
    "set_equity_steps",
    "rename_workspace",
    "set_org_number",
    "add_catalogue_item",
    "update_catalogue_item",
    "remove_catalogue_item",
    "decide",
    "scenario_from_decision",
    "keep_proposal",
];

/// Every action a recorded step can have: the commands' and [`IMPORT`], [`SET_DISPLAY_UNIT`], [`JUMP`],
/// [`MERGE_TAB`].
pub fn all_actions() -> impl Iterator<Item = &'static str> {
    let others = [IMPORT, SET_DISPLAY_UNIT, JUMP, MERGE_TAB];
    COMMAND_ACTIONS.iter().copied().chain(others)
}
