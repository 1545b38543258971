//! The file format: an envelope `{format, schemaVersion, kind, exportedOn, data}` around a whole
//! workspace or one scenario (with the förbund's name, its parties and the catalogue items the
//! scenario uses).

use crate::engine::model::{CatalogueItem, IsoDate, Party, Scenario, Workspace};
use serde::{Deserialize, Serialize};

/// The value of the envelope's `format` field.
pub const FORMAT: &str = "finsam-planner";

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// A whole workspace (one förbund).
    Workspace,
    /// One scenario with what it needs.
    Scenario,
}

/// The envelope as written (`format` and `schemaVersion` first).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub(super) struct EnvelopeOut<'a, T> {
    pub format: &'static str,
    pub schema_version: u32,
    pub kind: ExportKind,
    pub exported_on: IsoDate,
    pub data: &'a T,
}

/// The envelope as read; `data` is parsed by kind afterwards.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(super) struct EnvelopeIn {
    #[allow(dead_code)]
    pub format: String,
    #[allow(dead_code)]
    pub schema_version: u32,
    pub kind: ExportKind,
    pub exported_on: IsoDate,
    pub data: serde_json::Value,
}

/// The data of a scenario file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// The förbund's name.
    pub forbund: String,
    /// The förbund's organisation number (may be empty).
    pub org_number: String,
    /// The förbund's member parties (the scenario's funding refers to them by id).
    pub parties: Vec<Party>,
    /// The scenario.
    pub scenario: Scenario,
    /// Exactly the catalogue items the scenario's lines refer to, in catalogue order.
    pub catalogue: Vec<CatalogueItem>,
}

/// A parsed, migrated and validated import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportFile {
    /// The schema version the file was written with (older files were migrated).
    pub schema_version: u32,
    /// The export date written in the file.
    pub exported_on: IsoDate,
    /// What it holds.
    pub content: ImportContent,
}

/// The content of an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportContent {
    /// A whole workspace.
    Workspace(Box<Workspace>),
    /// One scenario.
    Scenario(Box<ScenarioFile>),
}
