//! How a year is funded: approved frames, the maximum state allocation, or manual amounts; and the
//! key that splits a quarter between several regions or municipalities.

use crate::engine::ids::PartyId;
use crate::engine::money::Money;
use crate::engine::ordered::map_of;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The funding option chosen for one year.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Funding {
    /// Option 1: the quarter is `q = min(S/2, R, ΣK)`; the state pays 2q, regions q, municipalities q.
    ApprovedFrames(FrameInputs),
    /// Option 2: accept the whole state offer, `q = S/2`; frames show the raises needed.
    MaximumState(FrameInputs),
    /// Option 3: amounts typed per party (checked against ½/¼/¼).
    Manual {
        /// Amount per party (missing = 0 kr).
        amounts: BTreeMap<PartyId, Money>,
    },
}

/// Inputs of options 1 and 2. All amounts are yearly, in kronor, and must not be negative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FrameInputs {
    /// S: the possible state allocation ("möjlig statlig tilldelning") offered by Försäkringskassan.
    pub state_offer: Money,
    /// Approved maximum per region. Empty = not stated (the regions do not limit the quarter);
    /// the regions limit it only if every region has a frame (R = Σ frames).
    pub region_frames: BTreeMap<PartyId, Money>,
    /// Approved frame per municipality (K_i). Empty = not stated; limits the quarter (ΣK_i) only
    /// if every municipality has a frame.
    pub municipal_frames: BTreeMap<PartyId, Money>,
}

/// The two sides whose quarter is split by a key between several members.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SplitSide {
    /// The regions' quarter ([`crate::engine::model::Workspace::regional_split`]).
    Regional,
    /// The municipalities' quarter ([`crate::engine::model::Workspace::municipal_split`]).
    Municipal,
}

/// A key that splits a quarter between the members of one side (regions or municipalities).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SplitKey {
    /// The rule.
    pub method: SplitMethod,
    /// Where the figures come from (e.g. "Illustrative assumption, not from the budget").
    pub note: String,
}

/// The split rule. Weights are whole numbers; a party missing from the key has weight 0.
/// If all weights of a side are 0 the engine splits equally and reports a warning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum SplitMethod {
    /// Fixed shares in proportion to whole-number parts (e.g. 60 and 40, or per-mille).
    FixedShares {
        /// Parts per party.
        parts: BTreeMap<PartyId, u64>,
    },
    /// In proportion to population, optionally blended with a second measure.
    Population {
        /// Population per party.
        population: BTreeMap<PartyId, u64>,
        /// Optional second measure (e.g. försörjningsmått) blended in.
        second: Option<SecondMeasure>,
    },
}

/// A second measure blended with population:
/// `share_i = (a · pop_i/Σpop + b · m_i/Σm) / (a + b)` with `a = population_weight`, `b = measure_weight`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SecondMeasure {
    /// Name of the measure, e.g. "Försörjningsmått".
    pub name: String,
    /// Weight `a` of the population part.
    pub population_weight: u32,
    /// Weight `b` of the second measure.
    pub measure_weight: u32,
    /// The measure per party (whole numbers).
    pub values: BTreeMap<PartyId, u64>,
}

impl SplitKey {
    /// Equal fixed shares for the given parties (a single party takes the whole quarter).
    pub fn equal(parties: &[PartyId], note: &str) -> SplitKey {
        let parts = map_of(parties.iter().map(|p| (*p, 1)));
        SplitKey {
            method: SplitMethod::FixedShares { parts },
            note: note.to_string(),
        }
    }
}
