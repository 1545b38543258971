//! Ordered maps and sets built by inserting one item at a time. `collect()` into a `BTreeMap` or `BTreeSet`
//! first sorts the items with a stable sort that the compiler copies for every item type (about 3 KB of wasm
//! each, 24 copies before this module); inserting gives the same result (a repeated key keeps its last value)
//! and shares the map's own code. Use these instead of collecting into an ordered map or set; sort a `Vec`
//! with [`sort_stable_by`], which puts every caller through one copy of the standard library's sort.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// The map of `pairs`; a key given twice keeps its last value, as with `collect()`.
pub fn map_of<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    for (key, value) in pairs {
        map.insert(key, value);
    }
    map
}

/// The set of `items`.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    for item in items {
        set.insert(item);
    }
    set
}

/// Sorts `items` by `compare`, keeping equal items in their order (as `sort_by`).
pub fn sort_stable_by<T>(items: &mut Vec<T>, compare: impl Fn(&T, &T) -> Ordering) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_positions(&mut order, &|a, b| compare(&items[*a], &items[*b]));
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(
        order
            .into_iter()
            .filter_map(|i| slots.get_mut(i).and_then(Option::take)),
    );
}

/// Sorts positions by `compare`, stable. Not generic: the one instantiation of the sort for all callers.
pub fn sort_positions(order: &mut [usize], compare: &dyn Fn(&usize, &usize) -> Ordering) {
    order.sort_by(compare);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_repeated_key_keeps_its_last_value_like_collect() {
        let pairs = [(2, "b"), (1, "a"), (2, "c")];
        let collected: BTreeMap<_, _> = pairs.iter().copied().collect();
        assert_eq!(map_of(pairs), collected);
        assert_eq!(map_of(pairs).get(&2), Some(&"c"));
    }

    #[test]
    fn sorting_keeps_equal_items_in_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e')];
        sort_stable_by(&mut items, |x, y| x.0.cmp(&y.0));
        assert_eq!(
            items,
            vec![(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c')]
        );
    }

    #[test]
    fn a_set_holds_each_item_once_in_order() {
        let set = set_of([3, 1, 3, 2]);
        assert_eq!(set.into_iter().collect::<Vec<_>>(), vec![1, 2, 3]);
    }
}
