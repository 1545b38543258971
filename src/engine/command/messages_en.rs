//! The English message of each [`CommandError`].

use super::error::CommandError;
use super::{MAX_YEAR, MIN_YEAR};
use crate::engine::model::PartyKind;

/// "a region", "a municipality" …: a member of this kind, as the object of a sentence.
fn member_en(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Forsakringskassan => "Försäkringskassan (the Social Insurance Agency)",
        PartyKind::Arbetsformedlingen => "Arbetsförmedlingen (the Public Employment Service)",
        PartyKind::Region => "a region",
        PartyKind::Municipality => "a municipality",
    }
}

impl CommandError {
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
            CommandError::NoteTooLong { max } => {
                format!("The text may have at most {max} characters.")
            }
            CommandError::ControlCharacter => {
                "The text contains a control character that is not allowed (such as a tab)."
                    .to_string()
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
            CommandError::WrongPartyKind { expected, .. } => format!(
                "The party is of the wrong kind for this field (it needs {}).",
                member_en(*expected)
            ),
            CommandError::IdsExhausted => {
                "The workspace has run out of identifiers. Export it and import it again."
                    .to_string()
            }
            CommandError::InvalidYearCount { max } => {
                format!("A scenario must have between 1 and {max} years.")
            }
            CommandError::TooManyYears { max } => {
                format!("The scenario already has {max} years, the most allowed.")
            }
            CommandError::OnlyOneYear => {
                "The scenario has only one year, which cannot be removed.".to_string()
            }
            CommandError::YearOutOfRange(year) => {
                format!("The year {year} is outside {MIN_YEAR}–{MAX_YEAR}.")
            }
            CommandError::YearsNotConsecutive => {
                "The scenario's years must be consecutive calendar years in order.".to_string()
            }
            CommandError::NoFrameFunding => "No year of the scenario is funded by frames and a \
                state offer (only manual amounts), so there is no pair to create."
                .to_string(),
            CommandError::IdInUse(id) => format!(
                "The id {id} is already used in the workspace, so the scenario cannot be restored."
            ),
            CommandError::AlreadyFirst => "It is already first and cannot move up.".to_string(),
            CommandError::AlreadyLast => "It is already last and cannot move down.".to_string(),
            CommandError::LastPartyOfKind(kind) => format!(
                "The förbund must have {} as a member, so the last one cannot be removed.",
                member_en(*kind)
            ),
            CommandError::OnlyOnePartyOfKind(kind) => {
                format!("The förbund can have only one {}.", member_en(*kind))
            }
            CommandError::PartyHasFunding {
                scenario_name,
                year,
                ..
            } => format!(
                "The party has a frame or amount in the funding of scenario \
                 \"{scenario_name}\" in {year}. Remove it or set it to 0 first."
            ),
            CommandError::SplitKeyWithoutWeights => {
                "The split key must give at least one party a weight above 0.".to_string()
            }
            CommandError::SplitKeyTooLarge => {
                "The numbers in the split key are too large to compute with.".to_string()
            }
            CommandError::EquityShareOutOfRange => {
                "The equity share must be above 0 % and at most 100 %.".to_string()
            }
            CommandError::EquityBoundNotPositive => {
                "The contribution bound must be above 0 kr.".to_string()
            }
            CommandError::DuplicateEquityBound(bound) => format!(
                "Two rows of the table have the same bound ({} kr).",
                bound.amount().normalize()
            ),
            CommandError::InvalidOrgNumber => {
                "The organisation number must have ten digits, e.g. 222000-2733.".to_string()
            }
            CommandError::InvalidCatalogueItem(problems) => {
                let messages: Vec<String> = problems.iter().map(|p| p.message_en()).collect();
                messages.join(" ")
            }
            CommandError::CatalogueItemInUse { scenarios, .. } => format!(
                "The item is included in {}: {}. Remove it from {} first.",
                if scenarios.len() == 1 {
                    "the scenario"
                } else {
                    "the scenarios"
                },
                super::messages_sv::quoted_list(scenarios),
                if scenarios.len() == 1 { "it" } else { "them" }
            ),
            CommandError::EmptyReference => {
                "Give the decision's reference, e.g. \"Styrelsen 2026-11-20 § 23\".".to_string()
            }
            CommandError::DecisionExists => {
                "The same decision (name, date, reference and amounts) is already recorded."
                    .to_string()
            }
            CommandError::UnknownDecision => "The decision does not exist.".to_string(),
            CommandError::ManualYear(year) => format!(
                "{year} is funded by manual amounts, so there is no state allocation to change."
            ),
            CommandError::ProposalUnchanged => {
                "The proposal is the amount in the scenario – change the amount first.".to_string()
            }
            CommandError::NoStatedFigure => "There is no such stated figure to remove.".to_string(),
        }
    }
}
