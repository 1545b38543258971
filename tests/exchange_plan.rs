//! Import preview and application: added / unchanged / collisions with their differences in kr,
//! choices Replace / KeepBoth / Skip (default), party mapping by kind and name, all or nothing.

use finsam_planner::engine::compare::RowKind;
use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::exchange::{
    apply_import, export_file, export_scenario, export_workspace, parse_import, plan_import,
    Change, Choice, ImportContent, ImportError, ImportFile, ScenarioChangeKind, Subject,
};
use finsam_planner::engine::ids::{CatalogueItemId, PartyId, ScenarioId};
use finsam_planner::engine::model::{Funding, IsoDate, LineSource, Workspace};
use finsam_planner::engine::money::Money;
use finsam_planner::engine::report::scenario_report;
use std::collections::BTreeMap;

fn day() -> IsoDate {
    IsoDate::parse("2026-11-25").expect("date")
}

fn workspace_file(ws: &Workspace) -> ImportFile {
    parse_import(export_workspace(ws, day()).expect("export").as_bytes()).expect("imports")
}

fn scenario_file(ws: &Workspace, scenario: u32) -> ImportFile {
    let text = export_scenario(ws, ScenarioId(scenario), day()).expect("export");
    parse_import(text.as_bytes()).expect("imports")
}

/// Lund with 1 000 kr more on "Seminarier, utbildningar" in 2015 (scenario 15, line 28).
fn lund_changed() -> Workspace {
    let mut ws = lund_2015_2017();
    let line = &mut ws.scenarios[0].groups[1].lines[0];
    assert_eq!(line.id.0, 28);
    let LineSource::Own { amounts } = &mut line.source else {
        panic!("own line")
    };
    amounts.insert(2015, Money::from_kr(201_000));
    ws
}

/// A fingerprint of the workspaces' JSON (short to print on failure).
fn bytes(workspaces: &[Workspace]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    serde_json::to_string(workspaces)
        .expect("json")
        .hash(&mut hasher);
    hasher.finish()
}

#[test]
fn a_new_workspace_is_added_and_the_same_file_twice_changes_nothing() {
    let mut workspaces = vec![landskrona_svalov_2023()];
    let file = workspace_file(&lund_2015_2017());
    let plan = plan_import(&workspaces, 0, &file);
    assert_eq!(
        plan.added,
        vec![Subject::Workspace {
            name: "Lunds samordningsförbund".into()
        }]
    );
    assert!(plan.collisions.is_empty() && plan.blocked.is_none());
    let outcome = apply_import(&mut workspaces, 0, &plan, &[]).expect("applies");
    assert_eq!((outcome.workspace, outcome.added), (Some(1), 1));
    assert_eq!(workspaces[1], lund_2015_2017());
    let before = bytes(&workspaces);
    let again = plan_import(&workspaces, 0, &file);
    assert!(again.added.is_empty() && again.collisions.is_empty());
    assert_eq!(again.unchanged.len(), 1);
    assert!(again.changes_nothing());
    let outcome = apply_import(&mut workspaces, 0, &again, &[]).expect("applies");
    assert!(!outcome.changed());
    assert_eq!(bytes(&workspaces), before);
}

#[test]
fn a_workspace_collision_shows_the_differing_lines_and_totals_in_kr() {
    let workspaces = vec![lund_2015_2017()];
    let plan = plan_import(&workspaces, 0, &workspace_file(&lund_changed()));
    assert_eq!(plan.collisions.len(), 1);
    assert_eq!(plan.default_choices(), vec![Choice::Skip]);
    let Change::Workspace(diff) = &plan.collisions[0].change else {
        panic!("workspace")
    };
    assert!(diff.fields.is_empty(), "{:?}", diff.fields);
    assert_eq!(diff.scenarios.len(), 1);
    let ScenarioChangeKind::Changed(Some(figures)) = &diff.scenarios[0].kind else {
        panic!("changed with figures")
    };
    let row = |year: u16, kind: RowKind| {
        figures
            .rows
            .iter()
            .find(|r| r.year == year && r.kind == kind)
            .map(|r| r.delta)
    };
    let line = figures
        .rows
        .iter()
        .find(|r| r.kind == RowKind::CostLine)
        .expect("the line");
    assert_eq!(line.label, "Seminarier, utbildningar");
    assert_eq!(
        (line.year, line.current, line.file),
        (
            2015,
            Some(Money::from_kr(200_000)),
            Some(Money::from_kr(201_000))
        )
    );
    assert_eq!(row(2015, RowKind::CostsTotal), Some(Money::from_kr(1_000)));
    assert_eq!(row(2015, RowKind::Result), Some(Money::from_kr(-1_000)));
    assert_eq!(
        row(2015, RowKind::ClosingEquity),
        Some(Money::from_kr(-1_000))
    );
    assert_eq!(
        row(2016, RowKind::OpeningEquity),
        Some(Money::from_kr(-1_000))
    );
    assert_eq!(
        row(2017, RowKind::ClosingEquity),
        Some(Money::from_kr(-1_000))
    );
    assert_eq!(
        row(2016, RowKind::CostsTotal),
        None,
        "2016 costs are the same"
    );
}

