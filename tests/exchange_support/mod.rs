//! Generators for the exchange property tests: valid workspaces with Swedish characters, emoji,
//! quotes and markup in texts, amounts up to ±10^11 kr with öre, 1–5 year scenarios, catalogue
//! lines, stated figures and every funding option.
#![allow(dead_code)]

use finsam_planner::engine::catalogue::{KIND_ORDER, STATUS_ORDER};
use finsam_planner::engine::ids::*;
use finsam_planner::engine::model::*;
use finsam_planner::engine::money::Money;
use proptest::prelude::*;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A non-empty one-line name.
pub fn name() -> impl Strategy<Value = String> {
    "[A-ZÅÄÖ][a-zåäöéü0-9 <>&\"'/\\\\💰-]{0,14}"
}

/// A note (may be empty, may have line breaks).
pub fn note() -> impl Strategy<Value = String> {
    "[a-zåäö 0-9\n💰<>&\"]{0,24}"
}

/// Amounts up to ±10^11 kr, with or without öre.
pub fn money() -> impl Strategy<Value = Money> {
    prop_oneof![
        (-10_000_000_000_000i64..=10_000_000_000_000).prop_map(|o| Money::new(Decimal::new(o, 2))),
        (-100_000_000i64..=100_000_000).prop_map(Money::from_kr),
        Just(Money::ZERO),
    ]
}

/// Non-negative amounts up to 10^11 kr.
pub fn non_negative() -> impl Strategy<Value = Money> {
    (0i64..=10_000_000_000_000).prop_map(|o| Money::new(Decimal::new(o, 2)))
}

/// What to build; ids are handed out in order when the workspace is assembled.
#[derive(Debug, Clone)]
pub struct Spec {
    name: String,
    org_number: String,
    regions: Vec<String>,
    municipalities: Vec<(String, u64)>,
    items: Vec<ItemSpec>,
    scenarios: Vec<ScenarioSpec>,
    note: String,
    thousands: bool,
    baseline: Option<usize>,
}

#[derive(Debug, Clone)]
struct ItemSpec {
    name: String,
    owner: Option<usize>,
    amounts: Vec<Money>,
    planned: Vec<u32>,
    text: String,
    decision: Option<(u16, u8, u8)>,
    period: Option<(u16, u8, u8)>,
    flags: (u8, u8, u8),
}

#[derive(Debug, Clone)]
struct ScenarioSpec {
    name: String,
    note: String,
    first_year: u16,
    opening: Money,
    years: Vec<(u8, Money, Vec<Money>, bool)>,
    income: Vec<(String, Vec<Money>)>,
    groups: Vec<(String, bool, Vec<LineSpec>)>,
}

#[derive(Debug, Clone)]
struct LineSpec {
    name: String,
    note: String,
    item: Option<usize>,
    amounts: Vec<Money>,
}

fn item_spec() -> impl Strategy<Value = ItemSpec> {
    (
        name(),
        prop::option::of(0usize..6),
        prop::collection::vec(non_negative(), 0..3),
        prop::collection::vec(0u32..500, 0..3),
        note(),
        prop::option::of((1990u16..2040, 1u8..=12, 1u8..=28)),
        prop::option::of((1990u16..2015, 1u8..=12, 3u8..30)),
        (0u8..8, 0u8..9, 0u8..3),
    )
        .prop_map(
            |(name, owner, amounts, planned, text, decision, period, flags)| ItemSpec {
                name,
                owner,
                amounts,
                planned,
                text,
                decision,
                period,
                flags,
            },
        )
}

fn line_spec() -> impl Strategy<Value = LineSpec> {
    (
        name(),
        note(),
        prop::option::of(0usize..4),
        prop::collection::vec(money(), 0..5),
    )
        .prop_map(|(name, note, item, amounts)| LineSpec {
            name,
            note,
            item,
            amounts,
        })
}

fn scenario_spec() -> impl Strategy<Value = ScenarioSpec> {
    let year = (
        0u8..3,
        non_negative(),
        prop::collection::vec(non_negative(), 0..4),
        any::<bool>(),
    );
    let income = (name(), prop::collection::vec(money(), 0..5));
    let group = (
        name(),
        any::<bool>(),
        prop::collection::vec(line_spec(), 0..4),
    );
    (
        name(),
        note(),
        1990u16..2100,
        money(),
        prop::collection::vec(year, 1..=5),
        prop::collection::vec(income, 0..3),
        prop::collection::vec(group, 0..4),
    )
        .prop_map(
            |(name, note, first_year, opening, years, income, groups)| ScenarioSpec {
                name,
                note,
                first_year,
                opening,
                years,
                income,
                groups,
            },
        )
}

