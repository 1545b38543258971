//! The per-scenario report: every figure the UI shows for a scenario, computed from the lines.
//!
//! Year 1 opens with the scenario's opening equity; every later year opens with the previous
//! year's closing equity. Nothing here is stored: call [`scenario_report`] again after a change.

mod index;
mod lines;
mod year;

pub use index::FigureIndex;
pub use lines::{effective_line_amount, AmountOrigin};

use crate::engine::equity::EquityCheck;
use crate::engine::error::EngineError;
use crate::engine::funding::FundingReport;
use crate::engine::ids::{GroupId, LineId, ScenarioId};
use crate::engine::model::{Workspace, Year};
use crate::engine::money::Money;
use rust_decimal::Decimal;

/// All computed figures of one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioReport {
    /// The scenario.
    pub scenario: ScenarioId,
    /// Its name.
    pub name: String,
    /// One report per year, in the scenario's order.
    pub years: Vec<YearReport>,
}

/// All computed figures of one scenario year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearReport {
    /// Calendar year.
    pub year: Year,
    /// True for an *översiktsplan* year.
    pub overview_plan: bool,
    /// Member contributions per party and how they were reached.
    pub funding: FundingReport,
    /// Total member contributions (= `funding.total`).
    pub contributions: Money,
    /// Other-income lines.
    pub other_income: Vec<IncomeLineReport>,
    /// Σ other income.
    pub other_income_total: Money,
    /// Summa intäkter: contributions + other income.
    pub income_total: Money,
    /// Opening equity.
    pub opening_equity: Money,
    /// Tillgängliga medel: opening equity + total income.
    pub available_funds: Money,
    /// Cost groups with their lines.
    pub groups: Vec<GroupReport>,
    /// Summa kostnader: Σ group totals.
    pub costs_total: Money,
    /// Periodens resultat: total income − total costs.
    pub result: Money,
    /// Closing equity: opening equity + result (= available funds − costs).
    pub closing_equity: Money,
    /// Closing equity against the recommendation.
    pub equity: EquityCheck,
    /// Key figures.
    pub kpis: Kpis,
}

/// One other-income line in a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomeLineReport {
    /// The line.
    pub id: LineId,
    /// Its name.
    pub name: String,
    /// Its amount this year.
    pub amount: Money,
}

/// One cost group in a year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupReport {
    /// The group.
    pub id: GroupId,
    /// Its name.
    pub name: String,
    /// Counts as administration.
    pub is_administration: bool,
    /// Its lines.
    pub lines: Vec<LineReport>,
    /// Σ line amounts.
    pub total: Money,
}

/// One cost line in a year, with its effective amount.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineReport {
    /// The line.
    pub id: LineId,
    /// Its name.
    pub name: String,
    /// The effective amount (after any catalogue override).
    pub amount: Money,
    /// Where the amount comes from.
    pub origin: AmountOrigin,
}

/// Key figures of a year, as ratios (0.25 = 25 %), rounded to 6 decimals; `None` when the
/// denominator is 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kpis {
    /// Administration groups' costs / total costs.
    pub admin_share_of_costs: Option<Decimal>,
    /// Share of this year's contributions spent this year: total costs / contributions.
    pub contributions_spent_share: Option<Decimal>,
    /// Closing equity / contributions.
    pub equity_share_of_contributions: Option<Decimal>,
}

/// Computes every figure of a scenario.
///
/// ```
/// use finsam_planner::engine::{examples, money::Money, report};
/// let ws = examples::landskrona_svalov_2023();
/// let r = report::scenario_report(&ws, ws.scenarios[0].id).unwrap();
/// assert_eq!(r.years[0].closing_equity, Money::from_kr(4_649_297));
/// ```
///
/// # Errors
/// [`EngineError::UnknownScenario`] and any error of the funding or line computations.
pub fn scenario_report(
    workspace: &Workspace,
    scenario: ScenarioId,
) -> Result<ScenarioReport, EngineError> {
    let found = workspace
        .scenario(scenario)
        .ok_or(EngineError::UnknownScenario(scenario))?;
    let catalogue = lines::CatalogueIndex::new(&workspace.catalogue);
    let mut opening = found.opening_equity;
    let mut years = Vec::with_capacity(found.years.len());
    for plan in &found.years {
        let report = year::year_report(workspace, found, plan, opening, &catalogue)?;
        opening = report.closing_equity;
        years.push(report);
    }
    Ok(ScenarioReport {
        scenario,
        name: found.name.clone(),
        years,
    })
}

impl ScenarioReport {
    /// The report of one calendar year.
    pub fn year(&self, year: Year) -> Option<&YearReport> {
        self.years.iter().find(|y| y.year == year)
    }
}
