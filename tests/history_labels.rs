//! The labels of steps: `describe` names every command from the workspace before it, and every action it
//! can give is worded in both languages.

mod history_support;

use finsam_planner::engine::command::Command;
use finsam_planner::engine::ids::{CatalogueItemId, GroupId, LineId, PartyId, ScenarioId};
use finsam_planner::engine::model::{Funding, PartyKind, SplitSide, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::history::{
    all_actions, describe, HistoryError, Label, COMMAND_ACTIONS, IMPORT, JUMP, SET_DISPLAY_UNIT,
};
use finsam_planner::i18n::history::{error_text, has_wording, label_text, texts};
use finsam_planner::i18n::Lang;
use history_support::*;

/// One instance of every command variant, on Lund (ids from the workspace).
fn one_of_each(ws: &Workspace) -> Vec<Command> {
    let table = "Budget 2015–2017 (dokumentets tabell)";
    let scenario = scenario(ws, table);
    let (_, income) = line(ws, table, "Räntor");
    let (_, line) = line(ws, table, "Utvärderingar");
    let (_, group) = group(ws, table, "Administration");
    let party = party(ws, "Lunds kommun");
    let s = ws.scenario(scenario).expect("scenario").clone();
    let funding = s.years[0].funding.clone();
    let item = ws.catalogue[0].clone();
    let name = || "Nytt".to_string();
    let kr = Money::from_kr(1);
    use Command as C;
    vec![
        C::SetLineAmount {
            scenario,
            line,
            year: 2016,
            amount: kr,
        },
        C::ClearLineOverride {
            scenario,
            line,
            year: 2016,
        },
        C::SetOtherIncomeAmount {
            scenario,
            line: income,
            year: 2016,
            amount: kr,
        },
        C::SetOpeningEquity {
            scenario,
            amount: kr,
        },
        C::SetFunding {
            scenario,
            year: 2016,
            funding,
        },
        C::SetOverviewPlan {
            scenario,
            year: 2016,
            overview_plan: true,
        },
        C::RenameLine {
            scenario,
            line,
            name: name(),
        },
        C::AddLine {
            scenario,
            group,
            name: name(),
            catalogue_item: None,
        },
        C::AddOtherIncomeLine {
            scenario,
            name: name(),
        },
        C::RemoveLine { scenario, line },
        C::AddGroup {
            scenario,
            name: name(),
            is_administration: false,
        },
        C::RenameGroup {
            scenario,
            group,
            name: name(),
        },
        C::SetGroupAdministration {
            scenario,
            group,
            is_administration: false,
        },
        C::RenameScenario {
            scenario,
            name: name(),
        },
        C::DuplicateScenario {
            scenario,
            name: name(),
        },
        C::RemoveScenario { scenario },
        C::SetBaseline {
            scenario: Some(scenario),
        },
        C::AddScenario {
            name: name(),
            first_year: 2025,
            year_count: 2,
        },
        C::CreateFundingPair { scenario },
        C::RestoreScenario {
            scenario: s,
            position: 0,
            stated_figures: Vec::new(),
            baseline: false,
        },
        C::AddYear { scenario },
        C::RemoveLastYear { scenario },
        C::SetLineNote {
            scenario,
            line,
            note: name(),
        },
        C::MoveLine {
            scenario,
            line,
            up: true,
        },
        C::MoveGroup {
            scenario,
            group,
            up: false,
        },
        C::RemoveGroup { scenario, group },
        C::AddParty {
            name: name(),
            kind: PartyKind::Municipality,
            weight: None,
        },
        C::RenameParty {
            party,
            name: name(),
        },
        C::RemoveParty { party },
        C::SetSplitKey {
            side: SplitSide::Municipal,
            key: ws.municipal_split.clone(),
        },
        C::SetEquitySteps { steps: Vec::new() },
        C::SetWorkspaceName {
            name: name(),
            org_number: String::new(),
        },
        C::AddCatalogueItem { item: item.clone() },
        C::UpdateCatalogueItem { item: item.clone() },
        C::RemoveCatalogueItem { item: item.id },
    ]
}

#[test]
fn every_action_describe_gives_is_listed_and_worded() {
    let ws = lund();
    let commands = one_of_each(&ws);
    assert_eq!(commands.len(), 35, "one of each variant");
    for command in &commands {
        let label = describe(command, &ws);
        assert!(
            COMMAND_ACTIONS.contains(&label.action.as_str()),
            "{command:?}: {label:?}"
        );
        assert!(
            !label.subject.is_empty()
                || label.action == "set_equity_steps"
                || label.action.ends_with("_split"),
            "{command:?} names what it touches: {label:?}"
        );
    }
    for action in all_actions() {
        assert!(has_wording(action), "{action} has no wording");
    }
    assert!(!has_wording("no_such_action"));
}

#[test]
fn subjects_name_what_the_command_touches_before_it() {
    let ws = landskrona();
    let (scenario, line) = line(&ws, "Budget 2023", "Bankkostnader");
    let amount = Money::from_kr(1);
    let set = Command::SetLineAmount {
        scenario,
        line,
        year: 2023,
        amount,
    };
    assert_eq!(
        describe(&set, &ws),
        Label::new("set_line_amount", "Bankkostnader 2023")
    );
    let (_, group) = group(&ws, "Budget 2023", "Innovationsmiljö");
    let remove = Command::RemoveGroup { scenario, group };
    assert_eq!(
        describe(&remove, &ws),
        Label::new("remove_group", "Innovationsmiljö")
    );
    let rename = Command::RenameScenario {
        scenario,
        name: "Nytt".into(),
    };
    assert_eq!(
        describe(&rename, &ws),
        Label::new("rename_scenario", "Budget 2023")
    );
    let equity = Command::SetOpeningEquity { scenario, amount };
    assert_eq!(
        describe(&equity, &ws),
        Label::new("set_opening_equity", "2023")
    );
    let mut funding = ws.scenarios[0].years[0].funding.clone();
    if let Funding::ApprovedFrames(inputs) = &mut funding {
        inputs.state_offer = Money::from_kr(2_600_000);
    }
    let offer = Command::SetFunding {
        scenario,
        year: 2023,
        funding,
    };
    assert_eq!(describe(&offer, &ws), Label::new("set_state_offer", "2023"));
}

#[test]
fn a_frame_of_one_party_is_named_with_the_party_and_the_year() {
    let ws = lund();
    let scenario = scenario(&ws, "Godkänd kommunal ram");
    let lund_kommun = party(&ws, "Lunds kommun");
    let mut funding = ws.scenario(scenario).expect("scenario").years[0]
        .funding
        .clone();
    if let Funding::ApprovedFrames(inputs) = &mut funding {
        inputs
            .municipal_frames
            .insert(lund_kommun, Money::from_kr(1_600_000));
    }
    let command = Command::SetFunding {
        scenario,
        year: 2016,
        funding,
    };
    assert_eq!(
        describe(&command, &ws),
        Label::new("set_party_frame", "Lunds kommun 2016")
    );
}

#[test]
fn unknown_ids_give_an_empty_subject() {
    let ws = landskrona();
    let (scenario, line, group) = (ScenarioId(9_999), LineId(9_998), GroupId(9_997));
    let amount = Money::from_kr(1);
    let commands = [
        Command::SetLineAmount {
            scenario,
            line,
            year: 2023,
            amount,
        },
        Command::RemoveGroup { scenario, group },
        Command::RemoveScenario { scenario },
        Command::RemoveParty {
            party: PartyId(9_996),
        },
        Command::RemoveCatalogueItem {
            item: CatalogueItemId(9_995),
        },
    ];
    for command in commands {
        assert_eq!(describe(&command, &ws).subject, "", "{command:?}");
    }
}

#[test]
fn the_required_swedish_wordings() {
    let sv = |action: &str, subject: &str| label_text(&Label::new(action, subject), Lang::Sv);
    assert_eq!(
        sv("remove_group", "Innovationsmiljö"),
        "ta bort gruppen Innovationsmiljö"
    );
    assert_eq!(sv("remove_line", "Workshops"), "ta bort raden Workshops");
    assert_eq!(
        sv("remove_scenario", "Budget 2023"),
        "ta bort scenariot Budget 2023"
    );
    assert_eq!(
        sv("rename_scenario", "Budget 2023"),
        "byt namn på scenariot Budget 2023"
    );
    assert_eq!(
        sv("set_line_amount", "Bankkostnader 2023"),
        "ändra beloppet för Bankkostnader 2023"
    );
    assert_eq!(sv(IMPORT, ""), "import");
    assert_eq!(sv(SET_DISPLAY_UNIT, "t kr"), "visa belopp i t kr");
    assert_eq!(sv(JUMP, "3"), "gå tillbaka till punkt 3");
    assert_eq!(
        sv("set_opening_equity", "2023"),
        "ändra ingående eget kapital 2023"
    );
    assert_eq!(
        sv("add_catalogue_item", "Steget"),
        "lägg till Steget i katalogen"
    );
}

#[test]
fn an_empty_subject_leaves_no_trailing_space_and_english_is_worded_too() {
    let sv = |action: &str| label_text(&Label::new(action, ""), Lang::Sv);
    assert_eq!(sv("remove_group"), "ta bort gruppen");
    assert_eq!(sv("add_catalogue_item"), "lägg till i katalogen");
    assert_eq!(
        sv("set_equity_steps"),
        "ändra rekommendationen för eget kapital"
    );
    let en = label_text(&Label::new("remove_group", "Innovationsmiljö"), Lang::En);
    assert_eq!(en, "remove the group Innovationsmiljö");
    let unknown = label_text(&Label::new("fold_paper", "A4"), Lang::Sv);
    assert_eq!(unknown, "fold paper A4");
}

#[test]
fn the_history_texts_and_errors() {
    let sv = texts(Lang::Sv);
    assert_eq!(
        (sv.heading, sv.undo_prefix, sv.redo_prefix),
        ("Historik", "Ångra", "Gör om")
    );
    assert_eq!(
        (sv.undone, sv.redone, sv.undone_badge),
        ("Ångrat", "Gjort om", "ångrad")
    );
    assert_eq!(sv.go_back_to_start, "Gå tillbaka till början");
    let en = texts(Lang::En);
    assert_eq!(
        (en.heading, en.undo_prefix, en.redo_prefix),
        ("History", "Undo", "Redo")
    );
    assert_eq!(
        error_text(&HistoryError::DoesNotFit, Lang::Sv),
        "Ändringen kan inte ångras: förbundet har ändrats på annat sätt sedan dess."
    );
    assert_eq!(
        error_text(&HistoryError::NothingToUndo, Lang::Sv),
        "Det finns inget att ångra."
    );
    assert_eq!(
        error_text(&HistoryError::NothingToRedo, Lang::Sv),
        "Det finns inget att göra om."
    );
    assert_eq!(
        error_text(&HistoryError::NoSuchPosition, Lang::Sv),
        "Den punkten finns inte i historiken."
    );
    assert_eq!(
        error_text(&HistoryError::NothingToUndo, Lang::En),
        "There is nothing to undo."
    );
}
