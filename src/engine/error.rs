//! Errors of the computations (reports, comparisons), with Swedish and English user messages.

use crate::engine::ids::{CatalogueItemId, LineId, PartyId, ScenarioId};
use crate::engine::model::PartyKind;

/// Why a figure could not be computed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EngineError {
    /// No scenario has this id.
    UnknownScenario(ScenarioId),
    /// A cost line refers to a catalogue item that does not exist.
    UnknownCatalogueItem {
        /// The referring line.
        line: LineId,
        /// The missing item.
        item: CatalogueItemId,
    },
    /// Funding refers to a party that is not a member.
    UnknownParty(PartyId),
    /// Funding options 1 and 2 need at least one party of this kind.
    MissingParty(PartyKind),
    /// A state offer, frame or quarter is negative.
    NegativeFundingInput,
    /// A split key gives every party weight 0 (the caller falls back to equal shares).
    SplitWithoutWeights,
    /// The amount to split is not a whole, non-negative number of kronor.
    InvalidSplitTotal,
    /// An amount is too large to compute with exactly.
    Overflow,
}

fn party_kind_sv(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Forsakringskassan => "Försäkringskassan",
        PartyKind::Arbetsformedlingen => "Arbetsförmedlingen",
        PartyKind::Region => "en region",
        PartyKind::Municipality => "en kommun",
    }
}

fn party_kind_en(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Forsakringskassan => "Försäkringskassan (the Social Insurance Agency)",
        PartyKind::Arbetsformedlingen => "Arbetsförmedlingen (the Public Employment Service)",
        PartyKind::Region => "a region",
        PartyKind::Municipality => "a municipality",
    }
}

impl EngineError {
    /// The message shown to the user, in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            EngineError::UnknownScenario(id) => format!("Scenariot (id {}) finns inte.", id.0),
            EngineError::UnknownCatalogueItem { line, item } => format!(
                "Budgetraden (id {}) hänvisar till en katalogpost (id {}) som inte finns.",
                line.0, item.0
            ),
            EngineError::UnknownParty(id) => {
                format!(
                    "Finansieringen anger en part (id {}) som inte är medlem i förbundet.",
                    id.0
                )
            }
            EngineError::MissingParty(kind) => format!(
                "Finansieringen kräver att {} är medlem i förbundet.",
                party_kind_sv(*kind)
            ),
            EngineError::NegativeFundingInput => {
                "Statlig tilldelning och ramar får inte vara negativa.".to_string()
            }
            EngineError::SplitWithoutWeights => {
                "Fördelningsnyckeln saknar vikter (alla är 0).".to_string()
            }
            EngineError::InvalidSplitTotal => {
                "Beloppet som ska fördelas måste vara hela kronor och inte negativt.".to_string()
            }
            EngineError::Overflow => {
                "Beloppen är för stora för att räknas ut exakt. Kontrollera inmatningen."
                    .to_string()
            }
        }
    }

    /// The message shown to the user, in English.
    pub fn message_en(&self) -> String {
        match self {
            EngineError::UnknownScenario(id) => {
                format!("The scenario (id {}) does not exist.", id.0)
            }
            EngineError::UnknownCatalogueItem { line, item } => format!(
                "The budget line (id {}) refers to a catalogue item (id {}) that does not exist.",
                line.0, item.0
            ),
            EngineError::UnknownParty(id) => {
                format!(
                    "The funding names a party (id {}) that is not a member.",
                    id.0
                )
            }
            EngineError::MissingParty(kind) => {
                format!(
                    "This funding option needs {} as a member.",
                    party_kind_en(*kind)
                )
            }
            EngineError::NegativeFundingInput => {
                "The state offer and the frames must not be negative.".to_string()
            }
            EngineError::SplitWithoutWeights => {
                "The split key has no weights (all are 0).".to_string()
            }
            EngineError::InvalidSplitTotal => {
                "The amount to split must be whole kronor and not negative.".to_string()
            }
            EngineError::Overflow => {
                "The amounts are too large to compute exactly. Check the input.".to_string()
            }
        }
    }
}

impl std::fmt::Display for EngineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl std::error::Error for EngineError {}
