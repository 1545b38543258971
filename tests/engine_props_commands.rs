//! Property tests over sequences of arbitrary commands on the Lund and Landskrona examples:
//! nothing panics, a refused command leaves the workspace byte-identical, and after every
//! accepted command the workspace stays consistent (every scenario passes the import check,
//! the baseline exists, split keys name only members of their side and never lack weights).
#![cfg(not(target_arch = "wasm32"))]

mod prop_money;

use finsam_planner::engine::command::{apply, check_scenario, Command};
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::funding::FundingWarning;
use finsam_planner::engine::ids::*;
use finsam_planner::engine::model::*;
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::scenario_report;
use prop_money::money;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn party() -> impl Strategy<Value = PartyId> {
    prop_oneof![(0u32..10).prop_map(PartyId), (60u32..62).prop_map(PartyId)]
}

fn party_amounts() -> impl Strategy<Value = BTreeMap<PartyId, Money>> {
    prop::collection::btree_map(party(), money(), 0..4)
}

fn funding() -> impl Strategy<Value = Funding> {
    let inputs = || {
        (money(), party_amounts(), party_amounts()).prop_map(|(state_offer, r, m)| FrameInputs {
            state_offer,
            region_frames: r,
            municipal_frames: m,
        })
    };
    prop_oneof![
        inputs().prop_map(Funding::ApprovedFrames),
        inputs().prop_map(Funding::MaximumState),
        party_amounts().prop_map(|amounts| Funding::Manual { amounts }),
    ]
}

fn split_key() -> impl Strategy<Value = SplitKey> {
    let weights =
        || prop::collection::btree_map(party(), prop_oneof![0u64..100, Just(u64::MAX)], 0..4);
    let second = (0u32..3, 0u32..3, weights()).prop_map(|(a, b, values)| SecondMeasure {
        name: "m".into(),
        population_weight: a,
        measure_weight: b,
        values,
    });
    let method = prop_oneof![
        weights().prop_map(|parts| SplitMethod::FixedShares { parts }),
        (weights(), prop::option::of(second))
            .prop_map(|(population, second)| SplitMethod::Population { population, second }),
    ];
    (method, "[a \t]{0,2}").prop_map(|(method, note)| SplitKey { method, note })
}

fn kind() -> impl Strategy<Value = PartyKind> {
    prop_oneof![
        Just(PartyKind::Forsakringskassan),
        Just(PartyKind::Arbetsformedlingen),
        Just(PartyKind::Region),
        Just(PartyKind::Municipality),
    ]
}

fn equity_steps() -> impl Strategy<Value = Vec<EquityStep>> {
    let step = (-1i64..4, -1i64..12).prop_map(|(m, share)| EquityStep {
        up_to: Money::from_kr(m * 5_000_000),
        max_share: Decimal::new(share, 1),
        confirmed: false,
        source: String::new(),
    });
    prop::collection::vec(step, 0..3)
}

/// A scenario to restore: one of Lund's, possibly with its id changed.
fn restorable() -> impl Strategy<Value = Scenario> {
    (0usize..3, prop::option::of(0u32..80)).prop_map(|(i, id)| {
        let mut scenario = lund_2015_2017().scenarios[i].clone();
        if let Some(id) = id {
            scenario.id = ScenarioId(id);
        }
        scenario
    })
}

fn scenario_id() -> impl Strategy<Value = ScenarioId> + Clone {
    (0u32..70).prop_map(ScenarioId)
}

fn line_id() -> impl Strategy<Value = LineId> + Clone {
    (0u32..70).prop_map(LineId)
}

fn group_id() -> impl Strategy<Value = GroupId> + Clone {
    (0u32..70).prop_map(GroupId)
}

fn year() -> impl Strategy<Value = u16> + Clone {
    prop_oneof![6 => 2015u16..2018, 2 => 2022u16..2025, 1 => Just(1899), 1 => Just(u16::MAX)]
}

const NAME: &str = "[ a-ö\t]{0,3}";

