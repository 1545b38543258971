//! Checks of a workspace's smaller parts: parties, split keys, settings and stated figures.

use super::check_scenario::Refs;
use super::check_text::{self as text, field, index, Checked};
use super::error::ImportError;
use super::problem::Problem;
use crate::engine::ids::PartyId;
use crate::engine::model::{
    FigureRef, Party, PartyKind, Settings, SplitKey, SplitMethod, StatedFigure, Workspace,
};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Party names.
pub(super) fn parties(path: &str, parties: &[Party]) -> Checked {
    for (i, party) in parties.iter().enumerate() {
        text::name(&field(&index(path, i), "name"), &party.name)?;
    }
    Ok(())
}

/// A split key: every party in it exists and is of `kind`; texts are valid.
pub(super) fn split_key(path: &str, key: &SplitKey, kind: PartyKind, refs: &Refs) -> Checked {
    let method = field(path, "method");
    match &key.method {
        SplitMethod::FixedShares { parts } => {
            weights(&field(&method, "fixed_shares.parts"), parts, kind, refs)?;
        }
        SplitMethod::Population { population, second } => {
            let population_path = field(&method, "population");
            weights(
                &field(&population_path, "population"),
                population,
                kind,
                refs,
            )?;
            if let Some(second) = second {
                let second_path = field(&population_path, "second");
                text::line(&field(&second_path, "name"), &second.name)?;
                weights(&field(&second_path, "values"), &second.values, kind, refs)?;
            }
        }
    }
    text::note(&field(path, "note"), &key.note)
}

fn weights(path: &str, weights: &BTreeMap<PartyId, u64>, kind: PartyKind, refs: &Refs) -> Checked {
    for party in weights.keys() {
        refs.party(&field(path, &party.0.to_string()), *party, Some(kind))?;
    }
    Ok(())
}

/// The equity step table.
pub(super) fn settings(path: &str, settings: &Settings) -> Checked {
    for (i, step) in settings.equity_steps.iter().enumerate() {
        let step_path = index(&field(path, "equity_steps"), i);
        text::non_negative(&field(&step_path, "up_to"), step.up_to)?;
        if step.max_share < Decimal::ZERO || step.max_share > Decimal::ONE {
            let share = field(&step_path, "max_share");
            return Err(ImportError::at(share, Problem::ShareOutOfRange));
        }
        text::note(&field(&step_path, "source"), &step.source)?;
    }
    Ok(())
}

/// Stated figures refer to an existing scenario, one of its years, and its parties, lines or
/// groups.
pub(super) fn stated_figures(path: &str, ws: &Workspace) -> Checked {
    for (i, figure) in ws.stated_figures.iter().enumerate() {
        stated_figure(&index(path, i), figure, ws)?;
    }
    Ok(())
}

fn stated_figure(path: &str, figure: &StatedFigure, ws: &Workspace) -> Checked {
    let Some(scenario) = ws.scenario(figure.scenario) else {
        let problem = Problem::UnknownScenario(figure.scenario.0);
        return Err(ImportError::at(field(path, "scenario"), problem));
    };
    if scenario.year_plan(figure.year).is_none() {
        let problem = Problem::YearNotInScenario(figure.year);
        return Err(ImportError::at(field(path, "year"), problem));
    }
    let what = field(path, "what");
    let missing = match figure.what {
        FigureRef::PartyContribution(party) => {
            if ws.party(party).is_none() {
                return Err(ImportError::at(what, Problem::UnknownParty(party.0)));
            }
            None
        }
        FigureRef::OtherIncomeLine(line) => scenario
            .income_line_position(line)
            .map_or(Some(line.0), |_| None),
        FigureRef::CostLine(line) => scenario
            .cost_line_position(line)
            .map_or(Some(line.0), |_| None),
        FigureRef::GroupTotal(group) => scenario
            .group_position(group)
            .map_or(Some(group.0), |_| None),
        _ => None,
    };
    if let Some(id) = missing {
        return Err(ImportError::at(what, Problem::UnknownLineOrGroup(id)));
    }
    text::amount(&field(path, "amount"), figure.amount)?;
    text::note(&field(path, "source"), &figure.source)
}
