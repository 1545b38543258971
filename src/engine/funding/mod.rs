//! Member contributions for one year: the ½/¼/¼ split under each funding option, the binding
//! party, unused state money, raises needed and warnings.

mod caps;
mod frames;
mod frames_total;
mod key;
mod largest_remainder;
mod manual;
mod sides;
mod warnings;

pub use frames_total::frames_from_total;
pub(crate) use key::side_weights;
pub use largest_remainder::split_largest_remainder;
pub use warnings::FundingWarning;

use crate::engine::error::EngineError;
use crate::engine::ids::PartyId;
use crate::engine::model::{Funding, PartyKind, Workspace};
use crate::engine::money::Money;

/// Which funding option a year uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FundingOption {
    /// Option 1: approved frames, `q = min(S/2, R, ΣK)`.
    ApprovedFrames,
    /// Option 2: the maximum state allocation, `q = S/2`.
    MaximumState,
    /// Option 3: manual amounts per party.
    Manual,
}

/// The three sides of the ½/¼/¼ split.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FundingSide {
    /// The state half, paid by Försäkringskassan (incl. Arbetsförmedlingen's part).
    State,
    /// The regional quarter (all regions together).
    Regions,
    /// The municipal quarter (all municipalities together).
    Municipalities,
}

/// The contributions of one year and how they were reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingReport {
    /// The option used.
    pub option: FundingOption,
    /// Every member party in display order (Arbetsförmedlingen with 0 kr under options 1 and 2).
    pub parties: Vec<PartyFunding>,
    /// Total member contributions (the year's *tilldelning*).
    pub total: Money,
    /// The quarter q in whole kronor (options 1 and 2).
    pub quarter: Option<Money>,
    /// The state offer S (options 1 and 2).
    pub state_offer: Option<Money>,
    /// State money left unused, S − 2q (options 1 and 2).
    pub unused_state_money: Option<Money>,
    /// The sides whose limit sets q under option 1 (ties list several); for option 2 the sides
    /// that would bind under option 1. Empty for manual amounts.
    pub binding: Vec<FundingSide>,
    /// Things the user should look at.
    pub warnings: Vec<FundingWarning>,
}

/// One party's contribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartyFunding {
    /// The party.
    pub party: PartyId,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: PartyKind,
    /// What it pays this year.
    pub amount: Money,
    /// Its approved frame / maximum (options 1 and 2; for Försäkringskassan the state offer S).
    pub frame: Option<Money>,
    /// How much its frame must be raised to pay `amount` (regions and municipalities under
    /// options 1 and 2). Under option 2, a party without a stated frame is compared with what it
    /// pays under option 1.
    pub raise_needed: Option<Money>,
    /// Option 2 only: `amount` minus what the party pays under option 1 (approved frames).
    pub change_vs_approved_frames: Option<Money>,
}

/// Computes the contributions of one year.
///
/// # Errors
/// See [`EngineError`]: a missing party kind (options 1 and 2), an unknown party (manual),
/// negative inputs, or overflow.
pub fn compute_funding(
    workspace: &Workspace,
    funding: &Funding,
) -> Result<FundingReport, EngineError> {
    match funding {
        Funding::ApprovedFrames(inputs) => frames::approved_frames(workspace, inputs),
        Funding::MaximumState(inputs) => frames::maximum_state(workspace, inputs),
        Funding::Manual { amounts } => manual::manual(workspace, amounts),
    }
}

/// The side a party kind pays into (Arbetsförmedlingen belongs to the state side).
pub fn side_of(kind: PartyKind) -> FundingSide {
    match kind {
        PartyKind::Forsakringskassan | PartyKind::Arbetsformedlingen => FundingSide::State,
        PartyKind::Region => FundingSide::Regions,
        PartyKind::Municipality => FundingSide::Municipalities,
    }
}
