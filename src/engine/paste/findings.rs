//! The check of a pasted table on its own printed figures, before anything is computed: the year heading
//! against the columns, the ½/¼/¼ rule of the printed contributions, every printed subtotal and total against
//! its rows, available funds, result and closing equity, the carry-forward from one year's closing to the
//! next year's opening, an empty subtotal under lines, and the equity verdict on the printed figures.

use super::{PastedRow, PastedTable, RowKind, Total};
use crate::engine::equity::{equity_check, EquityStatus};
use crate::engine::model::{EquityStep, PartyKind, Year};
use crate::engine::money::Money;
use crate::engine::money_text::round_ore;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// One finding, with the row (line and label), the year and the amounts it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The line of the pasted text (`None`: about the table as a whole).
    pub line: Option<usize>,
    /// The row's label as printed.
    pub label: String,
    /// The year (column), if the finding is about one.
    pub year: Option<Year>,
    /// What is wrong.
    pub kind: FindingKind,
}

/// What a finding says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum FindingKind {
    /// The heading names more years than have amounts.
    HeadingYears {
        /// The heading's years.
        heading: Vec<Year>,
        /// The years with amounts.
        columns: Vec<Year>,
    },
    /// The income block is headed "Tillgångar" (assets).
    AssetsHeading,
    /// A printed figure differs from what its rows give.
    Differs {
        /// What the figure should be (in words: "summan av raderna", …).
        rule: Rule,
        /// As printed.
        printed: Money,
        /// From the printed rows.
        expected: Money,
    },
    /// The state's printed half is not the region's and the municipalities' together, or those differ.
    SplitRule {
        /// State (Försäkringskassan incl. AF).
        state: Money,
        /// Regions together.
        regions: Money,
        /// Municipalities together.
        municipalities: Money,
    },
    /// A subtotal row without amounts under lines that have them.
    EmptySubtotal,
    /// On the printed figures the closing equity is above the recommendation.
    EquityOver {
        /// Printed closing equity.
        closing: Money,
        /// Printed contributions.
        contributions: Money,
        /// closing / contributions.
        #[serde(with = "crate::engine::decimal_serde")]
        #[cfg_attr(test, schemars(with = "crate::engine::decimal_serde::DecimalText"))]
        share: Decimal,
        /// The recommended maximum.
        max: Money,
    },
    /// A year with amounts lacks totals (or the opening equity) that the other years print.
    MissingInYear {
        /// The rows' labels.
        labels: Vec<String>,
    },
    /// A heading names another budget year than the document decides (text).
    BudgetYearHeading {
        /// The heading as written.
        heading: String,
        /// Its line in the text.
        heading_line: usize,
        /// The year the document is about.
        year: Year,
        /// Where the document says so ("Fastställa budgeten för 2016").
        source: String,
        /// Its line in the text.
        source_line: usize,
    },
    /// An amount in a year after the end of funding the text gives the row.
    FundsAfterEnd {
        /// The amount.
        amount: Money,
        /// The text's words ("till och med 2016").
        phrase: String,
        /// Their line in the text.
        text_line: usize,
    },
    /// Funds for part of the year (to September) as large as the whole year before.
    PartYearFull {
        /// The amount of the part year.
        amount: Money,
        /// Its months (9: January–September).
        months: u8,
        /// The text's words ("till september 2016").
        phrase: String,
        /// Their line in the text.
        text_line: usize,
        /// The whole year before.
        before: Money,
    },
    /// A cost row the text never names.
    NotInText,
    /// A share worked out in words that does not hold ("20 % … cirka en miljon kr … på 6 miljoner kr").
    ShareInWords {
        /// The line in the text.
        text_line: usize,
        /// The amount as the text writes it ("cirka en miljon kr").
        stated_words: String,
        /// The share (0,20).
        #[serde(with = "crate::engine::decimal_serde")]
        #[cfg_attr(test, schemars(with = "crate::engine::decimal_serde::DecimalText"))]
        share: Decimal,
        /// What it is taken of, as the text says.
        base: Money,
        /// share × base.
        computed: Money,
        /// The budget year, its contributions in the table and the share of those.
        actual: Option<(Year, Money, Money)>,
    },
    /// The text says the goal is reached, the printed equity is above the recommendation.
    GoalClaimed {
        /// The line in the text.
        text_line: usize,
        /// The words ("uppnått dessa mål").
        words: String,
        /// The years above the recommendation on the printed figures.
        years: Vec<Year>,
    },
    /// The state pays more in a plan year than the highest allocation the text names.
    AboveStateOffer {
        /// The state's part in the table.
        state: Money,
        /// The highest state allocation named.
        offer: Money,
        /// The year it was offered for.
        offer_year: Year,
        /// Its line in the text.
        text_line: usize,
        /// The contributions of the plan year.
        contributions: Money,
        /// The contributions the offer gives with matching parts (2 × offer).
        offer_total: Money,
    },
    /// The total allocation in words differs from the contributions of the budget year.
    TotalInWords {
        /// The line in the text.
        text_line: usize,
        /// The words ("sammanlagd tilldelning på 6,3 miljoner").
        words: String,
        /// The contributions in the table.
        contributions: Money,
    },
}

