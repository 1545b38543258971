//! The check of a pasted table on its own printed figures: the Lund seed's table defects (seed_figures.md B5:
//! 1 150 printed against 1 090, the carry-forward 1 150 → 1 000, the empty 2018 column, "Tillgångar" over the
//! income), Landskrona's equity far above the recommendation, and a table written here with eleven planted
//! errors (and the two incomplete plan years that follow), each expected finding written by hand.
#![cfg(not(target_arch = "wasm32"))]

use finsam_planner::engine::model::Settings;
use finsam_planner::engine::money_text::DisplayUnit;
use finsam_planner::engine::paste::finding_words;
use finsam_planner::engine::paste::findings::findings;
use finsam_planner::engine::paste::{read_table, ReadOptions};

const OPTIONS: ReadOptions = ReadOptions {
    first_year: 2027,
    columns: None,
    unit: None,
};

fn messages(text: &str) -> Vec<String> {
    worded(text, &finding_words::SV)
}

/// The findings of `text` in `words`, with plain spaces.
fn worded(text: &str, words: &finding_words::FindingWords) -> Vec<String> {
    let table = read_table(text, OPTIONS).expect("reads");
    let steps = Settings::default().equity_steps;
    findings(&table, &steps)
        .iter()
        .map(|f| f.message(table.unit, words).replace('\u{a0}', " "))
        .collect()
}

#[test]
fn lund_table_defects_are_found() {
    let found = messages(include_str!("fixtures/paste/lund-budget-2016.txt"));
    let expected = [
        "Rubriken har åren 2015–2018 men bara 2015–2017 har belopp.",
        "Rad 3 (Tillgångar): intäkterna står under rubriken ”Tillgångar” – det är intäkter, inte tillgångar.",
        // B5.1: 7 550 − 6 460 = 1 090.
        "Rad 53 (Medel till förfogande), 2015: dokumentet anger 1 150 t kr men tillgängliga medel − summa kostnader är 1 090 t kr (skillnad 60 t kr).",
        // On the printed figures: 1 150 / 5 500 = 20,9 % > 20 % of 5 500 = 1 100.
        "Rad 53 (Medel till förfogande), 2015: enligt dokumentets egna siffror är eget kapital 1 150 t kr = 20,9 % av medlemsavgifterna 5 500 t kr, över rekommendationen 1 100 t kr.",
        // B5.2: 2016 opens with 1 000 although 2015 closed at 1 150.
        "Rad 15 (Sparade medel), 2016: dokumentet anger 1 000 t kr men förra årets utgående eget kapital är 1 150 t kr (skillnad −150 t kr).",
        // 1 670 / 6 300 = 26,5 % > 20 % of 6 300 = 1 260.
        "Rad 53 (Medel till förfogande), 2016: enligt dokumentets egna siffror är eget kapital 1 670 t kr = 26,5 % av medlemsavgifterna 6 300 t kr, över rekommendationen 1 260 t kr.",
        // B5.4: 2017 has amounts but none of the totals 2015 and 2016 print.
        "2017 har belopp men saknar Sparade medel, Tillgängliga medel, Summa kostnader och Medel till förfogande, som andra år har.",
    ];
    assert_eq!(found, expected);
}

#[test]
fn landskrona_table_adds_up_but_equity_is_far_above_the_recommendation() {
    let found = messages(include_str!("fixtures/paste/landskrona-bilaga1.txt"));
    // 4 649 297 / 5 028 000 = 92,5 %; 20 % of 5 028 000 = 1 005 600 (seed_figures.md A3).
    assert_eq!(
        found,
        ["Rad 53 (BERÄKNAT UTGÅENDE ÖVERSKOTT), 2023: enligt dokumentets egna siffror är eget kapital 4 649 297 kr = 92,5 % av medlemsavgifterna 5 028 000 kr, över rekommendationen 1 005 600 kr."]
    );
}

