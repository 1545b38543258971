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

use std::fmt;

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

/// [`MAX_PARSED_AMOUNT`] in öre.
const MAX_ABS_ORE: i128 = 100_000_000_000_000_000;

/// [`format_percent`] shows at most this many decimals; larger requests are clamped to it.
///
/// ```
/// use finsam_planner::engine::money_text::{format_percent, MAX_PERCENT_DECIMALS};
/// use rust_decimal::Decimal;
/// assert_eq!(MAX_PERCENT_DECIMALS, 10);
/// assert_eq!(format_percent(Decimal::ONE, 99), format_percent(Decimal::ONE, MAX_PERCENT_DECIMALS));
/// ```
pub const MAX_PERCENT_DECIMALS: u32 = 10;

/// Longest unit text kept in [`ParseAmountError::UnknownUnit`] (in characters); longer text is cut
/// and ends with `…`.
const MAX_UNIT_TEXT: usize = 24;

/// Rounds an amount of kronor to whole öre (2 decimals) with [`DISPLAY_ROUNDING`]. Every `kr`
/// display ([`format_kr`], [`format_plain`]) shows exactly this value.
///
/// ```
/// use finsam_planner::engine::money_text::round_ore;
/// use rust_decimal::Decimal;
/// assert_eq!(round_ore(Decimal::new(12345, 3)), Decimal::new(1235, 2)); // 12,345 → 12,35
/// assert_eq!(round_ore(Decimal::new(-12345, 3)), Decimal::new(-1235, 2)); // −12,345 → −12,35
/// ```
#[must_use]
pub fn round_ore(amount: Decimal) -> Decimal {
    amount
        .round_dp_with_strategy(2, DISPLAY_ROUNDING)
        .normalize()
}

/// Rounds an amount of kronor to whole thousands and returns the number of thousands, with
/// [`DISPLAY_ROUNDING`] applied once to the exact value (no rounding to öre first). This is what
/// [`format_tkr`] shows.
///
/// ```
/// use finsam_planner::engine::money_text::round_tkr;
/// use rust_decimal::Decimal;
/// assert_eq!(round_tkr(Decimal::from(1_565_500)), Decimal::from(1_566));
/// assert_eq!(round_tkr(Decimal::from(-1_565_500)), Decimal::from(-1_566));
/// assert_eq!(round_tkr(Decimal::from(1_565_499)), Decimal::from(1_565));
/// ```
#[must_use]
pub fn round_tkr(amount: Decimal) -> Decimal {
    let (negative, magnitude) = scaled_round(amount, -3);
    // `magnitude` is at most |mantissa| / 1000 + 1 < 2^96, so it always fits; the fallback is unreachable.
    let value = i128::try_from(magnitude).unwrap_or(0);
    let signed = if negative { -value } else { value };
    Decimal::try_from_i128_with_scale(signed, 0).unwrap_or(Decimal::ZERO)
}

/// Formats an amount of kronor in Swedish style: `5 028 000 kr`, `−1 565 000 kr`, `1 234,50 kr`.
///
/// The amount is first rounded to öre ([`round_ore`]). Whole kronor are shown without decimals,
/// anything else with exactly two decimals after a decimal comma. Groups of three digits and the
/// unit are separated by [`NBSP`]; negative amounts start with [`MINUS_SIGN`]; zero is `0 kr`.
///
/// ```
/// use finsam_planner::engine::money_text::format_kr;
/// use rust_decimal::Decimal;
/// assert_eq!(format_kr(Decimal::from(5_028_000)), "5\u{a0}028\u{a0}000\u{a0}kr");
/// assert_eq!(format_kr(Decimal::from(-1_565_000)), "\u{2212}1\u{a0}565\u{a0}000\u{a0}kr");
/// assert_eq!(format_kr(Decimal::new(123_450, 2)), "1\u{a0}234,50\u{a0}kr");
/// assert_eq!(format_kr(Decimal::ZERO), "0\u{a0}kr");
/// ```
#[must_use]
pub fn format_kr(amount: Decimal) -> String {
    let mut text = format_plain(amount);
    text.push(NBSP);
    text.push_str("kr");
    text
}

/// Formats an amount of kronor like [`format_kr`] but without the unit, for table cells whose
/// column header names the unit: `5 028 000`, `−408 000`, `1 234,50`.
///
/// ```
/// use finsam_planner::engine::money_text::format_plain;
/// use rust_decimal::Decimal;
/// assert_eq!(format_plain(Decimal::from(-408_000)), "\u{2212}408\u{a0}000");
/// assert_eq!(format_plain(Decimal::new(5, 1)), "0,50");
/// ```
#[must_use]
pub fn format_plain(amount: Decimal) -> String {
    let (negative, ore) = scaled_round(amount, 2);
    let kronor = ore / 100;
    let rest = ore % 100;
    let mut text = String::new();
    if negative {
        text.push(MINUS_SIGN);
    }
    text.push_str(&group_thousands(&kronor.to_string()));
    if rest != 0 {
        text.push(',');
        if rest < 10 {
            text.push('0');
        }
        text.push_str(&rest.to_string());
    }
    text
}

