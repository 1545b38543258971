//! Export: a workspace or one scenario as pretty-printed JSON in the envelope, byte-stable (struct
//! field order, maps sorted, amounts as decimal strings, trailing newline).

use super::envelope::{EnvelopeOut, ExportKind, ImportContent, ImportFile, ScenarioFile, FORMAT};
use super::SCHEMA_VERSION;
use crate::engine::ids::{CatalogueItemId, ScenarioId};
use crate::engine::model::{IsoDate, LineSource, Scenario, Workspace};
use crate::engine::ordered::set_of;
use serde::Serialize;
use std::collections::BTreeSet;

/// Why an export could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// The workspace has no scenario with this id.
    UnknownScenario(ScenarioId),
    /// The data could not be serialized (not expected to happen; the detail is serde's).
    Serialize(String),
}

impl ExportError {
    /// The message in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            ExportError::UnknownScenario(id) => format!("Scenariot {} finns inte.", id.0),
            ExportError::Serialize(detail) => format!("Exporten kunde inte skrivas: {detail}"),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            ExportError::UnknownScenario(id) => format!("Scenario {} does not exist.", id.0),
            ExportError::Serialize(detail) => format!("The export could not be written: {detail}"),
        }
    }
}

/// The whole workspace as an export file.
///
/// # Errors
/// [`ExportError::Serialize`] only if serde_json refuses the data (not expected).
pub fn export_workspace(
    workspace: &Workspace,
    exported_on: IsoDate,
) -> Result<String, ExportError> {
    write(ExportKind::Workspace, workspace, exported_on)
}

/// One scenario as an export file: the förbund's name and parties, the scenario and exactly the
/// catalogue items it uses.
///
/// # Errors
/// [`ExportError::UnknownScenario`] if the workspace has no such scenario.
pub fn export_scenario(
    workspace: &Workspace,
    scenario: ScenarioId,
    exported_on: IsoDate,
) -> Result<String, ExportError> {
    let data = scenario_file(workspace, scenario)?;
    write(ExportKind::Scenario, &data, exported_on)
}

/// An imported file written out again (for the round-trip check: export → import → export is
/// byte-identical).
///
/// # Errors
/// [`ExportError::Serialize`] only if serde_json refuses the data (not expected).
pub fn export_file(file: &ImportFile) -> Result<String, ExportError> {
    match &file.content {
        ImportContent::Workspace(workspace) => export_workspace(workspace, file.exported_on),
        ImportContent::Scenario(data) => write(ExportKind::Scenario, data, file.exported_on),
    }
}

/// The data of a scenario file for `scenario`.
///
/// # Errors
/// [`ExportError::UnknownScenario`] if the workspace has no such scenario.
pub fn scenario_file(
    workspace: &Workspace,
    scenario: ScenarioId,
) -> Result<ScenarioFile, ExportError> {
    let found = workspace
        .scenario(scenario)
        .ok_or(ExportError::UnknownScenario(scenario))?;
    let used = used_items(found);
    let catalogue = workspace
        .catalogue
        .iter()
        .filter(|item| used.contains(&item.id))
        .cloned()
        .collect();
    Ok(ScenarioFile {
        forbund: workspace.name.clone(),
        org_number: workspace.org_number.clone(),
        parties: workspace.parties.clone(),
        scenario: found.clone(),
        catalogue,
    })
}

/// The catalogue items a scenario's cost lines refer to.
pub fn used_items(scenario: &Scenario) -> BTreeSet<CatalogueItemId> {
    let lines = scenario.groups.iter().flat_map(|g| &g.lines);
    set_of(lines.filter_map(|line| match &line.source {
        LineSource::Catalogue { item, .. } => Some(*item),
        LineSource::Own { .. } => None,
    }))
}

fn write<T: Serialize>(
    kind: ExportKind,
    data: &T,
    exported_on: IsoDate,
) -> Result<String, ExportError> {
    let envelope = EnvelopeOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        kind,
        exported_on,
        data,
    };
    let compact =
        serde_json::to_string(&envelope).map_err(|e| ExportError::Serialize(e.to_string()))?;
    let mut text = crate::engine::json_pretty::pretty(&compact);
    text.push('\n');
    Ok(text)
}
