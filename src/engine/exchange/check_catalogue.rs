//! Checks catalogue items of a file: texts, owner and participants, period, yearly amounts and
//! planned participants, each with its path.

use super::check_scenario::Refs;
use super::check_text::{self as text, field, index, Checked};
use super::error::ImportError;
use super::problem::Problem;
use crate::engine::model::{CatalogueItem, Period, YearMonth};

/// Checks the items of a catalogue found at `path` (e.g. `catalogue`).
pub(super) fn catalogue(path: &str, items: &[CatalogueItem], refs: &Refs) -> Checked {
    for (i, item) in items.iter().enumerate() {
        catalogue_item(&index(path, i), item, refs)?;
    }
    Ok(())
}

fn catalogue_item(path: &str, item: &CatalogueItem, refs: &Refs) -> Checked {
    text::name(&field(path, "name"), &item.name)?;
    if let Some(owner) = item.owner {
        refs.party(&field(path, "owner"), owner, None)?;
    }
    text::line(&field(path, "owner_unit"), &item.owner_unit)?;
    texts(&field(path, "leaders"), &item.leaders)?;
    text::note(&field(path, "target_group"), &item.target_group)?;
    for (j, party) in item.participants.iter().enumerate() {
        refs.party(&index(&field(path, "participants"), j), *party, None)?;
    }
    texts(&field(path, "external_partners"), &item.external_partners)?;
    period(&field(path, "period"), &item.period)?;
    for (year, value) in &item.amounts {
        let entry = field(&field(path, "amounts"), &year.to_string());
        text::year(&entry, *year)?;
        text::amount(&entry, *value)?;
    }
    text::note(&field(path, "description"), &item.description)?;
    for year in item.planned_participants.keys() {
        let entry = field(&field(path, "planned_participants"), &year.to_string());
        text::year(&entry, *year)?;
    }
    text::note(&field(path, "origin"), &item.origin)?;
    text::note(&field(path, "notes"), &item.notes)
}

fn texts(path: &str, texts: &[String]) -> Checked {
    for (j, value) in texts.iter().enumerate() {
        text::line(&index(path, j), value)?;
    }
    Ok(())
}

fn period(path: &str, period: &Period) -> Checked {
    if let Some(start) = &period.start {
        month(&field(path, "start"), start)?;
    }
    if let Some(end) = &period.end {
        month(&field(path, "end"), end)?;
    }
    if let (Some(start), Some(end)) = (period.start, period.end) {
        if end < start {
            return Err(ImportError::at(path, Problem::PeriodEndsBeforeStart));
        }
    }
    Ok(())
}

fn month(path: &str, value: &YearMonth) -> Checked {
    text::year(&field(path, "year"), value.year)?;
    if !(1..=12).contains(&value.month) {
        let problem = Problem::MonthOutOfRange(value.month);
        return Err(ImportError::at(field(path, "month"), problem));
    }
    Ok(())
}
