//! Import refusals, each with its specific Swedish message and path: file-level problems, one
//! extra or misspelled key (≥ 20 cases) and semantically invalid data (≥ 20 cases).

use finsam_planner::engine::examples::lund_2015_2017;
use finsam_planner::engine::exchange::{export_workspace, parse_import, ImportError};
use finsam_planner::engine::model::IsoDate;
use serde_json::{json, Value};

/// The Lund example as an export file, parsed to a JSON value.
fn base() -> Value {
    let day = IsoDate::parse("2026-11-25").expect("date");
    let text = export_workspace(&lund_2015_2017(), day).expect("export");
    serde_json::from_str(&text).expect("json")
}

fn at<'a>(value: &'a mut Value, pointer: &str) -> &'a mut Value {
    value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer}"))
}

/// The file with `value` set at `pointer` (an existing value, or a new key of an object).
fn with(pointer: &str, value: Value) -> Value {
    let mut file = base();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    at(&mut file, parent)
        .as_object_mut()
        .map(|o| o.insert(key.to_string(), value.clone()))
        .unwrap_or_else(|| {
            let index: usize = key.parse().expect("an index");
            at(&mut file, parent)[index] = value;
            None
        });
    file
}

/// The file with the key at `pointer` renamed to `new_key`.
fn renamed(pointer: &str, new_key: &str) -> Value {
    let mut file = base();
    let (parent, key) = pointer.rsplit_once('/').expect("a pointer");
    let object = at(&mut file, parent).as_object_mut().expect("an object");
    let value = object.remove(key).expect("the key");
    object.insert(new_key.to_string(), value);
    file
}

fn message(file: &Value) -> String {
    let bytes = serde_json::to_vec_pretty(file).expect("json");
    parse_import(&bytes).expect_err("refused").message_sv()
}

#[test]
fn the_base_file_is_accepted() {
    let bytes = serde_json::to_vec(&base()).expect("json");
    assert!(parse_import(&bytes).is_ok());
}

#[test]
fn one_extra_or_misspelled_key_is_refused_with_its_path() {
    let s0 = "/data/scenarios/0";
    let cases: Vec<(Value, &str)> = vec![
        (with("/exportedBy", json!("x")), "Fel vid exportedBy: okänt fält `exportedBy`"),
        (with("/data/nam", json!("x")), "Fel vid nam: okänt fält `nam`"),
        (renamed("/data/name", "nam"), "Fel vid nam: okänt fält `nam`"),
        (with(&format!("{s0}/ammount"), json!("1")), "Fel vid scenarios[0].ammount: okänt fält `ammount`"),
        (
            renamed(&format!("{s0}/groups/1/lines/0/source/own/amounts"), "ammounts"),
            "Fel vid scenarios[0].groups[1].lines[0].source.own.ammounts: okänt fält `ammounts`",
        ),
        (renamed("/data/parties/0/kind", "kindd"), "Fel vid parties[0].kindd: okänt fält `kindd`"),
        (
            renamed("/data/catalogue/0/inriktning", "inriktnig"),
            "Fel vid catalogue[0].inriktnig: okänt fält `inriktnig`",
        ),
        (
            renamed("/data/settings/display_unit", "display_units"),
            "Fel vid settings.display_units: okänt fält `display_units`",
        ),
        (
            renamed("/data/settings/equity_steps/0/max_share", "max_shares"),
            "Fel vid settings.equity_steps[0].max_shares: okänt fält `max_shares`",
        ),
        (
            renamed("/data/stated_figures/0/amount", "ammount"),
            "Fel vid stated_figures[0].ammount: okänt fält `ammount`",
        ),
        (
            renamed("/data/scenarios/1/years/0/funding/approved_frames/state_offer", "state_ofer"),
            "Fel vid scenarios[1].years[0].funding.approved_frames.state_ofer: okänt fält `state_ofer`",
        ),
        (
            renamed(&format!("{s0}/other_income/0/amounts"), "amount"),
            "Fel vid scenarios[0].other_income[0].amount: okänt fält `amount`",
        ),
        (renamed("/data/regional_split/note", "nots"), "Fel vid regional_split.nots: okänt fält `nots`"),
        (
            with("/data/catalogue/0/period/begin", json!(null)),
            "Fel vid catalogue[0].period.begin: okänt fält `begin`",
        ),
        (
            renamed(&format!("{s0}/years/0/overview_plan"), "overviewPlan"),
            "Fel vid scenarios[0].years[0].overviewPlan: okänt fält `overviewPlan`",
        ),
        (
            renamed(&format!("{s0}/groups/0/lines/0/source/catalogue/overrides"), "override"),
            "Fel vid scenarios[0].groups[0].lines[0].source.catalogue.override: okänt fält `override`",
        ),
        (
            with(&format!("{s0}/groups/0/is_admin"), json!(true)),
            "Fel vid scenarios[0].groups[0].is_admin: okänt fält `is_admin`",
        ),
        (
            renamed("/data/catalogue/0/planned_participants", "planned_participant"),
            "Fel vid catalogue[0].planned_participant: okänt fält `planned_participant`",
        ),
        (
            renamed("/data/municipal_split/method/fixed_shares/parts", "part"),
            "Fel vid municipal_split.method.fixed_shares.part: okänt fält `part`",
        ),
        (
            renamed(&format!("{s0}/years/0/funding/manual/amounts"), "amount"),
            "Fel vid scenarios[0].years[0].funding.manual.amount: okänt fält `amount`",
        ),
        (with("/kind", json!("workspaces")), "Fel vid kind: okänt alternativ `workspaces`"),
        (
            renamed(&format!("{s0}/groups/0/lines/0/source/catalogue"), "katalog"),
            "Fel vid scenarios[0].groups[0].lines[0].source: okänt alternativ `katalog`",
        ),
        (renamed("/schemaVersion", "schemaversion"), "Fältet schemaVersion saknas."),
        (
            renamed("/format", "Format"),
            "Filen är inte en export från Finsam-planeraren (fältet \"format\" saknas eller är fel).",
        ),
    ];
    assert!(cases.len() >= 20);
    for (file, expected) in &cases {
        let got = message(file);
        assert!(
            got.starts_with(expected),
            "expected {expected:?}\n     got {got:?}"
        );
    }
}

