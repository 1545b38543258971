//! "Klistra in tabell": the two seed documents' tables, pasted as text, give the documents' figures to the
//! krona without a field touched (expected figures from ../shared/seed_figures.md, by hand); single lines in
//! the ways Word, Excel and PDF viewers copy amounts; garbage is refused with a message that names the place.
#![cfg(not(target_arch = "wasm32"))]

use finsam_planner::engine::document_check::{check_document, CheckOutcome};
use finsam_planner::engine::model::{FigureRef, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::money_text::DisplayUnit;
use finsam_planner::engine::paste::build::workspace_from;
use finsam_planner::engine::paste::tail::split_line;
use finsam_planner::engine::paste::{read_table, PasteError, ReadOptions, RowKind, Total};
use finsam_planner::engine::report::scenario_report;
use rust_decimal::Decimal;

const LANDSKRONA: &str = include_str!("fixtures/paste/landskrona-bilaga1.txt");
const LUND: &str = include_str!("fixtures/paste/lund-budget-2016.txt");
const OPTIONS: ReadOptions = ReadOptions {
    first_year: 2027,
    columns: None,
    unit: None,
};

fn kr(amount: i64) -> Money {
    Money::from_kr(amount)
}

fn figure(ws: &Workspace, year: u16, what: FigureRef) -> Money {
    let report = scenario_report(ws, ws.scenarios[0].id).expect("computes");
    let y = report.year(year).expect("year");
    finsam_planner::engine::document_check::computed_figure(y, what).expect("figure")
}

fn cells(line: &str, columns: usize, unit: DisplayUnit) -> Vec<Option<i64>> {
    split_line(line, columns, unit, None)
        .expect("reads")
        .cells
        .into_iter()
        .map(|c| c.map(|d| i64::try_from(d).expect("whole")))
        .collect()
}

#[test]
fn landskrona_bilaga_1_gives_the_documents_figures() {
    let table = read_table(LANDSKRONA, OPTIONS).expect("reads");
    assert_eq!(table.years, vec![2023]);
    assert_eq!(table.unit, DisplayUnit::Kr);
    let ws = workspace_from(&table, "Landskrona Svalöv");
    let s = &ws.scenarios[0];
    let groups: Vec<(&str, usize)> = s
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.lines.len()))
        .collect();
    assert_eq!(
        groups,
        vec![
            ("BESLUTADE INSATSER", 3),
            ("INNOVATIONSMILJÖ", 8),
            ("FÖRBUNDETS DRFITSKOSTNAD", 10)
        ]
    );
    assert_eq!(s.opening_equity, kr(3_232_297));
    assert_eq!(figure(&ws, 2023, FigureRef::Contributions), kr(5_028_000));
    assert_eq!(figure(&ws, 2023, FigureRef::CostsTotal), kr(3_611_000));
    assert_eq!(figure(&ws, 2023, FigureRef::Result), kr(1_417_000));
    assert_eq!(figure(&ws, 2023, FigureRef::ClosingEquity), kr(4_649_297));
    // ½/¼/¼ of 5 028 000: the state 2 514 000 (by hand).
    let fk = ws.parties[0].id;
    assert_eq!(
        figure(&ws, 2023, FigureRef::PartyContribution(fk)),
        kr(2_514_000)
    );
    let checks = check_document(&ws);
    // Medelemsavgifter, SUMMA INTÄKTER, the three group sums, SUMMA KOSTNADER, PERIODENS RESULTAT,
    // BERÄKNAT UTGÅENDE ÖVERSKOTT: eight printed totals, all of which agree with the computation.
    assert_eq!(checks.len(), 8, "{checks:#?}");
    assert!(
        checks
            .iter()
            .all(|c| matches!(c.outcome, CheckOutcome::Matches { .. })),
        "{checks:#?}"
    );
}

