//! Checks of a catalogue item, field by field ([`check_item`]), and the normalised form the
//! catalogue commands store ([`normalized_item`]).

use super::catalogue_problem::{ItemField, ItemProblem, ProblemKind};
use super::validate::{self, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_YEAR, MIN_YEAR};
use super::CommandError;
use crate::engine::model::{CatalogueItem, Period, Workspace, Year, YearMonth};
use crate::engine::money::Money;

/// Every problem of `item` (after [`normalized_item`]) in form order; empty when the item can be
/// saved. The item's id is not checked.
pub fn check_item(workspace: &Workspace, item: &CatalogueItem) -> Vec<ItemProblem> {
    let item = normalized_item(item);
    let mut found = Problems(Vec::new());
    if item.name.is_empty() {
        found.add(ItemField::Name, ProblemKind::EmptyName);
    }
    found.line(ItemField::Name, &item.name, MAX_NAME_CHARS);
    found.note(ItemField::Description, &item.description);
    found.parties(workspace, &item);
    found.line(ItemField::OwnerUnit, &item.owner_unit, MAX_NAME_CHARS);
    found.lines(ItemField::Leaders, &item.leaders);
    found.line(ItemField::TargetGroup, &item.target_group, MAX_NAME_CHARS);
    found.lines(ItemField::ExternalPartners, &item.external_partners);
    let period_ok = found.period(&item.period);
    found.yearly_figures(&item, period_ok.then_some(&item.period));
    if let Some(date) = item.decision_date {
        found.year(ItemField::DecisionDate, date.year());
    }
    found.line(ItemField::Origin, &item.origin, MAX_NOTE_CHARS);
    found.note(ItemField::Notes, &item.notes);
    found.0
}

/// The item as the commands store it: one-line texts trimmed, notes trimmed with `\r\n` as
/// `\n`, empty leaders and partners dropped.
pub fn normalized_item(item: &CatalogueItem) -> CatalogueItem {
    let trimmed = |text: &str| text.trim().to_string();
    let list = |values: &[String]| -> Vec<String> {
        let kept = values.iter().map(|v| v.trim()).filter(|v| !v.is_empty());
        kept.map(str::to_string).collect()
    };
    let note = |text: &str| text.replace("\r\n", "\n").trim().to_string();
    CatalogueItem {
        name: trimmed(&item.name),
        owner_unit: trimmed(&item.owner_unit),
        leaders: list(&item.leaders),
        target_group: trimmed(&item.target_group),
        external_partners: list(&item.external_partners),
        description: note(&item.description),
        origin: trimmed(&item.origin),
        notes: note(&item.notes),
        ..item.clone()
    }
}

struct Problems(Vec<ItemProblem>);

impl Problems {
    fn add(&mut self, field: ItemField, kind: ProblemKind) {
        self.0.push(ItemProblem { field, kind });
    }

    fn add_error(&mut self, field: ItemField, error: CommandError) {
        let kind = match error {
            CommandError::NameTooLong { max } | CommandError::NoteTooLong { max } => {
                ProblemKind::TooLong { max }
            }
            CommandError::AmountTooLarge => ProblemKind::AmountTooLarge,
            CommandError::TooManyDecimals => ProblemKind::TooManyDecimals,
            CommandError::NegativeAmount => ProblemKind::NegativeAmount,
            // The text checks used here return no other error.
            _ => ProblemKind::ControlCharacter,
        };
        self.add(field, kind);
    }

    fn line(&mut self, field: ItemField, text: &str, max: usize) {
        if let Err(error) = validate::line_text(text, max) {
            self.add_error(field, error);
        }
    }

    fn lines(&mut self, field: ItemField, values: &[String]) {
        for value in values {
            self.line(field, value, MAX_NAME_CHARS);
        }
    }

    fn note(&mut self, field: ItemField, text: &str) {
        if let Err(error) = validate::note(text) {
            self.add_error(field, error);
        }
    }

    fn year(&mut self, field: ItemField, year: Year) {
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            self.add(field, ProblemKind::YearOutOfRange(year));
        }
    }

    fn parties(&mut self, workspace: &Workspace, item: &CatalogueItem) {
        if let Some(owner) = item.owner.filter(|o| workspace.party(*o).is_none()) {
            self.add(ItemField::Owner, ProblemKind::UnknownParty(owner));
        }
        for (index, &party) in item.participants.iter().enumerate() {
            let earlier = item.participants.get(..index).unwrap_or_default();
            let kind = match workspace.party(party) {
                None => ProblemKind::UnknownParty(party),
                Some(found) if earlier.contains(&party) => ProblemKind::DuplicateParty {
                    party,
                    name: found.name.clone(),
                },
                Some(_) => continue,
            };
            self.add(ItemField::Participants, kind);
        }
    }

    fn month(&mut self, field: ItemField, month: Option<YearMonth>) {
        let Some(month) = month else { return };
        self.year(field, month.year);
        if !(1..=12).contains(&month.month) {
            self.add(field, ProblemKind::MonthOutOfRange(month.month));
        }
    }

    /// Checks the period; true if it has no problem.
    fn period(&mut self, period: &Period) -> bool {
        let before = self.0.len();
        self.month(ItemField::PeriodStart, period.start);
        self.month(ItemField::PeriodEnd, period.end);
        if let (Some(start), Some(end)) = (period.start, period.end) {
            if end < start {
                self.add(ItemField::PeriodEnd, ProblemKind::EndBeforeStart);
            }
        }
        self.0.len() == before
    }

    /// Checks the yearly amounts and participants (against the period, if it is valid).
    fn yearly_figures(&mut self, item: &CatalogueItem, period: Option<&Period>) {
        for (&year, &amount) in &item.amounts {
            self.yearly(ItemField::Amounts(year), year, period);
            self.amount(ItemField::Amounts(year), amount);
        }
        for &year in item.planned_participants.keys() {
            self.yearly(ItemField::PlannedParticipants(year), year, period);
        }
    }

    fn yearly(&mut self, field: ItemField, year: Year, period: Option<&Period>) {
        self.year(field, year);
        let Some(period) = period else { return };
        if !period.covers_year(year) {
            self.add(field, ProblemKind::YearOutsidePeriod(year));
        }
    }

    fn amount(&mut self, field: ItemField, amount: Money) {
        if let Err(error) = validate::non_negative(amount) {
            self.add_error(field, error);
        }
    }
}