/// Which arithmetic rule a printed figure breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// A subtotal: the sum of its rows.
    SumOfRows,
    /// Tillgängliga medel = ingående eget kapital + summa intäkter.
    Available,
    /// Resultat = summa intäkter − summa kostnader.
    Result,
    /// Utgående = tillgängliga medel (eller ingående + intäkter) − kostnader.
    Closing,
    /// Nästa års ingående = förra årets utgående.
    CarryForward,
}

/// Checks `table` on its own printed figures (the equity verdict with `steps`).
pub fn findings(table: &PastedTable, steps: &[EquityStep]) -> Vec<Finding> {
    let mut out = Vec::new();
    if table.heading_years.len() > table.years.len() {
        out.push(whole(
            None,
            FindingKind::HeadingYears {
                heading: table.heading_years.clone(),
                columns: table.years.clone(),
            },
        ));
    }
    if let Some(row) = table
        .rows
        .iter()
        .find(|r| r.cells.is_empty() && r.label.to_lowercase().starts_with("tillgång"))
    {
        out.push(at(row, None, FindingKind::AssetsHeading));
    }
    subtotals(table, &mut out);
    for (column, &year) in table.years.iter().enumerate() {
        year_rules(table, column, year, steps, &mut out);
    }
    missing_in_years(table, &mut out);
    out
}

/// The table's findings and, with the document's text, the text's ([`super::text::text_findings`]).
pub fn document_findings(
    table: &PastedTable,
    text: Option<&str>,
    steps: &[EquityStep],
) -> Vec<Finding> {
    let mut out = findings(table, steps);
    if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
        let over: Vec<Year> = out
            .iter()
            .filter(|f| matches!(f.kind, FindingKind::EquityOver { .. }))
            .filter_map(|f| f.year)
            .collect();
        out.extend(super::text::text_findings(table, text, &over));
    }
    out
}

/// The member contributions of a column: the printed total, else the members' rows (`None`: neither).
pub(super) fn contributions_in(table: &PastedTable, column: usize) -> Option<Money> {
    printed(table, RowKind::Contributions, column)
        .map(|(_, m)| m)
        .or_else(|| {
            let parties = rows_of(table, |k| matches!(k, RowKind::Party(_)));
            parties
                .iter()
                .any(|r| cell(r, column).is_some())
                .then(|| sum(&parties, column, Decimal::ONE))
        })
}

/// The state's printed part of a column (Försäkringskassan incl. Arbetsförmedlingen), if printed.
pub(super) fn state_in(table: &PastedTable, column: usize) -> Option<Money> {
    let state = rows_of(table, |k| {
        matches!(
            k,
            RowKind::Party(PartyKind::Forsakringskassan | PartyKind::Arbetsformedlingen)
        )
    });
    state
        .iter()
        .any(|r| cell(r, column).is_some())
        .then(|| sum(&state, column, Decimal::ONE))
}

