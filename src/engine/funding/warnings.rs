//! Warnings about a year's funding, with Swedish and English messages for the user.

use super::FundingSide;
use crate::engine::ids::PartyId;
use crate::engine::money::Money;
use crate::engine::money_text::format_kr;

/// An amount as the user reads it: `25 000 kr` (Swedish grouping, non-breaking spaces).
fn kr(amount: Money) -> String {
    format_kr(amount.amount())
}

/// Something about the funding the user should look at (the figures are still computed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FundingWarning {
    /// The split key gives every member of a side weight 0; equal shares were used instead.
    SplitKeyWithoutWeights {
        /// The side concerned.
        side: FundingSide,
    },
    /// The split key gives this party weight 0, so it pays nothing.
    ZeroWeightInKey {
        /// The party.
        party: PartyId,
        /// Its name.
        name: String,
    },
    /// Some but not all members of a side have a frame; the side is treated as not limiting.
    FrameMissing {
        /// The party without a frame.
        party: PartyId,
        /// Its name.
        name: String,
    },
    /// Under approved frames the party's key share exceeds its own frame.
    PartExceedsFrame {
        /// The party.
        party: PartyId,
        /// Its name.
        name: String,
        /// By how much.
        by: Money,
    },
    /// Manual amounts: a side does not pay its ½ or ¼, measured against the middle of the three
    /// quarters the sides imply (state/2, regions, municipalities).
    SplitDeviation {
        /// The side that breaks ½/¼/¼.
        side: FundingSide,
        /// Names of the side's parties, e.g. "Landskrona Stad, Svalövs kommun".
        names: String,
        /// What the side pays.
        actual: Money,
        /// What ½/¼/¼ requires of it.
        expected: Money,
        /// `actual − expected` (positive: pays too much; negative: too little).
        deviation: Money,
    },
    /// Arbetsförmedlingen has an amount of its own; its part is normally paid by Försäkringskassan.
    ArbetsformedlingenPays {
        /// The party.
        party: PartyId,
        /// The amount.
        amount: Money,
    },
}

fn side_sv(side: FundingSide) -> &'static str {
    match side {
        FundingSide::State => "staten (½)",
        FundingSide::Regions => "regionerna (¼)",
        FundingSide::Municipalities => "kommunerna (¼)",
    }
}

fn side_en(side: FundingSide) -> &'static str {
    match side {
        FundingSide::State => "the state (½)",
        FundingSide::Regions => "the regions (¼)",
        FundingSide::Municipalities => "the municipalities (¼)",
    }
}

fn more_or_less(deviation: Money, more: &'static str, less: &'static str) -> (&'static str, Money) {
    let magnitude = Money::new(deviation.amount().abs());
    if deviation.is_negative() {
        (less, magnitude)
    } else {
        (more, magnitude)
    }
}

impl FundingWarning {
    /// The message in Swedish (amounts in plain kronor; the UI may format them itself).
    pub fn message_sv(&self) -> String {
        match self {
            FundingWarning::SplitKeyWithoutWeights { side } => format!(
                "Fördelningsnyckeln för {} saknar vikter; lika delar används.",
                side_sv(*side)
            ),
            FundingWarning::ZeroWeightInKey { name, .. } => {
                format!("{name} har vikten 0 i fördelningsnyckeln och betalar därför inget.")
            }
            FundingWarning::FrameMissing { name, .. } => format!(
                "{name} saknar beslutad ram; partens sida begränsar därför inte tilldelningen."
            ),
            FundingWarning::PartExceedsFrame { name, by, .. } => format!(
                "{name}s andel enligt fördelningsnyckeln överstiger den beslutade ramen med {}.",
                kr(*by)
            ),
            FundingWarning::SplitDeviation { names, actual, expected, deviation, .. } => {
                let (word, size) = more_or_less(*deviation, "mer", "mindre");
                format!(
                    "{names} bryter ½/¼/¼: betalar {}, {} {word} än de {} som fördelningen kräver.",
                    kr(*actual),
                    kr(size),
                    kr(*expected)
                )
            }
            FundingWarning::ArbetsformedlingenPays { amount, .. } => format!(
                "Arbetsförmedlingen har ett eget belopp ({}); dess del betalas normalt av Försäkringskassan.",
                kr(*amount)
            ),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            FundingWarning::SplitKeyWithoutWeights { side } => {
                format!("The split key for {} has no weights; equal shares are used.", side_en(*side))
            }
            FundingWarning::ZeroWeightInKey { name, .. } => {
                format!("{name} has weight 0 in the split key and therefore pays nothing.")
            }
            FundingWarning::FrameMissing { name, .. } => {
                format!("{name} has no approved frame; its side therefore does not limit the allocation.")
            }
            FundingWarning::PartExceedsFrame { name, by, .. } => {
                format!("{name}'s share under the split key exceeds its approved frame by {}.", kr(*by))
            }
            FundingWarning::SplitDeviation { names, actual, expected, deviation, .. } => {
                let (word, size) = more_or_less(*deviation, "more", "less");
                format!(
                    "{names} breaks ½/¼/¼: pays {}, {} {word} than the {} the split requires.",
                    kr(*actual),
                    kr(size),
                    kr(*expected)
                )
            }
            FundingWarning::ArbetsformedlingenPays { amount, .. } => format!(
                "Arbetsförmedlingen has an amount of its own ({}); its part is normally paid by Försäkringskassan.",
                kr(*amount)
            ),
        }
    }
}
