//! `Money`: an amount in Swedish kronor held as an exact `Decimal`, with checked arithmetic only.
//!
//! Serialized as a JSON string (`"1257000"`, `"-12.50"`); JSON numbers and more than two decimals
//! (öre) are rejected on input. Display formatting and Swedish text input live in `money_text`.

use crate::engine::error::EngineError;
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// An exact amount in kronor (at most two decimals when it comes from input).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(Decimal);

// The published schema's Money: a decimal string with at most two decimals (trailing zeros aside), as the
// deserializer below accepts.
text_schema!(
    Money,
    "Money",
    "An exact amount in kronor written as a string of digits with an optional minus sign and at most two \
     decimals (öre), e.g. \"1257000\" or \"-12.50\"; never a JSON number.",
    "pattern": "^-?[0-9]+(\\.[0-9]{1,2}0*)?$",
);

/// The largest magnitude accepted from user input: 1 000 000 000 000 kr (10^12).
///
/// ```
/// use finsam_planner::engine::money::{Money, MAX_INPUT_AMOUNT};
/// assert_eq!(MAX_INPUT_AMOUNT, Money::from_kr(1_000_000_000_000));
/// ```
pub const MAX_INPUT_AMOUNT: Money = Money(Decimal::from_parts(0xD4A5_1000, 0xE8, 0, false, 0));

/// Decimal places kept in ratios (shares and percentages as fractions, e.g. 0.924681 = 92.4681 %).
pub const RATIO_DECIMALS: u32 = 6;

impl Money {
    /// Zero kronor.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Wraps an exact decimal amount in kronor.
    pub const fn new(amount: Decimal) -> Money {
        Money(amount)
    }

    /// Whole kronor.
    pub fn from_kr(kronor: i64) -> Money {
        Money(Decimal::from(kronor))
    }

    /// The amount in kronor.
    pub const fn amount(self) -> Decimal {
        self.0
    }

    /// `self + other`, or `None` on overflow.
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// `self - other`, or `None` on overflow.
    pub fn checked_sub(self, other: Money) -> Option<Money> {
        self.0.checked_sub(other.0).map(Money)
    }

    /// `self × factor` (e.g. a share such as 0.20), or `None` on overflow.
    pub fn checked_mul(self, factor: Decimal) -> Option<Money> {
        self.0.checked_mul(factor).map(Money)
    }

    /// Sum of all amounts, or `None` on overflow.
    pub fn checked_sum<I: IntoIterator<Item = Money>>(amounts: I) -> Option<Money> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, Money::checked_add)
    }

    /// `self / denominator` as a ratio rounded to [`RATIO_DECIMALS`] places (half away from zero).
    /// `Ok(None)` when the denominator is zero.
    ///
    /// # Errors
    /// [`EngineError::Overflow`] if the quotient does not fit in a `Decimal`.
    pub fn ratio_to(self, denominator: Money) -> Result<Option<Decimal>, EngineError> {
        if denominator.is_zero() {
            return Ok(None);
        }
        let ratio = self
            .0
            .checked_div(denominator.0)
            .ok_or(EngineError::Overflow)?;
        Ok(Some(ratio.round_dp_with_strategy(
            RATIO_DECIMALS,
            RoundingStrategy::MidpointAwayFromZero,
        )))
    }

    /// Rounds down to whole kronor (towards minus infinity).
    pub fn floor_kr(self) -> Money {
        Money(self.0.floor())
    }

    /// True for exactly zero.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// True for amounts below zero.
    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    /// True if the amount is a whole number of kronor.
    pub fn is_whole_kr(self) -> bool {
        self.0.fract().is_zero()
    }

    /// True if the amount has at most two decimals (öre) once trailing zeros are dropped.
    pub fn has_at_most_ore_precision(self) -> bool {
        self.0.normalize().scale() <= 2
    }

    /// True if `|self| ≤ MAX_INPUT_AMOUNT`.
    pub fn within_input_limit(self) -> bool {
        self.0.abs() <= MAX_INPUT_AMOUNT.0
    }
}

impl From<Decimal> for Money {
    fn from(amount: Decimal) -> Money {
        Money(amount)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::engine::decimal_serde::serialize(&self.0, serializer)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        let amount = Money(crate::engine::decimal_serde::deserialize(deserializer)?);
        if !amount.has_at_most_ore_precision() {
            return Err(de::Error::custom(format!(
                "amount {} has more than two decimals (öre)",
                amount.0
            )));
        }
        Ok(amount)
    }
}
