//! The meeting log: each proposal the board kept during a meeting ("Om …"), in words and amounts for the
//! minutes. Names are copied as they were, so a later rename or removal does not change the log.

use super::Year;
use crate::engine::money::Money;
use serde::{Deserialize, Serialize};

/// One kept proposal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LoggedProposal {
    /// When it was kept, local time as shown, e.g. "2026-11-20 14:32".
    pub at: String,
    /// The scenario the proposal was made on (its name then).
    pub scenario: String,
    /// The year changed.
    pub year: Year,
    /// The figure changed.
    pub what: LoggedTarget,
    /// The figure before.
    pub before: Money,
    /// The proposed figure.
    pub after: Money,
    /// The name of the scenario it was kept as.
    pub kept_as: String,
}

/// Which figure a kept proposal changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum LoggedTarget {
    /// The possible state allocation (S) of the year.
    StateOffer,
    /// A cost line, by its name then.
    CostLine {
        /// The line's name.
        name: String,
    },
}
