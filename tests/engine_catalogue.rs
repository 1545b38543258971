//! Catalogue commands: add, update and remove items, the checks with their Swedish messages,
//! refusals that change nothing, and how item amounts reach the scenarios that include them.

use finsam_planner::engine::command::{
    apply, check_item, Command, CommandError, ItemField, ItemProblem, ProblemKind,
};
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::ids::{CatalogueItemId, LineId, PartyId, ScenarioId};
use finsam_planner::engine::model::{
    CatalogueItem, IsoDate, ItemStatus, LineSource, Period, Workspace, YearMonth,
};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::scenario_report;
use rust_decimal::dec;

fn kr(amount: i64) -> Money {
    Money::from_kr(amount)
}

fn month(year: u16, month: u8) -> Option<YearMonth> {
    Some(YearMonth { year, month })
}

/// Applies a command that must be refused and checks the workspace is untouched.
fn refused(ws: &mut Workspace, command: Command) -> CommandError {
    let before = ws.clone();
    let error = apply(ws, command).unwrap_err();
    assert_eq!(*ws, before, "a refused command must change nothing");
    error
}

/// A valid item for Landskrona: 2023–2024 with amounts in both years.
fn new_item(ws: &Workspace) -> CatalogueItem {
    let mut item = ws.catalogue[0].clone();
    item.id = CatalogueItemId(999);
    item.name = "  Språkstöd i Svalöv ".into();
    item.leaders = vec![" Anna Andersson ".into(), "  ".into()];
    item.period = Period {
        start: month(2023, 3),
        end: month(2024, 6),
    };
    item.amounts = [(2023, kr(100_000)), (2024, kr(50_000))].into();
    item.planned_participants = [(2023, 12)].into();
    item.decision_date = IsoDate::parse("2022-11-30");
    item.notes = "Rad ett\r\nRad två  ".into();
    item
}

fn problem(field: ItemField, kind: ProblemKind) -> ItemProblem {
    ItemProblem { field, kind }
}

#[test]
fn add_gives_a_new_id_and_stores_the_trimmed_item() {
    let mut ws = landskrona_svalov_2023();
    let next = ws.next_id;
    let item = new_item(&ws);
    apply(&mut ws, Command::AddCatalogueItem { item }).unwrap();
    let added = ws.catalogue.last().unwrap();
    assert_eq!(added.id, CatalogueItemId(next));
    assert_eq!(ws.next_id, next + 1);
    assert_eq!(added.name, "Språkstöd i Svalöv");
    assert_eq!(added.leaders, vec!["Anna Andersson".to_string()]);
    assert_eq!(added.notes, "Rad ett\nRad två");
    assert_eq!(added.decision_date.unwrap().to_string(), "2022-11-30");
    assert_eq!(ws.catalogue.len(), 4);
}

#[test]
fn every_problem_is_reported_with_its_field_and_a_swedish_message() {
    let ws = landskrona_svalov_2023();
    let mut item = new_item(&ws);
    item.name = "   ".into();
    item.period = Period {
        start: month(2022, 1),
        end: month(2023, 12),
    };
    item.amounts = [(2021, kr(5)), (2023, Money::new(dec!(1.005)))].into();
    item.planned_participants = [(2025, 3)].into();
    item.owner = Some(PartyId(777));
    let problems = check_item(&ws, &item);
    let expected = vec![
        problem(ItemField::Name, ProblemKind::EmptyName),
        problem(ItemField::Owner, ProblemKind::UnknownParty(PartyId(777))),
        problem(
            ItemField::Amounts(2021),
            ProblemKind::YearOutsidePeriod(2021),
        ),
        problem(ItemField::Amounts(2023), ProblemKind::TooManyDecimals),
        problem(
            ItemField::PlannedParticipants(2025),
            ProblemKind::YearOutsidePeriod(2025),
        ),
    ];
    assert_eq!(problems, expected);
    let sv: Vec<String> = problems.iter().map(ItemProblem::message_sv).collect();
    assert_eq!(
        sv,
        [
            "Namnet får inte vara tomt.",
            "Ägaren är inte medlem i förbundet.",
            "Beloppet för 2021 ligger utanför perioden.",
            "Beloppet för 2023 får ha högst två decimaler (öre).",
            "Planerade deltagare för 2025 ligger utanför perioden.",
        ]
    );
    assert!(problems.iter().all(|p| !p.message_en().is_empty()));
}

