//! [`totals_by_status`]: the catalogue list's footer, the chosen year's amounts per status.

use super::STATUS_ORDER;
use crate::engine::error::EngineError;
use crate::engine::model::{ItemStatus, Workspace, Year};
use crate::engine::money::Money;

/// For each status that some listed item has, in [`STATUS_ORDER`], the sum of the listed items'
/// amounts in `year` (a missing amount is 0 kr). `rows` are indices into `workspace.catalogue`
/// (as from [`super::select`]); an index outside the catalogue is skipped.
///
/// # Errors
/// [`EngineError::Overflow`] if a sum does not fit.
pub fn totals_by_status(
    workspace: &Workspace,
    rows: &[usize],
    year: Year,
) -> Result<Vec<(ItemStatus, Money)>, EngineError> {
    let mut totals: Vec<(ItemStatus, Option<Money>)> =
        STATUS_ORDER.iter().map(|s| (*s, None)).collect();
    for item in rows.iter().filter_map(|&i| workspace.catalogue.get(i)) {
        let amount = item.amounts.get(&year).copied().unwrap_or(Money::ZERO);
        if let Some((_, total)) = totals.iter_mut().find(|(s, _)| *s == item.status) {
            let sum = total.unwrap_or(Money::ZERO).checked_add(amount);
            *total = Some(sum.ok_or(EngineError::Overflow)?);
        }
    }
    let present = totals.into_iter().filter_map(|(s, t)| t.map(|t| (s, t)));
    Ok(present.collect())
}