#[test]
fn semantically_invalid_files_are_refused_with_a_specific_message() {
    let s0 = "/data/scenarios/0";
    let s1 = "/data/scenarios/1";
    let long = "x".repeat(201);
    let cases: Vec<(Value, &str)> = vec![
        (with("/data/parties/1/id", json!(1)), "Fel vid parties[1].id: id 1 används mer än en gång i filen."),
        (
            with(&format!("{s0}/groups/1/id"), json!(17)),
            "Fel vid scenarios[0].groups[1].id: id 17 används mer än en gång i filen.",
        ),
        (
            with(&format!("{s0}/groups/0/lines/0/source/catalogue/item"), json!(999)),
            "Fel vid scenarios[0].groups[0].lines[0].source.catalogue.item: det finns ingen katalogpost med id 999.",
        ),
        (
            with(&format!("{s0}/years/0/funding/manual/amounts/99"), json!("1")),
            "Fel vid scenarios[0].years[0].funding.manual.amounts.99: det finns ingen medlem med id 99.",
        ),
        (
            with(&format!("{s1}/years/0/funding/approved_frames/municipal_frames/3"), json!("1")),
            "Fel vid scenarios[1].years[0].funding.approved_frames.municipal_frames.3: medlem 3 är inte en kommun.",
        ),
        (
            with(&format!("{s1}/years/0/year"), json!(1800)),
            "Fel vid scenarios[1].years[0].year: året 1800 ligger utanför 1900–2999.",
        ),
        (
            with(&format!("{s1}/other_income/0/amounts/2015"), json!("1")),
            "Fel vid scenarios[1].other_income[0].amounts.2015: scenariot omfattar inte året 2015.",
        ),
        (
            with(&format!("{s0}/years/2/year"), json!(2018)),
            "Fel vid scenarios[0].years[2].year: Scenariots år måste vara på varandra följande kalenderår i ordning.",
        ),
        (with(&format!("{s1}/years"), json!([])), "Fel vid scenarios[1].years: Ett scenario ska ha mellan 1 och 5 år."),
        (with(&format!("{s1}/name"), json!("  ")), "Fel vid scenarios[1].name: namnet får inte vara tomt."),
        (with(&format!("{s1}/name"), json!(long)), "Fel vid scenarios[1].name: texten är längre än 200 tecken."),
        (
            with("/data/parties/3/name", json!("Lund\u{7}")),
            "Fel vid parties[3].name: texten innehåller ett styrtecken.",
        ),
        (with(&format!("{s1}/note"), json!("a\tb")), "Fel vid scenarios[1].note: texten innehåller ett styrtecken."),
        (
            with(&format!("{s1}/years/0/funding/approved_frames/state_offer"), json!("-1")),
            "Fel vid scenarios[1].years[0].funding.approved_frames.state_offer: beloppet får inte vara negativt.",
        ),
        (
            with(&format!("{s1}/opening_equity"), json!("1000000000001")),
            "Fel vid scenarios[1].opening_equity: beloppet är större än 1 000 000 000 000 kr.",
        ),
        (with("/data/baseline", json!(999)), "Fel vid baseline: det finns inget scenario med id 999."),
        (
            with("/data/stated_figures/0/scenario", json!(999)),
            "Fel vid stated_figures[0].scenario: det finns inget scenario med id 999.",
        ),
        (
            with("/data/stated_figures/0/year", json!(2030)),
            "Fel vid stated_figures[0].year: scenariot omfattar inte året 2030.",
        ),
        (
            with("/data/stated_figures/0/what", json!({ "cost_line": 999 })),
            "Fel vid stated_figures[0].what: scenariot har ingen rad eller grupp med id 999.",
        ),
        (with("/data/catalogue/0/owner", json!(99)), "Fel vid catalogue[0].owner: det finns ingen medlem med id 99."),
        (
            with("/data/catalogue/0/period/start", json!({ "year": 2016, "month": 13 })),
            "Fel vid catalogue[0].period.start.month: månaden 13 ligger utanför 1–12.",
        ),
        (
            with(
                "/data/catalogue/0/period",
                json!({ "start": { "year": 2016, "month": 5 }, "end": { "year": 2016, "month": 4 } }),
            ),
            "Fel vid catalogue[0].period: perioden slutar innan den börjar.",
        ),
        (
            with("/data/settings/equity_steps/0/max_share", json!("1.5")),
            "Fel vid settings.equity_steps[0].max_share: andelen ska ligga mellan 0 och 1.",
        ),
        (
            with("/data/regional_split/method/fixed_shares/parts/4", json!(1)),
            "Fel vid regional_split.method.fixed_shares.parts.4: medlem 4 är inte en region.",
        ),
        (
            with("/data/catalogue/0/planned_participants/1800", json!(5)),
            "Fel vid catalogue[0].planned_participants.1800: året 1800 ligger utanför 1900–2999.",
        ),
        (
            with(&format!("{s1}/opening_equity"), json!("1.005")),
            "Fel vid scenarios[1].opening_equity: beloppet 1.005 har fler än två decimaler (öre).",
        ),
        (
            with("/data/catalogue/0/participants", json!([4, 4])),
            "Fel vid catalogue[0].participants: Lunds kommun står med två gånger.",
        ),
    ];
    assert!(cases.len() >= 20);
    for (file, expected) in &cases {
        assert_eq!(&message(file), expected);
    }
}

