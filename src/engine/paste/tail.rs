//! One pasted line read as a row label and its amount cells: tab-separated cells as they are, or, in text
//! copied from Word or a PDF, the amounts at the end of the line, whose digit groups (`2 750 3 150 3 500`) are
//! split into as many amounts as the table has columns.

use crate::engine::money_text::{parse_amount_in, DisplayUnit};
use rust_decimal::Decimal;

/// A line's label and amount cells (`None`: an empty cell), in kronor.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SplitLine {
    /// The text before the amounts, trimmed.
    pub label: String,
    /// The amounts, left to right.
    pub cells: Vec<Option<Decimal>>,
    /// `t kr` / `tkr` / `tusen` written on the line (a unit heading such as `Tillgångar t kr t kr t kr`).
    pub unit_marks: usize,
    /// The digit groups could be read as amounts in more than one way; the first reading was taken.
    pub ambiguous: bool,
}

/// Why a line's amounts cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineProblem {
    /// A cell that is not an amount: its 1-based column and text.
    Cell {
        /// 1-based column of the amounts (not counting the label).
        column: usize,
        /// The cell's text.
        text: String,
    },
    /// More amounts than the table has year columns.
    TooMany {
        /// How many amounts the line has at least.
        found: usize,
    },
}

/// Reads one line. `columns` is the number of year columns (at least 1); `unit` applies to bare numbers;
/// `first_amount_cell` is, for tab-separated text, the cell under the first year (from the heading row).
pub fn split_line(
    line: &str,
    columns: usize,
    unit: DisplayUnit,
    first_amount_cell: Option<usize>,
) -> Result<SplitLine, LineProblem> {
    if line.contains('\t') {
        split_tabbed(line, columns, unit, first_amount_cell)
    } else {
        split_spaced(line, columns, unit)
    }
}

/// Counts the unit marks (`t kr`, `tkr`, `tusen`, `TSEK`) in `text`.
pub fn unit_marks(text: &str) -> usize {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    let mut count = 0;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].trim_end_matches('.');
        if matches!(w, "tkr" | "tusen" | "tsek" | "ksek") {
            count += 1;
        } else if w == "t"
            && words
                .get(i + 1)
                .is_some_and(|n| n.trim_end_matches('.') == "kr")
        {
            count += 1;
            i += 1;
        }
        i += 1;
    }
    count
}

fn split_tabbed(
    line: &str,
    columns: usize,
    unit: DisplayUnit,
    first_amount_cell: Option<usize>,
) -> Result<SplitLine, LineProblem> {
    let raw: Vec<&str> = line.split('\t').map(str::trim).collect();
    // The label: the cells before the first year's column; without a heading, the cells before the first
    // amount that is not an account code in front of a name (`4010 | Lönekostnader | 100 000`).
    let is_amount = |cell: &str| read_cell(cell, unit).is_some();
    let label_end = first_amount_cell.unwrap_or_else(|| {
        (0..raw.len())
            .find(|&i| {
                is_amount(raw[i])
                    && raw
                        .get(i + 1)
                        .is_none_or(|next| next.is_empty() || is_amount(next))
            })
            .unwrap_or(raw.len())
    });
    let label_end = label_end.min(raw.len());
    let label = raw[..label_end]
        .iter()
        .filter(|c| !c.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    let mut cells: Vec<Option<Decimal>> = Vec::new();
    for (i, cell) in raw[label_end..].iter().enumerate() {
        if cell.is_empty() || is_unit_only(cell) {
            cells.push(None);
            continue;
        }
        match read_cell(cell, unit) {
            Some(amount) => cells.push(Some(amount)),
            None => {
                return Err(LineProblem::Cell {
                    column: i + 1,
                    text: (*cell).to_string(),
                })
            }
        }
    }
    while cells.last() == Some(&None) {
        cells.pop();
    }
    if cells.len() > columns {
        if let Some(pos) = cells.iter().skip(columns).position(Option::is_some) {
            return Err(LineProblem::TooMany {
                found: columns + pos + 1,
            });
        }
        cells.truncate(columns);
    }
    Ok(SplitLine {
        label,
        cells,
        unit_marks: unit_marks(line),
        ambiguous: false,
    })
}

fn is_unit_only(cell: &str) -> bool {
    let lower = cell.to_lowercase();
    matches!(
        lower.trim(),
        "kr" | "t kr" | "tkr" | "tkr." | "sek" | "tsek" | "ksek"
    )
}

/// Reads a cell: `parse_amount_in` plus accounting parentheses `(204 000)`; `None` if it is not an amount.
pub fn read_cell(cell: &str, unit: DisplayUnit) -> Option<Decimal> {
    let text = cell.trim();
    if let Some(inner) = text.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        return parse_amount_in(inner, unit).ok().map(|a| -a);
    }
    parse_amount_in(text, unit).ok()
}

/// One piece of the amounts at the end of a spaced line.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    /// Digits, maybe with decimals (`000,00`), maybe opening or closing a parenthesis.
    Group {
        digits: String,
        decimals: Option<String>,
        open: bool,
        close: bool,
        /// Two or more spaces (or none possible) before it: it starts a new amount.
        hard_break_before: bool,
    },
    /// A dash: after an amount its minus sign, alone an empty cell.
    Dash,
}

