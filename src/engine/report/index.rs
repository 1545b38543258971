//! Every figure of a scenario report by (year, figure), for screens that show many figures at once: one
//! lookup per cell instead of a search through the report.

use super::ScenarioReport;
use crate::engine::document_check::computed_figure;
use crate::engine::model::{FigureRef, Year};
use crate::engine::money::Money;
use std::collections::HashMap;

/// The figures of a report, keyed by year and [`FigureRef`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FigureIndex(HashMap<(Year, FigureRef), Money>);

impl FigureIndex {
    /// Indexes every party, income line, cost line, group total and total of every year of `report`.
    pub fn of(report: &ScenarioReport) -> FigureIndex {
        let mut index = HashMap::new();
        for year in &report.years {
            let y = year.year;
            for party in &year.funding.parties {
                index.insert((y, FigureRef::PartyContribution(party.party)), party.amount);
            }
            for line in &year.other_income {
                index.insert((y, FigureRef::OtherIncomeLine(line.id)), line.amount);
            }
            for group in &year.groups {
                index.insert((y, FigureRef::GroupTotal(group.id)), group.total);
                for line in &group.lines {
                    index.insert((y, FigureRef::CostLine(line.id)), line.amount);
                }
            }
            for total in TOTALS {
                if let Some(amount) = computed_figure(year, total) {
                    index.insert((y, total), amount);
                }
            }
        }
        FigureIndex(index)
    }

    /// The keys whose amounts differ between `self` and `other` (present in only one of them included).
    pub fn changed_keys(&self, other: &FigureIndex) -> Vec<(Year, FigureRef)> {
        let mut keys: Vec<_> = self
            .0
            .iter()
            .filter(|(key, amount)| other.0.get(key) != Some(amount))
            .map(|(key, _)| *key)
            .collect();
        keys.extend(other.0.keys().filter(|key| !self.0.contains_key(key)));
        keys
    }

    /// The amount of `figure` in `year`, if the report has it.
    pub fn get(&self, year: Year, figure: FigureRef) -> Option<Money> {
        self.0.get(&(year, figure)).copied()
    }
}

/// The figures every year has once.
const TOTALS: [FigureRef; 8] = [
    FigureRef::Contributions,
    FigureRef::OtherIncomeTotal,
    FigureRef::IncomeTotal,
    FigureRef::OpeningEquity,
    FigureRef::AvailableFunds,
    FigureRef::CostsTotal,
    FigureRef::Result,
    FigureRef::ClosingEquity,
];
