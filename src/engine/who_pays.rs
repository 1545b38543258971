//! Who pays what in a scenario year ("Vem betalar vad"): every member's contribution, its share of
//! the total, and its change against the scenario's previous year and against the baseline scenario.
//!
//! Rules:
//! - every member party is listed in the workspace's order, Arbetsförmedlingen included (it pays
//!   0 kr under options 1 and 2: Försäkringskassan pays the state half including its part);
//! - `share` is `amount / total` rounded like every ratio ([`crate::engine::money::RATIO_DECIMALS`]);
//!   `None` when the total is 0;
//! - the previous year is calendar year `year − 1` of the same scenario (its years are
//!   consecutive); the first year has none;
//! - the baseline is `Workspace::baseline`, compared in the same calendar year. There is no
//!   baseline change when no baseline is set, when the scenario *is* the baseline, when the
//!   baseline does not span the year, or when the baseline's funding cannot be computed (that
//!   scenario's own page shows why); a party that is not in both years counts as 0 kr there.

use crate::engine::error::EngineError;
use crate::engine::funding::{compute_funding, FundingReport};
use crate::engine::ids::{PartyId, ScenarioId};
use crate::engine::model::{PartyKind, Scenario, Workspace, Year};
use crate::engine::money::Money;
use rust_decimal::Decimal;

/// One member's contribution in a scenario year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayerRow {
    /// The party.
    pub party: PartyId,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: PartyKind,
    /// What it pays this year.
    pub amount: Money,
    /// `amount / total` (e.g. `0.5` for the state half); `None` when the total is 0.
    pub share: Option<Decimal>,
    /// `amount` minus what it pays in the scenario's previous year; `None` in the first year.
    pub change_vs_previous_year: Option<Money>,
    /// `amount` minus what it pays in the baseline scenario the same year; `None` when there is
    /// nothing to compare with (see the module docs).
    pub change_vs_baseline: Option<Money>,
}

/// The total of a [`who_pays`] table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayerTotal {
    /// Total member contributions.
    pub amount: Money,
    /// Change of the total against the previous year (`None` in the first year).
    pub change_vs_previous_year: Option<Money>,
    /// Change of the total against the baseline (`None` without a comparable baseline).
    pub change_vs_baseline: Option<Money>,
}

/// Who pays what in `year` of `scenario`. An empty list when the scenario does not span `year`.
///
/// ```
/// use finsam_planner::engine::{examples, money::Money, who_pays::who_pays};
/// let ws = examples::lund_2015_2017();
/// let rows = who_pays(&ws, ws.scenarios[1].id, 2016).unwrap();
/// let lund = rows.iter().find(|r| r.name == "Lunds kommun").unwrap();
/// assert_eq!(lund.amount, Money::from_kr(1_575_000));
/// ```
///
/// # Errors
/// [`EngineError::UnknownScenario`] for an unknown scenario, and any error of the funding
/// computation of this scenario's year or its previous year.
pub fn who_pays(
    workspace: &Workspace,
    scenario: ScenarioId,
    year: Year,
) -> Result<Vec<PayerRow>, EngineError> {
    let found = workspace
        .scenario(scenario)
        .ok_or(EngineError::UnknownScenario(scenario))?;
    let Some(current) = funding_in(workspace, found, year)? else {
        return Ok(Vec::new());
    };
    let previous = match year.checked_sub(1) {
        Some(before) => funding_in(workspace, found, before)?,
        None => None,
    };
    let baseline = baseline_funding(workspace, scenario, year);
    current
        .parties
        .iter()
        .map(|paying| {
            Ok(PayerRow {
                party: paying.party,
                name: paying.name.clone(),
                kind: paying.kind,
                amount: paying.amount,
                share: paying.amount.ratio_to(current.total)?,
                change_vs_previous_year: change(paying.party, paying.amount, previous.as_ref())?,
                change_vs_baseline: change(paying.party, paying.amount, baseline.as_ref())?,
            })
        })
        .collect()
}

/// The total row of `rows`: the sum of the amounts and of each change column (a change column
/// is `None` if any row has none).
///
/// # Errors
/// [`EngineError::Overflow`] if a sum does not fit.
pub fn payer_total(rows: &[PayerRow]) -> Result<PayerTotal, EngineError> {
    let sum = |pick: fn(&PayerRow) -> Option<Money>| -> Result<Option<Money>, EngineError> {
        if rows.is_empty() {
            return Ok(None);
        }
        let Some(values) = rows.iter().map(pick).collect::<Option<Vec<Money>>>() else {
            return Ok(None);
        };
        Money::checked_sum(values)
            .map(Some)
            .ok_or(EngineError::Overflow)
    };
    Ok(PayerTotal {
        amount: sum(|r| Some(r.amount))?.unwrap_or(Money::ZERO),
        change_vs_previous_year: sum(|r| r.change_vs_previous_year)?,
        change_vs_baseline: sum(|r| r.change_vs_baseline)?,
    })
}

/// The funding of `year` in `scenario`, or `None` if the scenario does not span it.
fn funding_in(
    workspace: &Workspace,
    scenario: &Scenario,
    year: Year,
) -> Result<Option<FundingReport>, EngineError> {
    scenario
        .year_plan(year)
        .map(|plan| compute_funding(workspace, &plan.funding))
        .transpose()
}

/// The baseline's funding in `year`, if there is a baseline other than `scenario` to compare with.
fn baseline_funding(
    workspace: &Workspace,
    scenario: ScenarioId,
    year: Year,
) -> Option<FundingReport> {
    let baseline = workspace.baseline.filter(|b| *b != scenario)?;
    let found = workspace.scenario(baseline)?;
    funding_in(workspace, found, year).ok().flatten()
}

/// `amount` minus what `party` pays in `other` (0 kr if it is not listed there).
fn change(
    party: PartyId,
    amount: Money,
    other: Option<&FundingReport>,
) -> Result<Option<Money>, EngineError> {
    let Some(other) = other else {
        return Ok(None);
    };
    let before = other
        .parties
        .iter()
        .find(|p| p.party == party)
        .map_or(Money::ZERO, |p| p.amount);
    amount
        .checked_sub(before)
        .map(Some)
        .ok_or(EngineError::Overflow)
}