/// Formats an amount of kronor in thousands of kronor: `6 300 t kr`, `−1 566 t kr`.
///
/// The value is rounded to whole t kr with [`round_tkr`] (half away from zero: `1 565 500 kr` →
/// `1 566 t kr`). [`NBSP`] separates digit groups, the number from `t`, and `t` from `kr`.
///
/// ```
/// use finsam_planner::engine::money_text::format_tkr;
/// use rust_decimal::Decimal;
/// assert_eq!(format_tkr(Decimal::from(6_300_000)), "6\u{a0}300\u{a0}t\u{a0}kr");
/// assert_eq!(format_tkr(Decimal::from(-1_565_500)), "\u{2212}1\u{a0}566\u{a0}t\u{a0}kr");
/// ```
#[must_use]
pub fn format_tkr(amount: Decimal) -> String {
    let mut text = format_tkr_plain(amount);
    text.push(NBSP);
    text.push('t');
    text.push(NBSP);
    text.push_str("kr");
    text
}

/// [`format_tkr`] without the unit.
fn format_tkr_plain(amount: Decimal) -> String {
    let (negative, thousands) = scaled_round(amount, -3);
    let mut text = String::new();
    if negative {
        text.push(MINUS_SIGN);
    }
    text.push_str(&group_thousands(&thousands.to_string()));
    text
}

/// Formats a ratio as a Swedish percentage with exactly `decimals` decimals: `0.265` → `26,5 %`.
///
/// The percentage is rounded with [`DISPLAY_ROUNDING`]; [`NBSP`] separates the number from `%`
/// (and groups the digits of very large percentages). `decimals` above [`MAX_PERCENT_DECIMALS`]
/// is treated as [`MAX_PERCENT_DECIMALS`]. A value that rounds to zero has no sign.
///
/// ```
/// use finsam_planner::engine::money_text::format_percent;
/// use rust_decimal::Decimal;
/// assert_eq!(format_percent(Decimal::new(265, 3), 1), "26,5\u{a0}%");
/// assert_eq!(format_percent(Decimal::new(-2, 1), 0), "\u{2212}20\u{a0}%");
/// // Lund 2016: closing equity 1 670 of contributions 6 300
/// let ratio = Decimal::from(1670) / Decimal::from(6300);
/// assert_eq!(format_percent(ratio, 1), "26,5\u{a0}%");
/// ```
#[must_use]
pub fn format_percent(ratio: Decimal, decimals: u32) -> String {
    let decimals = decimals.min(MAX_PERCENT_DECIMALS);
    let shift = 2 + i32::try_from(decimals).unwrap_or(0); // at most 12
    let (negative, digits) = scaled_round_digits(ratio, shift);
    let width = decimals as usize + 1;
    let padded = format!("{digits:0>width$}");
    let (whole, fraction) = padded
        .split_at_checked(padded.len().saturating_sub(decimals as usize))
        .unwrap_or((padded.as_str(), ""));
    let mut text = String::new();
    if negative {
        text.push(MINUS_SIGN);
    }
    text.push_str(&group_thousands(whole));
    if !fraction.is_empty() {
        text.push(',');
        text.push_str(fraction);
    }
    text.push(NBSP);
    text.push('%');
    text
}

/// The unit amounts are shown in, so that the UI can switch a table between kronor and
/// thousands of kronor. It is also the unit [`parse_amount_in`] assumes for a bare number.
///
/// ```
/// use finsam_planner::engine::money_text::DisplayUnit;
/// use rust_decimal::Decimal;
/// let amount = Decimal::from(2_750_000);
/// assert_eq!(DisplayUnit::Kr.format(amount), "2\u{a0}750\u{a0}000\u{a0}kr");
/// assert_eq!(DisplayUnit::Tkr.format(amount), "2\u{a0}750\u{a0}t\u{a0}kr");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DisplayUnit {
    /// Kronor, shown to the öre: `1 234,50 kr`.
    #[default]
    Kr,
    /// Thousands of kronor, shown as whole t kr: `6 300 t kr`.
    Tkr,
}

impl DisplayUnit {
    /// Formats an amount of kronor in this unit, unit included ([`format_kr`] or [`format_tkr`]).
    ///
    /// ```
    /// use finsam_planner::engine::money_text::DisplayUnit;
    /// use rust_decimal::Decimal;
    /// assert_eq!(DisplayUnit::Tkr.format(Decimal::from(1_375_000)), "1\u{a0}375\u{a0}t\u{a0}kr");
    /// ```
    #[must_use]
    pub fn format(self, amount: Decimal) -> String {
        match self {
            DisplayUnit::Kr => format_kr(amount),
            DisplayUnit::Tkr => format_tkr(amount),
        }
    }

