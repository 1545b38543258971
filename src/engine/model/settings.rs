//! Workspace settings (equity recommendation table, display unit) and figures stated in documents.

use super::Year;
use crate::engine::ids::{GroupId, LineId, PartyId, ScenarioId};
use crate::engine::money::Money;
use crate::engine::money_text::DisplayUnit;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// Workspace-wide settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Settings {
    /// The equity recommendation step table ("trappa"); see [`crate::engine::equity`].
    pub equity_steps: Vec<EquityStep>,
    /// How the UI shows amounts (they are always stored in kronor); JSON `"kronor"` or
    /// `"thousand_kronor"`.
    #[serde(with = "display_unit_serde")]
    #[cfg_attr(test, schemars(with = "display_unit_serde::UnitText"))]
    pub display_unit: DisplayUnit,
}

/// One row of the equity step table: a tilldelning (total member contributions for the year)
/// `≤ up_to` may keep at most `max_share` of it as equity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EquityStep {
    /// Upper bound of the bracket (inclusive), in kronor.
    pub up_to: Money,
    /// Maximum equity as a fraction of the tilldelning, e.g. `0.20` for 20 %.
    #[serde(with = "crate::engine::decimal_serde")]
    #[cfg_attr(test, schemars(with = "crate::engine::decimal_serde::DecimalText"))]
    pub max_share: Decimal,
    /// False for rows marked *att bekräfta* (not confirmed by a source).
    pub confirmed: bool,
    /// Where the row comes from.
    pub source: String,
}

/// Serializes [`DisplayUnit`] (which lives in `money_text` and has no serde of its own) as
/// `"kronor"` or `"thousand_kronor"`.
pub(crate) mod display_unit_serde {
    use crate::engine::money_text::DisplayUnit;
    use serde::{de, Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(unit: &DisplayUnit, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(match unit {
            DisplayUnit::Kr => "kronor",
            DisplayUnit::Tkr => "thousand_kronor",
        })
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<DisplayUnit, D::Error> {
        match String::deserialize(deserializer)?.as_str() {
            "kronor" => Ok(DisplayUnit::Kr),
            "thousand_kronor" => Ok(DisplayUnit::Tkr),
            other => Err(de::Error::unknown_variant(
                other,
                &["kronor", "thousand_kronor"],
            )),
        }
    }

    /// The published schema's type for a unit written by this module.
    #[cfg(test)]
    pub struct UnitText;

    text_schema!(
        UnitText,
        "DisplayUnit",
        "Kronor or thousands of kronor (t kr); amounts are always stored in kronor.",
        "enum": ["kronor", "thousand_kronor"],
    );
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            equity_steps: vec![sourced_equity_step()],
            display_unit: DisplayUnit::Kr,
        }
    }
}

/// The only sourced row: tilldelning ≤ 7 MSEK → at most 20 % equity.
pub fn sourced_equity_step() -> EquityStep {
    EquityStep {
        up_to: Money::from_kr(7_000_000),
        max_share: Decimal::new(20, 2),
        confirmed: true,
        source: "Nationella rådets rekommendation 2013-10-02, citerad i Lunds verksamhetsplan \
                 och budget 2016: \"förbund med en tilldelning upp till 7 miljoner bör ha maximalt \
                 20% sparade medel\""
            .to_string(),
    }
}

/// A figure typed from a document, to be checked against the computed figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatedFigure {
    /// The scenario that reproduces the document.
    pub scenario: ScenarioId,
    /// The year of the figure.
    pub year: Year,
    /// Which computed figure it corresponds to.
    pub what: FigureRef,
    /// The amount as stated in the document, in kronor.
    pub amount: Money,
    /// Where it is stated (document, table, row label).
    pub source: String,
}

/// A computed figure of one scenario year that a stated figure can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FigureRef {
    /// One party's contribution.
    PartyContribution(PartyId),
    /// Total member contributions (medlemsavgifter).
    Contributions,
    /// One other-income line.
    OtherIncomeLine(LineId),
    /// Total other income.
    OtherIncomeTotal,
    /// Summa intäkter: contributions + other income.
    IncomeTotal,
    /// Opening equity (ingående överskott / sparade medel).
    OpeningEquity,
    /// Tillgängliga medel: opening equity + total income.
    AvailableFunds,
    /// One cost line (effective amount).
    CostLine(LineId),
    /// One cost group's subtotal.
    GroupTotal(GroupId),
    /// Summa kostnader.
    CostsTotal,
    /// Periodens resultat: total income − total costs.
    Result,
    /// Closing equity (utgående överskott / medel till förfogande).
    ClosingEquity,
}
