//! Scenario-level commands: baseline, new scenarios, funding pairs, restoring a removed scenario,
//! years, line notes and the order of lines and groups. Every refusal leaves the workspace
//! byte-identical.

mod engine_support;

use engine_support::{kr, paid_by, refused};
use finsam_planner::engine::command::{apply, check_scenario, Command, CommandError};
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::ids::{CatalogueItemId, GroupId, LineId, PartyId, ScenarioId};
use finsam_planner::engine::model::{Funding, LineSource, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::{scenario_report, YearReport};

fn ok(ws: &mut Workspace, command: Command) {
    apply(ws, command).unwrap();
}

fn year_report(ws: &Workspace, scenario: ScenarioId, year: u16) -> YearReport {
    scenario_report(ws, scenario)
        .unwrap()
        .year(year)
        .unwrap()
        .clone()
}

fn names(ws: &Workspace) -> Vec<&str> {
    ws.scenarios.iter().map(|s| s.name.as_str()).collect()
}

#[test]
fn the_baseline_is_set_cleared_and_forgotten_with_its_scenario() {
    let mut ws = lund_2015_2017();
    let approved = ws.scenarios[1].id;
    ok(
        &mut ws,
        Command::SetBaseline {
            scenario: Some(approved),
        },
    );
    assert_eq!(ws.baseline, Some(approved));
    let missing = Command::SetBaseline {
        scenario: Some(ScenarioId(999)),
    };
    assert_eq!(
        refused(&mut ws, missing),
        CommandError::UnknownScenario(ScenarioId(999))
    );
    ok(
        &mut ws,
        Command::DuplicateScenario {
            scenario: approved,
            name: "Kopia".into(),
        },
    );
    assert_eq!(ws.baseline, Some(approved), "a copy is not the baseline");
    ok(&mut ws, Command::RemoveScenario { scenario: approved });
    assert_eq!(ws.baseline, None);
    let table = ws.scenarios[0].id;
    ok(
        &mut ws,
        Command::SetBaseline {
            scenario: Some(table),
        },
    );
    ok(&mut ws, Command::SetBaseline { scenario: None });
    assert_eq!(ws.baseline, None);
}

#[test]
fn add_scenario_appends_an_empty_scenario_with_the_standard_groups() {
    let mut ws = landskrona_svalov_2023();
    let first_new = ws.next_id;
    let add = Command::AddScenario {
        name: " Budget 2024 ".into(),
        first_year: 2024,
        year_count: 3,
    };
    ok(&mut ws, add);
    let added = ws.scenarios.last().unwrap().clone();
    assert_eq!(
        (added.id.0, added.name.as_str()),
        (first_new, "Budget 2024")
    );
    assert_eq!(ws.next_id, first_new + 4);
    let groups: Vec<_> = added
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.is_administration, g.lines.len()))
        .collect();
    assert_eq!(
        groups,
        [
            ("Insatser och uppdrag", false, 0),
            ("Innovation och stöd", false, 0),
            ("Förbundets driftskostnader", true, 0)
        ]
    );
    let years: Vec<_> = added
        .years
        .iter()
        .map(|y| (y.year, y.overview_plan))
        .collect();
    assert_eq!(years, [(2024, false), (2025, true), (2026, true)]);
    for plan in &added.years {
        let Funding::ApprovedFrames(inputs) = &plan.funding else {
            panic!("option 1")
        };
        assert_eq!(inputs.state_offer, Money::ZERO);
        assert_eq!(
            inputs.region_frames.values().collect::<Vec<_>>(),
            [&Money::ZERO]
        );
        assert_eq!(
            inputs.municipal_frames.values().collect::<Vec<_>>(),
            [&Money::ZERO, &Money::ZERO]
        );
    }
    assert_eq!(added.opening_equity, Money::ZERO);
    let y = year_report(&ws, added.id, 2026);
    assert_eq!(
        (y.contributions, y.costs_total, y.closing_equity),
        (kr(0), kr(0), kr(0))
    );
    let mut without = ws.clone();
    without.scenarios.pop();
    check_scenario(&without, &added).unwrap();
}

