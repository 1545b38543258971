//! The findings of the table check in words, Swedish and English: one table of phrases per language
//! ([`FindingWords`]), filled in by [`Finding::message`]; the CSV uses the same words and header.

use super::findings::{span, Finding, FindingKind, Rule};
use crate::engine::money::Money;
use crate::engine::money_text::{format_percent, format_share, DisplayUnit};
use crate::engine::template::{fill, join_with_and};

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
    /// `{year}`, `{labels}`.
    pub missing_in_year: &'static str,
    /// `{line}`, `{heading}`, `{year}`, `{source}`, `{source_line}`.
    pub budget_year_heading: &'static str,
    /// `{amount}`, `{text_line}`, `{phrase}`.
    pub funds_after_end: &'static str,
    /// `{amount}`, `{months}`, `{text_line}`, `{phrase}`, `{before_year}`, `{before}`.
    pub part_year_full: &'static str,
    /// A cost row the text does not name.
    pub not_in_text: &'static str,
    /// `{line}`, `{stated}`, `{share}`, `{base}`, `{computed}`, then [`Self::share_of_actual`] or nothing.
    pub share_in_words: &'static str,
    /// `{year}`, `{contributions}`, `{actual}`.
    pub share_of_actual: &'static str,
    /// `{line}`, `{words}`, `{years}`.
    pub goal_claimed: &'static str,
    /// `{year}`, `{state}`, `{offer}`, `{offer_year}`, `{line}`, `{contributions}`, `{offer_total}`.
    pub above_state_offer: &'static str,
    /// `{line}`, `{words}`, `{year}`, `{contributions}`.
    pub total_in_words: &'static str,
    /// Between the last two of a list of years ("och").
    pub and: &'static str,
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
    missing_in_year: "{year} har belopp men saknar {labels}, som andra år har.",
    budget_year_heading: "Texten, rad {line}: rubriken ”{heading}” står i ett dokument om budgeten för {year} (”{source}”, rad {source_line}).",
    funds_after_end: "{amount} fast texten (rad {text_line}) säger ”{phrase}”.",
    part_year_full: "{amount} för {months} månader (texten, rad {text_line}: ”{phrase}”) – lika mycket som eller mer än hela {before_year} ({before}).",
    not_in_text: "raden nämns inte i dokumentets text.",
    share_in_words: "Texten, rad {line}: ”{stated}”, men {share} av {base} är {computed}{actual}.",
    share_of_actual: "; av medlemsavgifterna {year}, {contributions}, är det {actual}",
    goal_claimed: "Texten, rad {line}: ”{words}”, men enligt tabellens egna siffror är eget kapital över rekommendationen {years}.",
    above_state_offer: "{year}: staten står för {state}, mer än den högsta statliga tilldelning som texten nämner ({offer} för {offer_year}, rad {line}); medlemsavgifterna blir {contributions} mot {offer_total}.",
    total_in_words: "Texten, rad {line}: ”{words}”, men medlemsavgifterna {year} är {contributions}.",
    and: "och",
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
    missing_in_year: "{year} has amounts but lacks {labels}, which other years have.",
    budget_year_heading: "The text, line {line}: the heading “{heading}” is in a document on the budget for {year} (“{source}”, line {source_line}).",
    funds_after_end: "{amount} although the text (line {text_line}) says “{phrase}”.",
    part_year_full: "{amount} for {months} months (the text, line {text_line}: “{phrase}”) – as much as or more than the whole of {before_year} ({before}).",
    not_in_text: "the row is not named in the document's text.",
    share_in_words: "The text, line {line}: “{stated}”, but {share} of {base} is {computed}{actual}.",
    share_of_actual: "; of the member contributions {year}, {contributions}, it is {actual}",
    goal_claimed: "The text, line {line}: “{words}”, but on the table's own figures the equity is above the recommendation {years}.",
    above_state_offer: "{year}: the state pays {state}, more than the highest state allocation the text names ({offer} for {offer_year}, line {line}); the member contributions become {contributions} against {offer_total}.",
    total_in_words: "The text, line {line}: “{words}”, but the member contributions {year} are {contributions}.",
    and: "and",
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
                let diff = Money::new(printed.amount().saturating_sub(expected.amount()));
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
            FindingKind::NotInText => words.not_in_text.to_string(),
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
            other => text_message(other, self.year, unit, words),
        };
        format!("{place}{what}")
    }
}

