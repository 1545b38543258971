//! The amount strategy shared by the engine property tests (`engine_props_*.rs`).

use finsam_planner::engine::money::Money;
use proptest::prelude::*;
use rust_decimal::Decimal;

/// Amounts up to ±10^12 kr with öre, plus zero and the extremes of `Decimal`.
pub fn money() -> impl Strategy<Value = Money> {
    prop_oneof![
        12 => (-100_000_000_000_000i64..=100_000_000_000_000).prop_map(|ore| Money::new(Decimal::new(ore, 2))),
        3 => Just(Money::ZERO),
        1 => Just(Money::new(Decimal::MAX)),
        1 => Just(Money::new(Decimal::MIN)),
    ]
}
