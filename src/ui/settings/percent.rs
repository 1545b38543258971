//! A maximum equity share as the user types and reads it: `20`, `17,5`, `25 %` ↔ the fraction `0.20`.
//! Pure text handling; the engine decides which shares are allowed.

use rust_decimal::Decimal;
use std::str::FromStr;

/// Reads a percentage between 0 and 100 (Swedish or English decimal mark, optional `%`) as a fraction.
pub fn parse_percent(text: &str) -> Option<Decimal> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if cleaned.is_empty() || !cleaned.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let percent = Decimal::from_str(&cleaned).ok()?;
    if percent > Decimal::ONE_HUNDRED {
        return None;
    }
    percent
        .checked_div(Decimal::ONE_HUNDRED)
        .map(|d| d.normalize())
}

/// A fraction as the percentage to put in a field: `0.175` → `17,5`.
pub fn percent_text(share: Decimal) -> String {
    share
        .checked_mul(Decimal::ONE_HUNDRED)
        .map(|p| p.normalize().to_string().replace('.', ","))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentages_are_read_in_swedish_and_english_forms() {
        assert_eq!(parse_percent("20"), Some(Decimal::new(2, 1)));
        assert_eq!(parse_percent(" 25 % "), Some(Decimal::new(25, 2)));
        assert_eq!(parse_percent("17,5"), Some(Decimal::new(175, 3)));
        assert_eq!(parse_percent("17.5%"), Some(Decimal::new(175, 3)));
        assert_eq!(parse_percent("100"), Some(Decimal::ONE));
    }

    #[test]
    fn anything_else_is_refused() {
        for text in ["", "%", "-5", "101", "tjugo", "1e2", "2,5,1"] {
            assert_eq!(parse_percent(text), None, "{text}");
        }
    }

    #[test]
    fn a_share_is_shown_as_a_plain_percentage() {
        assert_eq!(percent_text(Decimal::new(20, 2)), "20");
        assert_eq!(percent_text(Decimal::new(175, 3)), "17,5");
        assert_eq!(percent_text(parse_percent("15").unwrap_or_default()), "15");
    }
}