    /// Formats an amount of kronor in this unit without the unit text, for table cells whose
    /// header carries [`DisplayUnit::label`].
    ///
    /// ```
    /// use finsam_planner::engine::money_text::DisplayUnit;
    /// use rust_decimal::Decimal;
    /// assert_eq!(DisplayUnit::Tkr.format_plain(Decimal::from(2_750_000)), "2\u{a0}750");
    /// assert_eq!(DisplayUnit::Kr.format_plain(Decimal::from(2_750)), "2\u{a0}750");
    /// ```
    #[must_use]
    pub fn format_plain(self, amount: Decimal) -> String {
        match self {
            DisplayUnit::Kr => format_plain(amount),
            DisplayUnit::Tkr => format_tkr_plain(amount),
        }
    }

    /// The unit as written after a number or in a column header: `kr` or `t kr` (with [`NBSP`]).
    ///
    /// ```
    /// use finsam_planner::engine::money_text::DisplayUnit;
    /// assert_eq!(DisplayUnit::Kr.label(), "kr");
    /// assert_eq!(DisplayUnit::Tkr.label(), "t\u{a0}kr");
    /// ```
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            DisplayUnit::Kr => "kr",
            DisplayUnit::Tkr => "t\u{a0}kr",
        }
    }

    /// How many kronor one of this unit is: 1 or 1 000.
    ///
    /// ```
    /// use finsam_planner::engine::money_text::DisplayUnit;
    /// use rust_decimal::Decimal;
    /// assert_eq!(DisplayUnit::Tkr.kronor(), Decimal::from(1000));
    /// ```
    #[must_use]
    pub fn kronor(self) -> Decimal {
        match self {
            DisplayUnit::Kr => Decimal::ONE,
            DisplayUnit::Tkr => Decimal::ONE_THOUSAND,
        }
    }

    /// The power of ten of [`DisplayUnit::kronor`].
    fn exponent(self) -> u32 {
        match self {
            DisplayUnit::Kr => 0,
            DisplayUnit::Tkr => 3,
        }
    }
}

/// Why a text could not be read as an amount. Every variant has a Swedish ([`message_sv`]) and an
/// English ([`message_en`]) explanation that tells the user how to fix it; `Display` gives the
/// Swedish one.
///
/// Positions are 1-based and counted in characters of the text as given (leading spaces included).
///
/// [`message_sv`]: ParseAmountError::message_sv
/// [`message_en`]: ParseAmountError::message_en
///
/// ```
/// use finsam_planner::engine::money_text::{parse_amount, ParseAmountError};
/// assert_eq!(parse_amount("12#"), Err(ParseAmountError::InvalidCharacter { ch: '#', position: 3 }));
/// assert_eq!(parse_amount("12 kg"), Err(ParseAmountError::UnknownUnit { unit: "kg".to_string() }));
/// assert_eq!(parse_amount("").unwrap_err().to_string(), parse_amount("").unwrap_err().message_sv());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParseAmountError {
    /// The text is empty or only white space. (Zero must be written `0` or `-`.)
    Empty,
    /// The text has no digits at all (for example `kr` or `+`).
    NoDigits,
    /// A character that cannot be part of an amount.
    InvalidCharacter {
        /// The offending character.
        ch: char,
        /// Its 1-based character position.
        position: usize,
    },
    /// A thousands separator or decimal mark in the wrong place: groups after the first must have
    /// exactly three digits (`1 5650 000`), separators cannot be doubled (`1  565`), and a decimal
    /// mark needs digits after it (`5,`).
    MisplacedSeparator {
        /// 1-based character position of the separator.
        position: usize,
    },
    /// A `.` or `,` that could be read two ways: two decimal marks (`1.234.567`, `1,234,567`,
    /// `1 234.567,5`) or a point followed by exactly three digits (`1.234`, thousands or decimals?).
    AmbiguousSeparator {
        /// The first ambiguous mark, `.` or `,`.
        ch: char,
        /// Its 1-based character position.
        position: usize,
    },
    /// More decimals than whole öre allow in the unit used (2 in kr, 5 in t kr, 8 in mkr). Written
    /// digits count, trailing zeros included, so `1,500 kr` is refused rather than guessed.
    TooManyDecimals {
        /// The most decimals allowed with the unit that was used.
        max_decimals: u32,
    },
    /// Text after the number that is not a known unit (`5 €`, `12 kg`).
    UnknownUnit {
        /// The unit text as written (cut to 24 characters).
        unit: String,
    },
    /// The amount is larger than [`MAX_PARSED_AMOUNT`] in either direction.
    TooLarge,
    /// More than one sign: `--5`, `+-5` or a minus both before and after (`-204 000 -`).
    DoubleSign,
}

/// An example of a valid amount, with no-break spaces, used in the messages.
const EXAMPLE: &str = "1\u{a0}565\u{a0}000 eller 1,5\u{a0}mkr";

