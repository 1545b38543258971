//! Swedish money text: formats amounts the way `Intl.NumberFormat('sv-SE')` does (`−1 565 000 kr`,
//! `6 300 t kr`, `26,5 %`) and parses every amount form found in samordningsförbund budgets
//! (`3 232 297kr`, `408 000,00 -`, `3,34 miljoner`, `500:-`, a lone `-` for zero) exactly into kronor.
//!
//! Pure and exact: only `std` and [`rust_decimal`]; parsing works digit by digit in integer öre and
//! never goes through floating point. No function in this module panics, whatever the input.
//!
//! # Output conventions
//!
//! - Digit groups are separated by [`NBSP`] (U+00A0), and so is the number from its unit.
//! - Negative amounts start with [`MINUS_SIGN`] (U+2212), as `Intl.NumberFormat('sv-SE')` writes them.
//! - Amounts are shown rounded to öre with [`DISPLAY_ROUNDING`] (half away from zero), see [`round_ore`];
//!   t kr are rounded to whole thousands the same way, see [`round_tkr`].
//! - A value that rounds to zero is written without sign (`0 kr`, never `−0 kr`; `Intl` would write `−0`).
//!
//! # Input conventions (see [`parse_amount`] for the full grammar)
//!
//! Spaces, U+00A0, U+202F, U+2009 and U+2007 group thousands; `,` (or an unambiguous `.`) starts the
//! öre; `-`, `−`, `–`, `‒` or `‑` before or after the number make it negative; units `kr`, `t kr`
//! and `mkr` (and their usual spellings) scale it.
//!
//! # Layout
//!
//! - `format`: [`format_kr`], [`format_plain`], [`format_tkr`], [`format_percent`], [`format_share`];
//! - `round`: [`round_ore`], [`round_tkr`] and the exact rounding behind every display;
//! - `unit`: [`DisplayUnit`], kronor or thousands of kronor;
//! - `parse`: [`parse_amount`], [`parse_amount_in`]; `scan` reads the digits, `suffix` the unit,
//!   `chars` names the separator and sign characters;
//! - `error`: [`ParseAmountError`] and its Swedish and English messages.

mod chars;
mod error;
mod format;
mod parse;
mod round;
mod scan;
mod suffix;
mod unit;

pub use error::ParseAmountError;
pub use format::{format_kr, format_percent, format_plain, format_share, format_tkr};
pub use parse::{parse_amount, parse_amount_in};
pub use round::{round_ore, round_tkr};
pub use unit::DisplayUnit;

use rust_decimal::{Decimal, RoundingStrategy};

/// The no-break space (U+00A0) used between digit groups and before the unit.
///
/// ```
/// use finsam_planner::engine::money_text::{format_kr, NBSP};
/// use rust_decimal::Decimal;
/// assert_eq!(format_kr(Decimal::from(1000)), format!("1{NBSP}000{NBSP}kr"));
/// ```
pub const NBSP: char = '\u{A0}';

/// The minus sign (U+2212) that starts every negative formatted amount.
///
/// ```
/// use finsam_planner::engine::money_text::{format_plain, MINUS_SIGN};
/// use rust_decimal::Decimal;
/// assert!(format_plain(Decimal::from(-5)).starts_with(MINUS_SIGN));
/// ```
pub const MINUS_SIGN: char = '\u{2212}';

/// The rounding used whenever an amount is displayed: to the nearest öre (or whole t kr, or the
/// requested percent decimals), with exact halves rounded away from zero (`0,005` → `0,01`,
/// `−0,005` → `−0,01`). This is the commercial rounding Swedish officials expect, not banker's rounding.
///
/// ```
/// use finsam_planner::engine::money_text::DISPLAY_ROUNDING;
/// use rust_decimal::{Decimal, RoundingStrategy};
/// assert_eq!(DISPLAY_ROUNDING, RoundingStrategy::MidpointAwayFromZero);
/// assert_eq!(Decimal::new(25, 1).round_dp_with_strategy(0, DISPLAY_ROUNDING), Decimal::from(3));
/// ```
pub const DISPLAY_ROUNDING: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// The largest magnitude [`parse_amount`] accepts: 10^15 kr (a thousand billion kronor). Larger
/// amounts are certainly typing mistakes and give [`ParseAmountError::TooLarge`].
///
/// ```
/// use finsam_planner::engine::money_text::MAX_PARSED_AMOUNT;
/// use rust_decimal::Decimal;
/// assert_eq!(MAX_PARSED_AMOUNT, Decimal::from(1_000_000_000_000_000_i64));
/// ```
pub const MAX_PARSED_AMOUNT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x0003_8D7E, 0, false, 0);

/// [`format_percent`] shows at most this many decimals; larger requests are clamped to it.
///
/// ```
/// use finsam_planner::engine::money_text::{format_percent, MAX_PERCENT_DECIMALS};
/// use rust_decimal::Decimal;
/// assert_eq!(MAX_PERCENT_DECIMALS, 10);
/// assert_eq!(format_percent(Decimal::ONE, 99), format_percent(Decimal::ONE, MAX_PERCENT_DECIMALS));
/// ```
pub const MAX_PERCENT_DECIMALS: u32 = 10;