/// Years with amounts that lack a total (or the opening equity) another year prints.
fn missing_in_years(table: &PastedTable, out: &mut Vec<Finding>) {
    let totals = rows_of(table, |k| {
        matches!(k, RowKind::Stated(_) | RowKind::OpeningEquity)
    });
    for (column, &year) in table.years.iter().enumerate() {
        let has_amounts = table.rows.iter().any(|r| cell(r, column).is_some());
        let labels: Vec<String> = totals
            .iter()
            .filter(|r| cell(r, column).is_none() && r.cells.iter().flatten().next().is_some())
            .map(|r| r.label.clone())
            .collect();
        if has_amounts && !labels.is_empty() {
            out.push(whole(Some(year), FindingKind::MissingInYear { labels }));
        }
    }
}

/// A finding about the table or the text as a whole (in `year`, if about one), not one row.
pub(super) fn whole(year: Option<Year>, kind: FindingKind) -> Finding {
    Finding {
        line: None,
        label: String::new(),
        year,
        kind,
    }
}

/// A finding about `row` (in `year`, if about one).
pub(super) fn at(row: &PastedRow, year: Option<Year>, kind: FindingKind) -> Finding {
    Finding {
        line: Some(row.line),
        label: row.label.clone(),
        year,
        kind,
    }
}

fn cell(row: &PastedRow, column: usize) -> Option<Money> {
    row.cells.get(column).copied().flatten().map(Money::new)
}

fn sum(rows: &[&PastedRow], column: usize, sign: Decimal) -> Money {
    Money::new(
        rows.iter()
            .filter_map(|r| cell(r, column))
            .map(|m| m.amount() * sign)
            .sum(),
    )
}

/// Group subtotals against their lines, and empty subtotals under lines.
fn subtotals(table: &PastedTable, out: &mut Vec<Finding>) {
    let sign = cost_sign(&table.rows);
    let mut group: Vec<&PastedRow> = Vec::new();
    for row in &table.rows {
        match row.kind {
            RowKind::Heading => group.clear(),
            RowKind::CostLine => group.push(row),
            RowKind::Stated(Total::Group) => {
                if row.cells.iter().all(Option::is_none)
                    && group.iter().any(|l| !l.cells.is_empty())
                {
                    out.push(at(row, None, FindingKind::EmptySubtotal));
                }
                for (column, &year) in table.years.iter().enumerate() {
                    if let Some(printed) = cell(row, column) {
                        let expected = sum(&group, column, Decimal::ONE);
                        differs(
                            out,
                            row,
                            year,
                            Rule::SumOfRows,
                            Money::new(printed.amount() * sign),
                            Money::new(expected.amount() * sign),
                        );
                    }
                }
                group.clear();
            }
            _ => {}
        }
    }
}

/// `-1` when costs are printed as negative amounts (then the comparisons are made on their size).
fn cost_sign(rows: &[PastedRow]) -> Decimal {
    if super::costs_printed_negative(rows) {
        -Decimal::ONE
    } else {
        Decimal::ONE
    }
}

fn differs(
    out: &mut Vec<Finding>,
    row: &PastedRow,
    year: Year,
    rule: Rule,
    printed: Money,
    expected: Money,
) {
    if printed != expected {
        out.push(at(
            row,
            Some(year),
            FindingKind::Differs {
                rule,
                printed,
                expected,
            },
        ));
    }
}

fn rows_of(table: &PastedTable, pick: impl Fn(RowKind) -> bool) -> Vec<&PastedRow> {
    table.rows.iter().filter(|r| pick(r.kind)).collect()
}

fn printed(table: &PastedTable, kind: RowKind, column: usize) -> Option<(&PastedRow, Money)> {
    table
        .rows
        .iter()
        .filter(|r| r.kind == kind)
        .find_map(|r| cell(r, column).map(|m| (r, m)))
}

