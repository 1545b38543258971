//! Property tests of the largest-remainder split and of the ½/¼/¼ quarter split.
#![cfg(not(target_arch = "wasm32"))]

mod engine_support;

use engine_support::*;
use finsam_planner::engine::error::EngineError;
use finsam_planner::engine::funding::{compute_funding, split_largest_remainder};
use finsam_planner::engine::model::{Funding, PartyKind};
use finsam_planner::engine::money::Money;
use proptest::prelude::*;
use rust_decimal::prelude::ToPrimitive;

fn as_u128(money: Money) -> u128 {
    money
        .amount()
        .to_u128()
        .expect("whole, non-negative kronor")
}

/// `|part − total · w / W| < 1` ⇔ `|part · W − total · w| < W` (exact integers).
fn within_one_krona(part: u128, total: u128, weight: u128, weight_sum: u128) -> bool {
    (part * weight_sum).abs_diff(total * weight) < weight_sum
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn split_parts_sum_to_the_total_and_stay_within_one_krona(
        total in 0u64..=1_000_000_000_000,
        weights in prop::collection::vec(0u64..=1_000_000_000, 1..12),
    ) {
        let weights: Vec<u128> = weights.into_iter().map(u128::from).collect();
        let weight_sum: u128 = weights.iter().sum();
        let result = split_largest_remainder(Money::from_kr(total as i64), &weights);
        if weight_sum == 0 {
            prop_assert_eq!(result, Err(EngineError::SplitWithoutWeights));
            return Ok(());
        }
        let parts: Vec<u128> = result.unwrap().into_iter().map(as_u128).collect();
        prop_assert_eq!(parts.iter().sum::<u128>(), u128::from(total));
        for (part, weight) in parts.iter().zip(&weights) {
            prop_assert!(within_one_krona(*part, u128::from(total), *weight, weight_sum));
        }
    }

    #[test]
    fn quarter_is_split_exactly_between_the_sides_and_municipalities(
        offer in 0i64..=1_000_000_000_000,
        population in prop::collection::vec(0u64..=2_000_000, 1..8),
        maximum in any::<bool>(),
    ) {
        let mut ws = empty_workspace();
        let names: Vec<String> = (0..population.len()).map(|i| format!("Kommun {i}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let m = members(&mut ws, &names);
        ws.municipal_split = population_key(&m.municipalities, &population);
        let inputs = frames(offer, &[], &[]);
        let funding = if maximum { Funding::MaximumState(inputs) } else { Funding::ApprovedFrames(inputs) };
        let report = compute_funding(&ws, &funding).unwrap();
        let q = report.quarter.unwrap();
        prop_assert_eq!(q, Money::from_kr(offer / 2));
        let side = |kind| Money::checked_sum(report.parties.iter().filter(|p| p.kind == kind).map(|p| p.amount)).unwrap();
        prop_assert_eq!(side(PartyKind::Municipality), q);
        prop_assert_eq!(side(PartyKind::Region), q);
        prop_assert_eq!(side(PartyKind::Forsakringskassan), q.checked_add(q).unwrap());
        prop_assert_eq!(report.unused_state_money, Some(Money::from_kr(offer % 2)));
        let weight_sum: u128 = population.iter().map(|p| u128::from(*p)).sum();
        if weight_sum > 0 {
            let parts = report.parties.iter().filter(|p| p.kind == PartyKind::Municipality);
            for (part, pop) in parts.zip(&population) {
                prop_assert!(within_one_krona(as_u128(part.amount), as_u128(q), u128::from(*pop), weight_sum));
            }
        }
    }
}