#[test]
fn add_scenario_refuses_bad_names_year_counts_and_years() {
    let mut ws = landskrona_svalov_2023();
    let add = |name: &str, first_year: u16, year_count: u8| Command::AddScenario {
        name: name.into(),
        first_year,
        year_count,
    };
    assert_eq!(refused(&mut ws, add("", 2024, 1)), CommandError::EmptyName);
    assert_eq!(
        refused(&mut ws, add("a\tb", 2024, 1)),
        CommandError::ControlCharacter
    );
    assert_eq!(
        refused(&mut ws, add("B", 2024, 0)),
        CommandError::InvalidYearCount { max: 5 }
    );
    assert_eq!(
        refused(&mut ws, add("B", 2024, 6)),
        CommandError::InvalidYearCount { max: 5 }
    );
    assert_eq!(
        refused(&mut ws, add("B", 1899, 1)),
        CommandError::YearOutOfRange(1899)
    );
    assert_eq!(
        refused(&mut ws, add("B", 2998, 3)),
        CommandError::YearOutOfRange(3000)
    );
    ok(&mut ws, add("B", 2995, 5));
}

/// domain.md §3.2: Lund 2016 under the maximum state allocation and under the approved frame.
#[test]
fn a_funding_pair_of_lund_2016_shows_both_options() {
    let mut ws = lund_2015_2017();
    let approved = ws.scenarios[1].id;
    let first_new = ws.next_id;
    let per_copy = ws.scenarios[1].id_count() as u32;
    ok(&mut ws, Command::CreateFundingPair { scenario: approved });
    assert_eq!(
        names(&ws),
        [
            "Budget 2015–2017 (dokumentets tabell)",
            "Godkänd kommunal ram",
            "Godkänd kommunal ram – Max statlig tilldelning",
            "Godkänd kommunal ram – Godkänd ram",
            "Max statlig tilldelning",
        ]
    );
    let (maximum, frames) = (ws.scenarios[2].id, ws.scenarios[3].id);
    assert_eq!((maximum.0, frames.0), (first_new, first_new + per_copy));
    assert_eq!(ws.next_id, first_new + 2 * per_copy);
    let paid = |s| {
        paid_by(&ws, s, 2016)
            .into_iter()
            .map(|(_, a)| a)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        paid(maximum),
        [kr(3_340_000), kr(0), kr(1_670_000), kr(1_670_000)]
    );
    assert_eq!(
        paid(frames),
        [kr(3_150_000), kr(0), kr(1_575_000), kr(1_575_000)]
    );
    assert!(matches!(
        ws.scenarios[2].years[0].funding,
        Funding::MaximumState(_)
    ));
    assert!(matches!(
        ws.scenarios[3].years[0].funding,
        Funding::ApprovedFrames(_)
    ));
    assert!(ws
        .stated_figures
        .iter()
        .all(|f| f.scenario != maximum && f.scenario != frames));
}

