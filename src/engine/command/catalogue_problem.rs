//! A problem with one field of a catalogue item ([`ItemProblem`]) and its Swedish and English
//! message.

use super::{MAX_YEAR, MIN_YEAR};
use crate::engine::ids::PartyId;
use crate::engine::model::Year;

/// The form field a problem belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ItemField {
    /// The name.
    Name,
    /// The description.
    Description,
    /// The owner party.
    Owner,
    /// The owner's unit.
    OwnerUnit,
    /// The leaders.
    Leaders,
    /// The target group.
    TargetGroup,
    /// The participating parties.
    Participants,
    /// The external partners.
    ExternalPartners,
    /// The first month of the period.
    PeriodStart,
    /// The last month of the period (also where "end before start" is reported).
    PeriodEnd,
    /// The amount of one year.
    Amounts(Year),
    /// The planned participants of one year.
    PlannedParticipants(Year),
    /// The decision date.
    DecisionDate,
    /// The origin ("bygger på …").
    Origin,
    /// The notes.
    Notes,
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The name is empty.
    EmptyName,
    /// The text is longer than `max` characters.
    TooLong {
        /// The limit.
        max: usize,
    },
    /// The text contains a control character (tab, or a line break in a one-line field).
    ControlCharacter,
    /// A month outside 1–12.
    MonthOutOfRange(u8),
    /// A year outside [`MIN_YEAR`]–[`MAX_YEAR`].
    YearOutOfRange(Year),
    /// The period ends before it starts.
    EndBeforeStart,
    /// A yearly figure for a year outside the period.
    YearOutsidePeriod(Year),
    /// An amount larger than 1 000 000 000 000 kr.
    AmountTooLarge,
    /// An amount with more than two decimals.
    TooManyDecimals,
    /// A negative amount.
    NegativeAmount,
    /// The party is not a member of the förbund.
    UnknownParty(PartyId),
    /// The party is listed twice among the participants.
    DuplicateParty {
        /// The party.
        party: PartyId,
        /// Its name.
        name: String,
    },
}

/// One problem with a catalogue item: the field and what is wrong (messages in
/// [`ItemProblem::message_sv`] / [`ItemProblem::message_en`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemProblem {
    /// The field.
    pub field: ItemField,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl ItemProblem {
    /// The message shown at the field, in Swedish.
    pub fn message_sv(&self) -> String {
        let year = figure_year(self.field);
        match &self.kind {
            ProblemKind::EmptyName => "Namnet får inte vara tomt.".to_string(),
            ProblemKind::TooLong { max } => format!("Texten får vara högst {max} tecken."),
            ProblemKind::ControlCharacter => {
                "Texten innehåller ett otillåtet styrtecken (till exempel en tabb).".to_string()
            }
            ProblemKind::MonthOutOfRange(month) => {
                format!("Månaden ska vara 1–12 (inte {month}).")
            }
            ProblemKind::YearOutOfRange(year) => {
                format!("Året {year} ligger utanför {MIN_YEAR}–{MAX_YEAR}.")
            }
            ProblemKind::EndBeforeStart => "Slutet ligger före starten.".to_string(),
            ProblemKind::YearOutsidePeriod(year) => match self.field {
                ItemField::PlannedParticipants(_) => {
                    format!("Planerade deltagare för {year} ligger utanför perioden.")
                }
                _ => format!("Beloppet för {year} ligger utanför perioden."),
            },
            ProblemKind::AmountTooLarge => {
                format!("Beloppet{year} är för stort (högst 1 000 000 000 000 kr).")
            }
            ProblemKind::TooManyDecimals => {
                format!("Beloppet{year} får ha högst två decimaler (öre).")
            }
            ProblemKind::NegativeAmount => format!("Beloppet{year} får inte vara negativt."),
            ProblemKind::UnknownParty(party) => match self.field {
                ItemField::Owner => "Ägaren är inte medlem i förbundet.".to_string(),
                _ => format!("Parten (id {}) är inte medlem i förbundet.", party.0),
            },
            ProblemKind::DuplicateParty { name, .. } => {
                format!("{name} står med två gånger.")
            }
        }
    }

    /// The message shown at the field, in English.
    pub fn message_en(&self) -> String {
        let year = figure_year_en(self.field);
        match &self.kind {
            ProblemKind::EmptyName => "The name must not be empty.".to_string(),
            ProblemKind::TooLong { max } => format!("The text may be at most {max} characters."),
            ProblemKind::ControlCharacter => {
                "The text contains a character that is not allowed (such as a tab).".to_string()
            }
            ProblemKind::MonthOutOfRange(month) => {
                format!("The month must be 1–12 (not {month}).")
            }
            ProblemKind::YearOutOfRange(year) => {
                format!("The year {year} is outside {MIN_YEAR}–{MAX_YEAR}.")
            }
            ProblemKind::EndBeforeStart => "The end is before the start.".to_string(),
            ProblemKind::YearOutsidePeriod(year) => match self.field {
                ItemField::PlannedParticipants(_) => {
                    format!("The planned participants for {year} are outside the period.")
                }
                _ => format!("The amount for {year} is outside the period."),
            },
            ProblemKind::AmountTooLarge => {
                format!("The amount{year} is too large (at most 1 000 000 000 000 kr).")
            }
            ProblemKind::TooManyDecimals => {
                format!("The amount{year} may have at most two decimals (öre).")
            }
            ProblemKind::NegativeAmount => format!("The amount{year} must not be negative."),
            ProblemKind::UnknownParty(party) => match self.field {
                ItemField::Owner => "The owner is not a member of the association.".to_string(),
                _ => format!(
                    "The party (id {}) is not a member of the association.",
                    party.0
                ),
            },
            ProblemKind::DuplicateParty { name, .. } => format!("{name} is listed twice."),
        }
    }
}

/// " för 2016" for a yearly amount's field, else "".
fn figure_year(field: ItemField) -> String {
    match field {
        ItemField::Amounts(year) => format!(" för {year}"),
        _ => String::new(),
    }
}

/// " for 2016" for a yearly amount's field, else "".
fn figure_year_en(field: ItemField) -> String {
    match field {
        ItemField::Amounts(year) => format!(" for {year}"),
        _ => String::new(),
    }
}
