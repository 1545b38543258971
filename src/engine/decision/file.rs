//! A decision's own file, to send with the minutes: the decision with its fingerprint, and the check a
//! receiver makes offline ("Fingeravtrycket stämmer / stämmer inte").

use super::computed_fingerprint;
use crate::engine::exchange::MAX_IMPORT_BYTES;
use crate::engine::json_value;
use crate::engine::model::{Decision, IsoDate};
use serde::{Deserialize, Serialize};

/// The `format` of a decision file.
pub const DECISION_FORMAT: &str = "finsam-planner-decision";
/// The version of the decision file's layout.
const FILE_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct DecisionFile {
    format: String,
    version: u32,
    exported_on: IsoDate,
    decision: Decision,
}

/// What a checked file holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileCheck {
    /// The decision as the file has it.
    pub decision: Decision,
    /// The fingerprint its content gives.
    pub computed: String,
}

impl FileCheck {
    /// Whether the file's fingerprint is the one its content gives.
    pub fn matches(&self) -> bool {
        self.decision.fingerprint == self.computed
    }
}

/// Why a file could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecisionFileError {
    /// Larger than any decision file.
    TooLarge,
    /// Not JSON, or not a decision file's JSON (serde's words in English).
    NotADecisionFile(String),
    /// A decision file of a later version.
    NewerVersion(u32),
}

impl DecisionFileError {
    /// The message in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            DecisionFileError::TooLarge => "Filen är för stor för att vara en beslutsfil.".into(),
            DecisionFileError::NotADecisionFile(detail) => format!(
                "Filen är inte en beslutsfil från Finsam-planeraren eller är skadad ({detail})."
            ),
            DecisionFileError::NewerVersion(v) => format!(
                "Beslutsfilen är gjord med en nyare version (v{v}) av Finsam-planeraren. Uppdatera appen."
            ),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            DecisionFileError::TooLarge => "The file is too large to be a decision file.".into(),
            DecisionFileError::NotADecisionFile(detail) => format!(
                "The file is not a finsam-planner decision file, or it is damaged ({detail})."
            ),
            DecisionFileError::NewerVersion(v) => format!(
                "The decision file was made by a newer version (v{v}) of finsam-planner. Update the app."
            ),
        }
    }
}

/// The decision file's text (indented JSON), with the fingerprint as stored.
pub fn export_decision(decision: &Decision, exported_on: IsoDate) -> String {
    let file = DecisionFile {
        format: DECISION_FORMAT.to_string(),
        version: FILE_VERSION,
        exported_on,
        decision: decision.clone(),
    };
    let compact = serde_json::to_string(&file).unwrap_or_default();
    crate::engine::json_pretty::pretty(&compact) + "\n"
}

/// Reads a decision file and computes the fingerprint of what it holds.
///
/// # Errors
/// A [`DecisionFileError`] when the text is not a readable decision file.
pub fn check_decision_file(text: &str) -> Result<FileCheck, DecisionFileError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(DecisionFileError::TooLarge);
    }
    let head: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| DecisionFileError::NotADecisionFile(e.to_string()))?;
    if head.get("format").and_then(serde_json::Value::as_str) != Some(DECISION_FORMAT) {
        return Err(DecisionFileError::NotADecisionFile(
            "format is not finsam-planner-decision".into(),
        ));
    }
    let version = head.get("version").and_then(serde_json::Value::as_u64);
    if let Some(v) = version.filter(|&v| v > u64::from(FILE_VERSION)) {
        return Err(DecisionFileError::NewerVersion(
            u32::try_from(v).unwrap_or(u32::MAX),
        ));
    }
    let file: DecisionFile = json_value::from_value(&head)
        .map_err(|e| DecisionFileError::NotADecisionFile(e.to_string()))?;
    let computed = computed_fingerprint(&file.decision);
    Ok(FileCheck {
        decision: file.decision,
        computed,
    })
}
