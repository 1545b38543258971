//! The workspace: one förbund with its member parties, catalogue, scenarios and settings.

use super::{CatalogueItem, Decision, LoggedProposal, Scenario, Settings, SplitKey, StatedFigure};
use crate::engine::ids::{CatalogueItemId, PartyId, ScenarioId};
use serde::{Deserialize, Serialize};

/// One samordningsförbund (FINSAM association) and everything planned for it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    /// The förbund's name, e.g. "Samordningsförbundet Landskrona Svalöv".
    pub name: String,
    /// Organisation number as written, e.g. "222000-2733" (empty if unknown).
    pub org_number: String,
    /// Member parties in display order.
    pub parties: Vec<Party>,
    /// How the regions share the regional quarter (irrelevant with a single region).
    pub regional_split: SplitKey,
    /// How the municipalities share the municipal quarter (the förbundsordning's key).
    pub municipal_split: SplitKey,
    /// Catalogue of funded work, referenced by cost lines.
    pub catalogue: Vec<CatalogueItem>,
    /// Budget scenarios in display order.
    pub scenarios: Vec<Scenario>,
    /// The scenario the others are compared against, if one is chosen (absent in older data).
    #[serde(default)]
    pub baseline: Option<ScenarioId>,
    /// Equity recommendation table and display preferences.
    pub settings: Settings,
    /// Figures typed from a source document, checked against the computed ones.
    pub stated_figures: Vec<StatedFigure>,
    /// The next identifier to hand out (one counter for every kind of id).
    pub next_id: u32,
    /// Free-text note (sources, assumptions).
    pub note: String,
    /// Budgets the board has decided (frozen, read-only), oldest first. Absent in data without any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<Decision>,
    /// Proposals the board kept in a meeting, oldest first (for the minutes). Absent in data without any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meeting_log: Vec<LoggedProposal>,
}

/// A member party of the förbund.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// Stable identifier.
    pub id: PartyId,
    /// Display name, e.g. "Region Skåne".
    pub name: String,
    /// Which of the four kinds of member this is.
    pub kind: PartyKind,
}

/// The kinds of member party under 5 § Finsamlagen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    /// Pays the whole state half, including Arbetsförmedlingen's part.
    Forsakringskassan,
    /// Member, but pays nothing itself (its part is paid by Försäkringskassan).
    Arbetsformedlingen,
    /// A region (landsting); all regions together pay a quarter.
    Region,
    /// A municipality (kommun); all municipalities together pay a quarter.
    Municipality,
}

impl Workspace {
    /// The scenario with this id.
    pub fn scenario(&self, id: ScenarioId) -> Option<&Scenario> {
        self.scenarios.iter().find(|s| s.id == id)
    }

    /// The scenario with this id, mutable.
    pub fn scenario_mut(&mut self, id: ScenarioId) -> Option<&mut Scenario> {
        self.scenarios.iter_mut().find(|s| s.id == id)
    }

    /// The party with this id.
    pub fn party(&self, id: PartyId) -> Option<&Party> {
        self.parties.iter().find(|p| p.id == id)
    }

    /// All parties of one kind, in display order.
    pub fn parties_of(&self, kind: PartyKind) -> impl Iterator<Item = &Party> + '_ {
        self.parties.iter().filter(move |p| p.kind == kind)
    }

    /// The catalogue item with this id.
    pub fn catalogue_item(&self, id: CatalogueItemId) -> Option<&CatalogueItem> {
        self.catalogue.iter().find(|c| c.id == id)
    }

    /// The largest id in use anywhere in the workspace (0 if none).
    pub fn max_used_id(&self) -> u32 {
        let parties = self.parties.iter().map(|p| p.id.0);
        let items = self.catalogue.iter().map(|c| c.id.0);
        let scenarios = self.scenarios.iter().map(Scenario::max_used_id);
        parties.chain(items).chain(scenarios).max().unwrap_or(0)
    }
}
