//! Small checks with a path: texts (length, control characters), amounts, years, and paths.

use super::error::ImportError;
use super::problem::Problem;
use crate::engine::command::{MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_YEAR, MIN_YEAR};
use crate::engine::model::Year;
use crate::engine::money::Money;

/// Result of a check.
pub(super) type Checked = Result<(), ImportError>;

/// `path.key` (or `key` at the root).
pub(super) fn field(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// `path[index]`.
pub(super) fn index(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// A name: not empty (after trimming), at most [`MAX_NAME_CHARS`], no control characters.
pub(super) fn name(path: &str, text: &str) -> Checked {
    if text.trim().is_empty() {
        return Err(ImportError::at(path, Problem::EmptyName));
    }
    line(path, text)
}

/// One-line text (may be empty): at most [`MAX_NAME_CHARS`], no control characters.
pub(super) fn line(path: &str, text: &str) -> Checked {
    limited(path, text, MAX_NAME_CHARS)?;
    if text.chars().any(char::is_control) {
        return Err(ImportError::at(path, Problem::ControlCharacter));
    }
    Ok(())
}

/// A note (may be empty): at most [`MAX_NOTE_CHARS`]; line breaks allowed, no other control
/// characters.
pub(super) fn note(path: &str, text: &str) -> Checked {
    limited(path, text, MAX_NOTE_CHARS)?;
    let normalised = text.replace("\r\n", "\n");
    if normalised.chars().any(|c| c.is_control() && c != '\n') {
        return Err(ImportError::at(path, Problem::ControlCharacter));
    }
    Ok(())
}

fn limited(path: &str, text: &str, max: usize) -> Checked {
    if text.trim().chars().count() > max {
        return Err(ImportError::at(path, Problem::TooLong { max }));
    }
    Ok(())
}

/// An amount within ±1 000 000 000 000 kr (any sign).
pub(super) fn amount(path: &str, value: Money) -> Checked {
    if !value.within_input_limit() {
        return Err(ImportError::at(path, Problem::AmountTooLarge));
    }
    Ok(())
}

/// An amount within the limit and not negative.
pub(super) fn non_negative(path: &str, value: Money) -> Checked {
    amount(path, value)?;
    if value.is_negative() {
        return Err(ImportError::at(path, Problem::NegativeAmount));
    }
    Ok(())
}

/// A calendar year within 1900–2999.
pub(super) fn year(path: &str, year: Year) -> Checked {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(ImportError::at(path, Problem::YearOutOfRange(year)))
    }
}
