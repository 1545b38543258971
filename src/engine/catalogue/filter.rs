//! [`CatalogueFilter`]: which catalogue items the list shows (free text, status, kind, owner,
//! year, target group, inriktning).

use super::collate::push_search_key;
use crate::engine::ids::PartyId;
use crate::engine::model::{CatalogueItem, Inriktning, ItemKind, ItemStatus, Workspace, Year};
use std::collections::BTreeSet;

/// What to show; every criterion left empty (the `Default`) lets every item through.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CatalogueFilter {
    /// Words that must all occur (case-insensitive) in the name, description, notes, leaders,
    /// target group, owner unit, owner party's name or origin.
    pub text: String,
    /// Statuses to show (empty: all).
    pub statuses: BTreeSet<ItemStatus>,
    /// Kinds to show (empty: all).
    pub kinds: BTreeSet<ItemKind>,
    /// Only items owned by this party.
    pub owner: Option<PartyId>,
    /// Only items active in this year ([`active_in`]).
    pub active_in: Option<Year>,
    /// Only items whose target group contains this text (case-insensitive; empty: all).
    pub target_group: String,
    /// Only items with this inriktning.
    pub inriktning: Option<Inriktning>,
}

/// True if the item's period overlaps `year` (an unknown end counts as open) or it has an
/// amount or planned participants that year. An item without period and figures is active in
/// no year.
pub fn active_in(item: &CatalogueItem, year: Year) -> bool {
    let has_figure =
        item.amounts.contains_key(&year) || item.planned_participants.contains_key(&year);
    let period = item.period;
    let known = period.start.is_some() || period.end.is_some();
    let started = period.start.is_none_or(|s| s.year <= year);
    let not_ended = period.end.is_none_or(|e| e.year >= year);
    has_figure || (known && started && not_ended)
}

/// The filter prepared once per list update: lower-cased words.
pub(super) struct PreparedFilter<'a> {
    filter: &'a CatalogueFilter,
    words: Vec<String>,
    target_group: String,
}

impl<'a> PreparedFilter<'a> {
    pub fn new(filter: &'a CatalogueFilter) -> PreparedFilter<'a> {
        let words = filter.text.split_whitespace().map(str::to_lowercase);
        PreparedFilter {
            filter,
            words: words.collect(),
            target_group: filter.target_group.trim().to_lowercase(),
        }
    }

    /// True if `item` passes; `buffer` is reused for the item's search text.
    pub fn matches(
        &self,
        workspace: &Workspace,
        item: &CatalogueItem,
        buffer: &mut String,
    ) -> bool {
        let f = self.filter;
        let status_ok = f.statuses.is_empty() || f.statuses.contains(&item.status);
        let kind_ok = f.kinds.is_empty() || f.kinds.contains(&item.kind);
        let owner_ok = f.owner.is_none() || f.owner == item.owner;
        let year_ok = f.active_in.is_none_or(|year| active_in(item, year));
        let inriktning_ok = f.inriktning.is_none() || f.inriktning == item.inriktning;
        status_ok
            && kind_ok
            && owner_ok
            && year_ok
            && inriktning_ok
            && self.target_group_ok(item)
            && self.words_ok(workspace, item, buffer)
    }

    fn target_group_ok(&self, item: &CatalogueItem) -> bool {
        self.target_group.is_empty()
            || item
                .target_group
                .to_lowercase()
                .contains(&self.target_group)
    }

    fn words_ok(&self, workspace: &Workspace, item: &CatalogueItem, buffer: &mut String) -> bool {
        if self.words.is_empty() {
            return true;
        }
        buffer.clear();
        search_text(workspace, item, buffer);
        self.words.iter().all(|w| buffer.contains(w.as_str()))
    }
}

/// The item's searchable texts, lower-cased, one per line.
fn search_text(workspace: &Workspace, item: &CatalogueItem, buffer: &mut String) {
    let owner = item
        .owner
        .and_then(|o| workspace.party(o))
        .map(|p| p.name.as_str());
    let texts = [
        item.name.as_str(),
        item.description.as_str(),
        item.notes.as_str(),
        item.target_group.as_str(),
        item.owner_unit.as_str(),
        item.origin.as_str(),
        owner.unwrap_or_default(),
    ];
    for text in texts
        .into_iter()
        .chain(item.leaders.iter().map(String::as_str))
    {
        push_search_key(buffer, text);
    }
}
