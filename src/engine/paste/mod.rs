//! "Klistra in tabell": a budget table copied from Word, Excel, LibreOffice or a PDF viewer, read into rows
//! with a guessed meaning each ([`read_table`]), which the user may change, and then built into a förbund
//! ([`build::workspace_from`]). Reading changes nothing; every refusal names the row and column.

pub mod build;
pub mod finding_words;
pub mod findings;
mod guess;
pub mod source;
pub mod tail;
pub mod text;

use crate::engine::model::{PartyKind, Year};
use crate::engine::money_text::DisplayUnit;
use rust_decimal::Decimal;
use tail::{split_line, unit_marks, LineProblem};

/// Longest text read (characters); a budget table is a few thousand.
pub const MAX_PASTE_CHARS: usize = 200_000;

/// What a pasted row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RowKind {
    /// A heading without amounts: in the costs it starts a cost group.
    Heading,
    /// One member's contribution.
    Party(PartyKind),
    /// The member contributions together (medlemsavgifter).
    Contributions,
    /// An other-income line (räntor, övriga intäkter).
    OtherIncome,
    /// Opening equity (ingående överskott, sparade medel).
    OpeningEquity,
    /// A cost line of the current group.
    CostLine,
    /// A total as printed in the document, kept as a stated figure and checked.
    Stated(Total),
    /// Not used.
    Ignored,
}

/// The totals a document prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Total {
    /// Summa övriga intäkter.
    OtherIncome,
    /// Summa intäkter.
    Income,
    /// Tillgängliga medel: opening equity + income.
    Available,
    /// Summa of the current cost group.
    Group,
    /// Summa kostnader.
    Costs,
    /// Periodens resultat.
    Result,
    /// Utgående eget kapital / medel till förfogande.
    Closing,
}

/// One row of the pasted table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedRow {
    /// The line in the pasted text (1-based).
    pub line: usize,
    /// The label as written.
    pub label: String,
    /// One amount per year column, in kronor (`None`: empty).
    pub cells: Vec<Option<Decimal>>,
    /// What it is (a guess until the user changes it).
    pub kind: RowKind,
    /// Its amounts could be split into columns in more than one way.
    pub ambiguous: bool,
}

/// The pasted table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastedTable {
    /// The first text line before the years (the document's heading), if any.
    pub title: Option<String>,
    /// The years of the columns.
    pub years: Vec<Year>,
    /// The years as the heading row wrote them (may be more than there are columns).
    pub heading_years: Vec<Year>,
    /// kr or t kr, as the table says.
    pub unit: DisplayUnit,
    /// The rows with a label or amounts.
    pub rows: Vec<PastedRow>,
}

/// Why a pasted text is refused. Nothing has changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasteError {
    /// Nothing but white space.
    Empty,
    /// Longer than [`MAX_PASTE_CHARS`].
    TooLong {
        /// Its length in characters.
        chars: usize,
    },
    /// HTML source rather than a table's text.
    Html,
    /// No row with amounts.
    NoAmounts,
    /// Amounts, but no row that a budget has (medlemsavgifter, summa …, ingående …).
    NotABudget,
    /// A cell that is not an amount.
    Cell {
        /// Line in the pasted text (1-based).
        line: usize,
        /// The row's label.
        label: String,
        /// Column of the amounts (1-based).
        column: usize,
        /// The cell as written.
        text: String,
    },
    /// More amounts than year columns.
    TooManyAmounts {
        /// Line in the pasted text (1-based).
        line: usize,
        /// The row's label.
        label: String,
        /// Amounts found.
        found: usize,
        /// Year columns.
        columns: usize,
    },
    /// The years are not consecutive, or more than five.
    Years,
    /// A contribution row that is none of the open förbund's members.
    UnknownMember {
        /// Line in the pasted text (1-based).
        line: usize,
        /// The row's label.
        label: String,
    },
}

impl PasteError {
    /// The message for the user, in Swedish.
    pub fn message_sv(&self) -> String {
        match self {
            PasteError::Empty => "Klistra in tabellen i rutan först.".to_string(),
            PasteError::TooLong { chars } => format!(
                "Texten är för lång ({chars} tecken, högst {MAX_PASTE_CHARS}). Kopiera bara budgettabellen."
            ),
            PasteError::Html => "Det här är HTML-kod, inte en tabell. Markera tabellen i dokumentet och kopiera den \
                 (Ctrl+C), klistra sedan in här."
                .to_string(),
            PasteError::NoAmounts => "Texten innehåller inga belopp. Kopiera budgettabellen med dess belopp.".to_string(),
            PasteError::NotABudget => "Hittade ingen budgettabell: ingen rad heter som en budgetrad (Medlemsavgifter, \
                 Summa intäkter, Ingående eget kapital, Summa kostnader …)."
                .to_string(),
            PasteError::Cell { line, label, column, text } => format!(
                "Rad {line} ({label}), kolumn {column}: ”{text}” är inte ett belopp."
            ),
            PasteError::TooManyAmounts { line, label, found, columns } => format!(
                "Rad {line} ({label}): {found} belopp men tabellen har {columns} årskolumner. \
                 Är celler sammanslagna? Kopiera från Excel (tabbar mellan cellerna) eller ange fler år."
            ),
            PasteError::Years => "Åren måste följa på varandra och vara högst fem.".to_string(),
            PasteError::UnknownMember { line, label } => format!(
                "Rad {line} ({label}) är inte en av förbundets medlemmar. Lägg till medlemmen under Översikt, \
                 välj en annan tolkning av raden, eller skapa ett nytt förbund av tabellen."
            ),
        }
    }
}