fn split_spaced(line: &str, columns: usize, unit: DisplayUnit) -> Result<SplitLine, LineProblem> {
    let marks = unit_marks(line);
    let tokens = tokens_with_gaps(line);
    let mut start = tokens.len();
    while start > 0 && is_tail_token(&tokens[start - 1].0) {
        start -= 1;
    }
    let label_end = tokens.get(start).map_or(line.len(), |t| t.2);
    let label = strip_unit_words(line[..label_end].trim());
    let pieces = pieces_of(&tokens[start..]);
    let (cells, ambiguous) = amounts_of(&pieces, columns, unit)?;
    Ok(SplitLine {
        label,
        cells,
        unit_marks: marks,
        ambiguous,
    })
}

/// The whitespace-separated tokens with their gap before (number of spaces) and their byte offset.
fn tokens_with_gaps(line: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut gap = 0;
    let mut current = String::new();
    let mut begin = 0;
    let mut gap_before = 0;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if !current.is_empty() {
                out.push((std::mem::take(&mut current), gap_before, begin));
                gap = 0;
            }
            gap += 1;
        } else {
            if current.is_empty() {
                begin = i;
                gap_before = gap;
            }
            current.push(c);
        }
    }
    if !current.is_empty() {
        out.push((current, gap_before, begin));
    }
    out
}

fn is_dash(token: &str) -> bool {
    matches!(token, "-" | "−" | "–" | "‒" | "—")
}

fn is_unit_word(token: &str) -> bool {
    matches!(
        token.to_lowercase().trim_end_matches('.'),
        "kr" | "t" | "tkr" | "sek" | "tsek" | "ksek" | "kronor"
    )
}

/// A token that can be part of the amounts: digits (with `,dd`, parentheses, a unit glued on), a dash, a unit.
fn is_tail_token(token: &str) -> bool {
    if is_dash(token) || is_unit_word(token) {
        return true;
    }
    let core = digits_part(token);
    !core.is_empty() && core.chars().all(|c| c.is_ascii_digit() || c == ',')
}

/// The digits of a token without parentheses, a trailing dash or a glued-on `kr`.
fn digits_part(token: &str) -> String {
    let t = token.trim_start_matches('(').trim_end_matches(')');
    let t = t
        .strip_suffix("kr")
        .or_else(|| t.strip_suffix("Kr"))
        .unwrap_or(t);
    let t = t.trim_end_matches('-');
    t.to_string()
}

fn strip_unit_words(label: &str) -> String {
    let words: Vec<&str> = label.split_whitespace().collect();
    let mut kept: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let lower = words[i].to_lowercase();
        let next_is_kr = words.get(i + 1).is_some_and(|n| n.to_lowercase() == "kr");
        if lower == "t" && next_is_kr {
            i += 2;
        } else if matches!(lower.as_str(), "tkr" | "tkr." | "tsek" | "ksek") {
            i += 1;
        } else {
            kept.push(words[i]);
            i += 1;
        }
    }
    kept.join(" ")
}

fn pieces_of(tokens: &[(String, usize, usize)]) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut first = true;
    for (token, gap, _) in tokens {
        if is_dash(token) {
            pieces.push(Piece::Dash);
            continue;
        }
        if is_unit_word(token) {
            continue;
        }
        let open = token.starts_with('(');
        let close = token.trim_end_matches('-').ends_with(')');
        let core = digits_part(token);
        let (digits, decimals) = match core.split_once(',') {
            Some((d, f)) => (d.to_string(), Some(f.to_string())),
            None => (core, None),
        };
        pieces.push(Piece::Group {
            digits,
            decimals,
            open,
            close,
            hard_break_before: first || *gap >= 2,
        });
        if token.ends_with('-') && token.len() > 1 {
            pieces.push(Piece::Dash);
        }
        first = false;
    }
    pieces
}

/// One amount being put together from digit groups.
#[derive(Debug, Clone, Default)]
struct Amount {
    text: String,
    negative: bool,
}

