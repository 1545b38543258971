//! Catalogue queries on the seeds: filters, search (with å, ä, ö), sort, totals per status and
//! which scenarios include an item.

use finsam_planner::engine::catalogue::{
    amount_in_scenario, scenarios_including, select, status_warnings, totals_by_status,
    CatalogueFilter, Sort, SortKey, STATUS_ORDER,
};
use finsam_planner::engine::command::{apply, Command};
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::model::{Inriktning, ItemKind, ItemStatus, Workspace};
use finsam_planner::engine::money::Money;

fn kr(amount: i64) -> Money {
    Money::from_kr(amount)
}

fn names(ws: &Workspace, rows: &[usize]) -> Vec<String> {
    rows.iter().map(|&i| ws.catalogue[i].name.clone()).collect()
}

fn by_name() -> Sort {
    Sort::default()
}

fn selected(ws: &Workspace, filter: CatalogueFilter) -> Vec<String> {
    names(ws, &select(ws, &filter, by_name(), 2016))
}

fn text(text: &str) -> CatalogueFilter {
    CatalogueFilter {
        text: text.into(),
        ..Default::default()
    }
}

#[test]
fn search_ignores_case_including_swedish_letters_and_needs_every_word() {
    let ws = lund_2015_2017();
    assert_eq!(
        selected(&ws, text("ÅSA sturesson")),
        ["Psykisk ohälsa och sjukskrivning"]
    );
    assert_eq!(selected(&ws, text("FÖRSTUDIEN")), ["Kaosam", "Mötesfokus"]);
    assert_eq!(
        selected(&ws, text("lunds kommun SERVICEFÖRVALTNINGEN")),
        ["Konferensservice Kristallen"]
    );
    assert_eq!(
        selected(&ws, text("fontänhuset")),
        ["Konferensservice Kristallen"]
    );
    assert!(selected(&ws, text("kaosam växthuset")).is_empty());
    assert_eq!(selected(&ws, text("  ")).len(), 14);
}

#[test]
fn filters_by_status_kind_owner_year_target_group_and_inriktning() {
    let mut ws = lund_2015_2017();
    let ideas = CatalogueFilter {
        statuses: [ItemStatus::Ide].into(),
        ..Default::default()
    };
    assert_eq!(selected(&ws, ideas).len(), 4);
    let studies = CatalogueFilter {
        kinds: [ItemKind::Forstudie].into(),
        ..Default::default()
    };
    assert_eq!(
        selected(&ws, studies),
        ["Krami", "Mariamottagning", "Socialt företagande Brunnshög"]
    );
    let af = CatalogueFilter {
        owner: Some(ws.parties[1].id),
        ..Default::default()
    };
    assert_eq!(
        selected(&ws, af),
        ["Inkluderande arbetsmarknad", "Mötesfokus", "Utrikesfödda"]
    );
    let in_2017 = CatalogueFilter {
        active_in: Some(2017),
        ..Default::default()
    };
    assert_eq!(
        selected(&ws, in_2017),
        ["Kaosam", "Konferensservice Kristallen", "Utrikesfödda"]
    );
    let young = CatalogueFilter {
        target_group: "UNGDOMAR".into(),
        ..Default::default()
    };
    assert_eq!(selected(&ws, young), ["ComungIII", "Mötesfokus"]);
    ws.catalogue[13].inriktning = Some(Inriktning::Strukturovergripande);
    let structural = CatalogueFilter {
        inriktning: Some(Inriktning::Strukturovergripande),
        ..Default::default()
    };
    assert_eq!(selected(&ws, structural), ["Samverkansakademin"]);
}

#[test]
fn names_sort_in_swedish_order_and_missing_values_sort_last() {
    let mut ws = landskrona_svalov_2023();
    let template = ws.catalogue[0].clone();
    ws.catalogue = ["Örebro", "ängel", "Åsa", "zeta", "Alfa"]
        .into_iter()
        .map(|name| {
            let mut item = template.clone();
            item.name = name.into();
            item
        })
        .collect();
    let all = CatalogueFilter::default();
    let ascending = select(&ws, &all, by_name(), 2023);
    assert_eq!(
        names(&ws, &ascending),
        ["Alfa", "zeta", "Åsa", "ängel", "Örebro"]
    );
    let descending = Sort {
        key: SortKey::Name,
        descending: true,
    };
    let rows = select(&ws, &all, descending, 2023);
    assert_eq!(
        names(&ws, &rows),
        ["Örebro", "ängel", "Åsa", "zeta", "Alfa"]
    );
}