#[test]
fn lund_t_kr_table_gives_the_documents_figures_and_its_errors() {
    let table = read_table(LUND, OPTIONS).expect("reads");
    assert_eq!(table.heading_years, vec![2015, 2016, 2017, 2018]);
    assert_eq!(table.years, vec![2015, 2016, 2017], "three t kr columns");
    assert_eq!(table.unit, DisplayUnit::Tkr);
    let ws = workspace_from(&table, "Lund");
    let names: Vec<&str> = ws.parties.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Försäkringskassan (inkl. AF)",
            "Arbetsförmedlingen",
            "Region Skåne",
            "Lunds kommun"
        ]
    );
    let s = &ws.scenarios[0];
    assert_eq!(s.opening_equity, kr(2_000_000));
    assert_eq!(s.groups.len(), 1);
    assert_eq!(s.groups[0].lines.len(), 13);
    // By hand: 2015 income 2 750 + 1 375 + 1 375 + 50 = 5 550; costs 6 460; closing 2 000 + 5 550 − 6 460 = 1 090.
    assert_eq!(figure(&ws, 2015, FigureRef::IncomeTotal), kr(5_550_000));
    assert_eq!(figure(&ws, 2015, FigureRef::CostsTotal), kr(6_460_000));
    assert_eq!(figure(&ws, 2015, FigureRef::ClosingEquity), kr(1_090_000));
    // 2016 costs 5 660; 2017 costs 600 + 600 + 750 + 200 + 800 + 200 = 3 150 (Utvärderingar 300 | 300 | 200).
    assert_eq!(figure(&ws, 2016, FigureRef::CostsTotal), kr(5_660_000));
    assert_eq!(figure(&ws, 2017, FigureRef::CostsTotal), kr(3_150_000));
    let differs: Vec<(u16, FigureRef, Money)> = check_document(&ws)
        .into_iter()
        .filter_map(|c| match c.outcome {
            CheckOutcome::Differs { difference, .. } => {
                Some((c.figure.year, c.figure.what, difference))
            }
            _ => None,
        })
        .collect();
    // In the table's row order: 2016 Sparade medel 1 000 vs 1 090 (−90); 2016
    // Tillgängliga medel 7 330 vs 1 090 + 6 330 = 7 420 (−90); 2015 Medel till förfogande 1 150 vs 1 090 (+60);
    // 2016 1 670 vs 7 420 − 5 660 = 1 760 (−90).
    assert_eq!(
        differs,
        vec![
            (2016, FigureRef::OpeningEquity, kr(-90_000)),
            (2016, FigureRef::AvailableFunds, kr(-90_000)),
            (2015, FigureRef::ClosingEquity, kr(60_000)),
            (2016, FigureRef::ClosingEquity, kr(-90_000)),
        ]
    );
}

#[test]
fn lund_rows_are_guessed_by_their_labels() {
    let table = read_table(LUND, OPTIONS).expect("reads");
    let kind = |label: &str| table.rows.iter().find(|r| r.label == label).map(|r| r.kind);
    assert_eq!(
        kind("Försäkringskassan (inkl. AF)"),
        Some(RowKind::Party(
            finsam_planner::engine::model::PartyKind::Forsakringskassan
        ))
    );
    assert_eq!(kind("Räntor"), Some(RowKind::OtherIncome));
    assert_eq!(kind("Summa intäkter"), Some(RowKind::Stated(Total::Income)));
    assert_eq!(kind("Sparade medel"), Some(RowKind::OpeningEquity));
    assert_eq!(
        kind("Tillgängliga medel"),
        Some(RowKind::Stated(Total::Available))
    );
    assert_eq!(kind("Kostnader"), Some(RowKind::Heading));
    assert_eq!(kind("Samverkansresurs AF"), Some(RowKind::CostLine));
    assert_eq!(kind("Summa kostnader"), Some(RowKind::Stated(Total::Costs)));
    assert_eq!(
        kind("Medel till förfogande"),
        Some(RowKind::Stated(Total::Closing))
    );
}