/// The commands that edit lines, amounts and scenarios.
fn line_commands() -> BoxedStrategy<Command> {
    let (s, l, g, y) = (scenario_id(), line_id(), group_id(), year());
    prop_oneof![
        (s.clone(), l.clone(), y.clone(), money()).prop_map(|(scenario, line, year, amount)| {
            Command::SetLineAmount {
                scenario,
                line,
                year,
                amount,
            }
        }),
        (s.clone(), l.clone(), y.clone()).prop_map(|(scenario, line, year)| {
            Command::ClearLineOverride {
                scenario,
                line,
                year,
            }
        }),
        (s.clone(), l.clone(), y.clone(), money()).prop_map(|(scenario, line, year, amount)| {
            Command::SetOtherIncomeAmount {
                scenario,
                line,
                year,
                amount,
            }
        }),
        (s.clone(), money())
            .prop_map(|(scenario, amount)| Command::SetOpeningEquity { scenario, amount }),
        (s.clone(), y, funding()).prop_map(|(scenario, year, funding)| Command::SetFunding {
            scenario,
            year,
            funding
        }),
        (s.clone(), l.clone(), NAME).prop_map(|(scenario, line, name)| Command::RenameLine {
            scenario,
            line,
            name
        }),
        (
            s.clone(),
            g.clone(),
            NAME,
            prop::option::of((0u32..40).prop_map(CatalogueItemId))
        )
            .prop_map(|(scenario, group, name, catalogue_item)| Command::AddLine {
                scenario,
                group,
                name,
                catalogue_item
            }),
        (s.clone(), l.clone()).prop_map(|(scenario, line)| Command::RemoveLine { scenario, line }),
        (s.clone(), g, any::<bool>()).prop_map(|(scenario, group, is_administration)| {
            Command::SetGroupAdministration {
                scenario,
                group,
                is_administration,
            }
        }),
        (s.clone(), NAME)
            .prop_map(|(scenario, name)| Command::DuplicateScenario { scenario, name }),
        s.clone()
            .prop_map(|scenario| Command::RemoveScenario { scenario }),
        (s.clone(), l.clone(), "[a\n\r\t]{0,3}").prop_map(|(scenario, line, note)| {
            Command::SetLineNote {
                scenario,
                line,
                note,
            }
        }),
        (s, l, any::<bool>()).prop_map(|(scenario, line, up)| Command::MoveLine {
            scenario,
            line,
            up
        }),
    ]
    .boxed()
}

/// The commands that shape scenarios and years.
fn scenario_commands() -> BoxedStrategy<Command> {
    let (s, g) = (scenario_id(), group_id());
    prop_oneof![
        prop::option::of(s.clone()).prop_map(|scenario| Command::SetBaseline { scenario }),
        (NAME, year(), 0u8..7).prop_map(|(name, first_year, year_count)| Command::AddScenario {
            name,
            first_year,
            year_count
        }),
        s.clone()
            .prop_map(|scenario| Command::CreateFundingPair { scenario }),
        (restorable(), 0usize..6).prop_map(|(scenario, position)| Command::RestoreScenario {
            scenario,
            position,
            stated_figures: Vec::new(),
            baseline: false,
        }),
        s.clone().prop_map(|scenario| Command::AddYear { scenario }),
        s.clone()
            .prop_map(|scenario| Command::RemoveLastYear { scenario }),
        (s.clone(), g.clone(), any::<bool>()).prop_map(|(scenario, group, up)| {
            Command::MoveGroup {
                scenario,
                group,
                up,
            }
        }),
        (s, g).prop_map(|(scenario, group)| Command::RemoveGroup { scenario, group }),
    ]
    .boxed()
}

/// The commands on parties and settings.
fn workspace_commands() -> BoxedStrategy<Command> {
    prop_oneof![
        (NAME, kind()).prop_map(|(name, kind)| Command::AddParty {
            name,
            kind,
            weight: None
        }),
        (party(), NAME).prop_map(|(party, name)| Command::RenameParty { party, name }),
        party().prop_map(|party| Command::RemoveParty { party }),
        (any::<bool>(), split_key()).prop_map(|(regional, key)| Command::SetSplitKey {
            side: if regional {
                SplitSide::Regional
            } else {
                SplitSide::Municipal
            },
            key
        }),
        equity_steps().prop_map(|steps| Command::SetEquitySteps { steps }),
        (NAME, "[0-9-]{0,11}")
            .prop_map(|(name, org_number)| Command::SetWorkspaceName { name, org_number }),
    ]
    .boxed()
}

fn command() -> impl Strategy<Value = Command> {
    prop_oneof![2 => line_commands(), 2 => scenario_commands(), 1 => workspace_commands()]
}

