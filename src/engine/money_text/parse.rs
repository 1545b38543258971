//! Reading amount text: [`parse_amount`] and [`parse_amount_in`] trim the text, read the signs, and
//! hand the digits to `scan` and the unit to `suffix`.

use rust_decimal::Decimal;

use super::chars::{is_decimal_mark, is_minus, is_sign};
use super::scan::scan_number;
use super::suffix::unit_exponent_of;
use super::{DisplayUnit, ParseAmountError};

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
/// [`MAX_PARSED_AMOUNT`]: super::MAX_PARSED_AMOUNT
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
    parse_chars(chars, default_unit)
}

/// [`parse_amount_in`] on the characters of the text.
fn parse_chars(chars: &[char], default_unit: DisplayUnit) -> Result<Decimal, ParseAmountError> {
    let (start, end) = trimmed_bounds(chars).ok_or(ParseAmountError::Empty)?;
    let (leading_sign, i) = leading_sign(chars, start, end)?;
    if i >= end {
        // A lone minus is an accounting zero; a lone plus says nothing.
        return match leading_sign {
            Some(c) if is_minus(c) => Ok(Decimal::ZERO),
            _ => Err(ParseAmountError::NoDigits),
        };
    }
    check_number_start(chars, i)?;
    let number = scan_number(chars, i, end)?;
    let (negative, tail_end) = trailing_sign(chars, number.end, end, leading_sign)?;

    // The unit between the number and the trailing sign.
    let tail: &[char] = chars.get(number.end..tail_end).unwrap_or(&[]);
    let exponent = unit_exponent_of(tail, number.end, default_unit)?;
    number.to_decimal(exponent, negative)
}

/// The text without surrounding white space, as `start..end` indices into the original text so
/// that positions stay relative to it; `None` when nothing is left.
fn trimmed_bounds(chars: &[char]) -> Option<(usize, usize)> {
    let at = |i: usize| chars.get(i).copied();
    let mut start = 0;
    while at(start).is_some_and(char::is_whitespace) {
        start += 1;
    }
    let mut end = chars.len();
    while end > start && at(end - 1).is_some_and(char::is_whitespace) {
        end -= 1;
    }
    (start < end).then_some((start, end))
}

/// Reads a leading sign at `chars[start]`, optionally followed by white space. Returns the sign, if
/// any, and the index where the number should start.
fn leading_sign(
    chars: &[char],
    start: usize,
    end: usize,
) -> Result<(Option<char>, usize), ParseAmountError> {
    let at = |i: usize| chars.get(i).copied();
    let mut i = start;
    let mut sign: Option<char> = None;
    if let Some(c) = at(i).filter(|&c| is_sign(c)) {
        sign = Some(c);
        i += 1;
        while i < end && at(i).is_some_and(char::is_whitespace) {
            i += 1;
        }
        if i < end && at(i).is_some_and(is_sign) {
            return Err(ParseAmountError::DoubleSign);
        }
    }
    Ok((sign, i))
}

/// Checks that the number starts at `chars[i]`: with a digit, or with a decimal mark followed by a
/// digit.
fn check_number_start(chars: &[char], i: usize) -> Result<(), ParseAmountError> {
    let at = |i: usize| chars.get(i).copied();
    let starts_number = at(i).is_some_and(|c| c.is_ascii_digit())
        || (at(i).is_some_and(is_decimal_mark) && at(i + 1).is_some_and(|c| c.is_ascii_digit()));
    if starts_number {
        return Ok(());
    }
    if chars.iter().any(char::is_ascii_digit) {
        return Err(ParseAmountError::InvalidCharacter {
            ch: at(i).unwrap_or(' '),
            position: i + 1,
        });
    }
    Err(ParseAmountError::NoDigits)
}

/// Reads a trailing minus (accounting style) before `end`, unless it belongs to a `:-` / `,-`
/// suffix. Returns whether the amount is negative (either sign) and where the unit text ends.
fn trailing_sign(
    chars: &[char],
    number_end: usize,
    end: usize,
    leading_sign: Option<char>,
) -> Result<(bool, usize), ParseAmountError> {
    let at = |i: usize| chars.get(i).copied();
    let mut negative = leading_sign.is_some_and(is_minus);
    let mut tail_end = end;
    if tail_end > number_end && at(tail_end - 1).is_some_and(is_minus) {
        let before = if tail_end - 1 > number_end {
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
    Ok((negative, tail_end))
}