#[test]
fn workspace_collision_choices() {
    let file = workspace_file(&lund_changed());
    let start = vec![lund_2015_2017()];
    let plan = plan_import(&start, 0, &file);

    let mut skipped = start.clone();
    apply_import(&mut skipped, 0, &plan, &plan.default_choices()).expect("applies");
    assert_eq!(bytes(&skipped), bytes(&start));

    let mut replaced = start.clone();
    apply_import(&mut replaced, 0, &plan, &[Choice::Replace]).expect("applies");
    assert_eq!(replaced, vec![lund_changed()]);

    let mut both = start.clone();
    let outcome = apply_import(&mut both, 0, &plan, &[Choice::KeepBoth]).expect("applies");
    assert_eq!(outcome.workspace, Some(1));
    assert_eq!(both[0], lund_2015_2017());
    assert_eq!(both[1].name, "Lunds samordningsförbund (importerad)");
    assert_eq!(both[1].scenarios, lund_changed().scenarios);
}

#[test]
fn a_scenario_file_into_its_own_workspace_is_unchanged() {
    let mut workspaces = vec![landskrona_svalov_2023(), lund_2015_2017()];
    let before = bytes(&workspaces);
    for id in [15, 33, 50] {
        let plan = plan_import(&workspaces, 1, &scenario_file(&lund_2015_2017(), id));
        assert!(
            plan.added.is_empty() && plan.collisions.is_empty(),
            "{plan:?}"
        );
        apply_import(&mut workspaces, 1, &plan, &[]).expect("applies");
        assert_eq!(bytes(&workspaces), before);
    }
}

#[test]
fn a_scenario_is_added_with_its_items_and_gives_the_same_figures() {
    let lund = lund_2015_2017();
    let mut target = lund.clone();
    target.scenarios.retain(|s| s.id.0 != 33);
    target.catalogue.retain(|c| c.id.0 == 5);
    target.stated_figures.retain(|f| f.scenario.0 == 99_999);
    target.scenarios.clear();
    let mut workspaces = vec![target];
    let plan = plan_import(&workspaces, 0, &scenario_file(&lund, 33));
    assert_eq!(plan.added.len(), 1 + 9, "the scenario and its 9 items");
    let outcome = apply_import(&mut workspaces, 0, &plan, &[]).expect("applies");
    assert_eq!(outcome.scenario, Some(ScenarioId(33)));
    let expected = scenario_report(&lund, ScenarioId(33)).expect("report");
    let got = scenario_report(&workspaces[0], ScenarioId(33)).expect("report");
    assert_eq!(got.years, expected.years);
    let again = plan_import(&workspaces, 0, &scenario_file(&lund, 33));
    assert!(again.changes_nothing() && again.collisions.is_empty());
}

/// The scenario file of Lund's scenario 50 with party ids 1–4 renumbered to 101–104.
fn renumbered_parties_file() -> ImportFile {
    let mut file = scenario_file(&lund_2015_2017(), 50);
    let ImportContent::Scenario(data) = &mut file.content else {
        panic!("scenario")
    };
    let map = |p: PartyId| PartyId(p.0 + 100);
    for party in &mut data.parties {
        party.id = map(party.id);
    }
    for plan in &mut data.scenario.years {
        if let Funding::MaximumState(inputs) | Funding::ApprovedFrames(inputs) = &mut plan.funding {
            let shift =
                |m: &BTreeMap<PartyId, Money>| m.iter().map(|(p, a)| (map(*p), *a)).collect();
            inputs.municipal_frames = shift(&inputs.municipal_frames);
            inputs.region_frames = shift(&inputs.region_frames);
        }
    }
    for item in &mut data.catalogue {
        item.owner = item.owner.map(map);
        item.participants = item.participants.iter().copied().map(map).collect();
    }
    parse_import(export_file(&file).expect("export").as_bytes()).expect("still valid")
}

