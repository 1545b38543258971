//! Effective amounts of lines: own amounts, or catalogue amounts with per-scenario overrides.

use crate::engine::error::EngineError;
use crate::engine::ids::CatalogueItemId;
use crate::engine::model::{CatalogueItem, CostLine, LineSource, Workspace, Year};
use crate::engine::money::Money;
use std::collections::BTreeMap;

/// Where a line's amount for a year comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AmountOrigin {
    /// Typed on the line.
    Own,
    /// The catalogue item's amount for the year.
    Catalogue(CatalogueItemId),
    /// This scenario's override of the catalogue item's amount.
    Override(CatalogueItemId),
}

/// Catalogue items by id, built once per report.
pub(crate) struct CatalogueIndex<'a>(BTreeMap<CatalogueItemId, &'a CatalogueItem>);

impl<'a> CatalogueIndex<'a> {
    /// Indexes the catalogue (a duplicated id resolves to the first item).
    pub fn new(items: &'a [CatalogueItem]) -> CatalogueIndex<'a> {
        let mut index = BTreeMap::new();
        for item in items {
            index.entry(item.id).or_insert(item);
        }
        CatalogueIndex(index)
    }

    /// The amount of a line in a year and where it comes from (a missing year is 0 kr).
    pub fn amount(
        &self,
        line: &CostLine,
        year: Year,
    ) -> Result<(Money, AmountOrigin), EngineError> {
        match &line.source {
            LineSource::Own { amounts } => Ok((
                amounts.get(&year).copied().unwrap_or(Money::ZERO),
                AmountOrigin::Own,
            )),
            LineSource::Catalogue { item, overrides } => {
                if let Some(amount) = overrides.get(&year) {
                    return Ok((*amount, AmountOrigin::Override(*item)));
                }
                let found = self.0.get(item).ok_or(EngineError::UnknownCatalogueItem {
                    line: line.id,
                    item: *item,
                })?;
                Ok((
                    found.amounts.get(&year).copied().unwrap_or(Money::ZERO),
                    AmountOrigin::Catalogue(*item),
                ))
            }
        }
    }
}

/// The effective amount of one cost line in a year (for editors that show a single cell).
///
/// # Errors
/// [`EngineError::UnknownCatalogueItem`] if the line refers to a missing catalogue item.
pub fn effective_line_amount(
    workspace: &Workspace,
    line: &CostLine,
    year: Year,
) -> Result<(Money, AmountOrigin), EngineError> {
    CatalogueIndex::new(&workspace.catalogue).amount(line, year)
}