impl ParseAmountError {
    /// A clear Swedish explanation for the user, with an example of what to write.
    ///
    /// ```
    /// use finsam_planner::engine::money_text::ParseAmountError;
    /// let error = ParseAmountError::InvalidCharacter { ch: 'x', position: 4 };
    /// assert_eq!(
    ///     error.message_sv(),
    ///     "Ogiltigt tecken ”x” på plats 4. Skriv ett belopp som 1\u{a0}565\u{a0}000 eller 1,5\u{a0}mkr."
    /// );
    /// ```
    #[must_use]
    pub fn message_sv(&self) -> String {
        match self {
            ParseAmountError::Empty => {
                "Fältet är tomt. Skriv ett belopp, till exempel 1\u{a0}565\u{a0}000, eller - för noll."
                    .to_string()
            }
            ParseAmountError::NoDigits => {
                format!("Beloppet saknar siffror. Skriv ett belopp som {EXAMPLE}.")
            }
            ParseAmountError::InvalidCharacter { ch, position } => format!(
                "Ogiltigt tecken {} på plats {position}. Skriv ett belopp som {EXAMPLE}.",
                describe_char(*ch, '”', '”')
            ),
            ParseAmountError::MisplacedSeparator { position } => format!(
                "Skiljetecknet på plats {position} står fel. Skriv tusental i grupper om tre \
                 siffror (1\u{a0}565\u{a0}000) och ören efter ett kommatecken (1\u{a0}234,50)."
            ),
            ParseAmountError::AmbiguousSeparator { ch, position } => format!(
                "Tecknet ”{ch}” på plats {position} kan läsas på två sätt. Skriv tusental med \
                 mellanslag och decimaler med kommatecken: 1\u{a0}234\u{a0}567 eller 1\u{a0}234,50."
            ),
            ParseAmountError::TooManyDecimals { max_decimals } => {
                if *max_decimals <= 2 {
                    format!(
                        "För många decimaler: belopp anges i hela ören, alltså högst \
                         {max_decimals} decimaler. Menar du tusental? Skriv då 1\u{a0}500."
                    )
                } else {
                    format!(
                        "För många decimaler: med den här enheten får beloppet ha högst \
                         {max_decimals} decimaler (hela ören)."
                    )
                }
            }
            ParseAmountError::UnknownUnit { unit } => {
                format!("Okänd enhet ”{unit}”. Använd kr, t\u{a0}kr eller mkr, eller ingen enhet.")
            }
            ParseAmountError::TooLarge => "Beloppet är för stort. Högst \
                 1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}kr (plus eller minus) går att ange."
                .to_string(),
            ParseAmountError::DoubleSign => "Beloppet har mer än ett plus- eller minustecken. \
                 Skriv minus antingen före beloppet (−204\u{a0}000) eller efter (204\u{a0}000 -), inte båda."
                .to_string(),
        }
    }

    /// The same explanation in English (amounts are still written the Swedish way).
    ///
    /// ```
    /// use finsam_planner::engine::money_text::ParseAmountError;
    /// assert_eq!(
    ///     ParseAmountError::UnknownUnit { unit: "€".to_string() }.message_en(),
    ///     "Unknown unit “€”. Use kr, t\u{a0}kr or mkr, or no unit."
    /// );
    /// ```
    #[must_use]
    pub fn message_en(&self) -> String {
        let example = "1\u{a0}565\u{a0}000 or 1,5\u{a0}mkr";
        match self {
            ParseAmountError::Empty => {
                "The field is empty. Enter an amount such as 1\u{a0}565\u{a0}000, or - for zero."
                    .to_string()
            }
            ParseAmountError::NoDigits => {
                format!("The amount has no digits. Enter an amount such as {example}.")
            }
            ParseAmountError::InvalidCharacter { ch, position } => format!(
                "Invalid character {} at position {position}. Enter an amount such as {example}.",
                describe_char(*ch, '“', '”')
            ),
            ParseAmountError::MisplacedSeparator { position } => format!(
                "The separator at position {position} is misplaced. Write thousands in groups of \
                 three digits (1\u{a0}565\u{a0}000) and öre after a decimal comma (1\u{a0}234,50)."
            ),
            ParseAmountError::AmbiguousSeparator { ch, position } => format!(
                "The “{ch}” at position {position} can be read two ways. Write thousands with \
                 spaces and decimals with a comma: 1\u{a0}234\u{a0}567 or 1\u{a0}234,50."
            ),
            ParseAmountError::TooManyDecimals { max_decimals } => {
                if *max_decimals <= 2 {
                    format!(
                        "Too many decimals: amounts are in whole öre, so at most {max_decimals} \
                         decimals. If you meant thousands, write 1\u{a0}500."
                    )
                } else {
                    format!(
                        "Too many decimals: with this unit the amount can have at most \
                         {max_decimals} decimals (whole öre)."
                    )
                }
            }
            ParseAmountError::UnknownUnit { unit } => {
                format!("Unknown unit “{unit}”. Use kr, t\u{a0}kr or mkr, or no unit.")
            }
            ParseAmountError::TooLarge => "The amount is too large. At most \
                 1\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}000\u{a0}kr (plus or minus) can be entered."
                .to_string(),
            ParseAmountError::DoubleSign => "The amount has more than one plus or minus sign. \
                 Put the minus either before the amount (−204\u{a0}000) or after it (204\u{a0}000 -), not both."
                .to_string(),
        }
    }
}

