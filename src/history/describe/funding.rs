//! The label of a funding change: which part of the year's funding it changes.

use super::names;
use crate::engine::ids::{PartyId, ScenarioId};
use crate::engine::model::{FrameInputs, Funding, Workspace, Year};
use crate::engine::money::Money;
use crate::history::Label;
use std::collections::BTreeMap;

/// `set_funding_option` when the option changes, `set_state_offer` or `set_party_frame` /
/// `set_manual_amount` (one party, subject "<party> <year>") when only that changes, else `set_funding`.
pub(super) fn describe(ws: &Workspace, scenario: ScenarioId, year: Year, new: &Funding) -> Label {
    let old = ws
        .scenario(scenario)
        .and_then(|s| s.year_plan(year))
        .map(|plan| &plan.funding);
    let year_only = Label::new("set_funding", year.to_string());
    let Some(old) = old else {
        return Label::new("set_funding", "");
    };
    match (old, new) {
        (Funding::ApprovedFrames(a), Funding::ApprovedFrames(b))
        | (Funding::MaximumState(a), Funding::MaximumState(b)) => frames(ws, year, a, b),
        (Funding::Manual { amounts: a }, Funding::Manual { amounts: b }) => {
            one_party(ws, year, "set_manual_amount", &[(a, b)]).unwrap_or(year_only)
        }
        _ => Label::new("set_funding_option", year.to_string()),
    }
}

fn frames(ws: &Workspace, year: Year, old: &FrameInputs, new: &FrameInputs) -> Label {
    let same_frames =
        old.region_frames == new.region_frames && old.municipal_frames == new.municipal_frames;
    if same_frames && old.state_offer != new.state_offer {
        return Label::new("set_state_offer", year.to_string());
    }
    let sides = [
        (&old.region_frames, &new.region_frames),
        (&old.municipal_frames, &new.municipal_frames),
    ];
    match old.state_offer == new.state_offer {
        true => one_party(ws, year, "set_party_frame", &sides),
        false => None,
    }
    .unwrap_or_else(|| Label::new("set_funding", year.to_string()))
}

type Amounts = BTreeMap<PartyId, Money>;

/// The label naming the single party whose amount differs, if exactly one does.
fn one_party(
    ws: &Workspace,
    year: Year,
    action: &str,
    sides: &[(&Amounts, &Amounts)],
) -> Option<Label> {
    let mut changed = sides.iter().flat_map(|(old, new)| {
        let keys = old
            .keys()
            .chain(new.keys().filter(|k| !old.contains_key(k)));
        keys.filter(|k| old.get(k) != new.get(k))
            .copied()
            .collect::<Vec<_>>()
    });
    let party = changed.next()?;
    if changed.next().is_some() {
        return None;
    }
    Some(Label::new(
        action,
        names::with_year(names::party(ws, party), year),
    ))
}
