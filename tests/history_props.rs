//! Property: after any sequence of accepted commands and undos, undoing everything gives back the
//! original workspace exactly, and redoing everything gives back the last state reached by commands.
#![cfg(not(target_arch = "wasm32"))]

mod history_support;

use finsam_planner::engine::command::{apply, Command};
use finsam_planner::engine::model::{PartyKind, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::history::{describe, diff, History};
use history_support::{json, landskrona, lund};
use proptest::prelude::*;

/// A command chosen by `kind`, aimed by `a` and `b` at what the workspace has now (`None`: nothing to aim at).
fn command(ws: &Workspace, kind: u8, a: usize, b: usize, kr: i64) -> Option<Command> {
    let s = ws.scenarios.get(a % ws.scenarios.len().max(1))?;
    let scenario = s.id;
    let group = s.groups.get(b % s.groups.len().max(1));
    let lines: Vec<_> = s.groups.iter().flat_map(|g| &g.lines).collect();
    let line = lines.get(b % lines.len().max(1)).map(|l| l.id);
    let year = s.years.get(b % s.years.len().max(1))?.year;
    let amount = Money::from_kr(kr);
    Some(match kind {
        0 => Command::SetLineAmount {
            scenario,
            line: line?,
            year,
            amount,
        },
        1 => Command::RenameLine {
            scenario,
            line: line?,
            name: format!("Rad {kr}"),
        },
        2 => Command::AddLine {
            scenario,
            group: group?.id,
            name: format!("Ny {kr}"),
            catalogue_item: None,
        },
        3 => Command::RemoveLine {
            scenario,
            line: line?,
        },
        4 => Command::RemoveGroup {
            scenario,
            group: group?.id,
        },
        5 => Command::RemoveScenario { scenario },
        6 => Command::DuplicateScenario {
            scenario,
            name: format!("Kopia {kr}"),
        },
        7 => Command::AddParty {
            name: format!("Kommun {kr}"),
            kind: PartyKind::Municipality,
            weight: None,
        },
        8 => Command::SetOpeningEquity { scenario, amount },
        9 => Command::AddYear { scenario },
        10 => Command::RemoveLastYear { scenario },
        _ => Command::MoveLine {
            scenario,
            line: line?,
            up: kr > 0,
        },
    })
}

/// One step of a run: a command (kind, aims, amount) or an undo.
fn op() -> impl Strategy<Value = Option<(u8, usize, usize, i64)>> {
    prop_oneof![
        6 => (0u8..12, 0usize..8, 0usize..40, -1_000_000i64..1_000_000).prop_map(Some),
        1 => Just(None),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn undoing_everything_gives_back_the_original(lund_first in any::<bool>(), ops in prop::collection::vec(op(), 1..30)) {
        let original = if lund_first { lund() } else { landskrona() };
        let mut ws = original.clone();
        let mut history = History::default();
        for op in ops {
            let Some((kind, a, b, kr)) = op else {
                let _ = history.undo(&mut ws);
                continue;
            };
            let Some(command) = command(&ws, kind, a, b, kr) else { continue };
            let label = describe(&command, &ws);
            let before = ws.clone();
            if apply(&mut ws, command).is_ok() {
                history.record(label, "t".into(), diff(&before, &ws));
            }
        }
        let reached = ws.clone();
        let done = history.position;
        while history.can_undo() {
            prop_assert!(history.undo(&mut ws).is_ok());
        }
        prop_assert_eq!(&ws, &original);
        prop_assert_eq!(json(&ws), json(&original));
        for _ in 0..done {
            prop_assert!(history.redo(&mut ws).is_ok());
        }
        prop_assert_eq!(ws, reached);
    }
}
