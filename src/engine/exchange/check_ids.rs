//! Ids are unique across the whole file: parties, catalogue items, scenarios, groups and lines
//! share one id space (as in the workspace).

use super::check_text::{field, index, Checked};
use super::error::ImportError;
use super::problem::Problem;
use crate::engine::model::{CatalogueItem, Party, Scenario};
use std::collections::BTreeSet;

/// Every id with its path, in file order.
pub(super) struct IdList(Vec<(String, u32)>);

impl IdList {
    /// An empty list.
    pub fn new() -> IdList {
        IdList(Vec::new())
    }

    /// Adds the parties' ids (under `path`, e.g. `parties`).
    pub fn parties(&mut self, path: &str, parties: &[Party]) {
        for (i, party) in parties.iter().enumerate() {
            self.push(&index(path, i), party.id.0);
        }
    }

    /// Adds the catalogue items' ids.
    pub fn items(&mut self, path: &str, items: &[CatalogueItem]) {
        for (i, item) in items.iter().enumerate() {
            self.push(&index(path, i), item.id.0);
        }
    }

    /// Adds a scenario's id and those of its groups and lines (`path` is the scenario's).
    pub fn scenario(&mut self, path: &str, scenario: &Scenario) {
        self.push(path, scenario.id.0);
        for (g, group) in scenario.groups.iter().enumerate() {
            let group_path = index(&field(path, "groups"), g);
            self.push(&group_path, group.id.0);
            for (l, line) in group.lines.iter().enumerate() {
                self.push(&index(&field(&group_path, "lines"), l), line.id.0);
            }
        }
        for (k, line) in scenario.other_income.iter().enumerate() {
            self.push(&index(&field(path, "other_income"), k), line.id.0);
        }
    }

    fn push(&mut self, path: &str, id: u32) {
        self.0.push((field(path, "id"), id));
    }

    /// The first id seen twice, at its second place.
    pub fn check_unique(&self) -> Checked {
        let mut seen = BTreeSet::new();
        for (path, id) in &self.0 {
            if !seen.insert(*id) {
                return Err(ImportError::at(path.clone(), Problem::DuplicateId(*id)));
            }
        }
        Ok(())
    }
}
