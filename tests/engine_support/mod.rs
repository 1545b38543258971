//! Builders shared by the engine tests: small hand-made workspaces.
#![allow(dead_code)]

use finsam_planner::engine::ids::{GroupId, LineId, PartyId, ScenarioId};
use finsam_planner::engine::model::{
    CostGroup, CostLine, FrameInputs, Funding, LineSource, Party, PartyKind, Scenario, Settings,
    SplitKey, SplitMethod, Workspace, YearPlan,
};
use finsam_planner::engine::money::Money;
use std::collections::BTreeMap;

pub fn kr(amount: i64) -> Money {
    Money::from_kr(amount)
}

pub fn empty_workspace() -> Workspace {
    Workspace {
        name: "Testförbundet".into(),
        org_number: String::new(),
        parties: Vec::new(),
        regional_split: SplitKey::equal(&[], ""),
        municipal_split: SplitKey::equal(&[], ""),
        catalogue: Vec::new(),
        scenarios: Vec::new(),
        baseline: None,
        settings: Settings::default(),
        stated_figures: Vec::new(),
        next_id: 1,
        note: String::new(),
        decisions: Vec::new(),
        meeting_log: Vec::new(),
    }
}

fn fresh(ws: &mut Workspace) -> u32 {
    let id = ws.next_id;
    ws.next_id += 1;
    id
}

pub fn add_party(ws: &mut Workspace, name: &str, kind: PartyKind) -> PartyId {
    let id = PartyId(fresh(ws));
    ws.parties.push(Party {
        id,
        name: name.into(),
        kind,
    });
    id
}

/// Försäkringskassan, Arbetsförmedlingen, one region and the named municipalities.
pub struct Members {
    pub fk: PartyId,
    pub af: PartyId,
    pub region: PartyId,
    pub municipalities: Vec<PartyId>,
}

pub fn members(ws: &mut Workspace, municipalities: &[&str]) -> Members {
    let fk = add_party(ws, "Försäkringskassan", PartyKind::Forsakringskassan);
    let af = add_party(ws, "Arbetsförmedlingen", PartyKind::Arbetsformedlingen);
    let region = add_party(ws, "Region Skåne", PartyKind::Region);
    let municipalities: Vec<PartyId> = municipalities
        .iter()
        .map(|m| add_party(ws, m, PartyKind::Municipality))
        .collect();
    ws.regional_split = SplitKey::equal(&[region], "");
    ws.municipal_split = SplitKey::equal(&municipalities, "");
    Members {
        fk,
        af,
        region,
        municipalities,
    }
}

pub fn population_key(parties: &[PartyId], population: &[u64]) -> SplitKey {
    let population = parties
        .iter()
        .copied()
        .zip(population.iter().copied())
        .collect();
    SplitKey {
        method: SplitMethod::Population {
            population,
            second: None,
        },
        note: String::new(),
    }
}

pub fn frames(
    state_offer: i64,
    regions: &[(PartyId, i64)],
    municipalities: &[(PartyId, i64)],
) -> FrameInputs {
    let map = |pairs: &[(PartyId, i64)]| pairs.iter().map(|(p, a)| (*p, kr(*a))).collect();
    FrameInputs {
        state_offer: kr(state_offer),
        region_frames: map(regions),
        municipal_frames: map(municipalities),
    }
}

pub fn manual(amounts: &[(PartyId, i64)]) -> Funding {
    Funding::Manual {
        amounts: amounts.iter().map(|(p, a)| (*p, kr(*a))).collect(),
    }
}

/// A scenario over consecutive years from `first_year`, one funding per year, and one cost group
/// "Kostnader" with one line "Verksamhet" whose yearly amounts are `costs`.
pub fn add_scenario(
    ws: &mut Workspace,
    first_year: u16,
    opening: i64,
    fundings: Vec<Funding>,
    costs: &[i64],
) -> ScenarioId {
    let id = ScenarioId(fresh(ws));
    let years: Vec<YearPlan> = fundings
        .into_iter()
        .enumerate()
        .map(|(i, funding)| YearPlan {
            year: first_year + i as u16,
            overview_plan: i > 0,
            funding,
        })
        .collect();
    let amounts: BTreeMap<u16, Money> = costs
        .iter()
        .enumerate()
        .map(|(i, c)| (first_year + i as u16, kr(*c)))
        .collect();
    let line = CostLine {
        id: LineId(fresh(ws)),
        name: "Verksamhet".into(),
        source: LineSource::Own { amounts },
        note: String::new(),
    };
    let group = CostGroup {
        id: GroupId(fresh(ws)),
        name: "Kostnader".into(),
        is_administration: false,
        lines: vec![line],
    };
    ws.scenarios.push(Scenario {
        id,
        name: format!("Scenario {}", id.0),
        note: String::new(),
        opening_equity: kr(opening),
        years,
        other_income: Vec::new(),
        groups: vec![group],
        source_check: None,
    });
    id
}

/// Applies a command that must be refused; checks the workspace is byte-identical afterwards
/// (same serde_json text) and that the refusal has both messages.
pub fn refused(
    ws: &mut Workspace,
    command: finsam_planner::engine::command::Command,
) -> finsam_planner::engine::command::CommandError {
    let before = serde_json::to_string(ws).unwrap();
    let error = finsam_planner::engine::command::apply(ws, command).unwrap_err();
    assert_eq!(
        serde_json::to_string(ws).unwrap(),
        before,
        "a refused command must change nothing ({error:?})"
    );
    assert!(!error.message_sv().is_empty() && !error.message_en().is_empty());
    assert_ne!(error.message_sv(), error.message_en());
    error
}

/// What each party pays in a scenario year, by party name.
pub fn paid_by(ws: &Workspace, scenario: ScenarioId, year: u16) -> Vec<(String, Money)> {
    let report = finsam_planner::engine::report::scenario_report(ws, scenario).unwrap();
    let year = report.year(year).unwrap();
    year.funding
        .parties
        .iter()
        .map(|p| (p.name.clone(), p.amount))
        .collect()
}
