//! Why a command was refused (the workspace is then unchanged). The Swedish and English messages
//! are in `messages_sv` and `messages_en`.

use crate::engine::ids::{CatalogueItemId, GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{PartyKind, Year};
use crate::engine::money::Money;

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
    /// A note or other free text is longer than the limit (in characters).
    NoteTooLong {
        /// The limit.
        max: usize,
    },
    /// A text contains a control character (a line break is allowed only in notes).
    ControlCharacter,
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
    /// A scenario must have 1 to `max` years.
    InvalidYearCount {
        /// The most years a scenario may have.
        max: usize,
    },
    /// The scenario already has the most years allowed.
    TooManyYears {
        /// The limit.
        max: usize,
    },
    /// The scenario's only year cannot be removed.
    OnlyOneYear,
    /// A year outside [`super::MIN_YEAR`]–[`super::MAX_YEAR`].
    YearOutOfRange(Year),
    /// The scenario's years are not consecutive calendar years in order.
    YearsNotConsecutive,
    /// No year of the scenario is funded by frames (options 1 or 2), so there is no pair to make.
    NoFrameFunding,
    /// An id of the scenario to restore is already used in the workspace (or twice in it).
    IdInUse(u32),
    /// The line or group is already first.
    AlreadyFirst,
    /// The line or group is already last.
    AlreadyLast,
    /// The förbund must keep at least one member of this kind.
    LastPartyOfKind(PartyKind),
    /// The förbund has only one member of this kind (Försäkringskassan, Arbetsförmedlingen).
    OnlyOnePartyOfKind(PartyKind),
    /// The party has a frame or amount in a scenario's funding; remove it there first.
    PartyHasFunding {
        /// The party.
        party: PartyId,
        /// The scenario.
        scenario: ScenarioId,
        /// The scenario's name.
        scenario_name: String,
        /// The year.
        year: Year,
    },
    /// A split key gives every party weight 0 although the side has several members.
    SplitKeyWithoutWeights,
    /// A split key's numbers are too large to compute with.
    SplitKeyTooLarge,
    /// An equity step's share is not above 0 and at most 1 (100 %).
    EquityShareOutOfRange,
    /// An equity step's upper bound is not above 0 kr.
    EquityBoundNotPositive,
    /// Two equity steps have the same upper bound.
    DuplicateEquityBound(Money),
    /// The organisation number is not ten digits (NNNNNN-NNNN).
    InvalidOrgNumber,
    /// A catalogue item has problems (every one, in form order; see [`super::check_item`]).
    InvalidCatalogueItem(Vec<super::ItemProblem>),
    /// The catalogue item is still included in scenarios; exclude it there first.
    CatalogueItemInUse {
        /// The item.
        item: CatalogueItemId,
        /// The names of the scenarios that include it, in display order.
        scenarios: Vec<String>,
    },
    /// A decision needs its reference (e.g. "Styrelsen 2026-11-20 § 23").
    EmptyReference,
    /// The same decision (same name, date, reference and figures) is already recorded.
    DecisionExists,
    /// No decision has this fingerprint.
    UnknownDecision,
    /// The year is funded by manual amounts, so it has no state allocation to change.
    ManualYear(Year),
    /// The proposed amount is the figure as it is.
    ProposalUnchanged,
    /// No figure of this kind is stated for that year.
    NoStatedFigure,
}

impl std::fmt::Display for CommandError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_en())
    }
}

impl std::error::Error for CommandError {}
