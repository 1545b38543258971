//! The one entry point for changes (`change::apply_change`): edits and the display unit are recorded and
//! undone through the open förbund's history; a removed förbund goes to the removed list, comes back by
//! restore and is forgotten after 30 days; view choices are not recorded; a refusal changes nothing.

mod history_support;

use finsam_planner::change::{apply_change, AppCommand, ChangeContext, ChangeError};
use finsam_planner::engine::money_text::DisplayUnit;
use finsam_planner::persisted::Persisted;
use history_support::bank_amount;

fn on(today: &str) -> ChangeContext {
    ChangeContext {
        iso: format!("{today}T10:00:00Z"),
        millis: 1_767_225_600_000,
        today: today.to_string(),
    }
}

fn change(data: &mut Persisted, command: AppCommand, today: &str) -> Result<(), ChangeError> {
    apply_change(data, command, &on(today)).map(|_| ())
}

fn set_bank(data: &mut Persisted, kr: i64) {
    let edit = bank_amount(data.workspace().expect("open förbund"), kr);
    change(data, AppCommand::Edit(edit), "2026-12-05").expect("edit applies");
}

#[test]
fn an_edit_and_the_display_unit_are_recorded_and_undone_in_order() {
    let mut data = Persisted::default();
    let original = data.clone();
    set_bank(&mut data, 6_000);
    change(
        &mut data,
        AppCommand::SetDisplayUnit(DisplayUnit::Tkr),
        "2026-12-05",
    )
    .expect("unit");
    assert_eq!(data.histories[0].steps.len(), 2);
    change(&mut data, AppCommand::Undo, "2026-12-05").expect("undo unit");
    assert_eq!(data.workspaces[0].settings.display_unit, DisplayUnit::Kr);
    change(&mut data, AppCommand::Undo, "2026-12-05").expect("undo edit");
    assert_eq!(data.workspaces, original.workspaces);
    assert_eq!(
        change(&mut data, AppCommand::Undo, "2026-12-05"),
        Err(ChangeError::History(
            finsam_planner::history::HistoryError::NothingToUndo
        ))
    );
}

#[test]
fn opening_and_the_language_are_not_recorded() {
    let mut data = Persisted::default();
    let open = AppCommand::Open {
        workspace: 1,
        scenario: 1,
    };
    change(&mut data, open, "2026-12-05").expect("opens");
    change(
        &mut data,
        AppCommand::SetLang(finsam_planner::i18n::Lang::En),
        "2026-12-05",
    )
    .expect("lang");
    assert_eq!((data.active_workspace, data.active_scenario), (1, 1));
    assert!(data.histories.iter().all(|h| h.steps.is_empty()));
}

#[test]
fn a_removed_forbund_is_restorable_for_30_days_and_then_forgotten() {
    let mut data = Persisted::default();
    let name = data.workspaces[1].name.clone();
    change(&mut data, AppCommand::RemoveWorkspace(1), "2026-01-01").expect("removes");
    assert_eq!(data.workspaces.len(), 1);
    assert_eq!(data.removed.len(), 1);
    // The last förbund cannot be removed; nothing changes.
    let before = data.clone();
    assert_eq!(
        change(&mut data, AppCommand::RemoveWorkspace(0), "2026-01-01"),
        Err(ChangeError::LastWorkspace)
    );
    assert_eq!(data, before);
    // 29 days later (2026-01-30) it is still kept; restore brings it back open, with its id.
    let mut restored = data.clone();
    change(
        &mut restored,
        AppCommand::Open {
            workspace: 0,
            scenario: 0,
        },
        "2026-01-30",
    )
    .expect("opens");
    assert_eq!(restored.removed.len(), 1);
    let id = restored.removed[0].id.clone();
    change(
        &mut restored,
        AppCommand::RestoreWorkspace(id.clone()),
        "2026-01-30",
    )
    .expect("restores");
    assert_eq!(restored.workspaces[1].name, name);
    assert_eq!(restored.ids[1], id);
    assert_eq!(restored.active_workspace, 1);
    // On day 30 (2026-01-31) it is gone.
    change(
        &mut data,
        AppCommand::Open {
            workspace: 0,
            scenario: 0,
        },
        "2026-01-31",
    )
    .expect("opens");
    assert!(data.removed.is_empty());
    assert_eq!(
        change(&mut data, AppCommand::RestoreWorkspace(id), "2026-01-31"),
        Err(ChangeError::NotRemoved)
    );
}