impl PasteError {
    /// The message for the user, in English.
    pub fn message_en(&self) -> String {
        match self {
            PasteError::Empty => "Paste the table into the box first.".to_string(),
            PasteError::TooLong { chars } => format!(
                "The text is too long ({chars} characters, at most {MAX_PASTE_CHARS}). Copy only the budget table."
            ),
            PasteError::Html => "This is HTML code, not a table. Select the table in the document, copy it (Ctrl+C) \
                 and paste it here."
                .to_string(),
            PasteError::NoAmounts => "The text has no amounts. Copy the budget table with its amounts.".to_string(),
            PasteError::NotABudget => "No budget table found: no row is named like a budget row (Medlemsavgifter, \
                 Summa intäkter, Ingående eget kapital, Summa kostnader …)."
                .to_string(),
            PasteError::Cell { line, label, column, text } => {
                format!("Line {line} ({label}), column {column}: “{text}” is not an amount.")
            }
            PasteError::TooManyAmounts { line, label, found, columns } => format!(
                "Line {line} ({label}): {found} amounts but the table has {columns} year columns. Are cells merged? \
                 Copy from Excel (tabs between the cells) or give more years."
            ),
            PasteError::Years => "The years must follow each other and be at most five.".to_string(),
            PasteError::UnknownMember { line, label } => format!(
                "Line {line} ({label}) is not one of the förbund's members. Add the member under Overview, read the \
                 row differently, or create a new förbund from the table."
            ),
        }
    }
}

/// How to read the table when it does not say so itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOptions {
    /// The first year when the table has no year heading.
    pub first_year: Year,
    /// The number of year columns, if the user gives it (otherwise from the heading).
    pub columns: Option<usize>,
    /// kr or t kr, if the user gives it (otherwise from the text: `t kr` anywhere means t kr).
    pub unit: Option<DisplayUnit>,
}

/// Reads a pasted text into a table with a guessed meaning per row.
///
/// # Errors
/// A [`PasteError`] naming what cannot be read.
pub fn read_table(text: &str, options: ReadOptions) -> Result<PastedTable, PasteError> {
    let chars = text.chars().count();
    if chars > MAX_PASTE_CHARS {
        return Err(PasteError::TooLong { chars });
    }
    if text.trim().is_empty() {
        return Err(PasteError::Empty);
    }
    if looks_like_html(text) {
        return Err(PasteError::Html);
    }
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l))
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    let year_row = lines.iter().position(|(_, l)| years_of(l).is_some());
    let heading_years = year_row
        .and_then(|i| years_of(lines[i].1))
        .unwrap_or_default();
    let marks = lines.iter().map(|(_, l)| unit_marks(l)).max().unwrap_or(0);
    let unit = options.unit.unwrap_or(if marks > 0 {
        DisplayUnit::Tkr
    } else {
        DisplayUnit::Kr
    });
    let columns = options
        .columns
        .or((marks >= 2).then_some(marks))
        .or((!heading_years.is_empty()).then_some(heading_years.len()))
        .unwrap_or(1)
        .clamp(1, 5);
    let first = heading_years.first().copied().unwrap_or(options.first_year);
    let years: Vec<Year> = (0..columns)
        .filter_map(|i| first.checked_add(u16::try_from(i).ok()?))
        .collect();
    if years.len() != columns {
        return Err(PasteError::Years);
    }
    let title = year_row
        .and_then(|i| {
            lines[..i]
                .iter()
                .map(|(_, l)| l.trim())
                .find(|l| years_of(l).is_none())
        })
        .map(str::to_string);
    let body = &lines[year_row.map_or(0, |i| i + 1)..];
    let first_amount_cell = year_row.and_then(|i| {
        let cells: Vec<&str> = lines[i].1.split('\t').map(str::trim).collect();
        (cells.len() > 1)
            .then(|| cells.iter().position(|c| c.parse::<Year>().is_ok()))
            .flatten()
    });
    let (rows, problems) = read_rows(body, columns, unit, first_amount_cell);
    if rows.iter().all(|r| r.cells.iter().all(Option::is_none)) && problems.is_empty() {
        return Err(PasteError::NoAmounts);
    }
    let mut rows = guess::guess_kinds(merge_split_totals(rows));
    // Year columns without a single amount (a heading of four years over three columns) are not the table's.
    let used = rows.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut years = years;
    if used > 0 && used < years.len() {
        years.truncate(used);
        for row in &mut rows {
            row.cells.truncate(used);
        }
    }
    if !rows.iter().any(|r| guess::is_budget_row(r.kind)) {
        return Err(
            if rows.iter().any(|r| !r.cells.is_empty()) || !problems.is_empty() {
                PasteError::NotABudget
            } else {
                PasteError::NoAmounts
            },
        );
    }
    // A budget with a line that cannot be read: that line is named (after the test that it is a budget, so an
    // e-mail with a telephone number is "not a budget", not "line 5").
    if let Some(problem) = problems.into_iter().next() {
        return Err(problem);
    }
    Ok(PastedTable {
        title,
        years,
        heading_years,
        unit,
        rows,
    })
}

