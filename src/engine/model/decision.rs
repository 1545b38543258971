//! A board decision: a scenario frozen with everything its figures depend on, the decision's date and
//! reference, and the SHA-256 fingerprint of its canonical JSON (see `crate::engine::decision`).

use super::{CatalogueItem, IsoDate, Party, Scenario, Settings, SplitKey};
use serde::{Deserialize, Serialize};

/// A decided budget ("Fastställd budget"). Read-only: no command changes one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Decision {
    /// What the board decided, e.g. "Budget 2027".
    pub name: String,
    /// The day of the decision.
    pub decided_on: IsoDate,
    /// The decision's reference, e.g. "Styrelsen 2026-11-20 § 23".
    pub reference: String,
    /// The frozen budget.
    pub budget: DecidedBudget,
    /// SHA-256 of the canonical JSON of name, date, reference and budget, lowercase hex (64 digits).
    pub fingerprint: String,
}

/// Everything a decided scenario's figures depend on, as it was when decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DecidedBudget {
    /// The förbund's name.
    pub forbund: String,
    /// Its organisation number (may be empty).
    pub org_number: String,
    /// The member parties.
    pub parties: Vec<Party>,
    /// How the regions shared the regional quarter.
    pub regional_split: SplitKey,
    /// How the municipalities shared the municipal quarter.
    pub municipal_split: SplitKey,
    /// The catalogue items the scenario's lines refer to.
    pub catalogue: Vec<CatalogueItem>,
    /// The scenario itself.
    pub scenario: Scenario,
    /// The equity recommendation and display unit.
    pub settings: Settings,
}
