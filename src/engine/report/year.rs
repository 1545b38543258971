//! Computes one scenario year: income, costs per group, result, closing equity, equity check, KPIs.

use super::lines::CatalogueIndex;
use super::{GroupReport, IncomeLineReport, Kpis, LineReport, YearReport};
use crate::engine::equity::equity_check;
use crate::engine::error::EngineError;
use crate::engine::funding::compute_funding;
use crate::engine::model::{CostGroup, Scenario, Workspace, Year, YearPlan};
use crate::engine::money::Money;

fn add(a: Money, b: Money) -> Result<Money, EngineError> {
    a.checked_add(b).ok_or(EngineError::Overflow)
}

fn sub(a: Money, b: Money) -> Result<Money, EngineError> {
    a.checked_sub(b).ok_or(EngineError::Overflow)
}

fn sum<I: IntoIterator<Item = Money>>(amounts: I) -> Result<Money, EngineError> {
    Money::checked_sum(amounts).ok_or(EngineError::Overflow)
}

/// The report of one year that opens with `opening` equity.
pub(super) fn year_report(
    workspace: &Workspace,
    scenario: &Scenario,
    plan: &YearPlan,
    opening: Money,
    catalogue: &CatalogueIndex,
) -> Result<YearReport, EngineError> {
    let funding = compute_funding(workspace, &plan.funding)?;
    let contributions = funding.total;
    let other_income = income_lines(scenario, plan.year);
    let other_income_total = sum(other_income.iter().map(|l| l.amount))?;
    let income_total = add(contributions, other_income_total)?;
    let groups = scenario
        .groups
        .iter()
        .map(|g| group_report(g, plan.year, catalogue))
        .collect::<Result<Vec<_>, _>>()?;
    let costs_total = sum(groups.iter().map(|g| g.total))?;
    let result = sub(income_total, costs_total)?;
    let closing_equity = add(opening, result)?;
    let equity = equity_check(
        &workspace.settings.equity_steps,
        contributions,
        closing_equity,
    )?;
    let kpis = kpis(
        &groups,
        costs_total,
        contributions,
        equity.share_of_contributions,
    )?;
    Ok(YearReport {
        year: plan.year,
        overview_plan: plan.overview_plan,
        funding,
        contributions,
        other_income,
        other_income_total,
        income_total,
        opening_equity: opening,
        available_funds: add(opening, income_total)?,
        groups,
        costs_total,
        result,
        closing_equity,
        equity,
        kpis,
    })
}

fn kpis(
    groups: &[GroupReport],
    costs_total: Money,
    contributions: Money,
    equity_share: Option<rust_decimal::Decimal>,
) -> Result<Kpis, EngineError> {
    let admin_costs = sum(groups
        .iter()
        .filter(|g| g.is_administration)
        .map(|g| g.total))?;
    Ok(Kpis {
        admin_share_of_costs: admin_costs.ratio_to(costs_total)?,
        contributions_spent_share: costs_total.ratio_to(contributions)?,
        equity_share_of_contributions: equity_share,
    })
}

fn income_lines(scenario: &Scenario, year: Year) -> Vec<IncomeLineReport> {
    scenario
        .other_income
        .iter()
        .map(|line| IncomeLineReport {
            id: line.id,
            name: line.name.clone(),
            amount: line.amounts.get(&year).copied().unwrap_or(Money::ZERO),
        })
        .collect()
}

fn group_report(
    group: &CostGroup,
    year: Year,
    catalogue: &CatalogueIndex,
) -> Result<GroupReport, EngineError> {
    let mut lines = Vec::with_capacity(group.lines.len());
    let mut total = Money::ZERO;
    for line in &group.lines {
        let (amount, origin) = catalogue.amount(line, year)?;
        total = add(total, amount)?;
        lines.push(LineReport {
            id: line.id,
            name: line.name.clone(),
            amount,
            origin,
        });
    }
    Ok(GroupReport {
        id: group.id,
        name: group.name.clone(),
        is_administration: group.is_administration,
        lines,
        total,
    })
}
