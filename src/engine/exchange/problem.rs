//! Semantic problems found in a well-typed import file, with Swedish and English messages.

use crate::engine::command::{CommandError, ItemProblem};
use crate::engine::model::{PartyKind, Year};

/// What is wrong with a value (the path says where).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The id is used twice in the file (ids are unique across parties, items, scenarios,
    /// groups and lines).
    DuplicateId(u32),
    /// No party of the file has this id.
    UnknownParty(u32),
    /// The party is of another kind than the field needs.
    WrongPartyKind {
        /// The party.
        party: u32,
        /// The kind the field needs.
        expected: PartyKind,
    },
    /// No catalogue item of the file has this id.
    UnknownCatalogueItem(u32),
    /// No scenario of the file has this id.
    UnknownScenario(u32),
    /// The scenario has no line or group with this id.
    UnknownLineOrGroup(u32),
    /// A catalogue item in a scenario file that the scenario does not use.
    UnusedCatalogueItem(u32),
    /// A year outside 1900–2999.
    YearOutOfRange(Year),
    /// An amount for a year the scenario does not span.
    YearNotInScenario(Year),
    /// A month outside 1–12.
    MonthOutOfRange(u8),
    /// A period that ends before it starts.
    PeriodEndsBeforeStart,
    /// A name that is empty.
    EmptyName,
    /// A text longer than the limit (characters).
    TooLong {
        /// The limit.
        max: usize,
    },
    /// A text with a control character.
    ControlCharacter,
    /// An amount outside ±1 000 000 000 000 kr.
    AmountTooLarge,
    /// An amount that must not be negative.
    NegativeAmount,
    /// A share outside 0–1.
    ShareOutOfRange,
    /// A scenario check of the engine refused it.
    Command(CommandError),
    /// The scenario's figures cannot be computed (e.g. they overflow).
    NotComputable,
    /// The catalogue's own check of an item refused it.
    Item(ItemProblem),
}

impl Problem {
    /// The message in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            Problem::DuplicateId(id) => format!("id {id} används mer än en gång i filen."),
            Problem::UnknownParty(id) => format!("det finns ingen medlem med id {id}."),
            Problem::WrongPartyKind { party, expected } => {
                format!("medlem {party} är inte {}.", kind_sv(*expected))
            }
            Problem::UnknownCatalogueItem(id) => {
                format!("det finns ingen katalogpost med id {id}.")
            }
            Problem::UnknownScenario(id) => format!("det finns inget scenario med id {id}."),
            Problem::UnknownLineOrGroup(id) => {
                format!("scenariot har ingen rad eller grupp med id {id}.")
            }
            Problem::UnusedCatalogueItem(id) => {
                format!("katalogposten {id} används inte av scenariot.")
            }
            Problem::YearOutOfRange(year) => format!("året {year} ligger utanför 1900–2999."),
            Problem::YearNotInScenario(year) => format!("scenariot omfattar inte året {year}."),
            Problem::MonthOutOfRange(month) => format!("månaden {month} ligger utanför 1–12."),
            Problem::PeriodEndsBeforeStart => "perioden slutar innan den börjar.".to_string(),
            Problem::EmptyName => "namnet får inte vara tomt.".to_string(),
            Problem::TooLong { max } => format!("texten är längre än {max} tecken."),
            Problem::ControlCharacter => "texten innehåller ett styrtecken.".to_string(),
            Problem::AmountTooLarge => "beloppet är större än 1 000 000 000 000 kr.".to_string(),
            Problem::NegativeAmount => "beloppet får inte vara negativt.".to_string(),
            Problem::ShareOutOfRange => "andelen ska ligga mellan 0 och 1.".to_string(),
            Problem::Command(error) => error.message_sv(),
            Problem::NotComputable => "scenariots siffror går inte att räkna fram.".to_string(),
            Problem::Item(problem) => problem.message_sv(),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            Problem::DuplicateId(id) => format!("id {id} is used more than once in the file."),
            Problem::UnknownParty(id) => format!("there is no member party with id {id}."),
            Problem::WrongPartyKind { party, expected } => {
                format!("party {party} is not {}.", kind_en(*expected))
            }
            Problem::UnknownCatalogueItem(id) => {
                format!("there is no catalogue item with id {id}.")
            }
            Problem::UnknownScenario(id) => format!("there is no scenario with id {id}."),
            Problem::UnknownLineOrGroup(id) => {
                format!("the scenario has no line or group with id {id}.")
            }
            Problem::UnusedCatalogueItem(id) => {
                format!("catalogue item {id} is not used by the scenario.")
            }
            Problem::YearOutOfRange(year) => format!("the year {year} is outside 1900–2999."),
            Problem::YearNotInScenario(year) => format!("the scenario does not span {year}."),
            Problem::MonthOutOfRange(month) => format!("the month {month} is outside 1–12."),
            Problem::PeriodEndsBeforeStart => "the period ends before it starts.".to_string(),
            Problem::EmptyName => "the name must not be empty.".to_string(),
            Problem::TooLong { max } => format!("the text is longer than {max} characters."),
            Problem::ControlCharacter => "the text contains a control character.".to_string(),
            Problem::AmountTooLarge => {
                "the amount is larger than 1 000 000 000 000 kr.".to_string()
            }
            Problem::NegativeAmount => "the amount must not be negative.".to_string(),
            Problem::ShareOutOfRange => "the share must be between 0 and 1.".to_string(),
            Problem::Command(error) => error.message_en(),
            Problem::NotComputable => "the scenario's figures cannot be computed.".to_string(),
            Problem::Item(problem) => problem.message_en(),
        }
    }
}

pub(super) fn kind_sv(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Forsakringskassan => "Försäkringskassan",
        PartyKind::Arbetsformedlingen => "Arbetsförmedlingen",
        PartyKind::Region => "en region",
        PartyKind::Municipality => "en kommun",
    }
}

pub(super) fn kind_en(kind: PartyKind) -> &'static str {
    match kind {
        PartyKind::Forsakringskassan => "Försäkringskassan",
        PartyKind::Arbetsformedlingen => "Arbetsförmedlingen",
        PartyKind::Region => "a region",
        PartyKind::Municipality => "a municipality",
    }
}
