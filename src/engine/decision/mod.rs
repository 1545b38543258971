//! Board decisions: freezing a scenario with what its figures depend on, the canonical JSON and its
//! SHA-256 fingerprint, checking a fingerprint, and the decided figures; a decision's own file (`file`) and
//! the scenario "efter beslut" that starts from exactly the decided figures (`after`).

mod after;
mod file;

pub use after::after_decision_scenario;
pub use file::{check_decision_file, export_decision, DecisionFileError, FileCheck};

use crate::engine::error::EngineError;
use crate::engine::exchange::used_items;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{DecidedBudget, Decision, IsoDate, Workspace};
use crate::engine::report::{scenario_report, ScenarioReport};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// Names the canonical form, so a fingerprint can never be mistaken for one of other data.
const CANONICAL_FORMAT: &str = "finsam-planner/decision/1";

/// How many hex digits the short fingerprint shows.
const SHORT_DIGITS: usize = 16;

/// What the fingerprint covers, in this order: everything of a decision but the fingerprint.
#[derive(Serialize)]
#[serde(deny_unknown_fields)]
struct Sealed<'a> {
    format: &'static str,
    name: &'a str,
    decided_on: IsoDate,
    reference: &'a str,
    budget: &'a DecidedBudget,
}

/// The canonical JSON of a decision: compact, fields in declaration order, amounts as written.
pub fn canonical_json(decision: &Decision) -> String {
    let sealed = Sealed {
        format: CANONICAL_FORMAT,
        name: &decision.name,
        decided_on: decision.decided_on,
        reference: &decision.reference,
        budget: &decision.budget,
    };
    // The model holds only strings, numbers, lists and maps with string keys: serializing cannot fail.
    serde_json::to_string(&sealed).unwrap_or_default()
}

/// SHA-256 of `text`, lowercase hex.
pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// The fingerprint the decision's content gives now.
pub fn computed_fingerprint(decision: &Decision) -> String {
    sha256_hex(&canonical_json(decision))
}

/// Whether the stored fingerprint is the one the content gives (false: changed after the decision).
pub fn fingerprint_matches(decision: &Decision) -> bool {
    decision.fingerprint == computed_fingerprint(decision)
}

/// The first 16 hex digits in groups of four, upper case: "1A2B 3C4D 5E6F 7A8B".
pub fn short_fingerprint(fingerprint: &str) -> String {
    let digits: Vec<char> = fingerprint
        .chars()
        .take(SHORT_DIGITS)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    digits
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Freezes scenario `scenario` of `workspace` as decided on `decided_on` under `reference`, sealed
/// with its fingerprint. `None` if the workspace has no such scenario.
pub fn freeze(
    workspace: &Workspace,
    scenario: ScenarioId,
    name: &str,
    decided_on: IsoDate,
    reference: &str,
) -> Option<Decision> {
    let found = workspace.scenario(scenario)?;
    let used = used_items(found);
    let budget = DecidedBudget {
        forbund: workspace.name.clone(),
        org_number: workspace.org_number.clone(),
        parties: workspace.parties.clone(),
        regional_split: workspace.regional_split.clone(),
        municipal_split: workspace.municipal_split.clone(),
        catalogue: workspace
            .catalogue
            .iter()
            .filter(|item| used.contains(&item.id))
            .cloned()
            .collect(),
        scenario: found.clone(),
        settings: workspace.settings.clone(),
    };
    let mut decision = Decision {
        name: name.to_string(),
        decided_on,
        reference: reference.to_string(),
        budget,
        fingerprint: String::new(),
    };
    decision.fingerprint = computed_fingerprint(&decision);
    Some(decision)
}

/// The decided budget as a workspace of its own (one scenario), for the engine's computations.
pub fn as_workspace(budget: &DecidedBudget) -> Workspace {
    Workspace {
        name: budget.forbund.clone(),
        org_number: budget.org_number.clone(),
        parties: budget.parties.clone(),
        regional_split: budget.regional_split.clone(),
        municipal_split: budget.municipal_split.clone(),
        catalogue: budget.catalogue.clone(),
        scenarios: vec![budget.scenario.clone()],
        baseline: None,
        settings: budget.settings.clone(),
        stated_figures: Vec::new(),
        next_id: 0,
        note: String::new(),
        decisions: Vec::new(),
        meeting_log: Vec::new(),
    }
}

/// The decided figures, computed from the frozen budget alone.
///
/// # Errors
/// Any error of [`scenario_report`] on the frozen budget.
pub fn decided_report(decision: &Decision) -> Result<ScenarioReport, EngineError> {
    scenario_report(&as_workspace(&decision.budget), decision.budget.scenario.id)
}
