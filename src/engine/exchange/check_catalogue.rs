//! Checks catalogue items of a file: texts, owner and participants, period, yearly amounts and
//! planned participants, each with its path.

use super::check_scenario::Refs;
use super::check_text::{self as text, field, index, Checked};
use super::error::ImportError;
use super::problem::Problem;
use crate::engine::command::{check_item, ItemField, ItemProblem, ProblemKind};
use crate::engine::model::{CatalogueItem, Period, Workspace, YearMonth};

/// Checks the items of a catalogue found at `path` (e.g. `catalogue`), then runs the
/// catalogue's own item check against `ws` (the workspace they belong to).
pub(super) fn catalogue(
    path: &str,
    items: &[CatalogueItem],
    refs: &Refs,
    ws: &Workspace,
) -> Checked {
    for (i, item) in items.iter().enumerate() {
        let item_path = index(path, i);
        catalogue_item(&item_path, item, refs)?;
        if let Some(problem) = check_item(ws, item).into_iter().find(is_hard) {
            let at = field(&item_path, &field_path(problem.field));
            return Err(ImportError::at(at, Problem::Item(problem)));
        }
    }
    Ok(())
}

/// A problem that refuses an import. An amount outside the item's period is not: version 1
/// allowed it (the Lund example as released has 600 000 kr in 2017 for "Utrikesfödda", whose
/// period then ended in December 2016), so refusing it would refuse genuine v1 files.
fn is_hard(problem: &ItemProblem) -> bool {
    !matches!(problem.kind, ProblemKind::YearOutsidePeriod(_))
}

/// The JSON path (below the item) of a field named by the item check.
fn field_path(field: ItemField) -> String {
    let key = match field {
        ItemField::Name => "name",
        ItemField::Description => "description",
        ItemField::Owner => "owner",
        ItemField::OwnerUnit => "owner_unit",
        ItemField::Leaders => "leaders",
        ItemField::TargetGroup => "target_group",
        ItemField::Participants => "participants",
        ItemField::ExternalPartners => "external_partners",
        ItemField::PeriodStart => "period.start",
        ItemField::PeriodEnd => "period.end",
        ItemField::Amounts(year) => return format!("amounts.{year}"),
        ItemField::PlannedParticipants(year) => return format!("planned_participants.{year}"),
        ItemField::DecisionDate => "decision_date",
        ItemField::Origin => "origin",
        ItemField::Notes => "notes",
    };
    key.to_string()
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
