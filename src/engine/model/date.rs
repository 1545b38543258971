//! `IsoDate`: a calendar date (year, month, day) written as "YYYY-MM-DD", e.g. a board decision date.

use super::Year;
use serde::{de, Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A valid calendar date (Gregorian, years 1000–9999), serialized as the string "YYYY-MM-DD".
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    year: Year,
    month: u8,
    day: u8,
}

// The published schema's date: "YYYY-MM-DD" (whether the day exists is checked on import).
text_schema!(
    IsoDate,
    "IsoDate",
    "A calendar date written as \"YYYY-MM-DD\", years 1000–9999.",
    "pattern": "^[1-9][0-9]{3}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
);

impl IsoDate {
    /// The date, or `None` if there is no such day (month outside 1–12, day past the month's
    /// end, 29 February in a common year) or the year is outside 1000–9999.
    pub fn new(year: Year, month: u8, day: u8) -> Option<IsoDate> {
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(IsoDate { year, month, day })
    }

    /// Parses exactly "YYYY-MM-DD" (no spaces; trim user input first); `None` otherwise.
    ///
    /// ```
    /// use finsam_planner::engine::model::IsoDate;
    /// assert_eq!(IsoDate::parse("2016-02-29").map(|d| d.day()), Some(29));
    /// assert_eq!(IsoDate::parse("2015-02-29"), None);
    /// assert_eq!(IsoDate::parse("2015-2-1"), None);
    /// ```
    pub fn parse(text: &str) -> Option<IsoDate> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let year = digits(text.get(0..4)?)?;
        let month = digits(text.get(5..7)?)?;
        let day = digits(text.get(8..10)?)?;
        IsoDate::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The calendar year.
    pub fn year(self) -> Year {
        self.year
    }

    /// The month, 1–12.
    pub fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–31.
    pub fn day(self) -> u8 {
        self.day
    }
}

/// Only ASCII digits (no sign, no spaces), as a number.
fn digits(text: &str) -> Option<u16> {
    if text.bytes().all(|b| b.is_ascii_digit()) {
        text.parse().ok()
    } else {
        None
    }
}

fn is_leap_year(year: Year) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: Year, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for IsoDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for IsoDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<IsoDate, D::Error> {
        deserializer.deserialize_str(IsoDateVisitor)
    }
}

struct IsoDateVisitor;

impl de::Visitor<'_> for IsoDateVisitor {
    type Value = IsoDate;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a date written as \"YYYY-MM-DD\", e.g. \"2016-03-15\"")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<IsoDate, E> {
        IsoDate::parse(text).ok_or_else(|| E::invalid_value(de::Unexpected::Str(text), &self))
    }
}
