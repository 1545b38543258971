//! Why a command was refused (the workspace is then unchanged), with Swedish and English messages.

use crate::engine::ids::{CatalogueItemId, GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{PartyKind, Year};

/// A refused command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandError {
    /// No scenario has this id.
    UnknownScenario(ScenarioId),
    /// The scenario has no line with this id.
    UnknownLine(LineId),
    /// The scenario has no cost group with this id.
    UnknownGroup(GroupId),
    /// The catalogue has no item with this id.
    UnknownCatalogueItem(CatalogueItemId),
    /// No member party has this id.
    UnknownParty(PartyId),
    /// The scenario does not span this year.
    YearNotInScenario(Year),
    /// The line is an other-income line, not a cost line.
    NotACostLine(LineId),
    /// The line is a cost line, not an other-income line.
    NotAnIncomeLine(LineId),
    /// The line does not come from the catalogue (nothing to clear).
    NotACatalogueLine(LineId),
    /// A name is empty.
    EmptyName,
    /// A name is longer than the limit (in characters).
    NameTooLong {
        /// The limit.
        max: usize,
    },
    /// An amount is larger than 1 000 000 000 000 kr.
    AmountTooLarge,
    /// An amount has more than two decimals (öre).
    TooManyDecimals,
    /// A state offer, frame or contribution is negative.
    NegativeAmount,
    /// The party is of the wrong kind for this field (e.g. a municipality's frame for a region).
    WrongPartyKind {
        /// The party.
        party: PartyId,
        /// The kind the field needs.
        expected: PartyKind,
    },
    /// The workspace has run out of identifiers.
    IdsExhausted,
}

impl CommandError {
    /// The message shown to the user, in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            CommandError::UnknownScenario(id) => format!("Scenariot (id {}) finns inte.", id.0),
            CommandError::UnknownLine(id) => format!("Raden (id {}) finns inte i scenariot.", id.0),
            CommandError::UnknownGroup(id) => {
                format!("Kostnadsgruppen (id {}) finns inte i scenariot.", id.0)
            }
            CommandError::UnknownCatalogueItem(id) => {
                format!("Katalogposten (id {}) finns inte.", id.0)
            }
            CommandError::UnknownParty(id) => {
                format!("Parten (id {}) är inte medlem i förbundet.", id.0)
            }
            CommandError::YearNotInScenario(year) => format!("Året {year} ingår inte i scenariot."),
            CommandError::NotACostLine(_) => {
                "Raden är en intäktsrad, inte en kostnadsrad.".to_string()
            }
            CommandError::NotAnIncomeLine(_) => {
                "Raden är en kostnadsrad, inte en intäktsrad.".to_string()
            }
            CommandError::NotACatalogueLine(_) => {
                "Raden hämtar inte sitt belopp från katalogen.".to_string()
            }
            CommandError::EmptyName => "Namnet får inte vara tomt.".to_string(),
            CommandError::NameTooLong { max } => format!("Namnet får vara högst {max} tecken."),
            CommandError::AmountTooLarge => {
                "Beloppet är för stort (högst 1 000 000 000 000 kr).".to_string()
            }
            CommandError::TooManyDecimals => {
                "Beloppet får ha högst två decimaler (öre).".to_string()
            }
            CommandError::NegativeAmount => {
                "Statlig tilldelning, ramar och medlemsbidrag får inte vara negativa.".to_string()
            }
            CommandError::WrongPartyKind { .. } => {
                "Parten är av fel slag för det här fältet.".to_string()
            }
            CommandError::IdsExhausted => {
                "Arbetsytan har inga fler lediga id-nummer. Exportera och importera den på nytt."
                    .to_string()
            }
        }
    }

    /// The message shown to the user, in English.
    pub fn message_en(&self) -> String {
        match self {
            CommandError::UnknownScenario(id) => {
                format!("The scenario (id {}) does not exist.", id.0)
            }
            CommandError::UnknownLine(id) => {
                format!("The line (id {}) is not in the scenario.", id.0)
            }
            CommandError::UnknownGroup(id) => {
                format!("The cost group (id {}) is not in the scenario.", id.0)
            }
            CommandError::UnknownCatalogueItem(id) => {
                format!("The catalogue item (id {}) does not exist.", id.0)
            }
            CommandError::UnknownParty(id) => format!("The party (id {}) is not a member.", id.0),
            CommandError::YearNotInScenario(year) => {
                format!("The year {year} is not part of the scenario.")
            }
            CommandError::NotACostLine(_) => {
                "The line is an income line, not a cost line.".to_string()
            }
            CommandError::NotAnIncomeLine(_) => {
                "The line is a cost line, not an income line.".to_string()
            }
            CommandError::NotACatalogueLine(_) => {
                "The line does not take its amount from the catalogue.".to_string()
            }
            CommandError::EmptyName => "The name must not be empty.".to_string(),
            CommandError::NameTooLong { max } => {
                format!("The name may have at most {max} characters.")
            }
            CommandError::AmountTooLarge => {
                "The amount is too large (at most 1 000 000 000 000 kr).".to_string()
            }
            CommandError::TooManyDecimals => {
                "The amount may have at most two decimals (öre).".to_string()
            }
            CommandError::NegativeAmount => {
                "State offers, frames and member contributions must not be negative.".to_string()
            }
            CommandError::WrongPartyKind { .. } => {
                "The party is of the wrong kind for this field.".to_string()
            }
            CommandError::IdsExhausted => {
                "The workspace has run out of identifiers. Export it and import it again."
                    .to_string()
            }
        }
    }
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl std::error::Error for CommandError {}
