//! Samordningsförbundet Landskrona Svalöv, budget 2023 (seed 000; seed_figures.md A2), in kronor.

use super::build::{
    catalogue_line, group, income_line, item, kr, month, own_line, party, state_parties, stated,
    Ids,
};
use crate::engine::ids::{PartyId, ScenarioId};
use crate::engine::model::{
    FigureRef, FrameInputs, Funding, ItemKind, PartyKind, Period, Scenario, Settings, SplitKey,
    SplitMethod, StatedFigure, Workspace, YearPlan,
};
use crate::engine::money::Money;
use std::collections::BTreeMap;

const YEAR: u16 = 2023;
const DOCUMENT: &str = "Verksamhetsplan och budget 2023, Bilaga 1 – budget";
const SPLIT_NOTE: &str =
    "Illustrativt antagande, inte ur budgetdokumentet: folkmängd avrundad till \
    Landskrona 46 000 och Svalöv 14 000. Dokumentet anger bara den kommunala fjärdedelen \
    (1 257 000 kr). Ersätt med förbundsordningens fördelningsnyckel.";
const SCENARIO_NOTE: &str = "Medlemsavgifterna 5 028 000 kr som godkända ramar: den statliga \
    tilldelningen S = 2 514 000 kr är härledd (hälften av totalen); regionens och kommunernas \
    ramar anges inte i dokumentet och begränsar därför inte.";

fn y(amount: i64) -> [(u16, Money); 1] {
    [(YEAR, kr(amount))]
}

/// The Landskrona Svalöv workspace.
pub fn landskrona_svalov_2023() -> Workspace {
    let mut ids = Ids::new();
    let (fk, af) = state_parties(&mut ids);
    let region = party(&mut ids, "Region Skåne", PartyKind::Region);
    let landskrona = party(&mut ids, "Landskrona Stad", PartyKind::Municipality);
    let svalov = party(&mut ids, "Svalövs kommun", PartyKind::Municipality);
    let bip = item(&mut ids, "BIP Svalöv", ItemKind::Uppdrag, &y(204_000));
    let ukraina = item(
        &mut ids,
        "Metodutveckling Ukraina",
        ItemKind::Uppdrag,
        &y(113_000),
    );
    let mut ledningsstod = item(
        &mut ids,
        "Ledningsstöd",
        ItemKind::Ledningsstod,
        &y(752_000),
    );
    ledningsstod.description =
        "Utökat ledningsstöd för förändringsledning och resursintegrering. Bokförs under \
        Beslutade insatser men beskrivs i texten som en del av Innovationsmiljön."
            .to_string();
    ledningsstod.target_group =
        "Chefer och uppdragsledare som behöver vägledning och facilitering i samverkansfrågor"
            .to_string();
    ledningsstod.participants = [&fk, &af, &region, &landskrona, &svalov]
        .map(|p| p.id)
        .to_vec();
    ledningsstod.period = Period {
        start: month(YEAR, 1),
        end: month(YEAR, 12),
    };
    ledningsstod.origin = "Svar på ett uttalat behov i 2022 års behovsanalys.".to_string();
    let scenario = scenario(&mut ids, [&bip, &ukraina, &ledningsstod]);
    let stated_figures = stated_figures(&scenario);
    let population = BTreeMap::from([(landskrona.id, 46_000), (svalov.id, 14_000)]);
    Workspace {
        name: "Samordningsförbundet Landskrona Svalöv".to_string(),
        org_number: "222000-2733".to_string(),
        regional_split: SplitKey::equal(&[region.id], "En region."),
        municipal_split: SplitKey {
            method: SplitMethod::Population {
                population,
                second: None,
            },
            note: SPLIT_NOTE.to_string(),
        },
        parties: vec![fk, af, region, landskrona, svalov],
        catalogue: vec![bip, ukraina, ledningsstod],
        scenarios: vec![scenario],
        baseline: None,
        settings: Settings::default(),
        stated_figures,
        next_id: ids.next_free(),
        decisions: Vec::new(),
        meeting_log: Vec::new(),
        note: "Källa: Samordningsförbundet Landskrona Svalöv, verksamhetsplan och budget 2023. \
               Radnamnen är skrivna som i dokumentet (även stavfel)."
            .to_string(),
    }
}