#[test]
fn a_funding_pair_keeps_manual_years_and_needs_a_frame_year() {
    let mut ws = lund_2015_2017();
    let table = ws.scenarios[0].id;
    ok(&mut ws, Command::CreateFundingPair { scenario: table });
    let kinds = |i: usize| {
        ws.scenarios[i]
            .years
            .iter()
            .map(|y| match y.funding {
                Funding::ApprovedFrames(_) => "frames",
                Funding::MaximumState(_) => "max",
                Funding::Manual { .. } => "manual",
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(kinds(1), ["manual", "max", "manual"]);
    assert_eq!(kinds(2), ["manual", "frames", "manual"]);
    let approved = ws.scenarios[3].id;
    let lund = ws.parties[3].id;
    let manual = Funding::Manual {
        amounts: [(lund, kr(1))].into(),
    };
    ok(
        &mut ws,
        Command::SetFunding {
            scenario: approved,
            year: 2016,
            funding: manual,
        },
    );
    let pair = Command::CreateFundingPair { scenario: approved };
    assert_eq!(refused(&mut ws, pair), CommandError::NoFrameFunding);
    let missing = Command::CreateFundingPair {
        scenario: ScenarioId(999),
    };
    assert_eq!(
        refused(&mut ws, missing),
        CommandError::UnknownScenario(ScenarioId(999))
    );
}

#[test]
fn a_long_name_is_shortened_to_fit_the_suffix() {
    let mut ws = lund_2015_2017();
    let approved = ws.scenarios[1].id;
    ok(
        &mut ws,
        Command::RenameScenario {
            scenario: approved,
            name: "å".repeat(200),
        },
    );
    ok(&mut ws, Command::CreateFundingPair { scenario: approved });
    let name = &ws.scenarios[2].name;
    assert_eq!(name.chars().count(), 200);
    assert!(name.ends_with(" – Max statlig tilldelning"));
}

fn json(ws: &Workspace) -> String {
    serde_json::to_string(ws).unwrap()
}

#[test]
fn remove_then_restore_gives_back_the_identical_workspace() {
    let mut ws = lund_2015_2017();
    let table = ws.scenarios[0].id;
    ok(
        &mut ws,
        Command::DuplicateScenario {
            scenario: table,
            name: "Kopia".into(),
        },
    );
    let before = json(&ws);
    let copy = ws.scenarios[1].clone();
    ok(&mut ws, Command::RemoveScenario { scenario: copy.id });
    assert_ne!(json(&ws), before);
    ok(
        &mut ws,
        Command::RestoreScenario {
            scenario: copy.clone(),
            position: 1,
            stated_figures: Vec::new(),
            baseline: false,
        },
    );
    assert_eq!(json(&ws), before);
    let again = Command::RestoreScenario {
        scenario: copy.clone(),
        position: 1,
        stated_figures: Vec::new(),
        baseline: false,
    };
    assert_eq!(refused(&mut ws, again), CommandError::IdInUse(copy.id.0));
}

#[test]
fn restore_brings_back_the_scenario_its_stated_figures_and_baseline() {
    let mut ws = lund_2015_2017();
    let approved = ws.scenarios[1].clone();
    ok(
        &mut ws,
        Command::SetBaseline {
            scenario: Some(approved.id),
        },
    );
    let own: Vec<_> = ws
        .stated_figures
        .iter()
        .filter(|f| f.scenario == approved.id)
        .cloned()
        .collect();
    assert!(!own.is_empty());
    let mut before = ws.stated_figures.clone();
    ok(
        &mut ws,
        Command::RemoveScenario {
            scenario: approved.id,
        },
    );
    assert_eq!(ws.baseline, None);
    ok(
        &mut ws,
        Command::RestoreScenario {
            scenario: approved.clone(),
            position: 99,
            stated_figures: own.clone(),
            baseline: true,
        },
    );
    assert_eq!(
        ws.scenarios.last().unwrap(),
        &approved,
        "a position past the end appends"
    );
    assert_eq!(ws.baseline, Some(approved.id));
    let key = |f: &finsam_planner::engine::model::StatedFigure| format!("{f:?}");
    let mut after = ws.stated_figures.clone();
    before.sort_by_key(key);
    after.sort_by_key(key);
    assert_eq!(after, before, "every stated figure is back");
}

#[test]
fn restore_refuses_a_stated_figure_of_another_scenario() {
    let mut ws = lund_2015_2017();
    let approved = ws.scenarios[1].clone();
    let foreign = ws
        .stated_figures
        .iter()
        .find(|f| f.scenario != approved.id)
        .cloned()
        .unwrap();
    ok(
        &mut ws,
        Command::RemoveScenario {
            scenario: approved.id,
        },
    );
    let before = json(&ws);
    let refusal = refused(
        &mut ws,
        Command::RestoreScenario {
            scenario: approved,
            position: 1,
            stated_figures: vec![foreign.clone()],
            baseline: false,
        },
    );
    assert_eq!(refusal, CommandError::UnknownScenario(foreign.scenario));
    assert_eq!(json(&ws), before, "nothing changed");
}

#[test]
fn restore_checks_the_scenario_like_an_import() {
    let mut ws = lund_2015_2017();
    let original = ws.scenarios[0].clone();
    ok(
        &mut ws,
        Command::RemoveScenario {
            scenario: original.id,
        },
    );
    let restore = |scenario| Command::RestoreScenario {
        scenario,
        position: 0,
        stated_figures: Vec::new(),
        baseline: false,
    };
    let mut gap = original.clone();
    gap.years[2].year = 2018;
    assert_eq!(
        refused(&mut ws, restore(gap)),
        CommandError::YearsNotConsecutive
    );
    let mut six = original.clone();
    for year in 2018..=2020 {
        let mut plan = six.years[2].clone();
        plan.year = year;
        six.years.push(plan);
    }
    assert_eq!(
        refused(&mut ws, restore(six)),
        CommandError::InvalidYearCount { max: 5 }
    );
    let mut unknown_item = original.clone();
    unknown_item.groups[0].lines[0].source = LineSource::Catalogue {
        item: CatalogueItemId(999),
        overrides: Default::default(),
    };
    assert_eq!(
        refused(&mut ws, restore(unknown_item)),
        CommandError::UnknownCatalogueItem(CatalogueItemId(999))
    );
    let mut unknown_party = original.clone();
    unknown_party.years[0].funding = Funding::Manual {
        amounts: [(PartyId(999), kr(1))].into(),
    };
    assert_eq!(
        refused(&mut ws, restore(unknown_party)),
        CommandError::UnknownParty(PartyId(999))
    );
    let mut dangling = original.clone();
    dangling.other_income[0].amounts.insert(2019, kr(5));
    assert_eq!(
        refused(&mut ws, restore(dangling)),
        CommandError::YearNotInScenario(2019)
    );
    let mut clash = original.clone();
    clash.groups[1].id = GroupId(ws.parties[0].id.0);
    assert_eq!(
        refused(&mut ws, restore(clash)),
        CommandError::IdInUse(ws.parties[0].id.0)
    );
    let mut twice = original.clone();
    twice.groups[1].lines[0].id = twice.groups[1].lines[1].id;
    assert!(matches!(
        refused(&mut ws, restore(twice)),
        CommandError::IdInUse(_)
    ));
    let mut unnamed = original.clone();
    unnamed.groups[0].name = " ".into();
    assert_eq!(refused(&mut ws, restore(unnamed)), CommandError::EmptyName);
    ok(&mut ws, restore(original));
}

#[test]
fn every_example_scenario_passes_the_import_check() {
    for ws in [landskrona_svalov_2023(), lund_2015_2017()] {
        for (i, scenario) in ws.scenarios.iter().enumerate() {
            let mut without = ws.clone();
            without.scenarios.remove(i);
            check_scenario(&without, scenario).unwrap();
            assert!(
                check_scenario(&ws, scenario).is_err(),
                "its own ids are in use"
            );
        }
    }
}

#[test]
fn add_year_copies_the_last_years_funding_as_an_overview_plan() {
    let mut ws = lund_2015_2017();
    let approved = ws.scenarios[1].id;
    ok(&mut ws, Command::AddYear { scenario: approved });
    let years = &ws.scenarios[1].years;
    assert_eq!((years[1].year, years[1].overview_plan), (2017, true));
    assert_eq!(years[1].funding, years[0].funding);
    let y2016 = year_report(&ws, approved, 2016);
    let y2017 = year_report(&ws, approved, 2017);
    assert_eq!(y2017.opening_equity, y2016.closing_equity);
    assert_eq!(
        (y2017.contributions, y2017.other_income_total),
        (kr(6_300_000), kr(0))
    );
    for _ in 0..3 {
        ok(&mut ws, Command::AddYear { scenario: approved });
    }
    assert_eq!(ws.scenarios[1].years.last().unwrap().year, 2020);
    let sixth = Command::AddYear { scenario: approved };
    assert_eq!(
        refused(&mut ws, sixth),
        CommandError::TooManyYears { max: 5 }
    );
    ok(
        &mut ws,
        Command::AddScenario {
            name: "Sist".into(),
            first_year: 2999,
            year_count: 1,
        },
    );
    let last = ws.scenarios.last().unwrap().id;
    assert_eq!(
        refused(&mut ws, Command::AddYear { scenario: last }),
        CommandError::YearOutOfRange(3000)
    );
}

#[test]
fn remove_last_year_drops_its_amounts_overrides_income_and_stated_figures() {
    let mut ws = lund_2015_2017();
    let table = ws.scenarios[0].id;
    let catalogue_line = ws.scenarios[0].groups[0].lines[0].id;
    let set = Command::SetLineAmount {
        scenario: table,
        line: catalogue_line,
        year: 2017,
        amount: kr(7),
    };
    ok(&mut ws, set);
    let of_2017 = |ws: &Workspace| {
        ws.stated_figures
            .iter()
            .filter(|f| f.scenario == table && f.year == 2017)
            .count()
    };
    let figures = ws.stated_figures.len();
    let dropped = of_2017(&ws);
    assert!(dropped > 0);
    ok(&mut ws, Command::RemoveLastYear { scenario: table });
    let scenario = &ws.scenarios[0];
    assert_eq!(
        scenario.years.iter().map(|y| y.year).collect::<Vec<_>>(),
        [2015, 2016]
    );
    let mentions_2017 = scenario
        .groups
        .iter()
        .flat_map(|g| &g.lines)
        .any(|l| match &l.source {
            LineSource::Own { amounts } => amounts.contains_key(&2017),
            LineSource::Catalogue { overrides, .. } => overrides.contains_key(&2017),
        });
    assert!(!mentions_2017 && !scenario.other_income[0].amounts.contains_key(&2017));
    assert_eq!(
        (of_2017(&ws), ws.stated_figures.len()),
        (0, figures - dropped)
    );
    let mut without = ws.clone();
    let removed = without.scenarios.remove(0);
    check_scenario(&without, &removed).unwrap();
    // The 2015 and 2016 figures are as before: 2015 closes at 1 090 000 (seed_figures.md B).
    assert_eq!(year_report(&ws, table, 2015).closing_equity, kr(1_090_000));
    ok(&mut ws, Command::RemoveLastYear { scenario: table });
    let only = Command::RemoveLastYear { scenario: table };
    assert_eq!(refused(&mut ws, only), CommandError::OnlyOneYear);
}

#[test]
fn a_line_note_is_trimmed_keeps_line_breaks_and_refuses_control_characters() {
    let mut ws = landskrona_svalov_2023();
    let scenario = ws.scenarios[0].id;
    let line = ws.scenarios[0].groups[2].lines[0].id;
    let note = |note: &str| Command::SetLineNote {
        scenario,
        line,
        note: note.into(),
    };
    ok(&mut ws, note("  Avtal t.o.m. 2024\r\nFörlängs årsvis \n"));
    assert_eq!(
        ws.scenarios[0].groups[2].lines[0].note,
        "Avtal t.o.m. 2024\nFörlängs årsvis"
    );
    ok(&mut ws, note(&"å".repeat(2000)));
    assert_eq!(
        refused(&mut ws, note(&"å".repeat(2001))),
        CommandError::NoteTooLong { max: 2000 }
    );
    assert_eq!(
        refused(&mut ws, note("a\tb")),
        CommandError::ControlCharacter
    );
    assert_eq!(
        refused(&mut ws, note("a\u{7}b")),
        CommandError::ControlCharacter
    );
    let income = ws.scenarios[0].other_income[0].id;
    let on_income = Command::SetLineNote {
        scenario,
        line: income,
        note: "x".into(),
    };
    assert_eq!(
        refused(&mut ws, on_income),
        CommandError::NotACostLine(income)
    );
    let unknown = Command::SetLineNote {
        scenario,
        line: LineId(999),
        note: "x".into(),
    };
    assert_eq!(
        refused(&mut ws, unknown),
        CommandError::UnknownLine(LineId(999))
    );
    ok(&mut ws, note(""));
    assert_eq!(ws, landskrona_svalov_2023());
}

#[test]
fn lines_and_groups_move_one_step_and_refuse_to_pass_the_edge() {
    let mut ws = landskrona_svalov_2023();
    let scenario = ws.scenarios[0].id;
    let lines: Vec<LineId> = ws.scenarios[0].groups[2]
        .lines
        .iter()
        .map(|l| l.id)
        .collect();
    let before = year_report(&ws, scenario, 2023);
    ok(
        &mut ws,
        Command::MoveLine {
            scenario,
            line: lines[0],
            up: false,
        },
    );
    let order: Vec<LineId> = ws.scenarios[0].groups[2]
        .lines
        .iter()
        .map(|l| l.id)
        .collect();
    assert_eq!(order[..3], [lines[1], lines[0], lines[2]]);
    ok(
        &mut ws,
        Command::MoveLine {
            scenario,
            line: lines[0],
            up: true,
        },
    );
    let up = Command::MoveLine {
        scenario,
        line: lines[0],
        up: true,
    };
    assert_eq!(refused(&mut ws, up), CommandError::AlreadyFirst);
    let down = Command::MoveLine {
        scenario,
        line: *lines.last().unwrap(),
        up: false,
    };
    assert_eq!(refused(&mut ws, down), CommandError::AlreadyLast);
    let income = ws.scenarios[0].other_income[0].id;
    let not_cost = Command::MoveLine {
        scenario,
        line: income,
        up: true,
    };
    assert_eq!(
        refused(&mut ws, not_cost),
        CommandError::NotACostLine(income)
    );
    let groups: Vec<GroupId> = ws.scenarios[0].groups.iter().map(|g| g.id).collect();
    ok(
        &mut ws,
        Command::MoveGroup {
            scenario,
            group: groups[2],
            up: true,
        },
    );
    let order: Vec<GroupId> = ws.scenarios[0].groups.iter().map(|g| g.id).collect();
    assert_eq!(order, [groups[0], groups[2], groups[1]]);
    let after = year_report(&ws, scenario, 2023);
    assert_eq!(
        (after.costs_total, after.closing_equity),
        (before.costs_total, before.closing_equity)
    );
    assert_eq!(
        refused(
            &mut ws,
            Command::MoveGroup {
                scenario,
                group: groups[0],
                up: true
            }
        ),
        CommandError::AlreadyFirst
    );
    assert_eq!(
        refused(
            &mut ws,
            Command::MoveGroup {
                scenario,
                group: groups[1],
                up: false
            }
        ),
        CommandError::AlreadyLast
    );
    let unknown = Command::MoveGroup {
        scenario,
        group: GroupId(999),
        up: true,
    };
    assert_eq!(
        refused(&mut ws, unknown),
        CommandError::UnknownGroup(GroupId(999))
    );
}

/// seed_figures.md A: costs 3 611 000, of which Innovationsmiljö 977 000; closing 4 649 297.
#[test]
fn removing_a_group_removes_its_lines_from_every_total() {
    let mut ws = landskrona_svalov_2023();
    let scenario = ws.scenarios[0].id;
    let innovation = ws.scenarios[0].groups[1].id;
    ok(
        &mut ws,
        Command::RemoveGroup {
            scenario,
            group: innovation,
        },
    );
    let y = year_report(&ws, scenario, 2023);
    assert_eq!(y.groups.len(), 2);
    assert_eq!(
        (y.costs_total, y.closing_equity),
        (kr(2_634_000), kr(5_626_297))
    );
    let again = Command::RemoveGroup {
        scenario,
        group: innovation,
    };
    assert_eq!(
        refused(&mut ws, again),
        CommandError::UnknownGroup(innovation)
    );
}
