//! Property tests over arbitrary workspaces: totals equal the sum of their parts, the engine
//! never panics (amounts up to 10^12 kr and beyond, empty scenarios, zero contributions, zero
//! weights, empty keys, dangling ids). Commands: `engine_props_commands.rs`.
#![cfg(not(target_arch = "wasm32"))]

mod prop_money;

use finsam_planner::engine::compare::compare;
use finsam_planner::engine::document_check::check_document;
use finsam_planner::engine::examples::lund_2015_2017;
use finsam_planner::engine::ids::*;
use finsam_planner::engine::model::*;
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::scenario_report;
use prop_money::money;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

fn small_id() -> impl Strategy<Value = u32> {
    0u32..8
}

fn year() -> impl Strategy<Value = u16> {
    prop_oneof![2022u16..2028, Just(0), Just(u16::MAX)]
}

fn yearly() -> impl Strategy<Value = YearlyAmounts> {
    prop::collection::btree_map(year(), money(), 0..4)
}

fn weights() -> impl Strategy<Value = BTreeMap<PartyId, u64>> {
    let weight = prop_oneof![0u64..1_000_000, Just(0), Just(u64::MAX)];
    prop::collection::btree_map(small_id().prop_map(PartyId), weight, 0..5)
}

fn split_key() -> impl Strategy<Value = SplitKey> {
    let second = (any::<u32>(), 0u32..100, weights()).prop_map(|(a, b, values)| SecondMeasure {
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
    method.prop_map(|method| SplitKey {
        method,
        note: String::new(),
    })
}

fn party_amounts() -> impl Strategy<Value = BTreeMap<PartyId, Money>> {
    prop::collection::btree_map(small_id().prop_map(PartyId), money(), 0..4)
}

fn funding() -> impl Strategy<Value = Funding> {
    let inputs = || {
        (money(), party_amounts(), party_amounts()).prop_map(
            |(state_offer, region_frames, municipal_frames)| FrameInputs {
                state_offer,
                region_frames,
                municipal_frames,
            },
        )
    };
    prop_oneof![
        inputs().prop_map(Funding::ApprovedFrames),
        inputs().prop_map(Funding::MaximumState),
        party_amounts().prop_map(|amounts| Funding::Manual { amounts }),
    ]
}

fn cost_line() -> impl Strategy<Value = CostLine> {
    let source = prop_oneof![
        yearly().prop_map(|amounts| LineSource::Own { amounts }),
        (small_id(), yearly()).prop_map(|(item, overrides)| LineSource::Catalogue {
            item: CatalogueItemId(item),
            overrides
        }),
    ];
    (small_id(), "[a-c]{0,2}", source).prop_map(|(id, name, source)| CostLine {
        id: LineId(id),
        name,
        source,
        note: String::new(),
    })
}

fn scenario() -> impl Strategy<Value = Scenario> {
    let plan =
        (year(), any::<bool>(), funding()).prop_map(|(year, overview_plan, funding)| YearPlan {
            year,
            overview_plan,
            funding,
        });
    let group = (
        small_id(),
        "[a-c]{0,2}",
        any::<bool>(),
        prop::collection::vec(cost_line(), 0..5),
    )
        .prop_map(|(id, name, is_administration, lines)| CostGroup {
            id: GroupId(id),
            name,
            is_administration,
            lines,
        });
    let income = (small_id(), "[a-c]{0,2}", yearly()).prop_map(|(id, name, amounts)| IncomeLine {
        id: LineId(id),
        name,
        amounts,
    });
    let parts = (
        small_id(),
        money(),
        prop::collection::vec(plan, 0..6),
        prop::collection::vec(income, 0..3),
        prop::collection::vec(group, 0..4),
    );
    parts.prop_map(
        |(id, opening_equity, years, other_income, groups)| Scenario {
            id: ScenarioId(id),
            name: String::new(),
            note: String::new(),
            opening_equity,
            years,
            other_income,
            groups,
            source_check: None,
        },
    )
}

fn party() -> impl Strategy<Value = Party> {
    let kind = prop_oneof![
        Just(PartyKind::Forsakringskassan),
        Just(PartyKind::Arbetsformedlingen),
        Just(PartyKind::Region),
        Just(PartyKind::Municipality),
    ];
    (small_id(), kind).prop_map(|(id, kind)| Party {
        id: PartyId(id),
        name: format!("P{id}"),
        kind,
    })
}

fn step() -> impl Strategy<Value = EquityStep> {
    (money(), -1000i64..1000, any::<bool>()).prop_map(|(up_to, share, confirmed)| EquityStep {
        up_to,
        max_share: Decimal::new(share, 3),
        confirmed,
        source: String::new(),
    })
}

fn stated_figure() -> impl Strategy<Value = StatedFigure> {
    let what = prop_oneof![
        Just(FigureRef::ClosingEquity),
        Just(FigureRef::CostsTotal),
        small_id().prop_map(|id| FigureRef::CostLine(LineId(id))),
        small_id().prop_map(|id| FigureRef::PartyContribution(PartyId(id))),
    ];
    (small_id(), year(), what, money()).prop_map(|(scenario, year, what, amount)| StatedFigure {
        scenario: ScenarioId(scenario),
        year,
        what,
        amount,
        source: String::new(),
    })
}

fn workspace() -> impl Strategy<Value = Workspace> {
    let item = (small_id(), yearly()).prop_map(|(id, amounts)| {
        let mut item = lund_2015_2017().catalogue[0].clone();
        item.id = CatalogueItemId(id);
        item.amounts = amounts;
        item
    });
    (
        prop::collection::vec(party(), 0..7),
        (split_key(), split_key()),
        prop::collection::vec(item, 0..3),
        prop::collection::vec(scenario(), 0..3),
        prop::option::of((0u32..60).prop_map(ScenarioId)),
        prop::collection::vec(step(), 0..3),
        prop::collection::vec(stated_figure(), 0..4),
        any::<u32>(),
    )
        .prop_map(
            |(
                parties,
                (regional_split, municipal_split),
                catalogue,
                scenarios,
                baseline,
                equity_steps,
                stated_figures,
                next_id,
            )| Workspace {
                name: String::new(),
                org_number: String::new(),
                parties,
                regional_split,
                municipal_split,
                catalogue,
                scenarios,
                baseline,
                settings: Settings {
                    equity_steps,
                    display_unit: Default::default(),
                },
                stated_figures,
                next_id,
                note: String::new(),
                decisions: Vec::new(),
                meeting_log: Vec::new(),
            },
        )
}

/// Amounts within ±10^12 kr (öre precision), no extremes.
fn plain_money() -> impl Strategy<Value = Money> {
    (-100_000_000_000_000i64..=100_000_000_000_000).prop_map(|ore| Money::new(Decimal::new(ore, 2)))
}

fn non_negative_kr() -> impl Strategy<Value = Money> {
    (0i64..=1_000_000_000_000).prop_map(Money::from_kr)
}

/// A well-formed workspace: Försäkringskassan (1), Arbetsförmedlingen (2), a region (3), two
/// municipalities (4, 5) with a random population key, catalogue items 10–12, and scenarios with
/// 1–5 consecutive years of valid funding, so that almost every report succeeds.
fn valid_workspace() -> impl Strategy<Value = Workspace> {
    let kinds = [
        PartyKind::Forsakringskassan,
        PartyKind::Arbetsformedlingen,
        PartyKind::Region,
        PartyKind::Municipality,
        PartyKind::Municipality,
    ];
    let parties: Vec<Party> = kinds
        .iter()
        .enumerate()
        .map(|(i, kind)| Party {
            id: PartyId(i as u32 + 1),
            name: format!("P{i}"),
            kind: *kind,
        })
        .collect();
    let frames = || {
        (
            non_negative_kr(),
            prop::option::of(non_negative_kr()),
            prop::option::of((non_negative_kr(), non_negative_kr())),
        )
            .prop_map(|(state_offer, region, municipal)| FrameInputs {
                state_offer,
                region_frames: region
                    .map(|r| BTreeMap::from([(PartyId(3), r)]))
                    .unwrap_or_default(),
                municipal_frames: municipal
                    .map(|(a, b)| BTreeMap::from([(PartyId(4), a), (PartyId(5), b)]))
                    .unwrap_or_default(),
            })
    };
    let funding = prop_oneof![
        frames().prop_map(Funding::ApprovedFrames),
        frames().prop_map(Funding::MaximumState),
        prop::collection::btree_map((1u32..=5).prop_map(PartyId), non_negative_kr(), 0..5)
            .prop_map(|amounts| Funding::Manual { amounts }),
    ];
    let amounts = || prop::collection::btree_map(2020u16..2030, plain_money(), 0..6);
    let source = prop_oneof![
        amounts().prop_map(|amounts| LineSource::Own { amounts }),
        ((10u32..13).prop_map(CatalogueItemId), amounts())
            .prop_map(|(item, overrides)| LineSource::Catalogue { item, overrides }),
    ];
    let line = (100u32..10_000, source).prop_map(|(id, source)| CostLine {
        id: LineId(id),
        name: "rad".into(),
        source,
        note: String::new(),
    });
    let group = (any::<bool>(), prop::collection::vec(line, 0..8)).prop_map(
        |(is_administration, lines)| CostGroup {
            id: GroupId(99),
            name: "grupp".into(),
            is_administration,
            lines,
        },
    );
    let income = amounts().prop_map(|amounts| IncomeLine {
        id: LineId(98),
        name: "ränta".into(),
        amounts,
    });
    let scenario = (
        2020u16..2026,
        plain_money(),
        prop::collection::vec((funding, any::<bool>()), 1..=5),
        prop::collection::vec(income, 0..3),
        prop::collection::vec(group, 0..4),
    )
        .prop_map(
            |(first, opening_equity, plans, other_income, groups)| Scenario {
                id: ScenarioId(u32::from(first)),
                name: String::new(),
                note: String::new(),
                opening_equity,
                years: plans
                    .into_iter()
                    .enumerate()
                    .map(|(i, (funding, overview_plan))| YearPlan {
                        year: first + i as u16,
                        overview_plan,
                        funding,
                    })
                    .collect(),
                other_income,
                groups,
                source_check: None,
            },
        );
    let catalogue = prop::collection::vec(amounts(), 3).prop_map(|all| {
        all.into_iter()
            .enumerate()
            .map(|(i, amounts)| {
                let mut item = lund_2015_2017().catalogue[0].clone();
                item.id = CatalogueItemId(10 + i as u32);
                item.amounts = amounts;
                item
            })
            .collect::<Vec<_>>()
    });
    let population = prop::collection::vec(0u64..100_000, 2);
    (catalogue, prop::collection::vec(scenario, 1..4), population).prop_map(
        move |(catalogue, scenarios, population)| {
            let mut ws = lund_2015_2017();
            ws.parties = parties.clone();
            ws.regional_split = SplitKey::equal(&[PartyId(3)], "");
            let population =
                BTreeMap::from([(PartyId(4), population[0]), (PartyId(5), population[1])]);
            ws.municipal_split = SplitKey {
                method: SplitMethod::Population {
                    population,
                    second: None,
                },
                note: String::new(),
            };
            ws.catalogue = catalogue;
            ws.scenarios = scenarios;
            ws.stated_figures.clear();
            ws
        },
    )
}

fn sum(amounts: impl IntoIterator<Item = Money>) -> Money {
    Money::checked_sum(amounts).expect("no overflow in a successful report")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(384))]

    #[test]
    fn the_engine_never_panics(ws in workspace()) {
        for a in &ws.scenarios {
            let _ = scenario_report(&ws, a.id);
            for b in &ws.scenarios {
                let _ = compare(&ws, a.id, b.id);
            }
        }
        let _ = scenario_report(&ws, ScenarioId(999));
        let _ = check_document(&ws);
    }

    #[test]
    fn every_total_equals_the_sum_of_its_parts(ws in prop_oneof![1 => workspace(), 3 => valid_workspace()]) {
        for listed in &ws.scenarios {
            // With duplicated ids the first scenario of that id is the one reported.
            let scenario = ws.scenario(listed.id).unwrap();
            let Ok(report) = scenario_report(&ws, scenario.id) else { continue };
            let mut opening = scenario.opening_equity;
            for y in &report.years {
                prop_assert_eq!(y.opening_equity, opening);
                prop_assert_eq!(y.contributions, sum(y.funding.parties.iter().map(|p| p.amount)));
                prop_assert_eq!(y.other_income_total, sum(y.other_income.iter().map(|l| l.amount)));
                prop_assert_eq!(y.income_total, y.contributions.checked_add(y.other_income_total).unwrap());
                for g in &y.groups {
                    prop_assert_eq!(g.total, sum(g.lines.iter().map(|l| l.amount)));
                }
                prop_assert_eq!(y.costs_total, sum(y.groups.iter().map(|g| g.total)));
                prop_assert_eq!(y.result, y.income_total.checked_sub(y.costs_total).unwrap());
                prop_assert_eq!(y.closing_equity, opening.checked_add(y.result).unwrap());
                prop_assert_eq!(y.available_funds, opening.checked_add(y.income_total).unwrap());
                opening = y.closing_equity;
            }
        }
    }
}