fn scenario(ids: &mut Ids, decided: [&crate::engine::model::CatalogueItem; 3]) -> Scenario {
    let id = ScenarioId(ids.next());
    let mut insatser = group(ids, "Beslutade insatser", false);
    insatser.lines = decided
        .iter()
        .map(|item| catalogue_line(ids, item))
        .collect();
    let mut innovation = group(ids, "Innovationsmiljö", false);
    innovation.lines = [
        ("Processledning Landskrona", 408_000),
        ("Processledning Svalöv", 204_000),
        ("Uppföljning", 150_000),
        ("Behovsanalys", 90_000),
        ("Kommunikation/facilitering", 40_000),
        ("Kompentsutveckling", 40_000),
        ("Workshops", 40_000),
        ("Övrig", 5_000),
    ]
    .iter()
    .map(|(name, amount)| own_line(ids, name, &y(*amount)))
    .collect();
    let mut drift = group(ids, "Förbundets driftskostnad", true);
    drift.lines = [
        ("Lönekostnader", 1_050_000),
        ("Styrelsekostnader", 120_000),
        ("Lokalkostnader", 60_000),
        ("Utbildning & konferens", 100_000),
        ("Kontormsmaterial- och admistration", 20_000),
        ("Ersättning till revisor till revisor", 65_000),
        ("Redovisningstjänster", 120_000),
        ("Bankkostnader", 5_000),
        ("Föreningsavgifter", 20_000),
        ("Övriga kostnader", 5_000),
    ]
    .iter()
    .map(|(name, amount)| own_line(ids, name, &y(*amount)))
    .collect();
    let other = income_line(ids, "Övriga intäkter", &y(0));
    let frames = FrameInputs {
        state_offer: kr(2_514_000),
        region_frames: BTreeMap::new(),
        municipal_frames: BTreeMap::<PartyId, Money>::new(),
    };
    Scenario {
        id,
        name: "Budget 2023".to_string(),
        note: SCENARIO_NOTE.to_string(),
        opening_equity: kr(3_232_297),
        years: vec![YearPlan {
            year: YEAR,
            overview_plan: false,
            funding: Funding::ApprovedFrames(frames),
        }],
        other_income: vec![other],
        groups: vec![insatser, innovation, drift],
        source_check: None,
    }
}

fn stated_figures(scenario: &Scenario) -> Vec<StatedFigure> {
    let mut figures = vec![
        (FigureRef::Contributions, kr(5_028_000), "Medelemsavgifter"),
        (FigureRef::IncomeTotal, kr(5_028_000), "SUMMA INTÄKTER"),
        (
            FigureRef::OpeningEquity,
            kr(3_232_297),
            "INGÅENDE ÖVERSKOTT",
        ),
    ];
    if let Some(other) = scenario.other_income.first() {
        figures.push((
            FigureRef::OtherIncomeLine(other.id),
            kr(0),
            "Övriga intäkter",
        ));
    }
    let subtotals = [
        (1_069_000, "SUMMMA BESLUTADE INSATSER"),
        (977_000, "SUMMA INNOVATIONSMILJÖ"),
        (1_565_000, "SUMMA FÖRBUNDSKANSLIET DRIFTSKOSTNADER"),
    ];
    for (group, (amount, label)) in scenario.groups.iter().zip(subtotals) {
        figures.push((FigureRef::GroupTotal(group.id), kr(amount), label));
    }
    figures.extend([
        (FigureRef::CostsTotal, kr(3_611_000), "SUMMA KOSTNADER"),
        (FigureRef::Result, kr(1_417_000), "PERIODENS RESULTAT"),
        (
            FigureRef::ClosingEquity,
            kr(4_649_297),
            "BERÄKNAT UTGÅENDE ÖVERSKOTT",
        ),
    ]);
    stated(scenario.id, YEAR, DOCUMENT, &figures)
}
