//! [`DisplayUnit`]: whether amounts are shown, and bare numbers read, in kronor or in thousands
//! of kronor.

use rust_decimal::Decimal;

use super::format::{format_kr, format_plain, format_tkr, format_tkr_plain};

/// The unit amounts are shown in, so that the UI can switch a table between kronor and
/// thousands of kronor. It is also the unit [`parse_amount_in`] assumes for a bare number.
///
/// [`parse_amount_in`]: super::parse_amount_in
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
    /// [`NBSP`]: super::NBSP
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
    pub(super) fn exponent(self) -> u32 {
        match self {
            DisplayUnit::Kr => 0,
            DisplayUnit::Tkr => 3,
        }
    }
}
