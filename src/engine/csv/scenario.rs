//! [`scenario_csv`]: one scenario's budget table for Swedish Excel, every figure taken from
//! [`crate::engine::report`].

use super::CsvWriter;
use crate::engine::error::EngineError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::Workspace;
use crate::engine::money::Money;
use crate::engine::report::{scenario_report, YearReport};

/// The scenario as a table with one column per year: opening equity, each member's
/// contribution and their sum, other income lines and their sum, total income, available
/// funds, each cost group (a heading row, its lines, its subtotal), total costs, the result and
/// the closing equity.
///
/// # Errors
/// Any error of [`scenario_report`] (unknown scenario, a line naming a missing item …).
pub fn scenario_csv(workspace: &Workspace, scenario: ScenarioId) -> Result<String, EngineError> {
    let report = scenario_report(workspace, scenario)?;
    let years = &report.years;
    let mut csv = CsvWriter::new();
    csv.text_row(&["Scenario", &report.name]);
    csv.text("Post");
    for year in years {
        csv.count(u32::from(year.year));
    }
    csv.end_row();
    let Some(first) = years.first() else {
        return Ok(csv.finish());
    };
    let mut table = Table { csv, years };
    table.row("Ingående eget kapital", |y| Some(y.opening_equity));
    for (p, party) in first.funding.parties.iter().enumerate() {
        table.row(&party.name, |y| y.funding.parties.get(p).map(|f| f.amount));
    }
    table.row("Summa medlemsbidrag", |y| Some(y.contributions));
    for (i, line) in first.other_income.iter().enumerate() {
        table.row(&line.name, |y| y.other_income.get(i).map(|l| l.amount));
    }
    table.row("Summa övriga intäkter", |y| Some(y.other_income_total));
    table.row("Summa intäkter", |y| Some(y.income_total));
    table.row("Tillgängliga medel", |y| Some(y.available_funds));
    for (g, group) in first.groups.iter().enumerate() {
        table.csv.text_row(&[&group.name]);
        for (l, line) in group.lines.iter().enumerate() {
            let amount = |y: &YearReport| Some(y.groups.get(g)?.lines.get(l)?.amount);
            table.row(&line.name, amount);
        }
        let total = format!("Summa {}", group.name);
        table.row(&total, |y| y.groups.get(g).map(|group| group.total));
    }
    table.row("Summa kostnader", |y| Some(y.costs_total));
    table.row("Årets resultat", |y| Some(y.result));
    table.row("Utgående eget kapital", |y| Some(y.closing_equity));
    Ok(table.csv.finish())
}

/// The writer and the years' reports (every year has the scenario's lines in the same order).
struct Table<'a> {
    csv: CsvWriter,
    years: &'a [YearReport],
}

impl Table<'_> {
    fn row(&mut self, label: &str, figure: impl Fn(&YearReport) -> Option<Money>) {
        self.csv.text(label);
        for year in self.years {
            match figure(year) {
                Some(amount) => self.csv.amount(amount),
                None => self.csv.empty(),
            }
        }
        self.csv.end_row();
    }
}