/// Ids below 60 in a generated command are indices: they are turned into the id of the n-th
/// scenario (and the n-th line or group in it) or party of the current workspace, so most
/// commands hit something; ids from 60 up stay as they are and name nothing.
fn retarget(ws: &Workspace, command: Command) -> Command {
    let mut value = serde_json::to_value(&command).unwrap();
    let fields = value
        .as_object_mut()
        .and_then(|o| o.values_mut().next())
        .and_then(|f| f.as_object_mut());
    let Some(fields) = fields else { return command };
    let index = |fields: &serde_json::Map<String, serde_json::Value>, key: &str| {
        fields
            .get(key)
            .and_then(|v| v.as_u64())
            .filter(|n| *n < 60)
            .map(|n| n as usize)
    };
    let pick = |ids: Vec<u32>, n: usize| ids.get(n % ids.len().max(1)).copied();
    if let Some(n) = index(fields, "party") {
        let id = pick(ws.parties.iter().map(|p| p.id.0).collect(), n);
        fields.insert("party".into(), id.unwrap_or(999).into());
    }
    let Some(n) = index(fields, "scenario") else {
        return serde_json::from_value(value).unwrap();
    };
    let Some(scenario) = ws.scenarios.get(n % ws.scenarios.len().max(1)) else {
        return command;
    };
    fields.insert("scenario".into(), scenario.id.0.into());
    if let Some(n) = index(fields, "line") {
        let cost = scenario
            .groups
            .iter()
            .flat_map(|g| g.lines.iter().map(|l| l.id.0));
        let income = scenario.other_income.iter().map(|l| l.id.0);
        let id = pick(cost.chain(income).collect(), n);
        fields.insert("line".into(), id.unwrap_or(999).into());
    }
    if let Some(n) = index(fields, "group") {
        let id = pick(scenario.groups.iter().map(|g| g.id.0).collect(), n);
        fields.insert("group".into(), id.unwrap_or(999).into());
    }
    serde_json::from_value(value).unwrap()
}

/// After an accepted command: every scenario is importable into the rest of the workspace.
fn scenarios_importable(ws: &Workspace) -> Result<(), TestCaseError> {
    for (i, scenario) in ws.scenarios.iter().enumerate() {
        let mut rest = ws.clone();
        rest.scenarios.remove(i);
        let checked = check_scenario(&rest, scenario);
        prop_assert!(
            checked.is_ok(),
            "{} fails the import check: {checked:?}",
            scenario.name
        );
    }
    Ok(())
}

/// After an accepted command: baseline, members and keys are consistent.
fn workspace_consistent(ws: &Workspace) -> Result<(), TestCaseError> {
    prop_assert!(ws.baseline.is_none_or(|b| ws.scenario(b).is_some()));
    let count = |kind| ws.parties_of(kind).count();
    prop_assert_eq!(count(PartyKind::Forsakringskassan), 1);
    prop_assert!(count(PartyKind::Arbetsformedlingen) <= 1);
    prop_assert!(count(PartyKind::Region) >= 1 && count(PartyKind::Municipality) >= 1);
    for (key, kind) in [
        (&ws.regional_split, PartyKind::Region),
        (&ws.municipal_split, PartyKind::Municipality),
    ] {
        let mut named: Vec<PartyId> = Vec::new();
        match &key.method {
            SplitMethod::FixedShares { parts } => named.extend(parts.keys()),
            SplitMethod::Population { population, second } => {
                named.extend(population.keys());
                named.extend(second.iter().flat_map(|s| s.values.keys()));
            }
        }
        prop_assert!(named
            .iter()
            .all(|p| ws.party(*p).is_some_and(|p| p.kind == kind)));
    }
    for scenario in &ws.scenarios {
        let Ok(report) = scenario_report(ws, scenario.id) else {
            continue;
        };
        let lacking = report
            .years
            .iter()
            .flat_map(|y| &y.funding.warnings)
            .any(|w| matches!(w, FundingWarning::SplitKeyWithoutWeights { side: _ }));
        prop_assert!(!lacking, "a key without weights in {}", scenario.name);
    }
    Ok(())
}

/// The command to apply: a generated restore brings back the most recently removed scenario,
/// if there is one; a removal records the scenario for that.
fn with_trash(ws: &Workspace, command: Command, trash: &mut Vec<Scenario>) -> Command {
    match command {
        Command::RestoreScenario {
            position,
            scenario,
            stated_figures,
            baseline,
        } => Command::RestoreScenario {
            scenario: trash.pop().unwrap_or(scenario),
            position,
            stated_figures,
            baseline,
        },
        Command::RemoveScenario { scenario } => {
            trash.extend(ws.scenario(scenario).cloned());
            Command::RemoveScenario { scenario }
        }
        other => other,
    }
}

/// Applies every command, checking refusals and accepted commands as the module docs say.
fn run(mut ws: Workspace, commands: Vec<Command>) -> Result<(), TestCaseError> {
    let mut trash = Vec::new();
    for command in commands {
        let before = serde_json::to_string(&ws).unwrap();
        let command = with_trash(&ws, retarget(&ws, command), &mut trash);
        match apply(&mut ws, command) {
            Err(error) => {
                prop_assert_eq!(serde_json::to_string(&ws).unwrap(), before);
                prop_assert!(!error.message_sv().is_empty() && !error.message_en().is_empty());
            }
            Ok(()) => {
                scenarios_importable(&ws)?;
                workspace_consistent(&ws)?;
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn refusals_change_nothing_and_accepted_commands_keep_the_workspace_consistent(
        lund in any::<bool>(),
        commands in prop::collection::vec(command(), 1..14),
    ) {
        run(if lund { lund_2015_2017() } else { landskrona_svalov_2023() }, commands)?;
    }
}
