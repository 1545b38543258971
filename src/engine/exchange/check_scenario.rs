//! Checks one scenario of a file: texts, years, funding parties and amounts, lines and catalogue
//! references, each with its path.

use super::check_text::{self as text, field, index, Checked};
use super::error::ImportError;
use super::problem::Problem;
use crate::engine::command::CommandError;
use crate::engine::ids::{CatalogueItemId, PartyId};
use crate::engine::model::{
    CostLine, FrameInputs, Funding, LineSource, Party, PartyKind, Scenario, Year, YearlyAmounts,
    MAX_SCENARIO_YEARS,
};
use crate::engine::money::Money;
use std::collections::{BTreeMap, BTreeSet};

/// What a scenario may refer to: the file's parties and catalogue items.
pub(super) struct Refs<'a> {
    /// The parties.
    pub parties: &'a [Party],
    /// The catalogue item ids.
    pub items: BTreeSet<CatalogueItemId>,
}

impl Refs<'_> {
    /// `party` exists (and is of kind `expected`, if given).
    pub fn party(&self, path: &str, party: PartyId, expected: Option<PartyKind>) -> Checked {
        let found = self.parties.iter().find(|p| p.id == party);
        match (found, expected) {
            (None, _) => Err(ImportError::at(path, Problem::UnknownParty(party.0))),
            (Some(p), Some(kind)) if p.kind != kind => Err(ImportError::at(
                path,
                Problem::WrongPartyKind {
                    party: party.0,
                    expected: kind,
                },
            )),
            _ => Ok(()),
        }
    }
}

/// Checks `scenario` found at `path`.
pub(super) fn scenario(path: &str, scenario: &Scenario, refs: &Refs) -> Checked {
    text::name(&field(path, "name"), &scenario.name)?;
    text::note(&field(path, "note"), &scenario.note)?;
    if let Some(check) = &scenario.source_check {
        super::check_source::source_check(&field(path, "source_check"), check)?;
    }
    text::amount(&field(path, "opening_equity"), scenario.opening_equity)?;
    let years = years(path, scenario, refs)?;
    for (k, line) in scenario.other_income.iter().enumerate() {
        let line_path = index(&field(path, "other_income"), k);
        text::name(&field(&line_path, "name"), &line.name)?;
        amounts(&field(&line_path, "amounts"), &line.amounts, &years)?;
    }
    for (g, group) in scenario.groups.iter().enumerate() {
        let group_path = index(&field(path, "groups"), g);
        text::name(&field(&group_path, "name"), &group.name)?;
        for (l, line) in group.lines.iter().enumerate() {
            cost_line(&index(&field(&group_path, "lines"), l), line, &years, refs)?;
        }
    }
    Ok(())
}

fn years(path: &str, scenario: &Scenario, refs: &Refs) -> Result<Vec<Year>, ImportError> {
    let years_path = field(path, "years");
    let count = scenario.years.len();
    if count == 0 || count > MAX_SCENARIO_YEARS {
        let error = CommandError::InvalidYearCount {
            max: MAX_SCENARIO_YEARS,
        };
        return Err(ImportError::at(years_path, Problem::Command(error)));
    }
    let mut previous: Option<Year> = None;
    for (j, plan) in scenario.years.iter().enumerate() {
        let plan_path = index(&years_path, j);
        text::year(&field(&plan_path, "year"), plan.year)?;
        if previous.is_some_and(|p| p.checked_add(1) != Some(plan.year)) {
            let error = Problem::Command(CommandError::YearsNotConsecutive);
            return Err(ImportError::at(field(&plan_path, "year"), error));
        }
        previous = Some(plan.year);
        funding(&field(&plan_path, "funding"), &plan.funding, refs)?;
    }
    Ok(scenario.years.iter().map(|y| y.year).collect())
}

fn funding(path: &str, funding: &Funding, refs: &Refs) -> Checked {
    match funding {
        Funding::ApprovedFrames(inputs) => frames(&field(path, "approved_frames"), inputs, refs),
        Funding::MaximumState(inputs) => frames(&field(path, "maximum_state"), inputs, refs),
        Funding::Manual { amounts } => {
            party_amounts(&field(path, "manual.amounts"), amounts, None, refs)
        }
    }
}

fn frames(path: &str, inputs: &FrameInputs, refs: &Refs) -> Checked {
    text::non_negative(&field(path, "state_offer"), inputs.state_offer)?;
    let regions = field(path, "region_frames");
    party_amounts(
        &regions,
        &inputs.region_frames,
        Some(PartyKind::Region),
        refs,
    )?;
    let municipalities = field(path, "municipal_frames");
    let kind = Some(PartyKind::Municipality);
    party_amounts(&municipalities, &inputs.municipal_frames, kind, refs)
}

fn party_amounts(
    path: &str,
    amounts: &BTreeMap<PartyId, Money>,
    kind: Option<PartyKind>,
    refs: &Refs,
) -> Checked {
    for (party, value) in amounts {
        let entry = field(path, &party.0.to_string());
        refs.party(&entry, *party, kind)?;
        text::non_negative(&entry, *value)?;
    }
    Ok(())
}

fn cost_line(path: &str, line: &CostLine, years: &[Year], refs: &Refs) -> Checked {
    text::name(&field(path, "name"), &line.name)?;
    text::note(&field(path, "note"), &line.note)?;
    match &line.source {
        LineSource::Own { amounts: own } => amounts(&field(path, "source.own.amounts"), own, years),
        LineSource::Catalogue { item, overrides } => {
            if !refs.items.contains(item) {
                let problem = Problem::UnknownCatalogueItem(item.0);
                return Err(ImportError::at(
                    field(path, "source.catalogue.item"),
                    problem,
                ));
            }
            amounts(&field(path, "source.catalogue.overrides"), overrides, years)
        }
    }
}

/// Amounts within the limit, each for a year of the scenario.
fn amounts(path: &str, amounts: &YearlyAmounts, years: &[Year]) -> Checked {
    for (year, value) in amounts {
        let entry = field(path, &year.to_string());
        if !years.contains(year) {
            return Err(ImportError::at(entry, Problem::YearNotInScenario(*year)));
        }
        text::amount(&entry, *value)?;
    }
    Ok(())
}