/// The rules within one year's column, and the carry-forward into it.
fn year_rules(
    table: &PastedTable,
    column: usize,
    year: Year,
    steps: &[EquityStep],
    out: &mut Vec<Finding>,
) {
    let sign = cost_sign(&table.rows);
    let parties = rows_of(table, |k| matches!(k, RowKind::Party(_)));
    let side = |kinds: &[PartyKind]| {
        sum(
            &rows_of(
                table,
                |k| matches!(k, RowKind::Party(p) if kinds.contains(&p)),
            ),
            column,
            Decimal::ONE,
        )
    };
    let state = side(&[PartyKind::Forsakringskassan, PartyKind::Arbetsformedlingen]);
    let (regions, municipalities) = (side(&[PartyKind::Region]), side(&[PartyKind::Municipality]));
    if parties.iter().any(|r| cell(r, column).is_some())
        && (state.amount() != regions.amount() + municipalities.amount()
            || regions != municipalities)
    {
        if let Some(first) = parties.first() {
            out.push(at(
                first,
                Some(year),
                FindingKind::SplitRule {
                    state,
                    regions,
                    municipalities,
                },
            ));
        }
    }
    if let (Some((row, total)), false) = (
        printed(table, RowKind::Contributions, column),
        parties.is_empty(),
    ) {
        differs(
            out,
            row,
            year,
            Rule::SumOfRows,
            total,
            sum(&parties, column, Decimal::ONE),
        );
    }
    let contributions = contributions_in(table, column).unwrap_or(Money::ZERO);
    let other = sum(
        &rows_of(table, |k| k == RowKind::OtherIncome),
        column,
        Decimal::ONE,
    );
    let income_rows = Money::new(contributions.amount() + other.amount());
    let income = match printed(table, RowKind::Stated(Total::Income), column) {
        Some((row, total)) => {
            differs(out, row, year, Rule::SumOfRows, total, income_rows);
            total
        }
        None => income_rows,
    };
    let lines = sum(&rows_of(table, |k| k == RowKind::CostLine), column, sign);
    let costs = match printed(table, RowKind::Stated(Total::Costs), column) {
        Some((row, total)) => {
            let total = Money::new(total.amount() * sign);
            differs(out, row, year, Rule::SumOfRows, total, lines);
            total
        }
        None => lines,
    };
    let opening = printed(table, RowKind::OpeningEquity, column).map(|(_, m)| m);
    let available = match (
        printed(table, RowKind::Stated(Total::Available), column),
        opening,
    ) {
        (Some((row, total)), Some(opening)) => {
            differs(
                out,
                row,
                year,
                Rule::Available,
                total,
                Money::new(opening.amount() + income.amount()),
            );
            Some(total)
        }
        (Some((_, total)), None) => Some(total),
        (None, Some(opening)) => Some(Money::new(opening.amount() + income.amount())),
        (None, None) => None,
    };
    if let Some((row, result)) = printed(table, RowKind::Stated(Total::Result), column) {
        differs(
            out,
            row,
            year,
            Rule::Result,
            result,
            Money::new(income.amount() - costs.amount()),
        );
    }
    let closing = printed(table, RowKind::Stated(Total::Closing), column);
    if let (Some((row, total)), Some(available)) = (closing, available) {
        differs(
            out,
            row,
            year,
            Rule::Closing,
            total,
            Money::new(available.amount() - costs.amount()),
        );
    }
    if let (Some(previous), Some((row, opening))) = (
        column.checked_sub(1),
        printed(table, RowKind::OpeningEquity, column),
    ) {
        if let Some((_, closed)) = printed(table, RowKind::Stated(Total::Closing), previous) {
            differs(out, row, year, Rule::CarryForward, opening, closed);
        }
    }
    if let Some((row, closing)) = closing {
        if let Ok(check) = equity_check(steps, contributions, closing) {
            if let (EquityStatus::Over, Some(share), Some(max)) = (
                check.status,
                check.share_of_contributions,
                check.recommended_max,
            ) {
                out.push(at(
                    row,
                    Some(year),
                    FindingKind::EquityOver {
                        closing,
                        contributions,
                        share,
                        // Kept to the öre, as every stored amount (20 % of 1 234,57 kr is 246,914).
                        max: Money::new(round_ore(max.amount())),
                    },
                ));
            }
        }
    }
}

/// `2015–2017`, or one year alone.
pub fn span(years: &[Year]) -> String {
    match (years.first(), years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.to_string(),
        _ => String::new(),
    }
}
