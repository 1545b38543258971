//! The domain model of one samordningsförbund: plain data (serde), no computations and no totals.
//!
//! Totals are never stored: they are computed by [`crate::engine::report`] from the lines.

mod catalogue;
mod date;
mod decision;
mod funding;
mod meeting;
mod scenario;
mod settings;
mod workspace;

pub use catalogue::{CatalogueItem, Inriktning, ItemKind, ItemStatus, Period, YearMonth};
pub use date::IsoDate;
pub use decision::{DecidedBudget, Decision};
pub use funding::{FrameInputs, Funding, SecondMeasure, SplitKey, SplitMethod, SplitSide};
pub use meeting::{LoggedProposal, LoggedTarget};
pub use scenario::{
    CostGroup, CostLine, IncomeLine, LineSource, Scenario, YearPlan, MAX_SCENARIO_YEARS,
};
pub(crate) use settings::display_unit_serde;
pub use settings::{EquityStep, FigureRef, Settings, StatedFigure};
pub use workspace::{Party, PartyKind, Workspace};

/// A calendar year, e.g. 2023.
pub type Year = u16;

/// Amounts per calendar year; a missing year means 0 kr.
pub type YearlyAmounts = std::collections::BTreeMap<Year, crate::engine::money::Money>;