#[test]
fn parties_are_matched_by_kind_and_name_not_id() {
    let lund = lund_2015_2017();
    let mut target = lund.clone();
    target.scenarios.retain(|s| s.id.0 != 50);
    let mut workspaces = vec![target];
    let plan = plan_import(&workspaces, 0, &renumbered_parties_file());
    assert!(plan.blocked.is_none(), "{:?}", plan.blocked);
    assert!(plan.collisions.is_empty(), "{:?}", plan.collisions);
    apply_import(&mut workspaces, 0, &plan, &[]).expect("applies");
    let expected = scenario_report(&lund, ScenarioId(50)).expect("report");
    let got = scenario_report(&workspaces[0], ScenarioId(50)).expect("report");
    assert_eq!(got.years, expected.years);
}

#[test]
fn a_scenario_file_for_other_members_is_refused_with_a_clear_message() {
    let mut workspaces = vec![landskrona_svalov_2023()];
    let before = bytes(&workspaces);
    let plan = plan_import(&workspaces, 0, &scenario_file(&lund_2015_2017(), 33));
    let reason = plan.blocked.clone().expect("blocked");
    assert_eq!(
        reason.message_sv(),
        "Scenariot hör till ett förbund med andra medlemmar; de här saknas i det öppna förbundet: \
         Lunds kommun (en kommun)."
    );
    assert_eq!(apply_import(&mut workspaces, 0, &plan, &[]), Err(reason));
    assert_eq!(bytes(&workspaces), before);
    let none = plan_import(&[], 0, &scenario_file(&lund_2015_2017(), 33));
    assert_eq!(none.blocked, Some(ImportError::NoActiveWorkspace));
}

#[test]
fn scenario_and_item_collisions_keep_both_or_replace() {
    let mut changed = lund_changed();
    let item = changed
        .catalogue
        .iter_mut()
        .find(|c| c.id.0 == 5)
        .expect("item 5");
    item.name = "Samverkansresurs AF (ny)".into();
    let file = scenario_file(&changed, 15);
    let start = vec![lund_2015_2017()];
    let plan = plan_import(&start, 0, &file);
    assert_eq!(plan.collisions.len(), 2, "{:?}", plan.collisions);
    let Change::Scenario(Some(figures)) = &plan.collisions[0].change else {
        panic!("scenario")
    };
    assert!(figures
        .rows
        .iter()
        .any(|r| r.kind == RowKind::CostLine && r.delta == Money::from_kr(1_000)));
    let Change::CatalogueItem { fields } = &plan.collisions[1].change else {
        panic!("item")
    };
    assert_eq!(fields, &vec!["name"]);
    assert_eq!(plan.unchanged.len(), 9, "the other 9 items are identical");

    let mut both = start.clone();
    let outcome =
        apply_import(&mut both, 0, &plan, &[Choice::KeepBoth, Choice::KeepBoth]).expect("applies");
    let new_id = outcome.scenario.expect("a scenario");
    assert_eq!(both[0].scenarios.len(), 4);
    assert_eq!(both[0].scenarios[..3], lund_2015_2017().scenarios[..]);
    let copy = both[0].scenario(new_id).expect("the copy");
    assert_eq!(
        copy.name,
        "Budget 2015–2017 (dokumentets tabell) (importerad)"
    );
    let new_item = both[0].catalogue.last().expect("an item");
    assert_eq!(new_item.name, "Samverkansresurs AF (ny) (importerad)");
    assert!(new_item.id != CatalogueItemId(5));
    let refers = copy
        .groups
        .iter()
        .flat_map(|g| &g.lines)
        .any(|l| matches!(l.source, LineSource::Catalogue { item, .. } if item == new_item.id));
    assert!(refers, "the copy uses the copied item");

    let mut replaced = start.clone();
    apply_import(&mut replaced, 0, &plan, &[Choice::Replace, Choice::Replace]).expect("applies");
    assert_eq!(replaced[0].scenarios[0], changed.scenarios[0]);
    assert_eq!(replaced[0].catalogue, changed.catalogue);
}

#[test]
fn wrong_choices_or_an_outdated_plan_change_nothing() {
    let file = workspace_file(&lund_changed());
    let mut workspaces = vec![lund_2015_2017()];
    let plan = plan_import(&workspaces, 0, &file);
    let before = bytes(&workspaces);
    let error = apply_import(&mut workspaces, 0, &plan, &[]).unwrap_err();
    assert_eq!(
        error,
        ImportError::ChoicesDoNotFit {
            expected: 1,
            given: 0
        }
    );
    workspaces[0].note.push_str(" (ändrad)");
    let changed = bytes(&workspaces);
    assert_ne!(changed, before);
    let error = apply_import(&mut workspaces, 0, &plan, &[Choice::Replace]).unwrap_err();
    assert_eq!(error, ImportError::PlanOutdated);
    assert_eq!(bytes(&workspaces), changed);
}
