//! Document check: figures typed from a source document against the computed figures.

use crate::engine::error::EngineError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{FigureRef, StatedFigure, Workspace};
use crate::engine::money::Money;
use crate::engine::report::{scenario_report, ScenarioReport, YearReport};
use std::collections::BTreeMap;

/// One stated figure and what the engine computes for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureCheck {
    /// The figure as typed from the document.
    pub figure: StatedFigure,
    /// The outcome.
    pub outcome: CheckOutcome,
}

/// Result of checking one stated figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckOutcome {
    /// The document agrees with the computation.
    Matches {
        /// The computed figure.
        computed: Money,
    },
    /// The document differs from the computation.
    Differs {
        /// The computed figure.
        computed: Money,
        /// `stated − computed` (e.g. Lund 2015: 1 150 000 − 1 090 000 = 60 000).
        difference: Money,
    },
    /// The figure cannot be computed (missing scenario, year, line or party, or an engine error).
    NotComputable(NotComputable),
}

/// Why a stated figure has no computed counterpart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotComputable {
    /// The scenario could not be computed.
    Engine(EngineError),
    /// The scenario does not span the year.
    YearNotInScenario,
    /// The referenced party, line or group is not in the scenario year.
    UnknownReference,
    /// The difference is too large to compute.
    Overflow,
}

/// Checks every stated figure of the workspace, in the order they are stored.
pub fn check_document(workspace: &Workspace) -> Vec<FigureCheck> {
    let mut reports: BTreeMap<ScenarioId, Result<ScenarioReport, EngineError>> = BTreeMap::new();
    workspace
        .stated_figures
        .iter()
        .map(|figure| {
            let report = reports
                .entry(figure.scenario)
                .or_insert_with(|| scenario_report(workspace, figure.scenario));
            FigureCheck {
                figure: figure.clone(),
                outcome: check_one(figure, report),
            }
        })
        .collect()
}

fn check_one(figure: &StatedFigure, report: &Result<ScenarioReport, EngineError>) -> CheckOutcome {
    let report = match report {
        Ok(report) => report,
        Err(error) => return CheckOutcome::NotComputable(NotComputable::Engine(error.clone())),
    };
    let Some(year) = report.year(figure.year) else {
        return CheckOutcome::NotComputable(NotComputable::YearNotInScenario);
    };
    let Some(computed) = computed_figure(year, figure.what) else {
        return CheckOutcome::NotComputable(NotComputable::UnknownReference);
    };
    match figure.amount.checked_sub(computed) {
        None => CheckOutcome::NotComputable(NotComputable::Overflow),
        Some(difference) if difference.is_zero() => CheckOutcome::Matches { computed },
        Some(difference) => CheckOutcome::Differs {
            computed,
            difference,
        },
    }
}

/// The computed value a [`FigureRef`] points at in one year report.
pub fn computed_figure(year: &YearReport, what: FigureRef) -> Option<Money> {
    match what {
        FigureRef::PartyContribution(party) => year
            .funding
            .parties
            .iter()
            .find(|p| p.party == party)
            .map(|p| p.amount),
        FigureRef::Contributions => Some(year.contributions),
        FigureRef::OtherIncomeLine(line) => year
            .other_income
            .iter()
            .find(|l| l.id == line)
            .map(|l| l.amount),
        FigureRef::OtherIncomeTotal => Some(year.other_income_total),
        FigureRef::IncomeTotal => Some(year.income_total),
        FigureRef::OpeningEquity => Some(year.opening_equity),
        FigureRef::AvailableFunds => Some(year.available_funds),
        FigureRef::CostLine(line) => year
            .groups
            .iter()
            .flat_map(|g| &g.lines)
            .find(|l| l.id == line)
            .map(|l| l.amount),
        FigureRef::GroupTotal(group) => year.groups.iter().find(|g| g.id == group).map(|g| g.total),
        FigureRef::CostsTotal => Some(year.costs_total),
        FigureRef::Result => Some(year.result),
        FigureRef::ClosingEquity => Some(year.closing_equity),
    }
}

impl CheckOutcome {
    /// True if the document agrees with the computation.
    pub fn is_match(&self) -> bool {
        matches!(self, CheckOutcome::Matches { .. })
    }
}

impl NotComputable {
    /// Why the figure cannot be checked, in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            NotComputable::Engine(error) => error.message_sv(),
            NotComputable::YearNotInScenario => "Året ingår inte i scenariot.".to_string(),
            NotComputable::UnknownReference => {
                "Parten, raden eller gruppen finns inte i scenariot det året.".to_string()
            }
            NotComputable::Overflow => "Skillnaden är för stor för att räknas ut.".to_string(),
        }
    }

    /// Why the figure cannot be checked, in English.
    pub fn message_en(&self) -> String {
        match self {
            NotComputable::Engine(error) => error.message_en(),
            NotComputable::YearNotInScenario => {
                "The scenario does not include the year.".to_string()
            }
            NotComputable::UnknownReference => {
                "The party, line or group is not in the scenario that year.".to_string()
            }
            NotComputable::Overflow => "The difference is too large to compute.".to_string(),
        }
    }
}
