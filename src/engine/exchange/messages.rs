//! The Swedish and English messages of [`ImportError`].

use super::error::ImportError;
use super::problem::{kind_en, kind_sv};
use super::serde_text::detail_sv;
use super::{MAX_IMPORT_BYTES, SCHEMA_VERSION};
use crate::engine::model::PartyKind;

const MIB: usize = 1024 * 1024;

impl ImportError {
    /// The message in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            ImportError::TooLarge { bytes } => format!(
                "Filen är för stor ({} MB; högst {} MB). Ingenting har ändrats.",
                bytes / MIB,
                MAX_IMPORT_BYTES / MIB
            ),
            ImportError::NotUtf8 { at_byte } => {
                format!("Filen är inte text i UTF-8 (fel vid byte {at_byte}).")
            }
            ImportError::Syntax {
                line,
                column,
                detail,
            } => format!("Filen är inte giltig JSON (rad {line}, kolumn {column}: {detail})."),
            ImportError::NotOurFormat => {
                "Filen är inte en export från Finsam-planeraren (fältet \"format\" saknas eller är fel)."
                    .to_string()
            }
            ImportError::TooNew { found } => format!(
                "Filen är gjord med en nyare version (v{found}) av Finsam-planeraren; den här \
                 versionen läser till och med v{SCHEMA_VERSION}. Uppdatera appen."
            ),
            ImportError::Migration(error) => error.message_sv(),
            ImportError::Invalid { path, detail } => {
                format!("Fel vid {path}: {}.", detail_sv(detail))
            }
            ImportError::MissingField { path } => format!("Fältet {path} saknas."),
            ImportError::Violation { path, problem } => {
                format!("Fel vid {path}: {}", problem.message_sv())
            }
            ImportError::PartiesDoNotMatch { missing } => format!(
                "Scenariot hör till ett förbund med andra medlemmar; de här saknas i det öppna \
                 förbundet: {}.",
                parties(missing, kind_sv)
            ),
            ImportError::NoActiveWorkspace => {
                "Det finns inget öppet förbund att importera scenariot till.".to_string()
            }
            ImportError::PlanOutdated => {
                "Förbunden har ändrats sedan förhandsvisningen; välj filen igen.".to_string()
            }
            ImportError::IdsExhausted => "Förbundet har slut på id-nummer.".to_string(),
            ImportError::ChoicesDoNotFit { expected, given } => format!(
                "Importen behöver ett val för varje krock ({expected}), men fick {given}."
            ),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            ImportError::TooLarge { bytes } => format!(
                "The file is too large ({} MB; at most {} MB). Nothing was changed.",
                bytes / MIB,
                MAX_IMPORT_BYTES / MIB
            ),
            ImportError::NotUtf8 { at_byte } => {
                format!("The file is not UTF-8 text (error at byte {at_byte}).")
            }
            ImportError::Syntax {
                line,
                column,
                detail,
            } => format!("The file is not valid JSON (line {line}, column {column}: {detail})."),
            ImportError::NotOurFormat => {
                "The file is not a finsam-planner export (the \"format\" field is missing or wrong)."
                    .to_string()
            }
            ImportError::TooNew { found } => format!(
                "The file was made by a newer version (v{found}) of finsam-planner; this version \
                 reads up to v{SCHEMA_VERSION}. Update the app."
            ),
            ImportError::Migration(error) => error.message_en(),
            ImportError::Invalid { path, detail } => format!("Error at {path}: {detail}."),
            ImportError::MissingField { path } => format!("The field {path} is missing."),
            ImportError::Violation { path, problem } => {
                format!("Error at {path}: {}", problem.message_en())
            }
            ImportError::PartiesDoNotMatch { missing } => format!(
                "The scenario belongs to a förbund with other members; these are missing in the \
                 open förbund: {}.",
                parties(missing, kind_en)
            ),
            ImportError::NoActiveWorkspace => {
                "There is no open förbund to import the scenario into.".to_string()
            }
            ImportError::PlanOutdated => {
                "The förbund data changed after the preview; choose the file again.".to_string()
            }
            ImportError::IdsExhausted => "The förbund has run out of identifiers.".to_string(),
            ImportError::ChoicesDoNotFit { expected, given } => format!(
                "The import needs one choice per collision ({expected}) but got {given}."
            ),
        }
    }
}

/// "Lunds kommun (en kommun), Region Skåne (en region)".
fn parties(missing: &[(String, PartyKind)], kind: fn(PartyKind) -> &'static str) -> String {
    let named: Vec<String> = missing
        .iter()
        .map(|(name, k)| format!("{name} ({})", kind(*k)))
        .collect();
    named.join(", ")
}
