//! A budget scenario: 1–5 consecutive years with funding, other income and cost groups of lines.

use super::{Funding, Year, YearlyAmounts};
use crate::engine::ids::{CatalogueItemId, GroupId, LineId, ScenarioId};
use crate::engine::money::Money;
use serde::{Deserialize, Serialize};

/// Most years one scenario may span.
pub const MAX_SCENARIO_YEARS: usize = 5;

/// One budget alternative, e.g. "Godkänd kommunal ram".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable identifier.
    pub id: ScenarioId,
    /// Display name.
    pub name: String,
    /// Free-text note (assumptions, sources).
    pub note: String,
    /// Equity at the start of the first year; later years open with the previous closing.
    pub opening_equity: Money,
    /// The years in order; consecutive calendar years (1–5 of them).
    pub years: Vec<YearPlan>,
    /// Income outside the ½/¼/¼ split (interest, ESF, extra state grants).
    pub other_income: Vec<IncomeLine>,
    /// Cost groups in display order.
    pub groups: Vec<CostGroup>,
    /// The check of the document the scenario was pasted from (absent otherwise).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_check: Option<Box<crate::engine::paste::source::SourceCheck>>,
}

/// One year of a scenario: how it is funded and whether it is only an overview plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearPlan {
    /// Calendar year.
    pub year: Year,
    /// True for an *översiktsplan* year (a plan rather than a budget).
    pub overview_plan: bool,
    /// The member contributions for this year.
    pub funding: Funding,
}

/// An other-income line (not split ½/¼/¼).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IncomeLine {
    /// Stable identifier.
    pub id: LineId,
    /// Display name, e.g. "Räntor".
    pub name: String,
    /// Amount per year (missing = 0 kr).
    pub amounts: YearlyAmounts,
}

/// A named group of cost lines, e.g. "Innovationsmiljö".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CostGroup {
    /// Stable identifier.
    pub id: GroupId,
    /// Display name.
    pub name: String,
    /// Counts towards the administration share of costs (KPI).
    pub is_administration: bool,
    /// Lines in display order.
    pub lines: Vec<CostLine>,
}

/// One cost line (a positive amount is a cost).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CostLine {
    /// Stable identifier.
    pub id: LineId,
    /// Display name.
    pub name: String,
    /// Where the yearly amounts come from.
    pub source: LineSource,
    /// Free-text note on the line (may be empty; absent in older data).
    #[serde(default)]
    pub note: String,
}

/// Where a cost line's yearly amounts come from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum LineSource {
    /// Amounts typed on the line itself.
    Own {
        /// Amount per year (missing = 0 kr).
        amounts: YearlyAmounts,
    },
    /// A catalogue item's yearly amounts, optionally overridden per year in this scenario.
    Catalogue {
        /// The referenced catalogue item.
        item: CatalogueItemId,
        /// Per-year overrides that replace the item's amount in this scenario.
        overrides: YearlyAmounts,
    },
}

impl Scenario {
    /// The plan for a calendar year, if the scenario spans it.
    pub fn year_plan(&self, year: Year) -> Option<&YearPlan> {
        self.years.iter().find(|y| y.year == year)
    }

    /// Position `(group index, line index)` of a cost line.
    pub fn cost_line_position(&self, line: LineId) -> Option<(usize, usize)> {
        self.groups.iter().enumerate().find_map(|(g, group)| {
            let l = group.lines.iter().position(|l| l.id == line)?;
            Some((g, l))
        })
    }

    /// Position of an other-income line.
    pub fn income_line_position(&self, line: LineId) -> Option<usize> {
        self.other_income.iter().position(|l| l.id == line)
    }

    /// Position of a cost group.
    pub fn group_position(&self, group: GroupId) -> Option<usize> {
        self.groups.iter().position(|g| g.id == group)
    }

    /// The largest id used by the scenario, its groups and lines (0 if none).
    pub fn max_used_id(&self) -> u32 {
        let groups = self.groups.iter().map(|g| g.id.0);
        let lines = self
            .groups
            .iter()
            .flat_map(|g| g.lines.iter().map(|l| l.id.0));
        let income = self.other_income.iter().map(|l| l.id.0);
        let all = groups.chain(lines).chain(income);
        all.chain(std::iter::once(self.id.0)).max().unwrap_or(0)
    }

    /// The number of ids the scenario uses (itself, groups, cost lines, income lines);
    /// saturates at `usize::MAX`.
    pub fn id_count(&self) -> usize {
        let counts = self.groups.iter().map(|g| g.lines.len().saturating_add(1));
        counts.fold(
            self.other_income.len().saturating_add(1),
            usize::saturating_add,
        )
    }
}
