//! Fans the report's figures out to one signal per table cell. After an edit only the signals whose figures
//! changed are set, so the thousands of cells of a large budget never all re-run: in the reactive graph a
//! re-run re-subscribes, and re-subscribing thousands of readers of one memo costs time quadratic in them.

use crate::engine::model::{FigureRef, Year};
use crate::engine::money::Money;
use crate::engine::report::{FigureIndex, ScenarioReport};
use leptos::prelude::*;
use std::collections::HashMap;

type Cells = HashMap<(Year, FigureRef), RwSignal<Option<Money>>>;

/// One signal per (year, figure) shown, kept in step with the report.
#[derive(Clone, Copy)]
pub struct CellSignals {
    latest: StoredValue<FigureIndex>,
    cells: StoredValue<Cells>,
    /// Cell signals belong to the budget view, not to the row that first asked, so a re-rendered row
    /// never receives a signal that its predecessor's cleanup is about to dispose.
    owner: StoredValue<Option<Owner>>,
}

impl CellSignals {
    /// Follows `report`: after each change, sets exactly the cells whose figures differ.
    pub fn follow(report: Memo<Option<ScenarioReport>>) -> CellSignals {
        let this = CellSignals {
            latest: StoredValue::new(report.with_untracked(index_of)),
            cells: StoredValue::new(HashMap::new()),
            owner: StoredValue::new(Owner::current()),
        };
        Effect::watch(
            move || report.track(),
            move |_, _, _| this.refresh(report.with_untracked(index_of)),
            false,
        );
        this
    }

    /// The signal of one cell.
    pub fn cell(self, year: Year, figure: FigureRef) -> Signal<Option<Money>> {
        let key = (year, figure);
        let existing = self.cells.with_value(|cells| cells.get(&key).copied());
        if let Some(signal) = existing.filter(|s| s.try_get_untracked().is_some()) {
            return signal.into();
        }
        let current = self.latest.with_value(|index| index.get(year, figure));
        let signal = match self.owner.get_value() {
            Some(owner) => owner.with(|| RwSignal::new(current)),
            None => RwSignal::new(current),
        };
        self.cells.update_value(|cells| {
            cells.insert(key, signal);
        });
        signal.into()
    }

    /// Sets the cells of the figures that changed: the two indexes are compared, so the cost is one pass
    /// over the figures, not one signal lookup per cell.
    fn refresh(self, index: FigureIndex) {
        let keys = self.latest.with_value(|latest| latest.changed_keys(&index));
        let changed: Vec<_> = self.cells.with_value(|cells| {
            keys.iter()
                .filter_map(|key| {
                    cells
                        .get(key)
                        .map(|signal| (*signal, index.get(key.0, key.1)))
                })
                .collect()
        });
        self.latest.set_value(index);
        for (signal, value) in changed {
            // A cell whose view is gone (its budget view disposed) is skipped.
            signal.try_set(value);
        }
    }
}

fn index_of(report: &Option<ScenarioReport>) -> FigureIndex {
    report.as_ref().map(FigureIndex::of).unwrap_or_default()
}