impl fmt::Display for ParseAmountError {
    /// Writes [`ParseAmountError::message_sv`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message_sv())
    }
}

impl std::error::Error for ParseAmountError {}

/// Reads an amount written the Swedish way and returns it in kronor; a bare number is kronor.
/// Same as [`parse_amount_in`] with [`DisplayUnit::Kr`].
///
/// Accepted (white space around the text is ignored):
///
/// - **Digits**, optionally grouped in threes by one ASCII space, U+00A0, U+202F, U+2009 or U+2007
///   (`5 028 000`, `5028000`, `0 000`). The first group has 1–3 digits, every later one exactly 3.
/// - **Decimals** after a comma (`408 000,00`, `,5`). A point is also read as a decimal mark
///   (`3.5`, `12.9 MSEK`) unless it is ambiguous: two marks (`1.234.567`, `1,234,567`,
///   `1 234.567,5`) or a point followed by exactly three digits (`1.234`) are refused.
/// - **Sign**: `+`, or a minus before the number (`-`, U+2212 `−`, U+2013 `–`, U+2012 `‒`,
///   U+2011 `‑`, space allowed after it), or a minus at the very end in accounting style
///   (`204 000 -`, `977 000,00 -`, `1 565 000 kr -`). A lone minus means zero (`-`, `–`).
/// - **Units**, case-insensitive, with or without a space before them (`3 232 297kr`), spaces
///   inside them ignored: `kr`, `kr.`, `kronor`, `SEK`, `:-`, `,-` (×1);
///   `t kr`, `tkr`, `tkr.`, `t. kr`, `TSEK`, `KSEK`, `tusen`, `tusen kr` (×1 000);
///   `mkr`, `mnkr`, `mn`, `MSEK`, `milj`, `milj.`, `miljon`, `miljoner`, `miljoner kr` (×1 000 000),
///   and the obvious variants of these (`mnkr.`, `miljoner kronor`, `tusen kronor`, …).
///
/// The result is exact and normalized (no trailing zeros: `408 000,00` gives `408000`; never `-0`).
/// After unit scaling it must be whole öre; this is judged on the digits written, so `1,500 kr`
/// (3 decimals) is an error rather than a guess between 1,5 and 1 500. Magnitudes above
/// [`MAX_PARSED_AMOUNT`] are refused. Not accepted: accounting parentheses `(500)`, non-ASCII
/// digits, a unit before the number (`SEK 500`), a sign alone with a unit (`- kr`).
///
/// # Errors
///
/// A [`ParseAmountError`] saying what is wrong and where: empty text, no digits, a character that
/// cannot be in an amount, bad digit grouping, an ambiguous `.`/`,`, more decimals than whole öre,
/// an unknown unit (any letters after the number that are not a unit, e.g. `12 kg`), an amount
/// above [`MAX_PARSED_AMOUNT`], or two signs.
///
/// ```
/// use finsam_planner::engine::money_text::{parse_amount, ParseAmountError};
/// use rust_decimal::Decimal;
/// assert_eq!(parse_amount("3 232 297kr"), Ok(Decimal::from(3_232_297)));
/// assert_eq!(parse_amount("977 000,00 -"), Ok(Decimal::from(-977_000)));
/// assert_eq!(parse_amount("3,34 miljoner"), Ok(Decimal::from(3_340_000)));
/// assert_eq!(parse_amount("-"), Ok(Decimal::ZERO));
/// assert_eq!(parse_amount("1 5650 000"), Err(ParseAmountError::MisplacedSeparator { position: 2 }));
/// ```
pub fn parse_amount(text: &str) -> Result<Decimal, ParseAmountError> {
    parse_amount_in(text, DisplayUnit::Kr)
}

