//! Catalogue of funded work (uppdrag, insatser, projekt, förstudier) with yearly amounts.
//!
//! Scenarios include items by reference (a cost line with `LineSource::Catalogue`).

use super::{IsoDate, Year, YearlyAmounts};
use crate::engine::ids::{CatalogueItemId, PartyId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One piece of funded work.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CatalogueItem {
    /// Stable identifier.
    pub id: CatalogueItemId,
    /// Name, e.g. "Kaosam".
    pub name: String,
    /// What kind of work it is.
    pub kind: ItemKind,
    /// Owner party (projektägare / huvudman), if known.
    pub owner: Option<PartyId>,
    /// Owner's unit or department, e.g. "Serviceförvaltningen" (may be empty).
    pub owner_unit: String,
    /// Project / assignment leaders.
    pub leaders: Vec<String>,
    /// Target group (målgrupp / behovsgrupp), free text.
    pub target_group: String,
    /// Member parties taking part.
    pub participants: Vec<PartyId>,
    /// Partners outside the förbund (cannot be funded directly).
    pub external_partners: Vec<String>,
    /// Funding period (month precision).
    pub period: Period,
    /// Where the item is in its life cycle.
    pub status: ItemStatus,
    /// Budgeted amount per year (missing = 0 kr).
    pub amounts: YearlyAmounts,
    /// Free-text description.
    pub description: String,
    /// Individinriktad or strukturövergripande (as in SUS / Uppföljning Finsam), if known.
    pub inriktning: Option<Inriktning>,
    /// Planned participants per year (SUS's insats budget); missing = not planned / unknown.
    pub planned_participants: BTreeMap<Year, u32>,
    /// Date of the board decision (styrelsebeslut), if known.
    pub decision_date: Option<IsoDate>,
    /// What the item builds on, e.g. "Bygger på förstudien Växthuset" (may be empty).
    pub origin: String,
    /// Free-text notes (may be empty).
    pub notes: String,
}

impl CatalogueItem {
    /// An item with only an id, a name, a kind and a status; every other field empty (no owner,
    /// period, amounts, participants, inriktning or decision date; empty texts).
    pub fn new(id: CatalogueItemId, name: &str, kind: ItemKind, status: ItemStatus) -> Self {
        CatalogueItem {
            id,
            name: name.to_string(),
            kind,
            owner: None,
            owner_unit: String::new(),
            leaders: Vec::new(),
            target_group: String::new(),
            participants: Vec::new(),
            external_partners: Vec::new(),
            period: Period::default(),
            status,
            amounts: YearlyAmounts::new(),
            description: String::new(),
            inriktning: None,
            planned_participants: BTreeMap::new(),
            decision_date: None,
            origin: String::new(),
            notes: String::new(),
        }
    }
}

/// SUS / Uppföljning Finsam inriktning of an insats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Inriktning {
    /// Individinriktad: aimed at individuals, with participants.
    Individinriktad,
    /// Strukturövergripande: improves cooperation (e.g. joint training).
    Strukturovergripande,
}

/// Kinds of catalogue item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    /// Uppdrag (assignment drafted by the förbund).
    Uppdrag,
    /// Föruppdrag (pre-assignment exploring needs).
    Foruppdrag,
    /// Insats (measure).
    Insats,
    /// Projekt (time-limited insats with an owner party).
    Projekt,
    /// Förstudie (feasibility study).
    Forstudie,
    /// Ledningsstöd (management support).
    Ledningsstod,
    /// Strukturstöd (structural support).
    Strukturstod,
    /// Anything else.
    Ovrigt,
}

/// Life-cycle status of a catalogue item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ItemStatus {
    /// Idé / diskussion.
    Ide,
    /// Under förstudie.
    Forstudie,
    /// Ansökan / uppdragsförslag submitted.
    Ansokan,
    /// Beslutad / beviljad (granted).
    Beviljad,
    /// Pågående (running).
    Pagaende,
    /// Avslutad (finished).
    Avslutad,
    /// Implementerad i ordinarie verksamhet.
    Implementerad,
    /// Avslagen (rejected).
    Avslagen,
    /// Avbruten (stopped).
    Avbruten,
}

/// A funding period with month precision; either end may be unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// First month, if known.
    pub start: Option<YearMonth>,
    /// Last month (inclusive), if known.
    pub end: Option<YearMonth>,
}

impl Period {
    /// Whether any month of `year` is in the period (an unknown end reaches every year on that side).
    pub fn covers_year(&self, year: Year) -> bool {
        let before = self.start.is_some_and(|s| year < s.year);
        let after = self.end.is_some_and(|e| year > e.year);
        !before && !after
    }
}

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct YearMonth {
    /// Calendar year.
    pub year: Year,
    /// Month 1–12.
    pub month: u8,
}
