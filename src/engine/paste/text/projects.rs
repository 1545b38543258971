//! Which cost row of the table each part of the text is about (its name's words, inflected: "Utvärderingar"
//! is "utvärdering", "ComungIII" is "Comung3", "Kristallen" is "Kristallenprojektet"), and the end of the
//! funding the text gives it ("har medel till och med 2016", "till september 2016", "t.o.m. 2017").

use super::tokens::{quote, year_of, Token};
use crate::engine::model::Year;
use std::ops::Range;

/// Rows of the förbund's own running costs, which a text need not describe ("Kansli", "Revision"; "kompe" is
/// kompetensutveckling however it is spelt).
const OVERHEAD: [&str; 25] = [
    "kansli",
    "administration",
    "revision",
    "revisor",
    "personal",
    "lön",
    "lokal",
    "arvode",
    "styrelse",
    "förbundschef",
    "ekonomi",
    "redovisning",
    "kontor",
    "resor",
    "försäkring",
    "bankkostnad",
    "drift",
    "avgift",
    "föreningsavgift",
    "utbildning",
    "konferens",
    "kompe",
    "workshop",
    "seminari",
    "utvärdering",
];

/// Whether a row's naming words make it a running cost ([`OVERHEAD`]).
pub fn is_overhead(names: &[String]) -> bool {
    names
        .iter()
        .any(|n| OVERHEAD.iter().any(|o| n.starts_with(o)))
}

/// Words too common in cost rows to tell one from another.
const COMMON: [&str; 12] = [
    "projekt",
    "projektet",
    "insats",
    "insatser",
    "kostnader",
    "övriga",
    "förstudie",
    "förstudien",
    "summa",
    "totalt",
    "medel",
    "budget",
];

/// The words of a row label that name it: five letters or more, not [`COMMON`], a trailing number or
/// Roman numeral dropped ("ComungIII" → "comung").
pub fn naming_words(label: &str) -> Vec<String> {
    label
        .split(|c: char| !c.is_alphanumeric())
        .map(drop_numbering)
        .map(|w| w.to_lowercase())
        .filter(|w| w.chars().count() >= 5 && !COMMON.contains(&w.as_str()))
        .collect()
}

fn drop_numbering(word: &str) -> &str {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_digit());
    let roman = digits.trim_end_matches(['I', 'V', 'X']);
    if roman.chars().last().is_some_and(char::is_lowercase) {
        roman
    } else {
        digits
    }
}

/// Whether the text's word `word` is one of `names`, inflected: a name of up to seven letters begins the
/// word ("Krami" in "Kramiverksamhet"), a longer one differs from it at most in its last two letters
/// ("Utvärderingar" is "utvärdering"; "Samverkansresurs" is not "samverkan").
pub fn names(names: &[String], word: &str) -> bool {
    let word = drop_numbering(word);
    names.iter().any(|name| {
        let common = name
            .chars()
            .zip(word.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let length = name.chars().count();
        if length <= 7 {
            common == length
        } else {
            common + 2 >= length
        }
    })
}

/// The parts of the text about one thing each: split at bullets and headings, and at a line that starts
/// with a cost row's name.
pub fn items(tokens: &[Token], rows: &[(usize, Vec<String>)]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        // A line that starts with a row's name after a full stop (not a line wrapped mid-sentence).
        let after_stop = i
            .checked_sub(1)
            .is_none_or(|p| tokens[p].raw.ends_with(['.', '!', '?', ':']));
        let named =
            token.starts_line && after_stop && rows.iter().any(|(_, n)| names(n, &token.word));
        if i > start && (token.starts_item || named) {
            out.push(start..i);
            start = i;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// The row (index into the table's rows) an item is about: the first one it names.
pub fn subject(
    tokens: &[Token],
    item: Range<usize>,
    rows: &[(usize, Vec<String>)],
) -> Option<usize> {
    tokens[item].iter().find_map(|t| {
        rows.iter()
            .find(|(_, n)| names(n, &t.word))
            .map(|(row, _)| *row)
    })
}

/// An end of funding the text gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundsUntil {
    /// The last year with funds.
    pub year: Year,
    /// The last month of that year (12 when the text names the year alone).
    pub month: u8,
    /// The words as written ("till och med 2016").
    pub phrase: String,
    /// The line of the text.
    pub line: usize,
}

const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
];

/// The end of funding written in `item`: "till och med [månad] år", "t.o.m. [månad] år", or "till månad år"
/// (a bare "till 2016" says too little and is not read). Of several, the first one just after "medel",
/// "finansiering" or "beviljat" (what it is funded until, not "pågick som förstudie till och med 2026"),
/// else the last.
pub fn funds_until(tokens: &[Token], item: Range<usize>) -> Option<FundsUntil> {
    let ends: Vec<(usize, FundsUntil)> = item
        .clone()
        .filter_map(|i| end_at(tokens, item.clone(), i).map(|end| (i, end)))
        .collect();
    let funded = |(i, _): &&(usize, FundsUntil)| {
        tokens[i.saturating_sub(5).max(item.start)..*i]
            .iter()
            .any(|t| {
                t.word == "medel"
                    || t.word.starts_with("finansier")
                    || t.word.starts_with("beviljat")
            })
    };
    ends.iter()
        .find(funded)
        .or(ends.last())
        .map(|(_, end)| end.clone())
}

/// An end of funding written from token `i` of `item`, if one is.
fn end_at(tokens: &[Token], item: Range<usize>, i: usize) -> Option<FundsUntil> {
    {
        let word = |k: usize| {
            tokens
                .get(i + k)
                .filter(|_| i + k < item.end)
                .map(|t| t.word.as_str())
        };
        let (after, inclusive) = match (word(0)?, word(1), word(2)) {
            ("till", Some("och"), Some("med")) => (3, true),
            ("t.o.m" | "tom" | "t.o.m.", _, _) if word(1).and_then(year_or_month).is_some() => {
                (1, true)
            }
            ("till", _, _) => (1, false),
            _ => return None,
        };
        let mut k = after;
        if word(k) == Some("den") {
            k += 2;
        }
        let month = word(k).and_then(|w| MONTHS.iter().position(|m| *m == w));
        if month.is_some() {
            k += 1;
        } else if !inclusive {
            return None;
        }
        let year = word(k).and_then(year_of)?;
        Some(FundsUntil {
            year,
            month: month.map_or(12, |m| u8::try_from(m + 1).unwrap_or(12)),
            phrase: quote(tokens, i..i + k + 1),
            line: tokens[i].line,
        })
    }
}

fn year_or_month(word: &str) -> Option<()> {
    (year_of(word).is_some() || MONTHS.contains(&word)).then_some(())
}