/// Reads an amount like [`parse_amount`], but a number written without a unit is taken to be in
/// `default_unit`. An explicit unit in the text always wins. Use it for cells of a table whose
/// header says `t kr`. A lone minus is zero in every unit.
///
/// # Errors
///
/// As [`parse_amount`]; the decimals allowed for a bare number follow `default_unit` (2 in kr,
/// 5 in t kr), and the size limit applies to the amount in kronor.
///
/// ```
/// use finsam_planner::engine::money_text::{parse_amount_in, DisplayUnit};
/// use rust_decimal::Decimal;
/// assert_eq!(parse_amount_in("2 750", DisplayUnit::Tkr), Ok(Decimal::from(2_750_000)));
/// assert_eq!(parse_amount_in("2 750 kr", DisplayUnit::Tkr), Ok(Decimal::from(2_750)));
/// assert_eq!(parse_amount_in("0,5 mkr", DisplayUnit::Tkr), Ok(Decimal::from(500_000)));
/// ```
pub fn parse_amount_in(text: &str, default_unit: DisplayUnit) -> Result<Decimal, ParseAmountError> {
    // Short texts (every real amount) are decoded into a stack buffer, longer ones onto the heap.
    let mut stack = ['\0'; 64];
    let heap: Vec<char>;
    let chars: &[char] = if text.len() <= stack.len() {
        let mut count = 0;
        for (slot, c) in stack.iter_mut().zip(text.chars()) {
            *slot = c;
            count += 1;
        }
        stack.get(..count).unwrap_or(&[])
    } else {
        heap = text.chars().collect();
        &heap
    };
    let at = |i: usize| chars.get(i).copied();

    // Trim white space, keeping positions relative to the original text.
    let mut start = 0;
    while at(start).is_some_and(char::is_whitespace) {
        start += 1;
    }
    let mut end = chars.len();
    while end > start && at(end - 1).is_some_and(char::is_whitespace) {
        end -= 1;
    }
    if start >= end {
        return Err(ParseAmountError::Empty);
    }

    // Leading sign, optionally followed by white space.
    let mut i = start;
    let mut leading_sign: Option<char> = None;
    if let Some(c) = at(i).filter(|&c| is_sign(c)) {
        leading_sign = Some(c);
        i += 1;
        while i < end && at(i).is_some_and(char::is_whitespace) {
            i += 1;
        }
        if i < end && at(i).is_some_and(is_sign) {
            return Err(ParseAmountError::DoubleSign);
        }
    }
    if i >= end {
        // A lone minus is an accounting zero; a lone plus says nothing.
        return match leading_sign {
            Some(c) if is_minus(c) => Ok(Decimal::ZERO),
            _ => Err(ParseAmountError::NoDigits),
        };
    }

    // The number must start with a digit, or with a decimal mark followed by a digit.
    let starts_number = at(i).is_some_and(|c| c.is_ascii_digit())
        || (at(i).is_some_and(is_decimal_mark) && at(i + 1).is_some_and(|c| c.is_ascii_digit()));
    if !starts_number {
        if chars.iter().any(char::is_ascii_digit) {
            return Err(ParseAmountError::InvalidCharacter {
                ch: at(i).unwrap_or(' '),
                position: i + 1,
            });
        }
        return Err(ParseAmountError::NoDigits);
    }
    let number = scan_number(chars, i, end)?;

    // Trailing minus (accounting style), unless it belongs to a `:-` / `,-` suffix.
    let mut negative = leading_sign.is_some_and(is_minus);
    let mut tail_end = end;
    if tail_end > number.end && at(tail_end - 1).is_some_and(is_minus) {
        let before = if tail_end - 1 > number.end {
            at(tail_end - 2)
        } else {
            None
        };
        if !matches!(before, Some(':' | ',')) {
            if leading_sign.is_some() {
                return Err(ParseAmountError::DoubleSign);
            }
            negative = true;
            tail_end -= 1;
        }
    }

    // The unit between the number and the trailing sign.
    let tail: &[char] = chars.get(number.end..tail_end).unwrap_or(&[]);
    let exponent = unit_exponent_of(tail, number.end, default_unit)?;
    number.to_decimal(exponent, negative)
}

/// The digits of an amount as written, before its unit is known.
struct ScannedNumber {
    /// The digits before the decimal mark (0 if there are none).
    int_value: i128,
    /// The digits after the decimal mark, as an integer.
    frac_value: i128,
    /// How many digits were written after the decimal mark.
    frac_digits: u32,
    /// Some digit sequence did not fit an `i128`.
    overflow: bool,
    /// Index just after the last character of the number.
    end: usize,
}

impl ScannedNumber {
    /// The amount in kronor once the unit (10^`exponent` kr) and the sign are known: checks that it
    /// is whole öre, judged on the digits written, and not larger than [`MAX_PARSED_AMOUNT`].
    fn to_decimal(&self, exponent: u32, negative: bool) -> Result<Decimal, ParseAmountError> {
        let max_decimals = exponent + 2;
        if self.frac_digits > max_decimals {
            return Err(ParseAmountError::TooManyDecimals { max_decimals });
        }
        if self.overflow {
            return Err(ParseAmountError::TooLarge);
        }
        let ore = 10_i128
            .checked_pow(self.frac_digits)
            .and_then(|p| self.int_value.checked_mul(p))
            .and_then(|v| v.checked_add(self.frac_value))
            .and_then(|v| {
                10_i128
                    .checked_pow(max_decimals - self.frac_digits)
                    .and_then(|p| v.checked_mul(p))
            })
            .filter(|v| *v <= MAX_ABS_ORE)
            .ok_or(ParseAmountError::TooLarge)?;
        let signed = if negative { -ore } else { ore };
        Decimal::try_from_i128_with_scale(signed, 2)
            .map(|d| d.normalize())
            .map_err(|_| ParseAmountError::TooLarge)
    }
}

