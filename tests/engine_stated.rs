//! Figures "enligt dokumentet" typed by hand: set, replaced for the same year and figure, checked against the
//! computation (Landskrona 2023: a printed 4 600 000 against the computed 4 649 297 differs by −49 297), refused
//! for a year or group the scenario does not have, and removed.
#![cfg(not(target_arch = "wasm32"))]

use finsam_planner::engine::command::{apply, Command, CommandError};
use finsam_planner::engine::document_check::{check_document, CheckOutcome};
use finsam_planner::engine::examples::landskrona_svalov_2023;
use finsam_planner::engine::ids::GroupId;
use finsam_planner::engine::model::{FigureRef, StatedFigure};
use finsam_planner::engine::money::Money;

fn closing(ws: &finsam_planner::engine::model::Workspace, kr: i64, year: u16) -> StatedFigure {
    StatedFigure {
        scenario: ws.scenarios[0].id,
        year,
        what: FigureRef::ClosingEquity,
        amount: Money::from_kr(kr),
        source: "Beslutsunderlag s. 3".to_string(),
    }
}

fn outcome_of_closing(ws: &finsam_planner::engine::model::Workspace) -> Vec<CheckOutcome> {
    check_document(ws)
        .into_iter()
        .filter(|c| {
            c.figure.what == FigureRef::ClosingEquity && c.figure.source == "Beslutsunderlag s. 3"
        })
        .map(|c| c.outcome)
        .collect()
}

#[test]
fn a_stated_figure_is_set_replaced_checked_and_removed() {
    let mut ws = landskrona_svalov_2023();
    // Without the example's own printed figures, so this one is the only stated closing equity.
    ws.stated_figures.clear();
    let first = closing(&ws, 4_600_000, 2023);
    apply(&mut ws, Command::SetStatedFigure { figure: first }).expect("set");
    assert_eq!(ws.stated_figures.len(), 1);
    assert_eq!(
        outcome_of_closing(&ws),
        [CheckOutcome::Differs {
            computed: Money::from_kr(4_649_297),
            difference: Money::from_kr(-49_297)
        }]
    );
    let corrected = closing(&ws, 4_649_297, 2023);
    apply(&mut ws, Command::SetStatedFigure { figure: corrected }).expect("replaced");
    assert_eq!(
        ws.stated_figures.len(),
        1,
        "the same year and figure is replaced, not added"
    );
    assert_eq!(
        outcome_of_closing(&ws),
        [CheckOutcome::Matches {
            computed: Money::from_kr(4_649_297)
        }]
    );
    let scenario = ws.scenarios[0].id;
    let remove = Command::RemoveStatedFigure {
        scenario,
        year: 2023,
        what: FigureRef::ClosingEquity,
    };
    apply(&mut ws, remove.clone()).expect("removed");
    assert!(ws.stated_figures.is_empty());
    assert_eq!(apply(&mut ws, remove), Err(CommandError::NoStatedFigure));
}

#[test]
fn a_stated_figure_must_refer_to_the_scenario() {
    let mut ws = landskrona_svalov_2023();
    let original = ws.clone();
    assert_eq!(
        {
            let figure = closing(&ws, 1, 2030);
            apply(&mut ws, Command::SetStatedFigure { figure })
        },
        Err(CommandError::YearNotInScenario(2030))
    );
    let mut group = closing(&ws, 1, 2023);
    group.what = FigureRef::GroupTotal(GroupId(9_999));
    assert_eq!(
        apply(&mut ws, Command::SetStatedFigure { figure: group }),
        Err(CommandError::UnknownGroup(GroupId(9_999)))
    );
    assert_eq!(ws, original, "a refused figure changes nothing");
}

#[test]
fn the_equity_verdict_is_also_given_on_the_printed_closing_equity() {
    use finsam_planner::engine::document_printed::printed_equity;
    use finsam_planner::engine::equity::EquityStatus;
    let mut ws = landskrona_svalov_2023();
    ws.stated_figures.clear();
    let printed = closing(&ws, 900_000, 2023);
    apply(&mut ws, Command::SetStatedFigure { figure: printed }).expect("set");
    // By hand: 900 000 / 5 028 000 = 17,9 % ≤ 20 % (1 005 600): within on the paper, while the rows give
    // 4 649 297 (92,5 %), far over.
    let verdicts = printed_equity(&ws, ws.scenarios[0].id);
    assert_eq!(verdicts.len(), 1);
    let (year, check) = &verdicts[0];
    assert_eq!(*year, 2023);
    assert_eq!(check.status, EquityStatus::Within);
    assert_eq!(check.recommended_max, Some(Money::from_kr(1_005_600)));
    assert_eq!(check.closing_equity, Money::from_kr(900_000));
}