#[test]
fn amounts_are_read_the_ways_documents_write_them() {
    use DisplayUnit::{Kr, Tkr};
    assert_eq!(cells("BIP Svalöv 204 000 -", 1, Kr), vec![Some(-204_000)]);
    assert_eq!(
        cells("Behovsanalys 90 000,00 -", 1, Kr),
        vec![Some(-90_000)]
    );
    assert_eq!(
        cells("Lönekostnader (1 050 000)", 1, Kr),
        vec![Some(-1_050_000)]
    );
    assert_eq!(cells("Övriga intäkter -", 1, Kr), vec![Some(0)]);
    assert_eq!(cells("Övriga intäkter –", 1, Kr), vec![Some(0)]);
    assert_eq!(cells("Lokaler 1565000", 1, Kr), vec![Some(1_565_000)]);
    assert_eq!(
        cells("INGÅENDE ÖVERSKOTT 3 232 297kr", 1, Kr),
        vec![Some(3_232_297)]
    );
    assert_eq!(
        cells("Försäkringskassan 2 750 3 150 3 500", 3, Tkr),
        vec![Some(2_750_000), Some(3_150_000), Some(3_500_000)]
    );
    assert_eq!(
        cells("Utvärderingar 300  300 200", 3, Tkr),
        vec![Some(300_000), Some(300_000), Some(200_000)]
    );
    assert_eq!(
        cells("Kaosam 700 1 000 750", 3, Tkr),
        vec![Some(700_000), Some(1_000_000), Some(750_000)]
    );
    assert_eq!(
        cells("Sparade medel 2 000 1 000", 3, Tkr),
        vec![Some(2_000_000), Some(1_000_000)]
    );
    // Excel: one cell per tab, an empty cell stays empty, an account code stays in the label.
    assert_eq!(
        cells("4010\tLönekostnader\t100 000\t\t120 000", 3, Kr),
        vec![Some(100_000), None, Some(120_000)]
    );
    let coded = split_line("4010 Lönekostnader 1 050 000", 1, Kr, None).expect("reads");
    assert_eq!(coded.label, "4010 Lönekostnader");
    assert_eq!(coded.cells, vec![Some(Decimal::from(1_050_000))]);
}

#[test]
fn garbage_is_refused_with_a_message() {
    let refused = |text: &str| read_table(text, OPTIONS).expect_err("refused");
    assert_eq!(refused("  \n "), PasteError::Empty);
    assert_eq!(
        refused("<table><tr><td>Summa</td><td>5</td></tr></table>"),
        PasteError::Html
    );
    let mail = "Hej!\n\nVi ses på mötet den 14 maj kl 10 i sal 3.\nMed vänliga hälsningar\nAnna 070 123 45 67";
    assert_eq!(refused(mail), PasteError::NotABudget);
    assert_eq!(refused("Hej\nInga siffror här"), PasteError::NoAmounts);
    let huge = "Summa kostnader 1 000\n".repeat(300_000);
    assert!(matches!(refused(&huge), PasteError::TooLong { .. }));
    // A merged cell: "Kaosam" spans two columns, so its row has an amount too many.
    let merged = "\t2015\t2016\nSumma intäkter\t5 550\t6 330\nKaosam\t700\t1 000\t750\n";
    assert_eq!(
        refused(merged),
        PasteError::TooManyAmounts {
            line: 3,
            label: "Kaosam".to_string(),
            found: 3,
            columns: 2
        }
    );
    let bad_cell = "\t2015\nSumma intäkter\t5 550\nRäntor\tfem\n";
    let error = refused(bad_cell);
    assert_eq!(
        error.message_sv(),
        "Rad 3 (Räntor), kolumn 1: ”fem” är inte ett belopp."
    );
    // Nothing pasted is ever half taken: every refusal above returned before a förbund was built.
}

