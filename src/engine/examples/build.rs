//! Small constructors that keep the example workspaces close to the documents' own layout.

use crate::engine::ids::{CatalogueItemId, GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{
    CatalogueItem, CostGroup, CostLine, FigureRef, IncomeLine, ItemKind, ItemStatus, LineSource,
    Party, PartyKind, StatedFigure, Year, YearMonth, YearlyAmounts,
};
use crate::engine::money::Money;
use crate::engine::ordered::map_of;

/// Hands out ids 1, 2, 3 … in the order the example is written.
pub(super) struct Ids(u32);

impl Ids {
    pub fn new() -> Ids {
        Ids(1)
    }

    pub fn next(&mut self) -> u32 {
        let id = self.0;
        self.0 = self.0.saturating_add(1);
        id
    }

    /// The workspace's `next_id` once the example is built.
    pub fn next_free(&self) -> u32 {
        self.0
    }
}

/// Whole kronor.
pub(super) fn kr(kronor: i64) -> Money {
    Money::from_kr(kronor)
}

/// Thousand kronor (the Lund document's unit), stored in kronor.
pub(super) fn tkr(thousands: i64) -> Money {
    Money::from_kr(thousands.saturating_mul(1000))
}

/// Yearly amounts from `(year, amount)` pairs.
pub(super) fn yearly(amounts: &[(Year, Money)]) -> YearlyAmounts {
    map_of(amounts.iter().copied())
}

pub(super) fn party(ids: &mut Ids, name: &str, kind: PartyKind) -> Party {
    Party {
        id: PartyId(ids.next()),
        name: name.to_string(),
        kind,
    }
}

/// Försäkringskassan and Arbetsförmedlingen, the two state members every förbund has.
pub(super) fn state_parties(ids: &mut Ids) -> (Party, Party) {
    let fk = party(ids, "Försäkringskassan", PartyKind::Forsakringskassan);
    let af = party(ids, "Arbetsförmedlingen", PartyKind::Arbetsformedlingen);
    (fk, af)
}

pub(super) fn own_line(ids: &mut Ids, name: &str, amounts: &[(Year, Money)]) -> CostLine {
    CostLine {
        id: LineId(ids.next()),
        name: name.to_string(),
        source: LineSource::Own {
            amounts: yearly(amounts),
        },
        note: String::new(),
    }
}

pub(super) fn catalogue_line(ids: &mut Ids, item: &CatalogueItem) -> CostLine {
    let source = LineSource::Catalogue {
        item: item.id,
        overrides: YearlyAmounts::new(),
    };
    CostLine {
        id: LineId(ids.next()),
        name: item.name.clone(),
        source,
        note: String::new(),
    }
}

pub(super) fn income_line(ids: &mut Ids, name: &str, amounts: &[(Year, Money)]) -> IncomeLine {
    IncomeLine {
        id: LineId(ids.next()),
        name: name.to_string(),
        amounts: yearly(amounts),
    }
}

pub(super) fn group(ids: &mut Ids, name: &str, is_administration: bool) -> CostGroup {
    CostGroup {
        id: GroupId(ids.next()),
        name: name.to_string(),
        is_administration,
        lines: Vec::new(),
    }
}

/// A catalogue item with the given basics; the caller fills in what the document says.
pub(super) fn item(
    ids: &mut Ids,
    name: &str,
    kind: ItemKind,
    amounts: &[(Year, Money)],
) -> CatalogueItem {
    let id = CatalogueItemId(ids.next());
    let mut it = CatalogueItem::new(id, name, kind, ItemStatus::Beviljad);
    it.amounts = yearly(amounts);
    it
}

pub(super) fn month(year: Year, month: u8) -> Option<YearMonth> {
    Some(YearMonth { year, month })
}

pub(super) fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|v| v.to_string()).collect()
}

/// Stated figures of one scenario year from `(what, amount, row label)` triples.
pub(super) fn stated(
    scenario: ScenarioId,
    year: Year,
    document: &str,
    figures: &[(FigureRef, Money, &str)],
) -> Vec<StatedFigure> {
    figures
        .iter()
        .map(|(what, amount, label)| StatedFigure {
            scenario,
            year,
            what: *what,
            amount: *amount,
            source: format!("{document}: {label}"),
        })
        .collect()
}