/// The findings of the document's text (and a year lacking totals) in `words`.
fn text_message(
    kind: &FindingKind,
    year: Option<u16>,
    unit: DisplayUnit,
    words: &FindingWords,
) -> String {
    let m = |a: &Money| unit.format(a.amount());
    let year = year.map(|y| y.to_string()).unwrap_or_default();
    match kind {
        FindingKind::MissingInYear { labels } => filled(
            words.missing_in_year,
            &[("year", year), ("labels", join_with_and(labels, words.and))],
        ),
        FindingKind::BudgetYearHeading {
            heading,
            heading_line,
            year,
            source,
            source_line,
        } => filled(
            words.budget_year_heading,
            &[
                ("line", heading_line.to_string()),
                ("heading", heading.clone()),
                ("year", year.to_string()),
                ("source", source.clone()),
                ("source_line", source_line.to_string()),
            ],
        ),
        FindingKind::FundsAfterEnd {
            amount,
            phrase,
            text_line,
        } => filled(
            words.funds_after_end,
            &[
                ("amount", m(amount)),
                ("text_line", text_line.to_string()),
                ("phrase", phrase.clone()),
            ],
        ),
        FindingKind::PartYearFull {
            amount,
            months,
            phrase,
            text_line,
            before,
        } => {
            let before_year = year
                .parse::<u16>()
                .map(|y| y.saturating_sub(1).to_string())
                .unwrap_or_default();
            filled(
                words.part_year_full,
                &[
                    ("amount", m(amount)),
                    ("months", months.to_string()),
                    ("text_line", text_line.to_string()),
                    ("phrase", phrase.clone()),
                    ("before_year", before_year),
                    ("before", m(before)),
                ],
            )
        }
        FindingKind::ShareInWords {
            text_line,
            stated_words,
            share,
            base,
            computed,
            actual,
        } => {
            let actual = actual
                .as_ref()
                .map_or(String::new(), |(year, contributions, part)| {
                    filled(
                        words.share_of_actual,
                        &[
                            ("year", year.to_string()),
                            ("contributions", m(contributions)),
                            ("actual", m(part)),
                        ],
                    )
                });
            filled(
                words.share_in_words,
                &[
                    ("line", text_line.to_string()),
                    ("stated", stated_words.clone()),
                    ("share", format_share(*share)),
                    ("base", m(base)),
                    ("computed", m(computed)),
                    ("actual", actual),
                ],
            )
        }
        FindingKind::GoalClaimed {
            text_line,
            words: said,
            years,
        } => {
            let years: Vec<String> = years.iter().map(u16::to_string).collect();
            filled(
                words.goal_claimed,
                &[
                    ("line", text_line.to_string()),
                    ("words", said.clone()),
                    ("years", join_with_and(&years, words.and)),
                ],
            )
        }
        FindingKind::AboveStateOffer {
            state,
            offer,
            offer_year,
            text_line,
            contributions,
            offer_total,
        } => filled(
            words.above_state_offer,
            &[
                ("year", year),
                ("state", m(state)),
                ("offer", m(offer)),
                ("offer_year", offer_year.to_string()),
                ("line", text_line.to_string()),
                ("contributions", m(contributions)),
                ("offer_total", m(offer_total)),
            ],
        ),
        FindingKind::TotalInWords {
            text_line,
            words: said,
            contributions,
        } => filled(
            words.total_in_words,
            &[
                ("line", text_line.to_string()),
                ("words", said.clone()),
                ("year", year),
                ("contributions", m(contributions)),
            ],
        ),
        _ => String::new(),
    }
}