/// Appends a decimal digit to `value`, or records the overflow.
fn push_digit(value: &mut i128, digit: u32, overflow: &mut bool) {
    match value
        .checked_mul(10)
        .and_then(|v| v.checked_add(i128::from(digit)))
    {
        Some(v) => *value = v,
        None => *overflow = true,
    }
}

/// Scans the number that starts at `chars[start]` (a digit, or a decimal mark before a digit) and
/// checks its grouping and decimal mark. Stops at the first character that cannot continue it.
fn scan_number(
    chars: &[char],
    start: usize,
    end: usize,
) -> Result<ScannedNumber, ParseAmountError> {
    let at = |i: usize| if i < end { chars.get(i).copied() } else { None };
    let mut number = ScannedNumber {
        int_value: 0,
        frac_value: 0,
        frac_digits: 0,
        overflow: false,
        end: start,
    };

    // Integer part: digits, grouped in threes by single separators.
    let mut i = start;
    let mut group_len = 0usize;
    let mut last_sep: Option<usize> = None;
    while let Some(c) = at(i) {
        if let Some(d) = c.to_digit(10) {
            push_digit(&mut number.int_value, d, &mut number.overflow);
            group_len += 1;
        } else if is_group_separator(c) && at(i + 1).is_some_and(|n| n.is_ascii_digit()) {
            // The first group has 1–3 digits, every later one exactly 3.
            let misplaced = match last_sep {
                None if !(1..=3).contains(&group_len) => Some(i),
                Some(previous) if group_len != 3 => Some(previous),
                _ => None,
            };
            if let Some(position) = misplaced {
                return Err(ParseAmountError::MisplacedSeparator {
                    position: position + 1,
                });
            }
            last_sep = Some(i);
            group_len = 0;
        } else {
            break;
        }
        i += 1;
    }
    if let Some(sep) = last_sep.filter(|_| group_len != 3) {
        return Err(ParseAmountError::MisplacedSeparator { position: sep + 1 });
    }

    // Fraction part: a decimal mark followed by digits (no grouping inside).
    if let Some(mark) = at(i).filter(|&c| is_decimal_mark(c)) {
        if at(i + 1).is_some_and(|c| c.is_ascii_digit()) {
            let mark_pos = i;
            i += 1;
            while let Some(d) = at(i).and_then(|c| c.to_digit(10)) {
                push_digit(&mut number.frac_value, d, &mut number.overflow);
                number.frac_digits = number.frac_digits.saturating_add(1);
                i += 1;
            }
            let second_mark =
                at(i).is_some_and(is_decimal_mark) && at(i + 1).is_some_and(|c| c.is_ascii_digit());
            if second_mark || (mark == '.' && number.frac_digits == 3) {
                return Err(ParseAmountError::AmbiguousSeparator {
                    ch: mark,
                    position: mark_pos + 1,
                });
            }
        }
    }
    number.end = i;
    Ok(number)
}

