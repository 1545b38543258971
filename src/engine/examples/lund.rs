//! Lunds samordningsförbund: the 2015–2017 table of "Verksamhetsplan och budget 2016" (seed 002;
//! seed_figures.md B), in t kr in the document and stored in kronor.
//!
//! Three scenarios: the table as a 3-year scenario (opening 2 000 000 in 2015, each later year
//! opening with the previous closing, so the document's own carry-forward break 1 150/1 090 → 1 000
//! shows in the document check), and 2016 alone, opening with the document's "Sparade medel"
//! 1 000 000, under approved frames and under the maximum state allocation.

use super::build::{catalogue_line, group, income_line, own_line, party, state_parties, tkr, Ids};
use super::lund_catalogue::{lund_catalogue, LundParties};
use super::lund_figures::{budget_2016_figures, table_figures};
use super::lund_ideas::lund_ideas;
use crate::engine::ids::{PartyId, ScenarioId};
use crate::engine::model::{
    CatalogueItem, CostGroup, FrameInputs, Funding, PartyKind, Scenario, Settings, SplitKey,
    Workspace, Year, YearPlan,
};
use crate::engine::money::Money;
use crate::engine::money_text::DisplayUnit;
use std::collections::BTreeMap;

/// The Lund workspace.
pub fn lund_2015_2017() -> Workspace {
    let mut ids = Ids::new();
    let (fk, af) = state_parties(&mut ids);
    let region = party(&mut ids, "Region Skåne", PartyKind::Region);
    let lund = party(&mut ids, "Lunds kommun", PartyKind::Municipality);
    let members = Members {
        fk: fk.id,
        region: region.id,
        lund: lund.id,
    };
    let mut catalogue = lund_catalogue(
        &mut ids,
        &LundParties {
            af: af.id,
            region: region.id,
            lund: lund.id,
        },
    );
    let table = table_scenario(&mut ids, &catalogue, &members);
    let approved = budget_2016(
        &mut ids,
        &catalogue,
        "Godkänd kommunal ram",
        false,
        &members,
    );
    let maximum = budget_2016(
        &mut ids,
        &catalogue,
        "Max statlig tilldelning",
        true,
        &members,
    );
    // The ideas come last, so every id of the budget table stays as it was.
    catalogue.extend(lund_ideas(&mut ids));
    let mut stated_figures = table_figures(&table, &members);
    stated_figures.extend(budget_2016_figures(&approved, &maximum));
    Workspace {
        name: "Lunds samordningsförbund".to_string(),
        org_number: String::new(),
        regional_split: SplitKey::equal(&[region.id], "En region."),
        municipal_split: SplitKey::equal(&[lund.id], "En kommun."),
        parties: vec![fk, af, region, lund],
        catalogue,
        scenarios: vec![table, approved, maximum],
        baseline: None,
        settings: Settings { display_unit: DisplayUnit::Tkr, ..Settings::default() },
        stated_figures,
        next_id: ids.next_free(),
        decisions: Vec::new(),
        meeting_log: Vec::new(),
        note: "Källa: Lunds samordningsförbund, verksamhetsplan och budget 2016. Dokumentets belopp är i t kr \
               och lagras i kr. Organisationsnumret anges inte. Kolumnen 2018 är tom i dokumentet och ingår inte."
            .to_string(),
    }
}

/// The paying member parties.
pub(super) struct Members {
    pub fk: PartyId,
    pub region: PartyId,
    pub lund: PartyId,
}

fn manual(m: &Members, state: i64, region: i64, lund: i64) -> Funding {
    Funding::Manual {
        amounts: BTreeMap::from([
            (m.fk, tkr(state)),
            (m.region, tkr(region)),
            (m.lund, tkr(lund)),
        ]),
    }
}

/// 2016: S = 3 340 000 offered; Lunds kommun's approved frame 1 575 000; the region's maximum is
/// not stated in the document, so it does not limit.
fn frames_2016(m: &Members) -> FrameInputs {
    FrameInputs {
        state_offer: tkr(3340),
        region_frames: BTreeMap::new(),
        municipal_frames: BTreeMap::from([(m.lund, tkr(1575))]),
    }
}

/// Cost groups for the given years: the project rows (catalogue items with an amount in one of
/// the years), seminars and evaluations, and administration.
fn cost_groups(ids: &mut Ids, catalogue: &[CatalogueItem], years: &[Year]) -> Vec<CostGroup> {
    let pick = |amounts: [i64; 3]| -> Vec<(Year, Money)> {
        [2015, 2016, 2017]
            .into_iter()
            .zip(amounts)
            .filter(|(y, _)| years.contains(y))
            .map(|(y, a)| (y, tkr(a)))
            .collect()
    };
    let mut projects = group(ids, "Projekt och förstudier", false);
    let in_years = |item: &&CatalogueItem| item.amounts.keys().any(|y| years.contains(y));
    projects.lines = catalogue
        .iter()
        .filter(in_years)
        .map(|item| catalogue_line(ids, item))
        .collect();
    let mut common = group(ids, "Seminarier och utvärderingar", false);
    common.lines = vec![
        own_line(ids, "Seminarier, utbildningar", &pick([200, 200, 200])),
        own_line(ids, "Utvärderingar", &pick([300, 300, 200])),
    ];
    let mut admin = group(ids, "Administration", true);
    admin.lines = vec![own_line(ids, "Administration", &pick([800, 800, 800]))];
    vec![projects, common, admin]
}

fn table_scenario(ids: &mut Ids, catalogue: &[CatalogueItem], m: &Members) -> Scenario {
    let id = ScenarioId(ids.next());
    let groups = cost_groups(ids, catalogue, &[2015, 2016, 2017]);
    let interest = income_line(
        ids,
        "Räntor",
        &[(2015, tkr(50)), (2016, tkr(30)), (2017, tkr(30))],
    );
    Scenario {
        id,
        name: "Budget 2015–2017 (dokumentets tabell)".to_string(),
        note: "2015 och 2017 med belopp som i tabellen; 2016 med godkänd kommunal ram. 2017 är översiktsplan. \
               Dokumentet öppnar 2016 med Sparade medel 1 000 t kr; här öppnar 2016 med 2015 års beräknade \
               utgående kapital."
            .to_string(),
        opening_equity: tkr(2000),
        years: vec![
            YearPlan { year: 2015, overview_plan: false, funding: manual(m, 2750, 1375, 1375) },
            YearPlan { year: 2016, overview_plan: false, funding: Funding::ApprovedFrames(frames_2016(m)) },
            YearPlan { year: 2017, overview_plan: true, funding: manual(m, 3500, 1750, 1750) },
        ],
        other_income: vec![interest],
        groups,
        source_check: None,
    }
}

fn budget_2016(
    ids: &mut Ids,
    catalogue: &[CatalogueItem],
    name: &str,
    maximum: bool,
    m: &Members,
) -> Scenario {
    let id = ScenarioId(ids.next());
    let groups = cost_groups(ids, catalogue, &[2016]);
    let interest = income_line(ids, "Räntor", &[(2016, tkr(30))]);
    let funding = match maximum {
        true => Funding::MaximumState(frames_2016(m)),
        false => Funding::ApprovedFrames(frames_2016(m)),
    };
    Scenario {
        id,
        name: name.to_string(),
        note: "Öppnar med dokumentets Sparade medel 2016 (1 000 t kr).".to_string(),
        opening_equity: tkr(1000),
        years: vec![YearPlan {
            year: 2016,
            overview_plan: false,
            funding,
        }],
        other_income: vec![interest],
        groups,
        source_check: None,
    }
}
