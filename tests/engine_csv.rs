//! CSV for Swedish Excel: the bytes (BOM, `;`, CRLF, decimal comma, quoting, formula cells),
//! the catalogue's SUS-style rows and a scenario's table with the seed's figures.

use finsam_planner::engine::command::{apply, Command};
use finsam_planner::engine::csv::{catalogue_csv, scenario_csv, CsvWriter};
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::money::Money;
use finsam_planner::i18n::catalogue::labels::csv_item_names;
use rust_decimal::dec;

#[test]
fn the_writer_emits_bom_semicolons_crlf_decimal_commas_quotes_and_safe_formulas() {
    let mut csv = CsvWriter::new();
    csv.text("Namn");
    csv.amount(Money::new(dec!(1565000.5)));
    csv.amount(Money::new(dec!(-204000.00)));
    csv.count(12);
    csv.empty();
    csv.end_row();
    csv.text("Ett \"citat\"; två");
    csv.text("=SUMMA(A1:A3)");
    csv.text("-1");
    csv.text("@kalle");
    csv.text("+46");
    csv.text("rad ett\nrad två");
    csv.end_row();
    let bytes = csv.finish().into_bytes();
    assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    assert_eq!(
        text,
        "Namn;1565000,50;-204000;12;\r\n\
         \"Ett \"\"citat\"\"; två\";'=SUMMA(A1:A3);'-1;'@kalle;'+46;\"rad ett\nrad två\"\r\n"
    );
}

#[test]
fn a_scenario_table_has_the_seed_figures_per_year() {
    // seed_figures.md A2/A3: Landskrona Svalöv 2023 (municipal quarter 1 257 000 split 46 000 :
    // 14 000 by the example's population key = 963 700 + 293 300).
    let ws = landskrona_svalov_2023();
    let csv = scenario_csv(&ws, ws.scenarios[0].id).unwrap();
    assert!(csv.starts_with("\u{FEFF}Scenario;Budget 2023\r\nPost;2023\r\n"));
    for row in [
        "Ingående eget kapital;3232297",
        "Försäkringskassan;2514000",
        "Arbetsförmedlingen;0",
        "Region Skåne;1257000",
        "Landskrona Stad;963700",
        "Svalövs kommun;293300",
        "Summa medlemsbidrag;5028000",
        "Övriga intäkter;0",
        "Summa intäkter;5028000",
        "Tillgängliga medel;8260297",
        "Beslutade insatser",
        "BIP Svalöv;204000",
        "Ledningsstöd;752000",
        "Summa Beslutade insatser;1069000",
        "Summa Innovationsmiljö;977000",
        "Summa Förbundets driftskostnad;1565000",
        "Summa kostnader;3611000",
        "Årets resultat;1417000",
        "Utgående eget kapital;4649297",
    ] {
        assert!(csv.contains(&format!("\r\n{row}\r\n")), "missing row {row}");
    }
}

#[test]
fn a_scenario_amount_with_ore_is_written_with_a_decimal_comma() {
    let mut ws = landskrona_svalov_2023();
    let scenario = ws.scenarios[0].id;
    let line = ws.scenarios[0].groups[2].lines[0].id;
    let amount = Money::new(dec!(1050000.50));
    let command = Command::SetLineAmount {
        scenario,
        line,
        year: 2023,
        amount,
    };
    apply(&mut ws, command).unwrap();
    let csv = scenario_csv(&ws, scenario).unwrap();
    assert!(csv.contains("\r\nLönekostnader;1050000,50\r\n"));
    assert!(csv.contains("\r\nSumma Förbundets driftskostnad;1565000,50\r\n"));
    assert!(csv.contains("\r\nUtgående eget kapital;4649296,50\r\n"));
}

#[test]
fn a_multi_year_scenario_has_one_column_per_year() {
    // seed_figures.md B2/B3: Lund's table 2015–2017, Kaosam 700 / 1 000 / 750 t kr.
    let ws = lund_2015_2017();
    let csv = scenario_csv(&ws, ws.scenarios[0].id).unwrap();
    assert!(csv.contains("\r\nPost;2015;2016;2017\r\n"));
    assert!(csv.contains("\r\nKaosam;700000;1000000;750000\r\n"));
    assert!(csv.contains("\r\nRäntor;50000;30000;30000\r\n"));
}

#[test]
fn the_catalogue_has_one_row_per_item_and_year_with_sus_columns() {
    let ws = lund_2015_2017();
    let csv = catalogue_csv(&ws, &csv_item_names());
    let mut rows = csv.trim_start_matches('\u{FEFF}').split("\r\n");
    assert_eq!(
        rows.next(),
        Some(
            "Namn;Typ;Status;Inriktning;Målgrupp;Ägare;Start;Slut;År;Budget (kr);\
             Planerade deltagare"
        )
    );
    let kristallen: Vec<&str> = rows.filter(|r| r.contains("Kristallen")).collect();
    assert_eq!(
        kristallen,
        ["2015", "2016", "2017"].map(|year| format!(
            "Konferensservice Kristallen;Projekt;Pågående;;Människor med psykisk \
             funktionsnedsättning som står långt från arbetsmarknaden;Lunds kommun, \
             Serviceförvaltningen;2014-07;2017-12;{year};600000;"
        ))
    );
    assert!(csv.ends_with("\r\n"));
}
