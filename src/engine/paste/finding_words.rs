//! The findings of the table check in words, Swedish and English: one table of phrases per language
//! ([`FindingWords`]), filled in by [`Finding::message`]; the CSV uses the same words and header.

use super::findings::{span, Finding, FindingKind, Rule};
use crate::engine::money::Money;
use crate::engine::money_text::{format_percent, DisplayUnit};
use crate::engine::template::fill;

/// The phrases of the findings in one language. `{…}` are filled in: `{line}`, `{label}`, `{year}`, amounts.
#[derive(Debug, Clone, Copy)]
pub struct FindingWords {
    /// Where, for a row and a year: `Rad {line} ({label}), {year}: `.
    pub at_row_and_year: &'static str,
    /// Where, for a row: `Rad {line} ({label}): `.
    pub at_row: &'static str,
    /// `{heading}` and `{columns}` are spans of years.
    pub heading_years: &'static str,
    /// The income block headed "Tillgångar".
    pub assets_heading: &'static str,
    /// `{printed}`, `{rule}`, `{expected}`, `{diff}`.
    pub differs: &'static str,
    /// The rule of [`Rule::SumOfRows`], [`Rule::Available`], [`Rule::Result`], [`Rule::Closing`] and
    /// [`Rule::CarryForward`], in that order.
    pub rules: [&'static str; 5],
    /// `{state}`, `{regions}`, `{municipalities}`.
    pub split_rule: &'static str,
    /// A subtotal without amounts.
    pub empty_subtotal: &'static str,
    /// `{closing}`, `{share}`, `{contributions}`, `{max}`.
    pub equity_over: &'static str,
    /// The CSV's header: line, text, year, finding.
    pub csv_header: [&'static str; 4],
}

/// In Swedish.
pub const SV: FindingWords = FindingWords {
    at_row_and_year: "Rad {line} ({label}), {year}: ",
    at_row: "Rad {line} ({label}): ",
    heading_years: "Rubriken har åren {heading} men bara {columns} har belopp.",
    assets_heading: "intäkterna står under rubriken ”Tillgångar” – det är intäkter, inte tillgångar.",
    differs: "dokumentet anger {printed} men {rule} är {expected} (skillnad {diff}).",
    rules: [
        "summan av raderna",
        "ingående eget kapital + summa intäkter",
        "summa intäkter − summa kostnader",
        "tillgängliga medel − summa kostnader",
        "förra årets utgående eget kapital",
    ],
    split_rule: "staten {state} ska vara regionens och kommunernas del tillsammans, och de ska vara lika: region {regions}, kommuner {municipalities}.",
    empty_subtotal: "summaraden är tom fast raderna ovanför har belopp.",
    equity_over: "enligt dokumentets egna siffror är eget kapital {closing} = {share} av medlemsavgifterna {contributions}, över rekommendationen {max}.",
    csv_header: ["Rad", "Text", "År", "Iakttagelse"],
};

/// In English.
pub const EN: FindingWords = FindingWords {
    at_row_and_year: "Line {line} ({label}), {year}: ",
    at_row: "Line {line} ({label}): ",
    heading_years: "The heading has the years {heading} but only {columns} have amounts.",
    assets_heading: "the income is headed “Tillgångar” (assets) – it is income, not assets.",
    differs: "the document states {printed} but {rule} is {expected} (difference {diff}).",
    rules: [
        "the sum of the rows",
        "opening equity + total income",
        "total income − total costs",
        "available funds − total costs",
        "last year's closing equity",
    ],
    split_rule: "the state's {state} should equal the region's and the municipalities' parts together, and those should be equal: region {regions}, municipalities {municipalities}.",
    empty_subtotal: "the subtotal row is empty although the rows above it have amounts.",
    equity_over: "on the document's own figures the equity is {closing} = {share} of the member contributions {contributions}, above the recommendation {max}.",
    csv_header: ["Line", "Text", "Year", "Finding"],
};

/// `template` with its placeholders filled ([`fill`], in one pass).
fn filled(template: &str, values: &[(&str, String)]) -> String {
    let values: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
    fill(template, &values)
}

impl Finding {
    /// The finding in `words`, amounts in `unit`.
    pub fn message(&self, unit: DisplayUnit, words: &FindingWords) -> String {
        let m = |a: &Money| unit.format(a.amount());
        let place = match (self.line, self.year) {
            (Some(line), Some(year)) => filled(
                words.at_row_and_year,
                &[
                    ("line", line.to_string()),
                    ("label", self.label.clone()),
                    ("year", year.to_string()),
                ],
            ),
            (Some(line), None) => filled(
                words.at_row,
                &[("line", line.to_string()), ("label", self.label.clone())],
            ),
            (None, _) => String::new(),
        };
        let what = match &self.kind {
            FindingKind::HeadingYears { heading, columns } => filled(
                words.heading_years,
                &[("heading", span(heading)), ("columns", span(columns))],
            ),
            FindingKind::AssetsHeading => words.assets_heading.to_string(),
            FindingKind::Differs {
                rule,
                printed,
                expected,
            } => {
                let diff = Money::new(printed.amount() - expected.amount());
                let rule = match rule {
                    Rule::SumOfRows => words.rules[0],
                    Rule::Available => words.rules[1],
                    Rule::Result => words.rules[2],
                    Rule::Closing => words.rules[3],
                    Rule::CarryForward => words.rules[4],
                };
                filled(
                    words.differs,
                    &[
                        ("printed", m(printed)),
                        ("rule", rule.to_string()),
                        ("expected", m(expected)),
                        ("diff", m(&diff)),
                    ],
                )
            }
            FindingKind::SplitRule {
                state,
                regions,
                municipalities,
            } => filled(
                words.split_rule,
                &[
                    ("state", m(state)),
                    ("regions", m(regions)),
                    ("municipalities", m(municipalities)),
                ],
            ),
            FindingKind::EmptySubtotal => words.empty_subtotal.to_string(),
            FindingKind::EquityOver {
                closing,
                contributions,
                share,
                max,
            } => filled(
                words.equity_over,
                &[
                    ("closing", m(closing)),
                    ("share", format_percent(*share, 1)),
                    ("contributions", m(contributions)),
                    ("max", m(max)),
                ],
            ),
        };
        format!("{place}{what}")
    }
}
