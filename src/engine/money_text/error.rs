//! [`ParseAmountError`]: why a text is not an amount, with a Swedish and an English message that
//! tell the user how to fix it.

use std::fmt;

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
    ///
    /// [`MAX_PARSED_AMOUNT`]: super::MAX_PARSED_AMOUNT
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