#[test]
fn a_wrong_period_is_reported_once_without_year_problems() {
    let ws = landskrona_svalov_2023();
    let mut item = new_item(&ws);
    item.period.start = month(2023, 13);
    item.period.end = month(2022, 12);
    let problems = check_item(&ws, &item);
    let expected = vec![
        problem(ItemField::PeriodStart, ProblemKind::MonthOutOfRange(13)),
        problem(ItemField::PeriodEnd, ProblemKind::EndBeforeStart),
    ];
    assert_eq!(problems, expected);
    assert_eq!(problems[0].message_sv(), "Månaden ska vara 1–12 (inte 13).");
    assert_eq!(problems[1].message_sv(), "Slutet ligger före starten.");
    item.period.start = month(1899, 1);
    item.period.end = None;
    let problems = check_item(&ws, &item);
    assert_eq!(
        problems[0].message_sv(),
        "Året 1899 ligger utanför 1900–2999."
    );
}

#[test]
fn texts_amounts_and_participants_have_limits() {
    let ws = landskrona_svalov_2023();
    let mut item = new_item(&ws);
    item.name = "x".repeat(201);
    item.notes = "y".repeat(2001);
    item.target_group = "a\tb".into();
    item.amounts = [(2023, kr(-1)), (2024, kr(1_000_000_000_001))].into();
    let fk = ws.parties[0].id;
    item.participants = vec![fk, fk];
    let messages: Vec<String> = check_item(&ws, &item)
        .iter()
        .map(ItemProblem::message_sv)
        .collect();
    assert_eq!(
        messages,
        [
            "Texten får vara högst 200 tecken.",
            "Försäkringskassan står med två gånger.",
            "Texten innehåller ett otillåtet styrtecken (till exempel en tabb).",
            "Beloppet för 2023 får inte vara negativt.",
            "Beloppet för 2024 är för stort (högst 1 000 000 000 000 kr).",
            "Texten får vara högst 2000 tecken.",
        ]
    );
}

#[test]
fn a_refused_add_or_update_changes_nothing_and_lists_the_messages() {
    let mut ws = landskrona_svalov_2023();
    let mut item = new_item(&ws);
    item.name = String::new();
    item.period.end = month(2023, 1);
    let error = refused(&mut ws, Command::AddCatalogueItem { item: item.clone() });
    assert_eq!(
        error.message_sv(),
        "Namnet får inte vara tomt. Slutet ligger före starten."
    );
    item.id = ws.catalogue[0].id;
    refused(&mut ws, Command::UpdateCatalogueItem { item });
}

#[test]
fn update_replaces_the_item_and_an_unknown_id_is_refused() {
    let mut ws = landskrona_svalov_2023();
    let mut item = ws.catalogue[1].clone();
    item.name = "Metodutveckling Ukraina (förlängd)".into();
    apply(&mut ws, Command::UpdateCatalogueItem { item: item.clone() }).unwrap();
    assert_eq!(ws.catalogue[1], item);
    item.id = CatalogueItemId(4242);
    let error = refused(&mut ws, Command::UpdateCatalogueItem { item });
    assert_eq!(
        error,
        CommandError::UnknownCatalogueItem(CatalogueItemId(4242))
    );
}

/// The scenario's cost line that takes its amounts from `item`.
fn line_of(ws: &Workspace, scenario: ScenarioId, item: CatalogueItemId) -> LineId {
    let found = ws.scenario(scenario).unwrap().groups.iter();
    let mut lines = found.flat_map(|g| g.lines.iter());
    let is_item =
        |source: &LineSource| matches!(source, LineSource::Catalogue { item: i, .. } if *i == item);
    lines.find(|l| is_item(&l.source)).unwrap().id
}