/// Reads the text after the number (without a trailing minus) and returns the power of ten of its
/// unit, or the default unit's when there is no text. `offset` is the index of `tail[0]`.
fn unit_exponent_of(
    tail: &[char],
    offset: usize,
    default_unit: DisplayUnit,
) -> Result<u32, ParseAmountError> {
    let leading_ws = tail.iter().take_while(|c| c.is_whitespace()).count();
    let unit: &[char] = tail.get(leading_ws..).unwrap_or(&[]);
    let trailing_ws = unit.iter().rev().take_while(|c| c.is_whitespace()).count();
    let unit: &[char] = unit
        .get(..unit.len().saturating_sub(trailing_ws))
        .unwrap_or(&[]);
    if unit.is_empty() {
        return Ok(default_unit.exponent());
    }

    // Digits after the number: a bad separator or a stray character inside the number.
    if let Some(first_digit) = tail.iter().position(char::is_ascii_digit) {
        let only_separators = tail
            .get(..first_digit)
            .unwrap_or(&[])
            .iter()
            .all(|&c| c.is_whitespace() || is_decimal_mark(c));
        if only_separators {
            return Err(ParseAmountError::MisplacedSeparator {
                position: offset + 1,
            });
        }
        return Err(ParseAmountError::InvalidCharacter {
            ch: unit.first().copied().unwrap_or(' '),
            position: offset + leading_ws + 1,
        });
    }
    if let Some(bad) = unit.iter().position(|&c| !is_unit_char(c)) {
        return Err(ParseAmountError::InvalidCharacter {
            ch: unit.get(bad).copied().unwrap_or(' '),
            position: offset + leading_ws + bad + 1,
        });
    }

    let normalized: String = unit
        .iter()
        .filter(|c| !c.is_whitespace())
        .map(|&c| if is_minus(c) { '-' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(exponent) = unit_exponent(&normalized) {
        return Ok(exponent);
    }
    // `5,` or `5.`: a decimal mark with nothing after it.
    if unit.first().copied().is_some_and(is_decimal_mark) {
        return Err(ParseAmountError::MisplacedSeparator {
            position: offset + leading_ws + 1,
        });
    }
    let mut written: String = unit.iter().take(MAX_UNIT_TEXT).collect();
    if unit.len() > MAX_UNIT_TEXT {
        written = written.trim_end().to_string();
        written.push('…');
    }
    Err(ParseAmountError::UnknownUnit { unit: written })
}

/// The power of ten of a unit, given in lower case with white space removed and dashes as `-`.
fn unit_exponent(normalized: &str) -> Option<u32> {
    match normalized {
        "kr" | "kr." | "kronor" | "sek" | ":-" | ",-" => Some(0),
        "tkr" | "tkr." | "t.kr" | "t.kr." | "tsek" | "ksek" | "tusen" | "tusenkr" | "tusenkr."
        | "tusenkronor" => Some(3),
        "mkr" | "mkr." | "mnkr" | "mnkr." | "mn" | "mn." | "mnsek" | "msek" | "milj" | "milj."
        | "miljkr" | "milj.kr" | "milj.kr." | "miljon" | "miljoner" | "miljonkr" | "miljonkr."
        | "miljonerkr" | "miljonerkr." | "miljonkronor" | "miljonerkronor" | "miljonersek" => {
            Some(6)
        }
        _ => None,
    }
}

/// Characters that may appear in a unit text (known or not): letters, white space, `.`, `:`, `,`,
/// dashes and currency signs. Anything else is reported as an invalid character.
fn is_unit_char(c: char) -> bool {
    c.is_alphabetic()
        || c.is_whitespace()
        || matches!(c, '.' | ':' | ',' | '$' | '€' | '£' | '¥' | '¤')
        || is_minus(c)
}

/// Characters accepted as a thousands separator between digit groups.
fn is_group_separator(c: char) -> bool {
    matches!(c, ' ' | '\u{A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}')
}

/// Characters accepted as a decimal mark.
fn is_decimal_mark(c: char) -> bool {
    matches!(c, ',' | '.')
}

/// Characters accepted as a minus sign: hyphen-minus, minus sign, en dash, figure dash and
/// non-breaking hyphen.
fn is_minus(c: char) -> bool {
    matches!(c, '-' | '\u{2212}' | '\u{2013}' | '\u{2012}' | '\u{2011}')
}

/// A minus or a plus.
fn is_sign(c: char) -> bool {
    c == '+' || is_minus(c)
}

/// How a character is shown in an error message: quoted, or as `U+XXXX` when it is invisible.
fn describe_char(c: char, open: char, close: char) -> String {
    let invisible = c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    if invisible {
        format!("U+{:04X}", u32::from(c))
    } else {
        format!("{open}{c}{close}")
    }
}

/// Inserts [`NBSP`] between groups of three digits, counted from the right. `digits` is ASCII.
fn group_thousands(digits: &str) -> String {
    let len = digits.chars().count();
    let mut text = String::with_capacity(digits.len() + len / 3 * 2);
    for (index, c) in digits.chars().enumerate() {
        if index > 0 && (len - index).is_multiple_of(3) {
            text.push(NBSP);
        }
        text.push(c);
    }
    text
}

/// `round(|amount| × 10^shift)` with [`DISPLAY_ROUNDING`], as an integer, and whether the
/// rounded value is negative (never true for zero). Exact: works on the mantissa, no division
/// of decimals. For `shift` ≤ 2 the result always fits a `u128`; larger shifts saturate, so
/// callers that need them use [`scaled_round_digits`].
fn scaled_round(amount: Decimal, shift: i32) -> (bool, u128) {
    let (negative, digits) = scaled_round_digits(amount, shift);
    (negative, digits.parse::<u128>().unwrap_or(u128::MAX))
}

/// Like [`scaled_round`], but returns the decimal digits of the rounded magnitude, so that any
/// shift works without overflow.
fn scaled_round_digits(amount: Decimal, shift: i32) -> (bool, String) {
    let magnitude = amount.mantissa().unsigned_abs();
    let exponent = shift - i32::try_from(amount.scale()).unwrap_or(0); // scale ≤ 28
    let rounded = if exponent >= 0 {
        if magnitude == 0 {
            "0".to_string()
        } else {
            let mut digits = magnitude.to_string();
            digits.extend(std::iter::repeat_n('0', exponent.unsigned_abs() as usize));
            digits
        }
    } else {
        match 10_u128.checked_pow(exponent.unsigned_abs()) {
            Some(divisor) => {
                let quotient = magnitude / divisor;
                let remainder = magnitude % divisor;
                // Half away from zero on the magnitude: round up when remainder ≥ divisor / 2.
                let up = remainder >= divisor - remainder;
                (quotient + u128::from(up)).to_string()
            }
            // The divisor exceeds u128, far above any mantissa (< 2^96): rounds to zero.
            None => "0".to_string(),
        }
    };
    let negative = amount.is_sign_negative() && rounded != "0";
    (negative, rounded)
}