#[test]
fn eleven_planted_errors_and_two_incomplete_years_are_reported_one_by_one() {
    let table = [
        "\t2026\t2027\t2028\t2029",
        "Tillgångar",
        "Försäkringskassan\t2 000",
        "Region Västra\t1 000",
        "Kommun A\t600",
        "Kommun B\t500",
        "Medlemsavgifter\t4 000",
        "Övriga intäkter\t100",
        "Summa intäkter\t4 200",
        "Ingående eget kapital\t1 000\t2 500",
        "Tillgängliga medel\t5 000",
        "Insatser",
        "Insats A\t1 000\t1 000\t1 000",
        "Insats B\t800",
        "Summa insatser\t1 900",
        "Kansli",
        "Lön\t500",
        "Lokal\t300",
        "Summa kansli",
        "Summa kostnader\t2 600",
        "Resultat\t1 700",
        "Utgående eget kapital\t2 400",
    ]
    .join("\n");
    let found = messages(&table);
    let expected = [
        // 1. four heading years, amounts in three
        "Rubriken har åren 2026–2029 men bara 2026–2028 har belopp.",
        // 2. the income block headed "Tillgångar"
        "Rad 2 (Tillgångar): intäkterna står under rubriken ”Tillgångar” – det är intäkter, inte tillgångar.",
        // 3. a group subtotal: 1 000 + 800 = 1 800, printed 1 900
        "Rad 15 (Summa insatser), 2026: dokumentet anger 1 900 kr men summan av raderna är 1 800 kr (skillnad 100 kr).",
        // 4. an empty subtotal under lines
        "Rad 19 (Summa kansli): summaraden är tom fast raderna ovanför har belopp.",
        // 5. ½/¼/¼: state 2 000 vs 1 000 + 1 100; region 1 000 vs municipalities 1 100
        "Rad 3 (Försäkringskassan), 2026: staten 2 000 kr ska vara regionens och kommunernas del tillsammans, och de ska vara lika: region 1 000 kr, kommuner 1 100 kr.",
        // 6. the contributions total: 2 000 + 1 000 + 600 + 500 = 4 100, printed 4 000
        "Rad 7 (Medlemsavgifter), 2026: dokumentet anger 4 000 kr men summan av raderna är 4 100 kr (skillnad −100 kr).",
        // 7. income: 4 000 + 100 = 4 100, printed 4 200
        "Rad 9 (Summa intäkter), 2026: dokumentet anger 4 200 kr men summan av raderna är 4 100 kr (skillnad 100 kr).",
        // 8. available funds: 1 000 + 4 200 = 5 200, printed 5 000
        "Rad 11 (Tillgängliga medel), 2026: dokumentet anger 5 000 kr men ingående eget kapital + summa intäkter är 5 200 kr (skillnad −200 kr).",
        // 9. result: 4 200 − 2 600 = 1 600, printed 1 700
        "Rad 21 (Resultat), 2026: dokumentet anger 1 700 kr men summa intäkter − summa kostnader är 1 600 kr (skillnad 100 kr).",
        // 10. equity on the printed figures: 2 400 / 4 000 = 60 % > 20 % (800)
        "Rad 22 (Utgående eget kapital), 2026: enligt dokumentets egna siffror är eget kapital 2 400 kr = 60,0 % av medlemsavgifterna 4 000 kr, över rekommendationen 800 kr.",
        // 11. carry-forward: 2027 opens with 2 500, 2026 closed at 2 400
        "Rad 10 (Ingående eget kapital), 2027: dokumentet anger 2 500 kr men förra årets utgående eget kapital är 2 400 kr (skillnad 100 kr).",
        // 12, 13. the plan years have amounts (Insats A, the opening 2 500) but none of 2026's totals.
        "2027 har belopp men saknar Summa intäkter, Tillgängliga medel, Summa insatser, Summa kostnader, Resultat och Utgående eget kapital, som andra år har.",
        "2028 har belopp men saknar Summa intäkter, Ingående eget kapital, Tillgängliga medel, Summa insatser, Summa kostnader, Resultat och Utgående eget kapital, som andra år har.",
    ];
    assert_eq!(found, expected);
}

/// The lines of the Lund table's findings as CSV in `words`.
fn lund_csv_lines(words: &finding_words::FindingWords) -> Vec<String> {
    let table =
        read_table(include_str!("fixtures/paste/lund-budget-2016.txt"), OPTIONS).expect("reads");
    let found = findings(&table, &Settings::default().equity_steps);
    let csv = finsam_planner::engine::csv::paste_findings_csv(&found, DisplayUnit::Tkr, words);
    let text = csv.trim_start_matches('\u{feff}').to_string();
    text.split("\r\n").map(str::to_string).collect()
}

#[test]
fn findings_export_as_csv_for_excel() {
    let lines = lund_csv_lines(&finding_words::SV);
    assert_eq!(lines[0], "Rad;Text;År;Iakttagelse");
    assert_eq!(
        lines.len(),
        1 + 7 + 1,
        "header, seven findings, the empty end"
    );
    assert!(lines[3].starts_with(
        "53;Medel till förfogande;2015;Rad 53 (Medel till förfogande), 2015: dokumentet anger 1"
    ));
}

fn messages_en(text: &str) -> Vec<String> {
    worded(text, &finding_words::EN)
}

#[test]
fn lund_table_defects_are_worded_in_english_too() {
    let found = messages_en(include_str!("fixtures/paste/lund-budget-2016.txt"));
    let expected = [
        "The heading has the years 2015–2018 but only 2015–2017 have amounts.",
        "Line 3 (Tillgångar): the income is headed “Tillgångar” (assets) – it is income, not assets.",
        "Line 53 (Medel till förfogande), 2015: the document states 1 150 t kr but available funds − total costs is 1 090 t kr (difference 60 t kr).",
        "Line 53 (Medel till förfogande), 2015: on the document's own figures the equity is 1 150 t kr = 20,9 % of the member contributions 5 500 t kr, above the recommendation 1 100 t kr.",
        "Line 15 (Sparade medel), 2016: the document states 1 000 t kr but last year's closing equity is 1 150 t kr (difference −150 t kr).",
        "Line 53 (Medel till förfogande), 2016: on the document's own figures the equity is 1 670 t kr = 26,5 % of the member contributions 6 300 t kr, above the recommendation 1 260 t kr.",
        "2017 has amounts but lacks Sparade medel, Tillgängliga medel, Summa kostnader and Medel till förfogande, which other years have.",
    ];
    assert_eq!(found, expected);
}

#[test]
fn the_english_csv_has_an_english_header_and_english_findings() {
    let lines = lund_csv_lines(&finding_words::EN);
    assert_eq!(lines[0], "Line;Text;Year;Finding");
    assert!(lines[3].starts_with(
        "53;Medel till förfogande;2015;Line 53 (Medel till förfogande), 2015: the document states 1"
    ));
}

#[test]
fn braces_in_a_printed_label_are_kept_as_printed() {
    // Income 2 000 + 1 000 + 1 000 = 4 000, printed 5 000; the label's "{year}" is not a placeholder.
    let text = "\t2027\nFörsäkringskassan\t2 000\nRegion\t1 000\nKommuner\t1 000\nSumma intäkter {year}\t5 000\n";
    let found = messages(text);
    assert!(
        found.iter().any(|m| m.starts_with("Rad 5 (Summa intäkter {year}), 2027: dokumentet anger 5 000 kr men summan av raderna är 4 000 kr")),
        "{found:?}"
    );
}
