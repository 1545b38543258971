//! Pure edits of a split key, each giving the new key to send with `SetSplitKey`. No amounts are computed
//! here: the key holds whole-number weights, and the engine turns them into kronor.

use crate::engine::ids::PartyId;
use crate::engine::model::{SecondMeasure, SplitKey, SplitMethod};
use std::collections::BTreeMap;

/// The key's weight per party: fixed parts or population.
pub fn weights(key: &SplitKey) -> &BTreeMap<PartyId, u64> {
    match &key.method {
        SplitMethod::FixedShares { parts } => parts,
        SplitMethod::Population { population, .. } => population,
    }
}

/// True for a population key.
pub fn is_population(key: &SplitKey) -> bool {
    matches!(key.method, SplitMethod::Population { .. })
}

/// The second measure of a population key, if any.
pub fn second(key: &SplitKey) -> Option<&SecondMeasure> {
    match &key.method {
        SplitMethod::Population { second, .. } => second.as_ref(),
        SplitMethod::FixedShares { .. } => None,
    }
}

/// The same weights as fixed shares (a second measure is dropped).
pub fn to_fixed(key: &SplitKey) -> SplitKey {
    let parts = weights(key).clone();
    SplitKey {
        method: SplitMethod::FixedShares { parts },
        note: key.note.clone(),
    }
}

/// The same weights as population figures (a fixed key has no second measure to keep).
pub fn to_population(key: &SplitKey) -> SplitKey {
    let population = weights(key).clone();
    let second = second(key).cloned();
    SplitKey {
        method: SplitMethod::Population { population, second },
        note: key.note.clone(),
    }
}

/// The key with `party`'s weight set to `value`.
pub fn with_weight(key: &SplitKey, party: PartyId, value: u64) -> SplitKey {
    let mut new = key.clone();
    match &mut new.method {
        SplitMethod::FixedShares { parts } => parts.insert(party, value),
        SplitMethod::Population { population, .. } => population.insert(party, value),
    };
    new
}

/// The key with a second measure added (`Some`) or dropped (`None`); a fixed key is returned unchanged.
pub fn with_second(key: &SplitKey, measure: Option<SecondMeasure>) -> SplitKey {
    let mut new = key.clone();
    if let SplitMethod::Population { second, .. } = &mut new.method {
        *second = measure;
    }
    new
}

/// A new second measure: weights 1 and 1, no values yet.
pub fn new_second(name: &str) -> SecondMeasure {
    SecondMeasure {
        name: name.to_string(),
        population_weight: 1,
        measure_weight: 1,
        values: BTreeMap::new(),
    }
}

/// The key with its second measure changed by `edit`; without a second measure it is returned unchanged.
pub fn edit_second(key: &SplitKey, edit: impl FnOnce(&mut SecondMeasure)) -> SplitKey {
    let mut new = key.clone();
    if let SplitMethod::Population {
        second: Some(measure),
        ..
    } = &mut new.method
    {
        edit(measure);
    }
    new
}

/// The key with a new note.
pub fn with_note(key: &SplitKey, note: &str) -> SplitKey {
    SplitKey {
        method: key.method.clone(),
        note: note.trim().to_string(),
    }
}

/// Reads a whole-number weight as typed: digit groups may be separated by any space.
pub fn parse_whole(text: &str) -> Option<u64> {
    let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> SplitKey {
        let population = BTreeMap::from([(PartyId(4), 46_000), (PartyId(5), 14_000)]);
        SplitKey {
            method: SplitMethod::Population {
                population,
                second: None,
            },
            note: "n".into(),
        }
    }

    #[test]
    fn switching_method_keeps_the_weights_and_the_note() {
        let fixed = to_fixed(&key());
        assert!(!is_population(&fixed));
        assert_eq!(weights(&fixed), weights(&key()));
        assert_eq!(fixed.note, "n");
        assert_eq!(to_population(&fixed), key());
    }

    #[test]
    fn a_weight_is_set_for_one_party_only() {
        let new = with_weight(&key(), PartyId(4), 3);
        assert_eq!(weights(&new).get(&PartyId(4)), Some(&3));
        assert_eq!(weights(&new).get(&PartyId(5)), Some(&14_000));
    }

    #[test]
    fn a_second_measure_can_be_added_edited_and_dropped() {
        let with = with_second(&key(), Some(new_second("Försörjningsmått")));
        let edited = edit_second(&with, |m| {
            m.values.insert(PartyId(5), 7);
        });
        assert_eq!(second(&edited).map(|m| m.values.len()), Some(1));
        assert_eq!(with_second(&edited, None), key());
        assert_eq!(
            with_second(&to_fixed(&key()), Some(new_second("x"))),
            to_fixed(&key())
        );
    }

    #[test]
    fn whole_numbers_accept_swedish_grouping_and_refuse_the_rest() {
        assert_eq!(parse_whole("46 000"), Some(46_000));
        assert_eq!(parse_whole("46\u{a0}000"), Some(46_000));
        assert_eq!(parse_whole(" 3 "), Some(3));
        assert_eq!(parse_whole(""), None);
        assert_eq!(parse_whole("-1"), None);
        assert_eq!(parse_whole("2,5"), None);
    }
}