fn looks_like_html(text: &str) -> bool {
    let lower = text.to_lowercase();
    [
        "<table",
        "<html",
        "<td",
        "<tr",
        "<div",
        "<p>",
        "<body",
        "<!doctype",
    ]
    .iter()
    .any(|tag| lower.contains(tag))
}

/// The years of a heading row (`2015 2016 2017`, maybe after a word such as `Budget`), if it is one.
fn years_of(line: &str) -> Option<Vec<Year>> {
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || c == '\t')
        .filter(|w| !w.is_empty())
        .collect();
    let years: Vec<Year> = words
        .iter()
        .filter_map(|w| {
            w.parse::<Year>()
                .ok()
                .filter(|y| (1990..=2100).contains(y) && w.len() == 4)
        })
        .collect();
    let consecutive = years.windows(2).all(|p| p[1] == p[0].saturating_add(1));
    (!years.is_empty() && years.len() == words.len() && consecutive && years.len() <= 8)
        .then_some(years)
}

/// The rows that can be read, and the refusals of those that cannot (in order).
fn read_rows(
    lines: &[(usize, &str)],
    columns: usize,
    unit: DisplayUnit,
    first_amount_cell: Option<usize>,
) -> (Vec<PastedRow>, Vec<PasteError>) {
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    for &(line, text) in lines {
        let split = match split_line(text, columns, unit, first_amount_cell) {
            Ok(split) => split,
            Err(problem) => {
                let words = text
                    .split('\t')
                    .next()
                    .unwrap_or_default()
                    .split_whitespace();
                let label = words.take(6).collect::<Vec<_>>().join(" ");
                problems.push(match problem {
                    LineProblem::Cell { column, text } => PasteError::Cell {
                        line,
                        label,
                        column,
                        text,
                    },
                    LineProblem::TooMany { found } => PasteError::TooManyAmounts {
                        line,
                        label,
                        found,
                        columns,
                    },
                });
                continue;
            }
        };
        if split.label.is_empty() && split.cells.is_empty() {
            continue;
        }
        rows.push(PastedRow {
            line,
            label: split.label,
            cells: split.cells,
            kind: RowKind::Ignored,
            ambiguous: split.ambiguous,
        });
    }
    (rows, problems)
}

/// A "Summa …" label without amounts followed by an upper-case line with amounts is one label broken over
/// two lines (`SUMMA FÖRBUNDSKANSLIET` / `DRIFTSKOSTNADER 1 565 000 -`).
fn merge_split_totals(rows: Vec<PastedRow>) -> Vec<PastedRow> {
    let mut out: Vec<PastedRow> = Vec::with_capacity(rows.len());
    for row in rows {
        let joins = out.last().is_some_and(|prev| {
            prev.cells.is_empty()
                && guess::starts_with_summa(&prev.label)
                && !row.cells.is_empty()
                && !guess::starts_with_summa(&row.label)
                && !row.label.chars().any(char::is_lowercase)
        });
        if joins {
            if let Some(prev) = out.last_mut() {
                prev.label = format!("{} {}", prev.label, row.label);
                prev.cells = row.cells;
                prev.ambiguous = row.ambiguous;
                continue;
            }
        }
        out.push(row);
    }
    out
}

/// Costs printed as negative amounts (`204 000 -`): most cost lines are below zero.
pub(super) fn costs_printed_negative(rows: &[PastedRow]) -> bool {
    let (mut negative, mut positive) = (0usize, 0usize);
    for amount in rows
        .iter()
        .filter(|r| r.kind == RowKind::CostLine)
        .flat_map(|r| r.cells.iter().flatten())
    {
        if amount.is_sign_negative() && !amount.is_zero() {
            negative += 1;
        } else if !amount.is_zero() {
            positive += 1;
        }
    }
    negative > positive
}
