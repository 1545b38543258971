//! The unit written after a number (`kr`, `t kr`, `mkr` and their usual spellings) and the errors
//! for text there that is not a unit.

use super::chars::{is_decimal_mark, is_minus};
use super::{DisplayUnit, ParseAmountError};

/// Longest unit text kept in [`ParseAmountError::UnknownUnit`] (in characters); longer text is cut
/// and ends with `…`.
const MAX_UNIT_TEXT: usize = 24;

/// Reads the text after the number (without a trailing minus) and returns the power of ten of its
/// unit, or the default unit's when there is no text. `offset` is the index of `tail[0]`.
pub(super) fn unit_exponent_of(
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
    let unit_start = offset + leading_ws;
    check_unit_chars(tail, offset, unit, unit_start)?;
    unit_exponent(&normalize(unit)).ok_or_else(|| unknown_unit(unit, unit_start))
}

/// Refuses digits after the number (a bad separator or a stray character inside the number) and
/// characters that cannot be part of a unit. `unit` is `tail` without surrounding white space and
/// starts at index `unit_start` of the text.
fn check_unit_chars(
    tail: &[char],
    offset: usize,
    unit: &[char],
    unit_start: usize,
) -> Result<(), ParseAmountError> {
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
            position: unit_start + 1,
        });
    }
    if let Some(bad) = unit.iter().position(|&c| !is_unit_char(c)) {
        return Err(ParseAmountError::InvalidCharacter {
            ch: unit.get(bad).copied().unwrap_or(' '),
            position: unit_start + bad + 1,
        });
    }
    Ok(())
}

/// A unit text as [`unit_exponent`] looks it up: lower case, white space removed, dashes as `-`.
fn normalize(unit: &[char]) -> String {
    unit.iter()
        .filter(|c| !c.is_whitespace())
        .map(|&c| if is_minus(c) { '-' } else { c })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The error for a unit text that is not a known unit: a decimal mark with nothing after it
/// (`5,`, `5.`) is misplaced, anything else is an unknown unit, cut to [`MAX_UNIT_TEXT`].
fn unknown_unit(unit: &[char], unit_start: usize) -> ParseAmountError {
    if unit.first().copied().is_some_and(is_decimal_mark) {
        return ParseAmountError::MisplacedSeparator {
            position: unit_start + 1,
        };
    }
    let mut written: String = unit.iter().take(MAX_UNIT_TEXT).collect();
    if unit.len() > MAX_UNIT_TEXT {
        written = written.trim_end().to_string();
        written.push('…');
    }
    ParseAmountError::UnknownUnit { unit: written }
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
