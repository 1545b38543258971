//! Checks a whole file (workspace or scenario file): ids, texts, references, years and amounts,
//! then the engine's own scenario check and computation as a last guard.

use super::check_catalogue::catalogue;
use super::check_ids::IdList;
use super::check_parts::{parties, settings, split_key, stated_figures};
use super::check_scenario::{scenario, Refs};
use super::check_text::{self as text, field, index, Checked};
use super::envelope::{ImportContent, ScenarioFile};
use super::error::ImportError;
use super::export::used_items;
use super::problem::Problem;
use crate::engine::command::check_scenario;
use crate::engine::ids::PartyId;
use crate::engine::model::{
    LoggedProposal, LoggedTarget, PartyKind, Scenario, Settings, SplitKey, Workspace,
};
use crate::engine::ordered::set_of;
use crate::engine::report::scenario_report;

/// Checks the content of a file.
pub(super) fn content(content: &ImportContent) -> Checked {
    match content {
        ImportContent::Workspace(workspace) => workspace_file(workspace),
        ImportContent::Scenario(file) => scenario_file(file),
    }
}

/// Checks a workspace like an imported workspace file.
pub(super) fn workspace_file(ws: &Workspace) -> Checked {
    text::name("name", &ws.name)?;
    text::line("org_number", &ws.org_number)?;
    let mut ids = IdList::new();
    ids.parties("parties", &ws.parties);
    ids.items("catalogue", &ws.catalogue);
    for (i, s) in ws.scenarios.iter().enumerate() {
        ids.scenario(&index("scenarios", i), s);
    }
    ids.check_unique()?;
    parties("parties", &ws.parties)?;
    let refs = refs(ws);
    split_key(
        "regional_split",
        &ws.regional_split,
        PartyKind::Region,
        &refs,
    )?;
    split_key(
        "municipal_split",
        &ws.municipal_split,
        PartyKind::Municipality,
        &refs,
    )?;
    catalogue("catalogue", &ws.catalogue, &refs, ws)?;
    for (i, s) in ws.scenarios.iter().enumerate() {
        scenario(&index("scenarios", i), s, &refs)?;
    }
    if let Some(baseline) = ws.baseline {
        if ws.scenario(baseline).is_none() {
            return Err(ImportError::at(
                "baseline",
                Problem::UnknownScenario(baseline.0),
            ));
        }
    }
    settings("settings", &ws.settings)?;
    stated_figures("stated_figures", ws)?;
    text::note("note", &ws.note)?;
    meeting_log("meeting_log", &ws.meeting_log)?;
    engine_checks(ws)
}

/// The texts, year and amounts of each kept proposal.
fn meeting_log(path: &str, log: &[LoggedProposal]) -> Checked {
    for (i, entry) in log.iter().enumerate() {
        let at = index(path, i);
        text::line(&field(&at, "at"), &entry.at)?;
        text::name(&field(&at, "scenario"), &entry.scenario)?;
        text::year(&field(&at, "year"), entry.year)?;
        if let LoggedTarget::CostLine { name } = &entry.what {
            text::name(&field(&field(&at, "what"), "name"), name)?;
        }
        text::amount(&field(&at, "before"), entry.before)?;
        text::amount(&field(&at, "after"), entry.after)?;
        text::name(&field(&at, "kept_as"), &entry.kept_as)?;
    }
    Ok(())
}

fn scenario_file(file: &ScenarioFile) -> Checked {
    text::name("forbund", &file.forbund)?;
    text::line("org_number", &file.org_number)?;
    let mut ids = IdList::new();
    ids.parties("parties", &file.parties);
    ids.scenario("scenario", &file.scenario);
    ids.items("catalogue", &file.catalogue);
    ids.check_unique()?;
    parties("parties", &file.parties)?;
    let refs = Refs {
        parties: &file.parties,
        items: set_of(file.catalogue.iter().map(|c| c.id)),
    };
    scenario("scenario", &file.scenario, &refs)?;
    let used = used_items(&file.scenario);
    for (i, item) in file.catalogue.iter().enumerate() {
        if !used.contains(&item.id) {
            let path = field(&index("catalogue", i), "id");
            return Err(ImportError::at(
                path,
                Problem::UnusedCatalogueItem(item.id.0),
            ));
        }
    }
    let ws = as_workspace(file);
    catalogue("catalogue", &file.catalogue, &refs, &ws)?;
    engine_checks(&ws)
}

fn refs(ws: &Workspace) -> Refs<'_> {
    Refs {
        parties: &ws.parties,
        items: set_of(ws.catalogue.iter().map(|c| c.id)),
    }
}

/// A minimal workspace holding a scenario file's data (equal split keys), for the engine's checks.
pub(super) fn as_workspace(file: &ScenarioFile) -> Workspace {
    let ids_of = |kind| -> Vec<PartyId> {
        let of_kind = file.parties.iter().filter(|p| p.kind == kind);
        of_kind.map(|p| p.id).collect()
    };
    let mut ws = Workspace {
        name: file.forbund.clone(),
        org_number: file.org_number.clone(),
        parties: file.parties.clone(),
        regional_split: SplitKey::equal(&ids_of(PartyKind::Region), ""),
        municipal_split: SplitKey::equal(&ids_of(PartyKind::Municipality), ""),
        catalogue: file.catalogue.clone(),
        scenarios: vec![file.scenario.clone()],
        baseline: None,
        settings: Settings::default(),
        stated_figures: Vec::new(),
        next_id: 0,
        note: String::new(),
        decisions: Vec::new(),
        meeting_log: Vec::new(),
    };
    ws.next_id = ws.max_used_id().saturating_add(1);
    ws
}

/// The engine's own check of each scenario (as if added to the rest of the workspace), and its
/// computation.
fn engine_checks(ws: &Workspace) -> Checked {
    for (i, s) in ws.scenarios.iter().enumerate() {
        let path = index("scenarios", i);
        let rest = without(ws, s);
        check_scenario(&rest, s).map_err(|e| ImportError::at(path.clone(), Problem::Command(e)))?;
        scenario_report(ws, s.id).map_err(|_| ImportError::at(path, Problem::NotComputable))?;
    }
    Ok(())
}

fn without(ws: &Workspace, scenario: &Scenario) -> Workspace {
    let mut rest = ws.clone();
    rest.scenarios.retain(|s| s.id != scenario.id);
    rest
}