/// Splits the pieces into at most `columns` amounts (as many as possible), left-aligned.
fn amounts_of(
    pieces: &[Piece],
    columns: usize,
    unit: DisplayUnit,
) -> Result<(Vec<Option<Decimal>>, bool), LineProblem> {
    let groups: Vec<usize> = (0..pieces.len())
        .filter(|&i| matches!(pieces[i], Piece::Group { .. }))
        .collect();
    // For each group after the first: must it start a new amount, may it, or can it not?
    let mut must = Vec::new();
    let mut may = Vec::new();
    for (n, &i) in groups.iter().enumerate() {
        let Piece::Group {
            digits,
            open,
            hard_break_before,
            ..
        } = &pieces[i]
        else {
            continue;
        };
        let previous = n.checked_sub(1).map(|p| &pieces[groups[p]]);
        let dash_between = n > 0 && pieces[groups[n - 1]..i].contains(&Piece::Dash);
        let continuable = digits.len() == 3
            && !*open
            && !dash_between
            && !*hard_break_before
            && matches!(previous, Some(Piece::Group { decimals: None, close: false, digits: d, .. }) if d.len() <= 3);
        // After a group of one or two digits a three-digit group is always its thousands (`7 550`); after a
        // three-digit group it may start the next amount (`600 600`), unless it begins with 0 (`1 000`).
        let after_short = matches!(previous, Some(Piece::Group { digits: d, .. }) if d.len() < 3);
        let can_lead = (digits == "0" || !digits.starts_with('0')) && !after_short;
        if n == 0 || !continuable {
            must.push(n);
        } else if can_lead {
            may.push(n);
        }
    }
    let dashes_alone = lone_dashes(pieces);
    let fixed = must.len() + dashes_alone;
    if fixed > columns {
        return Err(LineProblem::TooMany { found: fixed });
    }
    let extra = (columns - fixed).min(may.len());
    let ambiguous = extra > 0 && extra < may.len();
    let chosen = choose_splits(&must, &may, extra, groups.len());
    let mut starts: Vec<usize> = must.iter().chain(chosen.iter()).copied().collect();
    starts.sort_unstable();
    let cells = assemble(pieces, &starts, unit)?;
    Ok((cells, ambiguous))
}

/// Dashes that stand for an empty cell (not the minus sign of the amount before them).
fn lone_dashes(pieces: &[Piece]) -> usize {
    let mut count = 0;
    let mut after_amount = false;
    for piece in pieces {
        match piece {
            Piece::Group { .. } => after_amount = true,
            Piece::Dash if after_amount => after_amount = false,
            Piece::Dash => count += 1,
        }
    }
    count
}

/// Picks `extra` optional split points: those that make the amounts' digit-group counts most even, and
/// among equals the leftmost.
fn choose_splits(must: &[usize], may: &[usize], extra: usize, total: usize) -> Vec<usize> {
    if extra == 0 {
        return Vec::new();
    }
    if extra == may.len() {
        return may.to_vec();
    }
    let mut best: Option<(usize, Vec<usize>)> = None;
    let mut pick = Vec::new();
    search(may, extra, 0, &mut pick, &mut |chosen| {
        let mut starts: Vec<usize> = must.iter().chain(chosen.iter()).copied().collect();
        starts.sort_unstable();
        let sizes: Vec<usize> = starts
            .iter()
            .zip(starts.iter().skip(1).chain(std::iter::once(&total)))
            .map(|(a, b)| b - a)
            .collect();
        let spread = sizes.iter().max().unwrap_or(&0) - sizes.iter().min().unwrap_or(&0);
        if best.as_ref().is_none_or(|(s, _)| spread < *s) {
            best = Some((spread, chosen.to_vec()));
        }
    });
    best.map(|(_, c)| c).unwrap_or_default()
}

fn search(
    may: &[usize],
    left: usize,
    from: usize,
    pick: &mut Vec<usize>,
    visit: &mut dyn FnMut(&[usize]),
) {
    if left == 0 {
        visit(pick);
        return;
    }
    // Bounded: a line has a handful of digit groups.
    for i in from..may.len() {
        if may.len() - i < left {
            break;
        }
        pick.push(may[i]);
        search(may, left - 1, i + 1, pick, visit);
        pick.pop();
    }
}

fn assemble(
    pieces: &[Piece],
    starts: &[usize],
    unit: DisplayUnit,
) -> Result<Vec<Option<Decimal>>, LineProblem> {
    let mut cells = Vec::new();
    let mut current: Option<Amount> = None;
    let mut group_no = 0;
    let flush = |amount: Amount, cells: &mut Vec<Option<Decimal>>| -> Result<(), LineProblem> {
        let text = if amount.negative {
            format!("-{}", amount.text)
        } else {
            amount.text.clone()
        };
        match read_cell(&text, unit) {
            Some(value) => {
                cells.push(Some(value));
                Ok(())
            }
            None => Err(LineProblem::Cell {
                column: cells.len() + 1,
                text: amount.text,
            }),
        }
    };
    for piece in pieces {
        match piece {
            // After an amount its minus sign; alone an empty cell (zero).
            Piece::Dash => match current.take() {
                Some(mut amount) => {
                    amount.negative = true;
                    flush(amount, &mut cells)?;
                }
                None => cells.push(Some(Decimal::ZERO)),
            },
            Piece::Group {
                digits,
                decimals,
                open,
                ..
            } => {
                if starts.contains(&group_no) {
                    if let Some(amount) = current.take() {
                        flush(amount, &mut cells)?;
                    }
                    current = Some(Amount {
                        negative: *open,
                        ..Amount::default()
                    });
                }
                if let Some(amount) = current.as_mut() {
                    if !amount.text.is_empty() {
                        amount.text.push(' ');
                    }
                    amount.text.push_str(digits);
                    if let Some(d) = decimals {
                        amount.text.push(',');
                        amount.text.push_str(d);
                    }
                }
                group_no += 1;
            }
        }
    }
    if let Some(amount) = current.take() {
        flush(amount, &mut cells)?;
    }
    Ok(cells)
}
