//! Decided budgets ("Fastställ"): the fingerprint is SHA-256 (NIST vectors), stays the same across export →
//! import → export, changes with any figure, and a tampered file is reported as not matching; the decided
//! figures are frozen (Landskrona Svalöv 2023: closing 4 649 297 kr by seed_figures.md A1, also after the
//! catalogue changes), and "efter beslut" starts from exactly those figures.

mod history_support;

use finsam_planner::engine::command::{apply, Command, CommandError};
use finsam_planner::engine::decision::{
    canonical_json, check_decision_file, computed_fingerprint, decided_report, export_decision,
    fingerprint_matches, sha256_hex, short_fingerprint, DecisionFileError,
};
use finsam_planner::engine::exchange::{export_workspace, parse_import, ImportContent};
use finsam_planner::engine::model::{CatalogueItem, Decision, IsoDate, LineSource, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::scenario_report;
use history_support::{json, landskrona, lund, scenario};

const BUDGET: &str = "Budget 2023";
const REFERENCE: &str = "Styrelsen 2022-11-24 § 12";

fn day() -> IsoDate {
    IsoDate::parse("2022-11-24").expect("a date")
}

fn decided(ws: &mut Workspace) -> Decision {
    let id = scenario(ws, BUDGET);
    apply(
        ws,
        Command::Decide {
            scenario: id,
            name: "Budget 2023".into(),
            decided_on: day(),
            reference: REFERENCE.into(),
        },
    )
    .expect("decided");
    ws.decisions.last().cloned().expect("recorded")
}

/// BIP Svalöv's catalogue amount for 2023 goes from 204 000 to 300 000 kr; returns the item.
fn raise_bip_to_300_000(ws: &mut Workspace) -> CatalogueItem {
    let mut bip = ws
        .catalogue
        .iter()
        .find(|i| i.name == "BIP Svalöv")
        .cloned()
        .expect("BIP");
    bip.amounts.insert(2023, kr(300_000));
    apply(ws, Command::UpdateCatalogueItem { item: bip.clone() }).expect("updated");
    bip
}

fn kr(amount: i64) -> Money {
    Money::from_kr(amount)
}

#[test]
fn sha256_gives_the_nist_test_vectors() {
    // FIPS 180-2, appendix B.1 and B.2, and the empty message.
    assert_eq!(
        sha256_hex("abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    assert_eq!(
        sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
    assert_eq!(
        sha256_hex(""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
}

#[test]
fn a_decision_is_sealed_with_the_sha256_of_its_canonical_json() {
    let mut ws = landskrona();
    let decision = decided(&mut ws);
    assert_eq!(decision.fingerprint.len(), 64);
    assert_eq!(decision.fingerprint, sha256_hex(&canonical_json(&decision)));
    assert!(fingerprint_matches(&decision));
    let canonical = canonical_json(&decision);
    assert!(canonical.starts_with(
        r#"{"format":"finsam-planner/decision/1","name":"Budget 2023","decided_on":"2022-11-24","#
    ));
    assert!(!canonical.contains('\n') && !canonical.contains("fingerprint"));
    let short = short_fingerprint(&decision.fingerprint);
    assert_eq!(short.len(), 19, "four groups of four: {short}");
    assert_eq!(
        short.replace(' ', ""),
        decision.fingerprint[..16].to_uppercase()
    );
}

#[test]
fn the_decided_figures_are_the_seeds_and_stay_when_the_catalogue_changes() {
    let mut ws = landskrona();
    let decision = decided(&mut ws);
    let year = |report: &finsam_planner::engine::report::ScenarioReport| {
        report
            .years
            .first()
            .map(|y| (y.contributions, y.costs_total, y.closing_equity))
    };
    let frozen = decided_report(&decision).expect("computes");
    assert_eq!(
        year(&frozen),
        Some((kr(5_028_000), kr(3_611_000), kr(4_649_297)))
    );
    // BIP Svalöv goes from 204 000 to 300 000 kr in the catalogue: the live scenario costs 96 000 more.
    raise_bip_to_300_000(&mut ws);
    let live = scenario_report(&ws, scenario(&ws, BUDGET)).expect("computes");
    assert_eq!(
        year(&live),
        Some((kr(5_028_000), kr(3_707_000), kr(4_553_297)))
    );
    let stored = ws.decisions.first().expect("kept");
    assert_eq!(
        year(&decided_report(stored).expect("computes")),
        year(&frozen)
    );
    assert!(fingerprint_matches(stored));
}

#[test]
fn efter_beslut_starts_from_the_decided_figures_with_fresh_ids() {
    let mut ws = landskrona();
    let decision = decided(&mut ws);
    let bip = raise_bip_to_300_000(&mut ws);
    apply(
        &mut ws,
        Command::ScenarioFromDecision {
            fingerprint: decision.fingerprint.clone(),
            name: "Budget 2023 – efter beslut".into(),
        },
    )
    .expect("added");
    let after = ws.scenarios.last().expect("added");
    assert_eq!(after.name, "Budget 2023 – efter beslut");
    assert_ne!(after.id, decision.budget.scenario.id);
    let report = scenario_report(&ws, after.id).expect("computes");
    let first = report.years.first().expect("2023");
    assert_eq!(first.closing_equity, kr(4_649_297));
    assert_eq!(first.costs_total, kr(3_611_000));
    // BIP follows the catalogue again but keeps the decided 204 000 as this scenario's own figure.
    let line = after
        .groups
        .iter()
        .flat_map(|g| &g.lines)
        .find(|l| l.name.contains("BIP"));
    match line.map(|l| &l.source) {
        Some(LineSource::Catalogue { item, overrides }) => {
            assert_eq!(*item, bip.id);
            assert_eq!(overrides.get(&2023), Some(&kr(204_000)));
        }
        other => panic!("BIP line: {other:?}"),
    }
}

#[test]
fn the_fingerprint_changes_when_any_figure_or_the_reference_changes() {
    let mut ws = lund();
    let id = ws.scenarios[0].id;
    apply(
        &mut ws,
        Command::Decide {
            scenario: id,
            name: "Budget 2016".into(),
            decided_on: day(),
            reference: "Styrelsen 2015-12-10 § 5".into(),
        },
    )
    .expect("decided");
    let decision = ws.decisions[0].clone();
    let changed = |change: &dyn Fn(&mut Decision)| {
        let mut copy = decision.clone();
        change(&mut copy);
        computed_fingerprint(&copy)
    };
    let original = computed_fingerprint(&decision);
    let variants = [
        changed(&|d| d.budget.scenario.opening_equity = kr(1)),
        changed(&|d| d.reference.push(' ')),
        changed(&|d| d.name = "Budget 2017".into()),
        changed(&|d| d.decided_on = IsoDate::parse("2015-12-11").expect("date")),
        changed(&|d| d.budget.parties[0].name.push('x')),
        changed(&|d| d.budget.settings.equity_steps.clear()),
    ];
    for (i, fingerprint) in variants.iter().enumerate() {
        assert_ne!(
            fingerprint, &original,
            "change {i} must change the fingerprint"
        );
    }
    let same = changed(&|d| d.fingerprint = "0".repeat(64));
    assert_eq!(
        same, original,
        "the stored fingerprint is not part of what it seals"
    );
}

#[test]
fn the_fingerprint_is_stable_across_export_import_export() {
    let mut ws = landskrona();
    let decision = decided(&mut ws);
    let first = export_workspace(&ws, day()).expect("exports");
    let imported = match parse_import(first.as_bytes()).expect("imports").content {
        ImportContent::Workspace(w) => *w,
        ImportContent::Scenario(_) => panic!("a workspace file"),
    };
    assert_eq!(imported.decisions, ws.decisions);
    assert!(fingerprint_matches(&imported.decisions[0]));
    let second = export_workspace(&imported, day()).expect("exports");
    assert_eq!(first, second, "export → import → export is byte-identical");
    // The decision's own file, read back.
    let file = export_decision(&decision, day());
    let checked = check_decision_file(&file).expect("readable");
    assert!(checked.matches());
    assert_eq!(checked.decision, decision);
    assert_eq!(export_decision(&checked.decision, day()), file);
}

#[test]
fn a_workspace_without_decisions_is_written_as_before() {
    let ws = landskrona();
    assert!(!json(&ws).contains("decisions"));
}

/// A decision file edited by hand after the decision: one amount, then the reference; and a file with its
/// fingerprint replaced by the right one for the edited content (a forger's attempt that then matches).
#[test]
fn a_tampered_decision_file_does_not_match() {
    let mut ws = landskrona();
    let decision = decided(&mut ws);
    let file = export_decision(&decision, day());
    assert!(
        file.contains("\"204000\""),
        "BIP Svalöv's amount is in the file"
    );
    let amount_changed = file.replacen("\"204000\"", "\"194000\"", 1);
    let checked = check_decision_file(&amount_changed).expect("still readable");
    assert!(!checked.matches());
    assert_eq!(checked.decision.fingerprint, decision.fingerprint);
    assert_ne!(checked.computed, decision.fingerprint);
    let reference_changed = file.replace(REFERENCE, "Styrelsen 2022-11-24 § 13");
    assert!(!check_decision_file(&reference_changed)
        .expect("readable")
        .matches());
    let resealed = amount_changed.replace(&decision.fingerprint, &checked.computed);
    assert!(check_decision_file(&resealed).expect("readable").matches());
}

#[test]
fn unreadable_files_are_refused_with_a_message() {
    let not_json = check_decision_file("{ inte json").expect_err("refused");
    assert!(not_json
        .message_sv()
        .starts_with("Filen är inte en beslutsfil"));
    let other = check_decision_file(r#"{"format":"finsam-planner","schemaVersion":2}"#)
        .expect_err("refused");
    assert!(matches!(other, DecisionFileError::NotADecisionFile(_)));
    let newer = check_decision_file(r#"{"format":"finsam-planner-decision","version":9}"#);
    assert_eq!(newer, Err(DecisionFileError::NewerVersion(9)));
    let mut ws = landskrona();
    let file = export_decision(&decided(&mut ws), day());
    let cut = &file[..file.len() / 2];
    assert!(check_decision_file(cut).is_err());
}

#[test]
fn deciding_needs_a_reference_and_the_same_decision_is_not_recorded_twice() {
    let mut ws = landskrona();
    let id = scenario(&ws, BUDGET);
    let before = json(&ws);
    let decide = |reference: &str| Command::Decide {
        scenario: id,
        name: "Budget 2023".into(),
        decided_on: day(),
        reference: reference.into(),
    };
    assert_eq!(
        apply(&mut ws, decide("  ")),
        Err(CommandError::EmptyReference)
    );
    assert_eq!(json(&ws), before, "a refused decision changes nothing");
    apply(&mut ws, decide(REFERENCE)).expect("decided");
    let once = json(&ws);
    assert_eq!(
        apply(&mut ws, decide(REFERENCE)),
        Err(CommandError::DecisionExists)
    );
    assert_eq!(json(&ws), once);
    let unknown = Command::ScenarioFromDecision {
        fingerprint: "f".repeat(64),
        name: "X".into(),
    };
    assert_eq!(apply(&mut ws, unknown), Err(CommandError::UnknownDecision));
}

/// Hand-made files: `decision-handmade.json` was edited by hand (name, reference, BIP Svalöv 210 000 kr) and
/// sealed by Python's `hashlib.sha256` over its own canonical form (`json.dumps(…, separators=(',', ':'),
/// ensure_ascii=False)` of format, name, decided_on, reference, budget); `decision-tampered.json` is the
/// same file with BIP's amount changed to 201 000 afterwards.
#[test]
fn hand_made_files_are_checked_against_an_independent_sha256() {
    let fixture = |name: &str| {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture")
    };
    let sealed = check_decision_file(&fixture("decision-handmade.json")).expect("readable");
    assert_eq!(
        sealed.computed,
        "1c1b076a81de774932d35e0fcfcc567a5cb28bea1511b944f5315780d1a90fcf"
    );
    assert!(sealed.matches());
    let report = decided_report(&sealed.decision).expect("computes");
    // 4 649 297 kr decided, less the 6 000 kr more for BIP Svalöv in the hand-edited file.
    assert_eq!(report.years[0].closing_equity, kr(4_643_297));
    let tampered = check_decision_file(&fixture("decision-tampered.json")).expect("readable");
    assert!(!tampered.matches());
    assert_eq!(tampered.decision.fingerprint, sealed.computed);
}
