//! Workspace-level commands: member parties, split keys, the equity table, the förbund's name;
//! the empty workspace; and stored data from before `baseline` and line notes.

mod engine_support;

use engine_support::{kr, paid_by, refused};
use finsam_planner::engine::command::{apply, check_scenario, Command, CommandError};
use finsam_planner::engine::examples::{empty_workspace, landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::ids::PartyId;
use finsam_planner::engine::model::{
    EquityStep, FigureRef, Funding, PartyKind, SecondMeasure, SplitKey, SplitMethod, SplitSide,
    StatedFigure, Workspace,
};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::scenario_report;
use rust_decimal::{dec, Decimal};
use std::collections::BTreeMap;

fn ok(ws: &mut Workspace, command: Command) {
    apply(ws, command).unwrap();
}

fn amounts(ws: &Workspace, scenario: usize, year: u16) -> Vec<Money> {
    let id = ws.scenarios[scenario].id;
    paid_by(ws, id, year).into_iter().map(|(_, a)| a).collect()
}

fn add_staffanstorp(ws: &mut Workspace) -> PartyId {
    let id = PartyId(ws.next_id);
    let add = Command::AddParty {
        name: "Staffanstorps kommun".into(),
        kind: PartyKind::Municipality,
        weight: None,
    };
    ok(ws, add);
    id
}

#[test]
fn a_new_municipality_gets_weight_0_and_a_zero_frame_so_no_figure_changes() {
    let mut ws = lund_2015_2017();
    let original = lund_2015_2017();
    let staffanstorp = add_staffanstorp(&mut ws);
    assert_eq!(ws.parties.last().unwrap().kind, PartyKind::Municipality);
    let lund = ws.parties[3].id;
    let parts = BTreeMap::from([(lund, 1), (staffanstorp, 0)]);
    assert_eq!(
        ws.municipal_split.method,
        SplitMethod::FixedShares { parts }
    );
    let Funding::ApprovedFrames(inputs) = &ws.scenarios[1].years[0].funding else {
        panic!()
    };
    assert_eq!(inputs.municipal_frames.get(&staffanstorp), Some(&kr(0)));
    assert!(
        matches!(&ws.scenarios[0].years[0].funding, Funding::Manual { amounts } if !amounts.contains_key(&staffanstorp))
    );
    // Lund 2016, approved frame: 3 150 000 / 1 575 000 / 1 575 000, and 0 for the newcomer.
    assert_eq!(
        amounts(&ws, 1, 2016),
        [kr(3_150_000), kr(0), kr(1_575_000), kr(1_575_000), kr(0)]
    );
    for (scenario, plan) in ws.scenarios.iter().zip(&original.scenarios) {
        let a = scenario_report(&ws, scenario.id).unwrap();
        let b = scenario_report(&original, plan.id).unwrap();
        let closings = |r: &finsam_planner::engine::report::ScenarioReport| {
            r.years.iter().map(|y| y.closing_equity).collect::<Vec<_>>()
        };
        assert_eq!(closings(&a), closings(&b));
    }
    ok(
        &mut ws,
        Command::RemoveParty {
            party: staffanstorp,
        },
    );
    let mut expected = lund_2015_2017();
    expected.next_id += 1;
    assert_eq!(
        ws, expected,
        "adding and removing a member leaves only the id counter moved"
    );
}

#[test]
fn a_population_key_gets_weight_0_for_a_new_municipality() {
    let mut ws = landskrona_svalov_2023();
    let bjuv = PartyId(ws.next_id);
    ok(
        &mut ws,
        Command::AddParty {
            name: "Bjuvs kommun".into(),
            kind: PartyKind::Municipality,
            weight: None,
        },
    );
    let SplitMethod::Population { population, .. } = &ws.municipal_split.method else {
        panic!()
    };
    assert_eq!(population.get(&bjuv), Some(&0));
    let Funding::ApprovedFrames(inputs) = &ws.scenarios[0].years[0].funding else {
        panic!()
    };
    assert!(
        inputs.municipal_frames.is_empty(),
        "frames not stated stay not stated"
    );
    ok(
        &mut ws,
        Command::AddParty {
            name: "Region Halland".into(),
            kind: PartyKind::Region,
            weight: None,
        },
    );
    assert_eq!(
        ws.regional_split.method,
        SplitMethod::FixedShares {
            parts: BTreeMap::from([(ws.parties[2].id, 1), (PartyId(ws.next_id - 1), 0)])
        }
    );
}

#[test]
fn parties_are_renamed_and_some_kinds_are_unique_or_required() {
    let mut ws = lund_2015_2017();
    let (fk, af, region, lund) = (
        ws.parties[0].id,
        ws.parties[1].id,
        ws.parties[2].id,
        ws.parties[3].id,
    );
    ok(
        &mut ws,
        Command::RenameParty {
            party: region,
            name: " Region Skåne (RS) ".into(),
        },
    );
    assert_eq!(ws.parties[2].name, "Region Skåne (RS)");
    assert_eq!(
        refused(
            &mut ws,
            Command::RenameParty {
                party: region,
                name: "".into()
            }
        ),
        CommandError::EmptyName
    );
    assert_eq!(
        refused(
            &mut ws,
            Command::RenameParty {
                party: PartyId(999),
                name: "X".into()
            }
        ),
        CommandError::UnknownParty(PartyId(999))
    );
    let second_fk = Command::AddParty {
        name: "FK 2".into(),
        kind: PartyKind::Forsakringskassan,
        weight: None,
    };
    assert_eq!(
        refused(&mut ws, second_fk),
        CommandError::OnlyOnePartyOfKind(PartyKind::Forsakringskassan)
    );
    let second_af = Command::AddParty {
        name: "AF 2".into(),
        kind: PartyKind::Arbetsformedlingen,
        weight: None,
    };
    assert_eq!(
        refused(&mut ws, second_af),
        CommandError::OnlyOnePartyOfKind(PartyKind::Arbetsformedlingen)
    );
    for (party, kind) in [
        (fk, PartyKind::Forsakringskassan),
        (region, PartyKind::Region),
        (lund, PartyKind::Municipality),
    ] {
        assert_eq!(
            refused(&mut ws, Command::RemoveParty { party }),
            CommandError::LastPartyOfKind(kind)
        );
    }
    assert_eq!(
        refused(
            &mut ws,
            Command::RemoveParty {
                party: PartyId(999)
            }
        ),
        CommandError::UnknownParty(PartyId(999))
    );
    // Arbetsförmedlingen pays nothing itself; removing it clears its catalogue roles.
    ok(&mut ws, Command::RemoveParty { party: af });
    assert!(ws
        .catalogue
        .iter()
        .all(|c| c.owner != Some(af) && !c.participants.contains(&af)));
    assert_eq!(
        amounts(&ws, 1, 2016),
        [kr(3_150_000), kr(1_575_000), kr(1_575_000)]
    );
    ok(
        &mut ws,
        Command::AddParty {
            name: "Arbetsförmedlingen".into(),
            kind: PartyKind::Arbetsformedlingen,
            weight: None,
        },
    );
}

#[test]
fn a_party_with_a_non_zero_funding_input_is_not_removed() {
    let mut ws = lund_2015_2017();
    let staffanstorp = add_staffanstorp(&mut ws);
    let approved = ws.scenarios[1].id;
    let Funding::ApprovedFrames(mut inputs) = ws.scenarios[1].years[0].funding.clone() else {
        panic!()
    };
    inputs.municipal_frames.insert(staffanstorp, kr(100_000));
    ok(
        &mut ws,
        Command::SetFunding {
            scenario: approved,
            year: 2016,
            funding: Funding::ApprovedFrames(inputs),
        },
    );
    let error = refused(
        &mut ws,
        Command::RemoveParty {
            party: staffanstorp,
        },
    );
    assert_eq!(
        error,
        CommandError::PartyHasFunding {
            party: staffanstorp,
            scenario: approved,
            scenario_name: "Godkänd kommunal ram".into(),
            year: 2016
        }
    );
    assert!(error
        .message_sv()
        .contains("\"Godkänd kommunal ram\" år 2016"));
    assert!(error
        .message_en()
        .contains("\"Godkänd kommunal ram\" in 2016"));
}

#[test]
fn removing_a_party_removes_its_key_weight_and_stated_contribution() {
    let mut ws = landskrona_svalov_2023();
    let (landskrona, svalov) = (ws.parties[3].id, ws.parties[4].id);
    let scenario = ws.scenarios[0].id;
    ws.stated_figures.push(StatedFigure {
        scenario,
        year: 2023,
        what: FigureRef::PartyContribution(svalov),
        amount: kr(1),
        source: "test".into(),
    });
    let figures = ws.stated_figures.len();
    ok(&mut ws, Command::RemoveParty { party: svalov });
    let SplitMethod::Population { population, .. } = &ws.municipal_split.method else {
        panic!()
    };
    assert_eq!(population, &BTreeMap::from([(landskrona, 46_000)]));
    assert_eq!(ws.stated_figures.len(), figures - 1);
    // 5 028 000 = 2 514 000 + 1 257 000 + 1 257 000, the whole municipal quarter now Landskrona's.
    assert_eq!(
        amounts(&ws, 0, 2023),
        [kr(2_514_000), kr(0), kr(1_257_000), kr(1_257_000)]
    );
}

#[test]
fn a_key_left_without_weights_becomes_equal_shares() {
    let mut ws = lund_2015_2017();
    let lund = ws.parties[3].id;
    let a = add_staffanstorp(&mut ws);
    let b = PartyId(ws.next_id);
    ok(
        &mut ws,
        Command::AddParty {
            name: "Eslövs kommun".into(),
            kind: PartyKind::Municipality,
            weight: None,
        },
    );
    ok(
        &mut ws,
        Command::SetSplitKey {
            side: SplitSide::Municipal,
            key: fixed(&[(a, 1), (b, 0), (lund, 0)]),
        },
    );
    // Staffanstorp's zero frames elsewhere do not block; its weight is the only one.
    ok(&mut ws, Command::RemoveParty { party: a });
    assert_eq!(ws.municipal_split, SplitKey::equal(&[lund, b], ""));
}

fn fixed(parts: &[(PartyId, u64)]) -> SplitKey {
    SplitKey {
        method: SplitMethod::FixedShares {
            parts: parts.iter().copied().collect(),
        },
        note: String::new(),
    }
}

#[test]
fn a_fixed_key_splits_landskronas_quarter_60_40() {
    let mut ws = landskrona_svalov_2023();
    let (landskrona, svalov) = (ws.parties[3].id, ws.parties[4].id);
    let mut key = fixed(&[(landskrona, 60), (svalov, 40)]);
    key.note = "  Enligt förbundsordningen \n".into();
    ok(
        &mut ws,
        Command::SetSplitKey {
            side: SplitSide::Municipal,
            key,
        },
    );
    assert_eq!(ws.municipal_split.note, "Enligt förbundsordningen");
    // 1 257 000 × 0.6 = 754 200; × 0.4 = 502 800.
    assert_eq!(
        amounts(&ws, 0, 2023),
        [
            kr(2_514_000),
            kr(0),
            kr(1_257_000),
            kr(754_200),
            kr(502_800)
        ]
    );
}

#[test]
fn a_blended_key_mixes_population_and_the_second_measure() {
    let mut ws = landskrona_svalov_2023();
    let (landskrona, svalov) = (ws.parties[3].id, ws.parties[4].id);
    let second = SecondMeasure {
        name: "Försörjningsmått".into(),
        population_weight: 1,
        measure_weight: 1,
        values: BTreeMap::from([(landskrona, 1), (svalov, 1)]),
    };
    let key = SplitKey {
        method: SplitMethod::Population {
            population: BTreeMap::from([(landskrona, 3), (svalov, 1)]),
            second: Some(second),
        },
        note: String::new(),
    };
    ok(
        &mut ws,
        Command::SetSplitKey {
            side: SplitSide::Municipal,
            key,
        },
    );
    // Landskrona (3/4 + 1/2) / 2 = 5/8 of 1 257 000 = 785 625; Svalöv 3/8 = 471 375.
    assert_eq!(amounts(&ws, 0, 2023)[3..], [kr(785_625), kr(471_375)]);
}

#[test]
fn invalid_split_keys_are_refused() {
    let mut ws = landskrona_svalov_2023();
    let (region, landskrona, svalov) = (ws.parties[2].id, ws.parties[3].id, ws.parties[4].id);
    let set = |side, key| Command::SetSplitKey { side, key };
    let wrong = set(SplitSide::Municipal, fixed(&[(landskrona, 1), (region, 1)]));
    assert_eq!(
        refused(&mut ws, wrong),
        CommandError::WrongPartyKind {
            party: region,
            expected: PartyKind::Municipality
        }
    );
    let wrong = set(SplitSide::Regional, fixed(&[(landskrona, 1)]));
    assert_eq!(
        refused(&mut ws, wrong),
        CommandError::WrongPartyKind {
            party: landskrona,
            expected: PartyKind::Region
        }
    );
    let unknown = set(SplitSide::Municipal, fixed(&[(PartyId(999), 1)]));
    assert_eq!(
        refused(&mut ws, unknown),
        CommandError::UnknownParty(PartyId(999))
    );
    let zeros = set(SplitSide::Municipal, fixed(&[(landskrona, 0), (svalov, 0)]));
    assert_eq!(
        refused(&mut ws, zeros),
        CommandError::SplitKeyWithoutWeights
    );
    assert_eq!(
        refused(&mut ws, set(SplitSide::Municipal, fixed(&[]))),
        CommandError::SplitKeyWithoutWeights
    );
    let second = SecondMeasure {
        name: "Mått".into(),
        population_weight: 0,
        measure_weight: 0,
        values: BTreeMap::from([(svalov, 5)]),
    };
    let unweighted = SplitKey {
        method: SplitMethod::Population {
            population: BTreeMap::from([(landskrona, 5)]),
            second: Some(second),
        },
        note: String::new(),
    };
    assert_eq!(
        refused(&mut ws, set(SplitSide::Municipal, unweighted)),
        CommandError::SplitKeyWithoutWeights
    );
    let mut control = fixed(&[(landskrona, 1)]);
    control.note = "a\u{0}b".into();
    assert_eq!(
        refused(&mut ws, set(SplitSide::Municipal, control)),
        CommandError::ControlCharacter
    );
    // A single region needs no weight.
    ok(&mut ws, set(SplitSide::Regional, fixed(&[(region, 0)])));
    assert_eq!(amounts(&ws, 0, 2023)[2], kr(1_257_000));
}

fn step(up_to: i64, max_share: Decimal) -> EquityStep {
    EquityStep {
        up_to: kr(up_to),
        max_share,
        confirmed: false,
        source: " att bekräfta ".into(),
    }
}

#[test]
fn the_equity_table_is_replaced_after_checking_every_row() {
    let mut ws = landskrona_svalov_2023();
    let scenario = ws.scenarios[0].id;
    let steps = vec![
        step(15_000_000, dec!(0.15)),
        step(7_000_000, dec!(0.20)),
        step(20_000_000, Decimal::ONE),
    ];
    ok(&mut ws, Command::SetEquitySteps { steps });
    assert_eq!(ws.settings.equity_steps[0].source, "att bekräfta");
    assert_eq!(
        ws.settings.equity_steps[1].up_to,
        kr(7_000_000),
        "rows keep their order"
    );
    // 20 % of 5 028 000 = 1 005 600.
    let year = scenario_report(&ws, scenario).unwrap().years[0].clone();
    assert_eq!(year.equity.recommended_max, Some(kr(1_005_600)));
    let set = |steps| Command::SetEquitySteps { steps };
    assert_eq!(
        refused(&mut ws, set(vec![step(1, Decimal::ZERO)])),
        CommandError::EquityShareOutOfRange
    );
    assert_eq!(
        refused(&mut ws, set(vec![step(1, dec!(1.01))])),
        CommandError::EquityShareOutOfRange
    );
    assert_eq!(
        refused(&mut ws, set(vec![step(1, dec!(-0.1))])),
        CommandError::EquityShareOutOfRange
    );
    assert_eq!(
        refused(&mut ws, set(vec![step(0, dec!(0.2))])),
        CommandError::EquityBoundNotPositive
    );
    assert_eq!(
        refused(&mut ws, set(vec![step(-5, dec!(0.2))])),
        CommandError::EquityBoundNotPositive
    );
    let twice = vec![step(7_000_000, dec!(0.2)), step(7_000_000, dec!(0.1))];
    let error = refused(&mut ws, set(twice));
    assert_eq!(error, CommandError::DuplicateEquityBound(kr(7_000_000)));
    assert!(error.message_sv().contains("7000000 kr"));
    let mut fraction = step(1, dec!(0.2));
    fraction.up_to = Money::new(dec!(1.001));
    assert_eq!(
        refused(&mut ws, set(vec![fraction])),
        CommandError::TooManyDecimals
    );
    ok(&mut ws, set(Vec::new()));
    let year = scenario_report(&ws, scenario).unwrap().years[0].clone();
    assert_eq!(year.equity.recommended_max, None);
}

#[test]
fn the_workspace_name_and_org_number_are_checked() {
    let mut ws = landskrona_svalov_2023();
    let set = |name: &str, org: &str| Command::SetWorkspaceName {
        name: name.into(),
        org_number: org.into(),
    };
    ok(
        &mut ws,
        set(" Samordningsförbundet Landskrona–Svalöv ", " 2220002733 "),
    );
    assert_eq!(
        (ws.name.as_str(), ws.org_number.as_str()),
        ("Samordningsförbundet Landskrona–Svalöv", "2220002733")
    );
    ok(&mut ws, set("Förbundet", ""));
    ok(&mut ws, set("Förbundet", "222000-2733"));
    assert_eq!(
        refused(&mut ws, set("", "222000-2733")),
        CommandError::EmptyName
    );
    for bad in [
        "12345",
        "222000-27333",
        "22200-02733",
        "222000–2733",
        "ABCDEF-GHIJ",
        "222000 2733",
    ] {
        assert_eq!(
            refused(&mut ws, set("Förbundet", bad)),
            CommandError::InvalidOrgNumber,
            "{bad}"
        );
    }
}

#[test]
fn the_empty_workspace_has_the_four_members_and_one_empty_three_year_budget() {
    let ws = empty_workspace(" Samordningsförbundet Test ", 2025);
    assert_eq!(ws.name, "Samordningsförbundet Test");
    let parties: Vec<_> = ws
        .parties
        .iter()
        .map(|p| (p.name.as_str(), p.kind))
        .collect();
    assert_eq!(
        parties,
        [
            ("Försäkringskassan", PartyKind::Forsakringskassan),
            ("Arbetsförmedlingen", PartyKind::Arbetsformedlingen),
            ("Region", PartyKind::Region),
            ("Kommun", PartyKind::Municipality),
        ]
    );
    assert_eq!(ws.scenarios.len(), 1);
    let scenario = &ws.scenarios[0];
    // The budget year and two plan years (översiktsplan), and an empty "Övriga intäkter" row.
    let years: Vec<_> = scenario
        .years
        .iter()
        .map(|y| (y.year, y.overview_plan))
        .collect();
    assert_eq!(scenario.name, "Budget 2025");
    assert_eq!(years, [(2025, false), (2026, true), (2027, true)]);
    let income: Vec<_> = scenario
        .other_income
        .iter()
        .map(|l| (l.name.as_str(), l.amounts.len()))
        .collect();
    assert_eq!(income, [("Övriga intäkter", 0)]);
    assert_eq!(ws.next_id, ws.max_used_id() + 1);
    assert_eq!(
        (ws.baseline, ws.settings.clone()),
        (None, Default::default())
    );
    let y = scenario_report(&ws, scenario.id).unwrap().years[0].clone();
    assert_eq!((y.contributions, y.closing_equity), (kr(0), kr(0)));
    // The same as AddScenario builds, apart from the ids.
    let mut other = ws.clone();
    ok(
        &mut other,
        Command::AddScenario {
            name: "Budget 2025".into(),
            first_year: 2025,
            year_count: 3,
        },
    );
    let mut added = other.scenarios[1].clone();
    added.id = scenario.id;
    added.other_income = scenario.other_income.clone();
    for (group, original) in added.groups.iter_mut().zip(&scenario.groups) {
        group.id = original.id;
    }
    assert_eq!(&added, scenario);
    let mut without = ws.clone();
    let removed = without.scenarios.remove(0);
    check_scenario(&without, &removed).unwrap();
}

#[test]
fn stored_data_without_baseline_or_line_notes_still_loads() {
    let ws = lund_2015_2017();
    let mut value = serde_json::to_value(&ws).unwrap();
    let object = value.as_object_mut().unwrap();
    assert!(object.remove("baseline").is_some());
    let mut removed = 0;
    for scenario in object["scenarios"].as_array_mut().unwrap() {
        for group in scenario["groups"].as_array_mut().unwrap() {
            for line in group["lines"].as_array_mut().unwrap() {
                removed += usize::from(line.as_object_mut().unwrap().remove("note").is_some());
            }
        }
    }
    assert!(removed > 10);
    let loaded: Workspace = serde_json::from_value(value).unwrap();
    assert_eq!(loaded, ws);
    let mut noted = ws.clone();
    noted.baseline = Some(ws.scenarios[1].id);
    noted.scenarios[0].groups[0].lines[0].note = "rad 1\nrad 2".into();
    let text = serde_json::to_string(&noted).unwrap();
    assert_eq!(serde_json::from_str::<Workspace>(&text).unwrap(), noted);
}

#[test]
fn a_new_municipality_added_with_its_population_pays_its_share_at_once() {
    let mut ws = landskrona_svalov_2023();
    let bjuv = PartyId(ws.next_id);
    ok(
        &mut ws,
        Command::AddParty {
            name: "Bjuvs kommun".into(),
            kind: PartyKind::Municipality,
            weight: Some(14_000),
        },
    );
    let SplitMethod::Population { population, .. } = &ws.municipal_split.method else {
        panic!("Landskrona's key is by population")
    };
    assert_eq!(population.get(&bjuv), Some(&14_000));
    // By hand: the municipal quarter 1 257 000 by 46 000 : 14 000 : 14 000 is 781 378,38 / 237 810,81 /
    // 237 810,81; the two kronor left go to the largest remainders (Svalöv, then Bjuv).
    let paid: Vec<(String, Money)> = paid_by(&ws, ws.scenarios[0].id, 2023);
    let municipal: Vec<_> = paid
        .iter()
        .filter(|(n, _)| n.contains("Landskrona") || n.contains("Svalöv") || n.contains("Bjuv"))
        .cloned()
        .collect();
    assert_eq!(
        municipal,
        [
            ("Landskrona Stad".to_string(), kr(781_378)),
            ("Svalövs kommun".to_string(), kr(237_811)),
            ("Bjuvs kommun".to_string(), kr(237_811)),
        ]
    );
}