#[test]
fn removal_is_refused_while_a_scenario_includes_the_item() {
    let mut ws = landskrona_svalov_2023();
    let bip = ws.catalogue[0].id;
    let error = refused(&mut ws, Command::RemoveCatalogueItem { item: bip });
    assert_eq!(
        error.message_sv(),
        "Posten ingår i scenariot: \"Budget 2023\". Ta bort den från scenarierna först."
    );
    let scenario = ws.scenarios[0].id;
    let line = line_of(&ws, scenario, bip);
    apply(&mut ws, Command::RemoveLine { scenario, line }).unwrap();
    apply(&mut ws, Command::RemoveCatalogueItem { item: bip }).unwrap();
    assert!(ws.catalogue_item(bip).is_none());
    assert_eq!(ws.catalogue.len(), 2);
}

fn closing_2016(ws: &Workspace, scenario: ScenarioId) -> Money {
    let report = scenario_report(ws, scenario).unwrap();
    report.year(2016).unwrap().closing_equity
}

#[test]
fn a_new_item_amount_reaches_every_including_scenario_except_an_overridden_year() {
    // Lund 2016 (seed_figures.md B3, B6): Kaosam 1 000 t kr; closing 1 670 t kr with the
    // approved frame and 2 050 t kr with the maximum state allocation.
    let mut ws = lund_2015_2017();
    let kaosam = ws
        .catalogue
        .iter()
        .find(|c| c.name == "Kaosam")
        .unwrap()
        .clone();
    let [_, approved, maximum] = [0, 1, 2].map(|i| ws.scenarios[i].id);
    assert_eq!(closing_2016(&ws, approved), kr(1_670_000));
    assert_eq!(closing_2016(&ws, maximum), kr(2_050_000));
    let line = line_of(&ws, maximum, kaosam.id);
    let keep = Command::SetLineAmount {
        scenario: maximum,
        line,
        year: 2016,
        amount: kr(1_000_000),
    };
    apply(&mut ws, keep).unwrap();
    let mut item = kaosam;
    item.amounts.insert(2016, kr(1_100_000));
    apply(&mut ws, Command::UpdateCatalogueItem { item }).unwrap();
    assert_eq!(closing_2016(&ws, approved), kr(1_570_000));
    assert_eq!(closing_2016(&ws, maximum), kr(2_050_000));
    let table = ws.scenarios[0].id;
    let costs = scenario_report(&ws, table)
        .unwrap()
        .year(2016)
        .unwrap()
        .costs_total;
    assert_eq!(costs, kr(5_760_000));
}

#[test]
fn decision_dates_are_iso_strings_and_impossible_dates_are_rejected() {
    let date = IsoDate::parse("2016-03-04").unwrap();
    assert_eq!(serde_json::to_string(&date).unwrap(), "\"2016-03-04\"");
    assert_eq!(
        serde_json::from_str::<IsoDate>("\"2016-03-04\"").unwrap(),
        date
    );
    for bad in [
        "\"2015-02-29\"",
        "\"2016-13-01\"",
        "\"2016-3-4\"",
        "20160304",
        "\"2016-04-31\"",
    ] {
        assert!(serde_json::from_str::<IsoDate>(bad).is_err(), "{bad}");
    }
    assert_eq!(
        IsoDate::new(2016, 2, 29).map(|d| d.to_string()),
        Some("2016-02-29".into())
    );
}

#[test]
fn the_example_catalogues_pass_every_check() {
    for ws in [landskrona_svalov_2023(), lund_2015_2017()] {
        for item in &ws.catalogue {
            assert_eq!(check_item(&ws, item), [], "{}", item.name);
        }
    }
}

#[test]
fn lund_lists_its_ideas_as_idea_items_without_amounts() {
    // Seed 002, "Diskussioner, planer och idéer": four ideas after the ten budget rows.
    let ws = lund_2015_2017();
    let names: Vec<&str> = ws.catalogue.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names.len(), 14);
    let ideas: Vec<&CatalogueItem> = ws
        .catalogue
        .iter()
        .filter(|c| c.amounts.is_empty())
        .collect();
    assert_eq!(ideas.len(), 4);
    assert!(ideas.iter().all(|c| c.status == ItemStatus::Ide));
    assert_eq!(ideas[2].leaders, ["Åsa Sturesson Johansson"]);
}