#[test]
fn lund_table_pasted_into_the_lund_forbund_becomes_a_scenario_of_its_members() {
    use finsam_planner::engine::command::{apply, Command};
    use finsam_planner::engine::examples::lund_2015_2017;
    use finsam_planner::engine::paste::build::scenario_for;
    let mut ws = lund_2015_2017();
    let before = ws.scenarios.len();
    let table = read_table(LUND, OPTIONS).expect("reads");
    let (scenario, stated_figures) =
        scenario_for(&ws, &table, "Budget 2016 inklistrad").expect("members match");
    let id = scenario.id;
    apply(
        &mut ws,
        Command::AddPastedScenario {
            scenario,
            stated_figures,
        },
    )
    .expect("a valid scenario");
    assert_eq!(ws.scenarios.len(), before + 1);
    assert_eq!(
        ws.scenarios.last().map(|s| s.name.as_str()),
        Some("Budget 2016 inklistrad")
    );
    let report = scenario_report(&ws, id).expect("computes");
    let closing = |year| report.year(year).map(|y| y.closing_equity);
    // By hand, as in the new förbund: 2 000 + 5 550 − 6 460 = 1 090 t kr.
    assert_eq!(closing(2015), Some(kr(1_090_000)));
    // The contributions are the förbund's own members' (FK pays the state half).
    let paid = finsam_planner::engine::who_pays::who_pays(&ws, id, 2016).expect("pays");
    let names: Vec<(String, Money)> = paid
        .iter()
        .map(|r| {
            (
                ws.party(r.party)
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
                r.amount,
            )
        })
        .filter(|(_, a)| *a != Money::ZERO)
        .collect();
    assert_eq!(
        names,
        [
            ("Försäkringskassan".to_string(), kr(3_150_000)),
            ("Region Skåne".to_string(), kr(1_575_000)),
            ("Lunds kommun".to_string(), kr(1_575_000)),
        ]
    );
    let differs = check_document(&ws)
        .into_iter()
        .filter(|c| c.figure.scenario == id && matches!(c.outcome, CheckOutcome::Differs { .. }))
        .count();
    assert_eq!(
        differs, 4,
        "the same four printed figures as in a new förbund"
    );
}

#[test]
fn a_member_row_that_is_not_a_member_is_refused_by_name() {
    use finsam_planner::engine::examples::lund_2015_2017;
    use finsam_planner::engine::paste::build::scenario_for;
    let ws = lund_2015_2017();
    let text = "\t2016\nRegion Skåne\t1 575\nLunds kommun\t1 000\nStaffanstorps kommun\t575\nSumma intäkter\t3 150\n";
    let table = read_table(text, OPTIONS).expect("reads");
    let error = scenario_for(&ws, &table, "x").expect_err("refused");
    assert_eq!(
        error,
        PasteError::UnknownMember {
            line: 4,
            label: "Staffanstorps kommun".to_string()
        }
    );
    assert!(error
        .message_sv()
        .starts_with("Rad 4 (Staffanstorps kommun) är inte en av förbundets medlemmar."));
}

#[test]
fn every_refusal_is_worded_in_english_too() {
    let errors = [
        PasteError::Empty,
        PasteError::TooLong { chars: 5 },
        PasteError::Html,
        PasteError::NoAmounts,
        PasteError::NotABudget,
        PasteError::Cell {
            line: 2,
            label: "Räntor".into(),
            column: 1,
            text: "fem".into(),
        },
        PasteError::TooManyAmounts {
            line: 3,
            label: "Kaosam".into(),
            found: 3,
            columns: 2,
        },
        PasteError::Years,
        PasteError::UnknownMember {
            line: 4,
            label: "Staffanstorps kommun".into(),
        },
    ];
    for error in errors {
        let (sv, en) = (error.message_sv(), error.message_en());
        assert!(!en.is_empty() && en != sv, "{error:?}");
    }
    assert_eq!(
        PasteError::Cell {
            line: 2,
            label: "Räntor".into(),
            column: 1,
            text: "fem".into()
        }
        .message_en(),
        "Line 2 (Räntor), column 1: “fem” is not an amount."
    );
}
