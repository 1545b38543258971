//! Meeting proposals ("Om …"): a proposal is computed on a copy and never changes the scenario; kept, it
//! becomes a new scenario right after the original plus a line in the meeting log (one undo takes both
//! back); the log survives export → import → export and is written as CSV for the minutes.
//!
//! Golden figures by hand from seed_figures.md B2/B6 (Lund 2016: opening 1 000 000, interest 30 000,
//! costs 5 660 000, S = 3 340 000, Lunds kommun's frame 1 575 000):
//! - Max statlig tilldelning with S = 3 500 000: q = S/2 = 1 750 000, contributions 7 000 000, closing
//!   1 000 000 + 7 000 000 + 30 000 − 5 660 000 = 2 370 000.
//! - Godkänd kommunal ram with S = 3 500 000: q = min(1 750 000, 1 575 000) = 1 575 000, nothing changes
//!   (closing 1 670 000); with S = 3 000 000: q = 1 500 000, contributions 6 000 000, closing 1 370 000.
//! - Godkänd kommunal ram with Kaosam 800 000 instead of 1 000 000: closing 1 670 000 + 200 000 = 1 870 000.

mod history_support;

use finsam_planner::engine::command::{apply, Command, CommandError};
use finsam_planner::engine::csv::meeting_log_csv;
use finsam_planner::engine::exchange::{export_workspace, parse_import, ImportContent};
use finsam_planner::engine::model::{Funding, IsoDate, LoggedTarget, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::proposal::{
    current_amount, preview, Proposal, ProposalError, ProposalTarget,
};
use finsam_planner::engine::report::scenario_report;
use finsam_planner::history::History;
use history_support::{json, line, lund, party, run, scenario};

const APPROVED: &str = "Godkänd kommunal ram";
const MAXIMUM: &str = "Max statlig tilldelning";

fn kr(amount: i64) -> Money {
    Money::from_kr(amount)
}

fn state_offer(amount: i64) -> Proposal {
    Proposal {
        year: 2016,
        target: ProposalTarget::StateOffer,
        amount: kr(amount),
    }
}

fn closing_2016(ws: &Workspace, name: &str) -> Money {
    let report = scenario_report(ws, scenario(ws, name)).expect("computable");
    report.year(2016).expect("2016").closing_equity
}

fn keep(ws: &mut Workspace, on: &str, proposal: Proposal, name: &str) -> Result<(), CommandError> {
    let command = Command::KeepProposal {
        scenario: scenario(ws, on),
        proposal,
        name: name.into(),
        at: "2015-11-20 14:32".into(),
    };
    apply(ws, command)
}

#[test]
fn a_higher_state_allocation_raises_every_contribution_under_the_maximum() {
    let ws = lund();
    let id = scenario(&ws, MAXIMUM);
    let now = current_amount(&ws, id, 2016, ProposalTarget::StateOffer).expect("frames");
    assert_eq!(now, kr(3_340_000));
    let before = json(&ws);
    let report = preview(&ws, id, &state_offer(3_500_000)).expect("computable");
    let year = report.year(2016).expect("2016");
    assert_eq!(year.contributions, kr(7_000_000));
    assert_eq!(year.closing_equity, kr(2_370_000));
    let region = party(&ws, "Region Skåne");
    let paid = year.funding.parties.iter().find(|p| p.party == region);
    assert_eq!(paid.map(|p| p.amount), Some(kr(1_750_000)));
    assert_eq!(json(&ws), before, "a preview changes nothing");
    assert_eq!(closing_2016(&ws, MAXIMUM), kr(2_050_000));
}

#[test]
fn under_approved_frames_the_municipal_frame_still_binds() {
    let ws = lund();
    let id = scenario(&ws, APPROVED);
    let higher = preview(&ws, id, &state_offer(3_500_000)).expect("computable");
    assert_eq!(
        higher.year(2016).map(|y| y.closing_equity),
        Some(kr(1_670_000))
    );
    let lower = preview(&ws, id, &state_offer(3_000_000)).expect("computable");
    let year = lower.year(2016).expect("2016");
    assert_eq!(year.contributions, kr(6_000_000));
    assert_eq!(year.closing_equity, kr(1_370_000));
}

#[test]
fn the_same_amount_a_negative_allocation_and_a_manual_year_are_refused() {
    let mut ws = lund();
    let id = scenario(&ws, APPROVED);
    assert_eq!(
        preview(&ws, id, &state_offer(3_340_000)),
        Err(ProposalError::Refused(CommandError::ProposalUnchanged))
    );
    assert!(matches!(
        preview(&ws, id, &state_offer(-1)),
        Err(ProposalError::Refused(_))
    ));
    let manual = Command::SetFunding {
        scenario: id,
        year: 2016,
        funding: Funding::Manual {
            amounts: Default::default(),
        },
    };
    apply(&mut ws, manual).expect("manual amounts");
    let before = json(&ws);
    assert_eq!(
        keep(&mut ws, APPROVED, state_offer(3_000_000), "Förslag"),
        Err(CommandError::ManualYear(2016))
    );
    assert_eq!(json(&ws), before, "a refused proposal changes nothing");
}

#[test]
fn a_kept_proposal_is_a_new_scenario_after_the_original_and_a_logged_line() {
    let mut ws = lund();
    let (_, kaosam) = line(&ws, APPROVED, "Kaosam");
    let proposal = Proposal {
        year: 2016,
        target: ProposalTarget::CostLine(kaosam),
        amount: kr(800_000),
    };
    let original = ws.scenario(scenario(&ws, APPROVED)).cloned();
    let position = ws
        .scenarios
        .iter()
        .position(|s| s.name == APPROVED)
        .expect("there");
    keep(&mut ws, APPROVED, proposal, "Kaosam 800 t kr").expect("kept");
    assert_eq!(ws.scenarios[position + 1].name, "Kaosam 800 t kr");
    assert_eq!(
        ws.scenario(scenario(&ws, APPROVED)).cloned(),
        original,
        "the original stays"
    );
    assert_eq!(closing_2016(&ws, APPROVED), kr(1_670_000));
    assert_eq!(closing_2016(&ws, "Kaosam 800 t kr"), kr(1_870_000));
    let logged = ws.meeting_log.last().expect("logged");
    assert_eq!(logged.at, "2015-11-20 14:32");
    assert_eq!(logged.scenario, APPROVED);
    assert_eq!(logged.year, 2016);
    assert_eq!(
        logged.what,
        LoggedTarget::CostLine {
            name: "Kaosam".into()
        }
    );
    assert_eq!((logged.before, logged.after), (kr(1_000_000), kr(800_000)));
    assert_eq!(logged.kept_as, "Kaosam 800 t kr");
}

#[test]
fn one_undo_takes_back_the_scenario_and_the_log_line() {
    let mut ws = lund();
    let before = json(&ws);
    let mut history = History::default();
    let command = Command::KeepProposal {
        scenario: scenario(&ws, MAXIMUM),
        proposal: state_offer(3_500_000),
        name: "Max 3,5 mkr".into(),
        at: "2015-11-20 14:40".into(),
    };
    let label = run(&mut ws, &mut history, command);
    assert_eq!(label.action, "keep_proposal");
    assert_eq!(closing_2016(&ws, "Max 3,5 mkr"), kr(2_370_000));
    history.undo(&mut ws).expect("undone");
    assert_eq!(json(&ws), before);
    history.redo(&mut ws).expect("redone");
    assert_eq!(ws.meeting_log.len(), 1);
}

#[test]
fn the_log_survives_export_and_import_and_is_left_out_when_empty() {
    let day = IsoDate::parse("2015-11-20").expect("a date");
    let plain = export_workspace(&lund(), day).expect("exports");
    assert!(
        !plain.contains("meeting_log"),
        "files without a log stay as they were"
    );
    let mut ws = lund();
    keep(&mut ws, MAXIMUM, state_offer(3_500_000), "Max 3,5 mkr").expect("kept");
    let first = export_workspace(&ws, day).expect("exports");
    let imported = match parse_import(first.as_bytes()).expect("imports").content {
        ImportContent::Workspace(w) => *w,
        ImportContent::Scenario(_) => panic!("a workspace file"),
    };
    assert_eq!(imported.meeting_log, ws.meeting_log);
    assert_eq!(export_workspace(&imported, day).expect("exports"), first);
    let emptied = first.replace("\"kept_as\": \"Max 3,5 mkr\"", "\"kept_as\": \"  \"");
    assert_ne!(emptied, first, "the file names the scenario");
    assert!(
        parse_import(emptied.as_bytes()).is_err(),
        "an empty name is refused"
    );
}

#[test]
fn the_log_as_csv_has_the_figure_before_after_and_the_change() {
    let mut ws = lund();
    let (_, kaosam) = line(&ws, APPROVED, "Kaosam");
    let cost = Proposal {
        year: 2016,
        target: ProposalTarget::CostLine(kaosam),
        amount: kr(800_000),
    };
    keep(&mut ws, APPROVED, cost, "Kaosam 800 t kr").expect("kept");
    keep(&mut ws, MAXIMUM, state_offer(3_500_000), "Max 3,5 mkr").expect("kept");
    let csv = meeting_log_csv(&ws.meeting_log);
    let rows: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        rows[0],
        "Tid;Scenario;År;Vad;Före (kr);Förslag (kr);Förändring (kr);Sparat som scenario"
    );
    assert_eq!(
        rows[1],
        "2015-11-20 14:32;Godkänd kommunal ram;2016;Kaosam;1000000;800000;-200000;Kaosam 800 t kr"
    );
    assert_eq!(
        rows[2],
        "2015-11-20 14:32;Max statlig tilldelning;2016;Möjlig statlig tilldelning;3340000;3500000;160000;Max 3,5 mkr"
    );
    assert_eq!(rows.len(), 4, "each row ends with CRLF");
}