/// A valid workspace.
pub fn workspace() -> impl Strategy<Value = Workspace> {
    (
        (name(), "[0-9]{0,6}-?[0-9]{0,4}", note(), any::<bool>()),
        prop::collection::vec(name(), 1..3),
        prop::collection::vec((name(), 1u64..100_000), 1..4),
        prop::collection::vec(item_spec(), 0..4),
        prop::collection::vec(scenario_spec(), 0..4),
        prop::option::of(0usize..4),
    )
        .prop_map(
            |(
                (name, org_number, note, thousands),
                regions,
                municipalities,
                items,
                scenarios,
                baseline,
            )| {
                build(Spec {
                    name,
                    org_number,
                    regions,
                    municipalities,
                    items,
                    scenarios,
                    note,
                    thousands,
                    baseline,
                })
            },
        )
}

struct Ids(u32);

impl Ids {
    fn next(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

fn build(spec: Spec) -> Workspace {
    let mut ids = Ids(0);
    let mut parties = vec![
        Party {
            id: PartyId(ids.next()),
            name: "Försäkringskassan".into(),
            kind: PartyKind::Forsakringskassan,
        },
        Party {
            id: PartyId(ids.next()),
            name: "Arbetsförmedlingen".into(),
            kind: PartyKind::Arbetsformedlingen,
        },
    ];
    let regions: Vec<PartyId> = spec.regions.iter().map(|_| PartyId(ids.next())).collect();
    for (id, name) in regions.iter().zip(&spec.regions) {
        parties.push(Party {
            id: *id,
            name: name.clone(),
            kind: PartyKind::Region,
        });
    }
    let municipalities: Vec<PartyId> = spec
        .municipalities
        .iter()
        .map(|_| PartyId(ids.next()))
        .collect();
    for (id, (name, _)) in municipalities.iter().zip(&spec.municipalities) {
        parties.push(Party {
            id: *id,
            name: name.clone(),
            kind: PartyKind::Municipality,
        });
    }
    let population = municipalities
        .iter()
        .zip(&spec.municipalities)
        .map(|(id, (_, p))| (*id, *p))
        .collect();
    let catalogue: Vec<CatalogueItem> = spec
        .items
        .iter()
        .map(|item| catalogue_item(item, &parties, &mut ids))
        .collect();
    let scenarios: Vec<Scenario> = spec
        .scenarios
        .iter()
        .map(|s| scenario(s, &regions, &municipalities, &catalogue, &mut ids))
        .collect();
    let baseline = spec.baseline.and_then(|i| scenarios.get(i)).map(|s| s.id);
    let stated_figures = scenarios
        .iter()
        .take(1)
        .map(|s| StatedFigure {
            scenario: s.id,
            year: s.years[0].year,
            what: FigureRef::ClosingEquity,
            amount: s.opening_equity,
            source: "Budget <b>2016</b> 💰".into(),
        })
        .collect();
    let mut settings = Settings::default();
    if spec.thousands {
        settings.display_unit = finsam_planner::engine::money_text::DisplayUnit::Tkr;
    }
    let next_id = ids.next();
    Workspace {
        name: spec.name,
        org_number: spec.org_number,
        parties,
        regional_split: SplitKey::equal(&regions, "Lika delar"),
        municipal_split: SplitKey {
            method: SplitMethod::Population {
                population,
                second: None,
            },
            note: String::new(),
        },
        catalogue,
        scenarios,
        baseline,
        settings,
        stated_figures,
        next_id,
        note: spec.note,
        decisions: Vec::new(),
        meeting_log: Vec::new(),
    }
}

fn catalogue_item(spec: &ItemSpec, parties: &[Party], ids: &mut Ids) -> CatalogueItem {
    let (kind, status, inriktning) = spec.flags;
    let period = spec
        .period
        .map_or(Period::default(), |(year, _, span)| Period {
            start: Some(YearMonth { year, month: 1 }),
            end: Some(YearMonth {
                year: 2015 + u16::from(span),
                month: 12,
            }),
        });
    CatalogueItem {
        id: CatalogueItemId(ids.next()),
        name: spec.name.clone(),
        kind: KIND_ORDER[usize::from(kind)],
        owner: spec.owner.and_then(|i| parties.get(i)).map(|p| p.id),
        owner_unit: "Serviceförvaltningen".into(),
        leaders: vec![spec.name.clone()],
        target_group: spec.name.clone(),
        participants: parties.iter().skip(2).take(2).map(|p| p.id).collect(),
        external_partners: vec!["Fontänhuset <i>".into()],
        period,
        status: STATUS_ORDER[usize::from(status)],
        amounts: spec
            .amounts
            .iter()
            .enumerate()
            .map(|(i, a)| (2015 + i as u16, *a))
            .collect(),
        description: spec.text.clone(),
        inriktning: [
            None,
            Some(Inriktning::Individinriktad),
            Some(Inriktning::Strukturovergripande),
        ][usize::from(inriktning)],
        planned_participants: spec
            .planned
            .iter()
            .enumerate()
            .map(|(i, n)| (2015 + i as u16, *n))
            .collect(),
        decision_date: spec.decision.and_then(|(y, m, d)| IsoDate::new(y, m, d)),
        origin: spec.name.clone(),
        notes: spec.text.clone(),
    }
}

fn yearly(amounts: &[Money], years: &[Year]) -> YearlyAmounts {
    years.iter().copied().zip(amounts.iter().copied()).collect()
}

fn scenario(
    spec: &ScenarioSpec,
    regions: &[PartyId],
    municipalities: &[PartyId],
    catalogue: &[CatalogueItem],
    ids: &mut Ids,
) -> Scenario {
    let id = ScenarioId(ids.next());
    let years: Vec<Year> = (0..spec.years.len())
        .map(|i| spec.first_year + i as u16)
        .collect();
    let plans = spec
        .years
        .iter()
        .zip(&years)
        .map(|((option, offer, frames, overview), year)| YearPlan {
            year: *year,
            overview_plan: *overview,
            funding: funding(*option, *offer, frames, regions, municipalities),
        })
        .collect();
    let other_income = spec
        .income
        .iter()
        .map(|(name, amounts)| IncomeLine {
            id: LineId(ids.next()),
            name: name.clone(),
            amounts: yearly(amounts, &years),
        })
        .collect();
    let groups = spec
        .groups
        .iter()
        .map(|(name, admin, lines)| {
            let group_id = GroupId(ids.next());
            let lines = lines
                .iter()
                .map(|line| {
                    let amounts = yearly(&line.amounts, &years);
                    let source = match line.item.and_then(|i| catalogue.get(i)) {
                        Some(item) => LineSource::Catalogue {
                            item: item.id,
                            overrides: amounts,
                        },
                        None => LineSource::Own { amounts },
                    };
                    CostLine {
                        id: LineId(ids.next()),
                        name: line.name.clone(),
                        source,
                        note: line.note.clone(),
                    }
                })
                .collect();
            CostGroup {
                id: group_id,
                name: name.clone(),
                is_administration: *admin,
                lines,
            }
        })
        .collect();
    Scenario {
        id,
        name: spec.name.clone(),
        note: spec.note.clone(),
        opening_equity: spec.opening,
        years: plans,
        other_income,
        groups,
        source_check: None,
    }
}

fn funding(
    option: u8,
    offer: Money,
    frames: &[Money],
    regions: &[PartyId],
    municipalities: &[PartyId],
) -> Funding {
    let mut amounts = frames.iter().copied();
    let mut take = |parties: &[PartyId]| -> BTreeMap<PartyId, Money> {
        parties
            .iter()
            .filter_map(|p| amounts.next().map(|a| (*p, a)))
            .collect()
    };
    let region_frames = take(regions);
    let municipal_frames = take(municipalities);
    let inputs = FrameInputs {
        state_offer: offer,
        region_frames,
        municipal_frames,
    };
    match option {
        0 => Funding::ApprovedFrames(inputs),
        1 => Funding::MaximumState(inputs),
        _ => {
            let mut amounts = inputs.region_frames;
            amounts.extend(inputs.municipal_frames);
            Funding::Manual { amounts }
        }
    }
}