#[test]
fn sorting_by_amount_status_owner_and_end() {
    let ws = lund_2015_2017();
    let all = CatalogueFilter::default();
    let sort = |key, descending| names(&ws, &select(&ws, &all, Sort { key, descending }, 2016));
    // 2016 amounts (seed_figures.md B3), ties in catalogue order, no amount last.
    let by_amount = sort(SortKey::Amount, true);
    assert_eq!(
        by_amount[..10],
        [
            "Kaosam",
            "Inkluderande arbetsmarknad",
            "Konferensservice Kristallen",
            "Utrikesfödda",
            "Mötesfokus",
            "ComungIII",
            "Socialt företagande Brunnshög",
            "Mariamottagning",
            "Krami",
            "Samverkansresurs AF",
        ]
    );
    let by_status = sort(SortKey::Status, false);
    assert_eq!(by_status[..2], ["START", "Unga med aktivitetsersättning"]);
    assert_eq!(by_status[4], "Samverkansresurs AF");
    let by_owner = sort(SortKey::Owner, false);
    assert_eq!(
        by_owner[..2],
        ["Inkluderande arbetsmarknad", "Utrikesfödda"]
    );
    assert_eq!(by_owner[3], "ComungIII");
    let by_end = sort(SortKey::End, false);
    assert_eq!(
        by_end[..3],
        ["Krami", "Mötesfokus", "Inkluderande arbetsmarknad"]
    );
}

#[test]
fn totals_per_status_follow_the_seed_table() {
    // seed_figures.md B3, project rows: 2015 Samverkansresurs AF 200 (beviljad) and the other
    // nine 4 960 t kr (pågående); 2016 4 360 t kr; 2017 600 + 600 + 750 = 1 950 t kr.
    let ws = lund_2015_2017();
    let rows = select(&ws, &CatalogueFilter::default(), by_name(), 2015);
    let expected = |beviljad: i64, pagaende: i64| {
        vec![
            (ItemStatus::Ide, kr(0)),
            (ItemStatus::Beviljad, kr(beviljad)),
            (ItemStatus::Pagaende, kr(pagaende)),
        ]
    };
    assert_eq!(
        totals_by_status(&ws, &rows, 2015).unwrap(),
        expected(200_000, 4_960_000)
    );
    assert_eq!(
        totals_by_status(&ws, &rows, 2016).unwrap(),
        expected(0, 4_360_000)
    );
    assert_eq!(
        totals_by_status(&ws, &rows, 2017).unwrap(),
        expected(0, 1_950_000)
    );
    assert!(totals_by_status(&ws, &[], 2016).unwrap().is_empty());
}

#[test]
fn inclusions_overrides_and_status_warnings() {
    let mut ws = lund_2015_2017();
    let kaosam = ws.catalogue[5].id;
    let scenarios: Vec<_> = ws.scenarios.iter().map(|s| s.id).collect();
    let found = scenarios_including(&ws, kaosam);
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|i| i.overridden_years.is_empty()));
    let (maximum, line) = (found[2].scenario, found[2].line);
    let amount = kr(900_000);
    let command = Command::SetLineAmount {
        scenario: maximum,
        line,
        year: 2016,
        amount,
    };
    apply(&mut ws, command).unwrap();
    assert_eq!(scenarios_including(&ws, kaosam)[2].overridden_years, [2016]);
    assert_eq!(amount_in_scenario(&ws, maximum, kaosam, 2016), Some(amount));
    assert_eq!(
        amount_in_scenario(&ws, scenarios[1], kaosam, 2016),
        Some(kr(1_000_000))
    );
    assert_eq!(
        amount_in_scenario(&ws, scenarios[1], ws.catalogue[10].id, 2016),
        None
    );
    assert_eq!(
        status_warnings(&ws, kaosam, ItemStatus::Avbruten),
        scenarios
    );
    assert_eq!(
        status_warnings(&ws, kaosam, ItemStatus::Avslagen),
        scenarios
    );
    assert!(status_warnings(&ws, kaosam, ItemStatus::Avslutad).is_empty());
    assert!(status_warnings(&ws, ws.catalogue[10].id, ItemStatus::Avbruten).is_empty());
}

#[test]
fn the_status_pipeline_order_ends_with_the_stopped_statuses() {
    assert_eq!(STATUS_ORDER[0], ItemStatus::Ide);
    assert_eq!(STATUS_ORDER[6], ItemStatus::Implementerad);
    assert_eq!(
        STATUS_ORDER[7..],
        [ItemStatus::Avslagen, ItemStatus::Avbruten]
    );
}