#[test]
fn file_level_problems_have_their_own_messages() {
    let big = vec![b' '; 5 * 1024 * 1024 + 1];
    let cases: Vec<(Vec<u8>, ImportError)> = vec![
        (
            big,
            ImportError::TooLarge {
                bytes: 5 * 1024 * 1024 + 1,
            },
        ),
        (
            b"{\"a\": \"\xff\"}".to_vec(),
            ImportError::NotUtf8 { at_byte: 7 },
        ),
        (b"[1, 2]".to_vec(), ImportError::NotOurFormat),
        (
            br#"{"format": "excalidraw", "schemaVersion": 2}"#.to_vec(),
            ImportError::NotOurFormat,
        ),
        (
            br#"{"format": "finsam-planner", "schemaVersion": 3}"#.to_vec(),
            ImportError::TooNew { found: 3 },
        ),
        (
            br#"{"format": "finsam-planner", "schemaVersion": "2"}"#.to_vec(),
            ImportError::Invalid {
                path: "schemaVersion".into(),
                detail: "expected a whole number".into(),
            },
        ),
    ];
    for (bytes, expected) in cases {
        assert_eq!(parse_import(&bytes).unwrap_err(), expected);
    }
    let too_new = parse_import(br#"{"format": "finsam-planner", "schemaVersion": 3}"#).unwrap_err();
    assert!(too_new
        .message_sv()
        .starts_with("Filen är gjord med en nyare version (v3)"));
    let large = parse_import(&vec![b' '; 6 * 1024 * 1024]).unwrap_err();
    assert_eq!(
        large.message_sv(),
        "Filen är för stor (6 MB; högst 5 MB). Ingenting har ändrats."
    );
}

#[test]
fn malformed_json_gives_line_and_column() {
    let error = parse_import(b"{\n  \"format\": \"finsam-planner\",\n  \"schemaVersion\": 2,,\n}")
        .unwrap_err();
    let ImportError::Syntax { line, column, .. } = error else {
        panic!("{error:?}")
    };
    assert_eq!((line, column), (3, 22), "the second comma");
    let truncated = parse_import(b"{\"format\": \"finsam-pl").unwrap_err();
    assert!(
        matches!(truncated, ImportError::Syntax { line: 1, .. }),
        "{truncated:?}"
    );
    let trailing = parse_import(b"{} x").unwrap_err();
    assert!(
        matches!(
            trailing,
            ImportError::Syntax {
                line: 1,
                column: 4,
                ..
            }
        ),
        "{trailing:?}"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert!(matches!(
        parse_import(deep.as_bytes()),
        Err(ImportError::Syntax { .. })
    ));
    let deep_data = format!(
        "{{\"format\": \"finsam-planner\", \"schemaVersion\": 2, \"data\": {}{}}}",
        "{\"a\": ".repeat(10_000),
        "}".repeat(10_000)
    );
    assert!(matches!(
        parse_import(deep_data.as_bytes()),
        Err(ImportError::Syntax { .. })
    ));
}

#[test]
fn a_key_written_twice_is_refused_not_overwritten() {
    let text = serde_json::to_string_pretty(&base()).expect("json");
    let twice = text.replacen(
        "\"2015\": \"200000\"",
        "\"2015\": \"200000\", \"2015\": \"900000\"",
        1,
    );
    assert_ne!(twice, text);
    let error = parse_import(twice.as_bytes()).unwrap_err();
    let expected = "Fel vid catalogue[0].amounts: nyckeln förekommer två gånger: `2015` på rad ";
    assert!(
        error.message_sv().starts_with(expected),
        "{}",
        error.message_sv()
    );
}

#[test]
fn numbers_with_decimals_are_refused_with_their_path() {
    let error = message(&with("/data/scenarios/1/opening_equity", json!(1.5)));
    assert!(
        error.starts_with("Fel vid scenarios[1].opening_equity: "),
        "{error}"
    );
    let error = message(&with("/data/scenarios/1/opening_equity", json!(15)));
    assert!(
        error.starts_with("Fel vid scenarios[1].opening_equity: fel typ: "),
        "{error}"
    );
}

#[test]
fn a_missing_field_with_a_default_is_still_refused() {
    let mut file = base();
    at(&mut file, "/data")
        .as_object_mut()
        .expect("object")
        .remove("baseline");
    assert_eq!(message(&file), "Fältet baseline saknas.");
    let mut file = base();
    let line = at(&mut file, "/data/scenarios/0/groups/1/lines/0");
    line.as_object_mut().expect("object").remove("note");
    assert_eq!(
        message(&file),
        "Fältet scenarios[0].groups[1].lines[0].note saknas."
    );
    let mut file = base();
    at(&mut file, "/data/catalogue/0")
        .as_object_mut()
        .expect("object")
        .remove("owner");
    assert_eq!(message(&file), "Fältet catalogue[0].owner saknas.");
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend(serde_json::to_vec(&base()).expect("json"));
    assert!(parse_import(&bytes).is_ok());
}
