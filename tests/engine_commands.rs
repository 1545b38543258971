//! The single mutation entry point: each command's effect, and refusals that change nothing.

use finsam_planner::engine::command::{apply, Command, CommandError};
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::ids::{GroupId, LineId, PartyId, ScenarioId};
use finsam_planner::engine::model::{FrameInputs, Funding, LineSource, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::{scenario_report, AmountOrigin, YearReport};
use rust_decimal::dec;
use std::collections::BTreeMap;

fn kr(amount: i64) -> Money {
    Money::from_kr(amount)
}

fn year_report(ws: &Workspace, scenario: ScenarioId, year: u16) -> YearReport {
    scenario_report(ws, scenario)
        .unwrap()
        .year(year)
        .unwrap()
        .clone()
}

/// Applies a command that must be refused and checks the workspace is untouched.
fn refused(ws: &mut Workspace, command: Command) -> CommandError {
    let before = ws.clone();
    let error = apply(ws, command).unwrap_err();
    assert_eq!(*ws, before, "a refused command must change nothing");
    assert!(!error.message_sv().is_empty() && !error.message_en().is_empty());
    error
}

fn landskrona() -> (Workspace, ScenarioId, LineId) {
    let ws = landskrona_svalov_2023();
    let scenario = ws.scenarios[0].id;
    let lonekostnader = ws.scenarios[0].groups[2].lines[0].id;
    (ws, scenario, lonekostnader)
}

#[test]
fn set_line_amount_changes_the_line_and_every_total() {
    let (mut ws, scenario, line) = landskrona();
    apply(
        &mut ws,
        Command::SetLineAmount {
            scenario,
            line,
            year: 2023,
            amount: kr(1_100_000),
        },
    )
    .unwrap();
    let y = year_report(&ws, scenario, 2023);
    assert_eq!(y.groups[2].total, kr(1_615_000));
    assert_eq!(y.costs_total, kr(3_661_000));
    assert_eq!(y.closing_equity, kr(4_599_297));
}

#[test]
fn a_catalogue_line_gets_an_override_that_can_be_cleared() {
    let (mut ws, scenario, _) = landskrona();
    let bip = ws.scenarios[0].groups[0].lines[0].id;
    apply(
        &mut ws,
        Command::SetLineAmount {
            scenario,
            line: bip,
            year: 2023,
            amount: kr(250_000),
        },
    )
    .unwrap();
    let line = year_report(&ws, scenario, 2023).groups[0].lines[0].clone();
    assert_eq!(line.amount, kr(250_000));
    assert!(matches!(line.origin, AmountOrigin::Override(_)));
    assert_eq!(
        ws.catalogue[0].amounts[&2023],
        kr(204_000),
        "the catalogue itself is unchanged"
    );
    apply(
        &mut ws,
        Command::ClearLineOverride {
            scenario,
            line: bip,
            year: 2023,
        },
    )
    .unwrap();
    let line = year_report(&ws, scenario, 2023).groups[0].lines[0].clone();
    assert_eq!(
        (
            line.amount,
            matches!(line.origin, AmountOrigin::Catalogue(_))
        ),
        (kr(204_000), true)
    );
}

#[test]
fn opening_equity_and_other_income_flow_into_the_closing() {
    let (mut ws, scenario, _) = landskrona();
    let other = ws.scenarios[0].other_income[0].id;
    apply(
        &mut ws,
        Command::SetOpeningEquity {
            scenario,
            amount: kr(0),
        },
    )
    .unwrap();
    apply(
        &mut ws,
        Command::SetOtherIncomeAmount {
            scenario,
            line: other,
            year: 2023,
            amount: Money::new(dec!(12.50)),
        },
    )
    .unwrap();
    let y = year_report(&ws, scenario, 2023);
    assert_eq!(y.income_total, Money::new(dec!(5028012.50)));
    assert_eq!(y.closing_equity, Money::new(dec!(1417012.50)));
}

#[test]
fn set_funding_switches_lund_2016_to_the_maximum_state_allocation() {
    let mut ws = lund_2015_2017();
    let scenario = ws.scenarios[1].id;
    let Funding::ApprovedFrames(inputs) = ws.scenarios[1].years[0].funding.clone() else {
        panic!("option 1")
    };
    apply(
        &mut ws,
        Command::SetFunding {
            scenario,
            year: 2016,
            funding: Funding::MaximumState(inputs),
        },
    )
    .unwrap();
    assert_eq!(
        year_report(&ws, scenario, 2016).contributions,
        kr(6_680_000)
    );
}

#[test]
fn invalid_funding_is_refused() {
    let mut ws = lund_2015_2017();
    let scenario = ws.scenarios[1].id;
    let region = ws.parties[2].id;
    let frames = |state: i64, municipal: BTreeMap<PartyId, Money>| {
        Funding::ApprovedFrames(FrameInputs {
            state_offer: kr(state),
            region_frames: BTreeMap::new(),
            municipal_frames: municipal,
        })
    };
    let negative = Command::SetFunding {
        scenario,
        year: 2016,
        funding: frames(-1, BTreeMap::new()),
    };
    assert_eq!(refused(&mut ws, negative), CommandError::NegativeAmount);
    let wrong_kind = Command::SetFunding {
        scenario,
        year: 2016,
        funding: frames(10, BTreeMap::from([(region, kr(5))])),
    };
    assert!(matches!(
        refused(&mut ws, wrong_kind),
        CommandError::WrongPartyKind { .. }
    ));
    let unknown = Funding::Manual {
        amounts: BTreeMap::from([(PartyId(999), kr(1))]),
    };
    let unknown = Command::SetFunding {
        scenario,
        year: 2016,
        funding: unknown,
    };
    assert_eq!(
        refused(&mut ws, unknown),
        CommandError::UnknownParty(PartyId(999))
    );
    let wrong_year = Command::SetFunding {
        scenario,
        year: 2015,
        funding: frames(10, BTreeMap::new()),
    };
    assert_eq!(
        refused(&mut ws, wrong_year),
        CommandError::YearNotInScenario(2015)
    );
}

#[test]
fn bad_amounts_and_references_are_refused() {
    let (mut ws, scenario, line) = landskrona();
    let set = |amount: Money| Command::SetLineAmount {
        scenario,
        line,
        year: 2023,
        amount,
    };
    assert_eq!(
        refused(&mut ws, set(Money::new(dec!(1.005)))),
        CommandError::TooManyDecimals
    );
    assert_eq!(
        refused(&mut ws, set(Money::new(dec!(1000000000000.01)))),
        CommandError::AmountTooLarge
    );
    let wrong_year = Command::SetLineAmount {
        scenario,
        line,
        year: 2022,
        amount: kr(1),
    };
    assert_eq!(
        refused(&mut ws, wrong_year),
        CommandError::YearNotInScenario(2022)
    );
    let missing = Command::SetLineAmount {
        scenario: ScenarioId(999),
        line,
        year: 2023,
        amount: kr(1),
    };
    assert_eq!(
        refused(&mut ws, missing),
        CommandError::UnknownScenario(ScenarioId(999))
    );
    let other = ws.scenarios[0].other_income[0].id;
    let not_cost = Command::SetLineAmount {
        scenario,
        line: other,
        year: 2023,
        amount: kr(1),
    };
    assert_eq!(
        refused(&mut ws, not_cost),
        CommandError::NotACostLine(other)
    );
    let not_income = Command::SetOtherIncomeAmount {
        scenario,
        line,
        year: 2023,
        amount: kr(1),
    };
    assert_eq!(
        refused(&mut ws, not_income),
        CommandError::NotAnIncomeLine(line)
    );
    let own = Command::ClearLineOverride {
        scenario,
        line,
        year: 2023,
    };
    assert_eq!(refused(&mut ws, own), CommandError::NotACatalogueLine(line));
    assert_eq!(
        refused(
            &mut ws,
            Command::RenameLine {
                scenario,
                line,
                name: "  ".into()
            }
        ),
        CommandError::EmptyName
    );
    let long = Command::RenameScenario {
        scenario,
        name: "x".repeat(201),
    };
    assert_eq!(
        refused(&mut ws, long),
        CommandError::NameTooLong { max: 200 }
    );
}

#[test]
fn lines_can_be_added_renamed_and_removed() {
    let (mut ws, scenario, _) = landskrona();
    let group = ws.scenarios[0].groups[1].id;
    let new_id = LineId(ws.next_id);
    apply(
        &mut ws,
        Command::AddLine {
            scenario,
            group,
            name: " Resor ".into(),
            catalogue_item: None,
        },
    )
    .unwrap();
    apply(
        &mut ws,
        Command::SetLineAmount {
            scenario,
            line: new_id,
            year: 2023,
            amount: kr(3_000),
        },
    )
    .unwrap();
    apply(
        &mut ws,
        Command::RenameLine {
            scenario,
            line: new_id,
            name: "Resor och logi".into(),
        },
    )
    .unwrap();
    let y = year_report(&ws, scenario, 2023);
    let added = y.groups[1].lines.last().unwrap();
    assert_eq!(
        (added.id, added.name.as_str(), added.amount),
        (new_id, "Resor och logi", kr(3_000))
    );
    assert_eq!(y.groups[1].total, kr(980_000));
    apply(
        &mut ws,
        Command::RemoveLine {
            scenario,
            line: new_id,
        },
    )
    .unwrap();
    assert_eq!(
        year_report(&ws, scenario, 2023).groups[1].total,
        kr(977_000)
    );
    assert_eq!(
        refused(
            &mut ws,
            Command::RemoveLine {
                scenario,
                line: new_id
            }
        ),
        CommandError::UnknownLine(new_id)
    );
}

#[test]
fn a_catalogue_item_is_added_by_reference() {
    let (mut ws, scenario, _) = landskrona();
    let group = ws.scenarios[0].groups[0].id;
    let item = ws.catalogue[1].id;
    let before = ws.scenarios[0].groups[0].lines.len();
    apply(
        &mut ws,
        Command::AddLine {
            scenario,
            group,
            name: "Ukraina igen".into(),
            catalogue_item: Some(item),
        },
    )
    .unwrap();
    let line = &ws.scenarios[0].groups[0].lines[before];
    assert!(
        matches!(&line.source, LineSource::Catalogue { item: i, overrides } if *i == item && overrides.is_empty())
    );
    assert_eq!(
        year_report(&ws, scenario, 2023).groups[0].total,
        kr(1_182_000)
    );
    let missing = Command::AddLine {
        scenario,
        group,
        name: "x".into(),
        catalogue_item: Some(finsam_planner::engine::ids::CatalogueItemId(999)),
    };
    assert!(matches!(
        refused(&mut ws, missing),
        CommandError::UnknownCatalogueItem(_)
    ));
    let no_group = Command::AddLine {
        scenario,
        group: GroupId(999),
        name: "x".into(),
        catalogue_item: None,
    };
    assert_eq!(
        refused(&mut ws, no_group),
        CommandError::UnknownGroup(GroupId(999))
    );
}

#[test]
fn groups_can_be_added_renamed_and_marked_as_administration() {
    let (mut ws, scenario, _) = landskrona();
    let drift = ws.scenarios[0].groups[2].id;
    apply(
        &mut ws,
        Command::SetGroupAdministration {
            scenario,
            group: drift,
            is_administration: false,
        },
    )
    .unwrap();
    assert_eq!(
        year_report(&ws, scenario, 2023).kpis.admin_share_of_costs,
        Some(dec!(0))
    );
    apply(
        &mut ws,
        Command::RenameGroup {
            scenario,
            group: drift,
            name: "Kansli".into(),
        },
    )
    .unwrap();
    apply(
        &mut ws,
        Command::AddGroup {
            scenario,
            name: "Övrigt".into(),
            is_administration: true,
        },
    )
    .unwrap();
    let y = year_report(&ws, scenario, 2023);
    assert_eq!(
        y.groups.iter().map(|g| g.name.as_str()).collect::<Vec<_>>(),
        ["Beslutade insatser", "Innovationsmiljö", "Kansli", "Övrigt"]
    );
    assert_eq!(y.kpis.admin_share_of_costs, Some(dec!(0)));
}

#[test]
fn duplicate_scenario_copies_with_fresh_ids_right_after_the_original() {
    let mut ws = lund_2015_2017();
    let original = ws.scenarios[0].id;
    let first_new = ws.next_id;
    apply(
        &mut ws,
        Command::DuplicateScenario {
            scenario: original,
            name: "Kopia".into(),
        },
    )
    .unwrap();
    let copy = ws.scenarios[1].clone();
    assert_eq!((copy.id.0, copy.name.as_str()), (first_new, "Kopia"));
    assert!(copy
        .groups
        .iter()
        .all(|g| g.id.0 > first_new && g.lines.iter().all(|l| l.id.0 > first_new)));
    let a = scenario_report(&ws, original).unwrap();
    let b = scenario_report(&ws, copy.id).unwrap();
    let closings = |r: &finsam_planner::engine::report::ScenarioReport| {
        r.years.iter().map(|y| y.closing_equity).collect::<Vec<_>>()
    };
    assert_eq!(closings(&a), closings(&b));
    assert_eq!(ws.next_id, first_new + copy.id_count() as u32);
    // Editing the copy leaves the original alone.
    let line = copy.groups[2].lines[0].id;
    apply(
        &mut ws,
        Command::SetLineAmount {
            scenario: copy.id,
            line,
            year: 2015,
            amount: kr(0),
        },
    )
    .unwrap();
    assert_eq!(
        closings(&scenario_report(&ws, original).unwrap()),
        closings(&a)
    );
}

#[test]
fn rename_overview_plan_and_remove_scenario() {
    let mut ws = lund_2015_2017();
    let scenario = ws.scenarios[0].id;
    apply(
        &mut ws,
        Command::RenameScenario {
            scenario,
            name: "Plan".into(),
        },
    )
    .unwrap();
    apply(
        &mut ws,
        Command::SetOverviewPlan {
            scenario,
            year: 2016,
            overview_plan: true,
        },
    )
    .unwrap();
    assert_eq!(ws.scenarios[0].name, "Plan");
    assert!(ws.scenarios[0].years[1].overview_plan);
    apply(&mut ws, Command::RemoveScenario { scenario }).unwrap();
    assert!(ws.scenario(scenario).is_none());
    assert!(ws.stated_figures.iter().all(|f| f.scenario != scenario));
    assert_eq!(ws.stated_figures.len(), 7);
}

#[test]
fn new_ids_skip_ids_already_in_use_even_if_next_id_is_stale() {
    let (mut ws, scenario, _) = landskrona();
    let highest = ws.max_used_id();
    ws.next_id = 1;
    apply(
        &mut ws,
        Command::AddOtherIncomeLine {
            scenario,
            name: "Ränta".into(),
        },
    )
    .unwrap();
    assert_eq!(ws.scenarios[0].other_income[1].id, LineId(highest + 1));
    assert_eq!(ws.next_id, highest + 2);
}
