//! When the data was last exported and since when changes are not in an export; the 7-day reminder.

/// The export dates kept in the index (calendar days, `YYYY-MM-DD`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportDates {
    /// The day of the last export.
    pub last_exported_on: Option<String>,
    /// The day of the first change made after it.
    pub first_unexported_change_on: Option<String>,
}

/// Days after which unexported changes earn a reminder.
pub const REMIND_AFTER_DAYS: i64 = 7;

impl ExportDates {
    /// Whether changes made on or before `today` minus [`REMIND_AFTER_DAYS`] are still not exported.
    pub fn needs_reminder(&self, today: &str) -> bool {
        let first = self
            .first_unexported_change_on
            .as_deref()
            .and_then(day_number);
        match (first, day_number(today)) {
            (Some(first), Some(today)) => today.saturating_sub(first) >= REMIND_AFTER_DAYS,
            _ => false,
        }
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian), or `None` if it is not such a date.
// The year is at most 9999 and month and day are in range, so no step below can overflow an i64.
#[allow(clippy::arithmetic_side_effects)]
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.split('-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: i64 = parts.next()?.parse().ok()?;
    let day: i64 = parts.next()?.parse().ok()?;
    if parts.next().is_some()
        || !(1..=9999).contains(&year)
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
    {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}
