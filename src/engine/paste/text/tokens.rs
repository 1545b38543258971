//! A document's running text as words with their line, split into sentences and items (bullets, headings),
//! and the Swedish amounts, percentages and years written in it ("3,34 miljoner kr", "cirka en miljon kr",
//! "1 200 000 kr", "20%").

use rust_decimal::Decimal;
use std::ops::Range;

/// One word of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lower case, without the punctuation around it ("kr." → "kr", "(2016)" → "2016").
    pub word: String,
    /// As written.
    pub raw: String,
    /// The line of the text (1-based).
    pub line: usize,
    /// A bullet or a heading line starts a new item here.
    pub starts_item: bool,
    /// The first word of its line.
    pub starts_line: bool,
}

/// The bullets of lists copied from Word or a PDF viewer.
const BULLETS: [char; 7] = ['\u{f0b7}', '•', '▪', '●', '◦', '‣', '\u{f0a7}'];

/// The words of `lines` (line number, text), in order.
pub fn tokens(lines: &[(usize, &str)]) -> Vec<Token> {
    let mut out = Vec::new();
    for &(line, text) in lines {
        let heading = is_heading(text);
        let mut bullet = false;
        let mut first = true;
        for raw in text.split_whitespace() {
            bullet |= raw.contains(BULLETS);
            let raw: String = raw.chars().filter(|c| !BULLETS.contains(c)).collect();
            let word = trim_punctuation(&raw).to_lowercase();
            if word.is_empty() {
                continue;
            }
            out.push(Token {
                word,
                raw,
                line,
                starts_item: (first && heading) || bullet,
                starts_line: first,
            });
            bullet = false;
            first = false;
        }
    }
    out
}

/// A line of capitals ("PROJEKT OCH ANDRA AKTIVITETER UNDER 2016"): a heading that ends an item.
fn is_heading(text: &str) -> bool {
    let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 4 && letters.iter().all(|c| c.is_uppercase())
}

fn trim_punctuation(raw: &str) -> &str {
    raw.trim_matches(|c: char| !(c.is_alphanumeric() || c == '%'))
}

/// The sentences of `tokens` as ranges: a word ending in `.`, `!` or `?` before a capital, a digit-free
/// bullet or the end closes one ("t.o.m. 2016" does not), and so does the start of an item.
pub fn sentences(tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, token) in tokens.iter().enumerate() {
        let next = tokens.get(i + 1);
        let closes = token.raw.ends_with(['.', '!', '?'])
            && next.is_none_or(|n| {
                n.starts_item || n.raw.chars().next().is_some_and(char::is_uppercase)
            });
        if closes || next.is_none_or(|n| n.starts_item) {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    out
}

/// An amount written in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextAmount {
    /// The tokens it is written with.
    pub tokens: Range<usize>,
    /// In kronor.
    pub amount: Decimal,
    /// Half of its last written digit, in kronor ("6,3 miljoner": 50 000): a figure rounded to it agrees.
    pub half_unit: Decimal,
}

/// The amounts written in `tokens` ("3,34 miljoner kr", "en miljon", "1 200 000 kr", "600 t kr").
pub fn amounts(tokens: &[Token]) -> Vec<TextAmount> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match amount_at(tokens, i) {
            Some(found) => {
                i = found.tokens.end;
                out.push(found);
            }
            // Not an amount: nor is any tail of its digit groups ("999 999 999 …" too large as a whole).
            None => {
                i += 1;
                while tokens.get(i).is_some_and(|t| is_digit_group(&t.word))
                    && is_digits(&tokens[i - 1].word)
                {
                    i += 1;
                }
            }
        }
    }
    out
}

fn amount_at(tokens: &[Token], first: usize) -> Option<TextAmount> {
    let (mut number, scale) = number_of(&tokens.get(first)?.word)?;
    let mut next = first + 1;
    // Thousands written apart: "1 200 000".
    if tokens[first].word.len() <= 3 && is_digits(&tokens[first].word) {
        while let Some(group) = tokens.get(next).filter(|t| is_digit_group(&t.word)) {
            number = number
                .checked_mul(Decimal::from(1000))?
                .checked_add(group.word.parse::<Decimal>().ok()?)?;
            next += 1;
        }
    }
    let (factor, used) = unit_at(tokens, next)?;
    let half_unit = factor / Decimal::from(10u64.pow(scale)) / Decimal::TWO;
    let amount = number
        .checked_mul(factor)
        .filter(|a| *a <= largest_amount())?;
    Some(TextAmount {
        tokens: first..next + used,
        amount,
        half_unit,
    })
}

fn is_digits(word: &str) -> bool {
    !word.is_empty() && word.chars().all(|c| c.is_ascii_digit())
}

/// Three digits: a group of thousands.
fn is_digit_group(word: &str) -> bool {
    word.len() == 3 && is_digits(word)
}

/// The largest amount read from running text (a thousand billion kronor): anything larger is not a budget's,
/// and every sum and share of what is read stays far from `Decimal`'s limits.
fn largest_amount() -> Decimal {
    Decimal::from(1_000_000_000_000_000u64)
}

/// At most this many decimals in a written number ("3,34"), so `10^decimals` is small.
const MAX_DECIMALS: usize = 6;

/// A number in digits ("3,34", "600") or in words ("en", "två" … "tio"), with its count of decimals.
fn number_of(word: &str) -> Option<(Decimal, u32)> {
    const WORDS: [&str; 11] = [
        "noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio",
    ];
    if let Some(n) = WORDS.iter().position(|w| *w == word) {
        return Some((Decimal::from(n), 0));
    }
    if word == "ett" {
        return Some((Decimal::ONE, 0));
    }
    let (whole, decimals) = word.split_once(',').unwrap_or((word, ""));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || !(decimals.is_empty() || digits(decimals)) || decimals.len() > MAX_DECIMALS
    {
        return None;
    }
    let scale = u32::try_from(decimals.len()).ok()?;
    let mut number: Decimal = format!(
        "{whole}.{}",
        if decimals.is_empty() { "0" } else { decimals }
    )
    .parse()
    .ok()?;
    number.rescale(scale);
    Some((number, scale))
}

/// The unit after a number: its factor in kronor and the count of words it takes.
fn unit_at(tokens: &[Token], at: usize) -> Option<(Decimal, usize)> {
    let word = tokens.get(at)?.word.as_str();
    let then_kr = tokens
        .get(at + 1)
        .is_some_and(|t| matches!(t.word.as_str(), "kr" | "kronor" | "sek"));
    match word {
        "miljon" | "miljoner" | "milj" | "mkr" | "mnkr" | "msek" | "mn" => {
            Some((Decimal::from(1_000_000), 1 + usize::from(then_kr)))
        }
        "tkr" | "tsek" => Some((Decimal::from(1000), 1)),
        "t" | "tusen" if then_kr => Some((Decimal::from(1000), 2)),
        "tusen" => Some((Decimal::from(1000), 1)),
        "kr" | "kronor" | "sek" => Some((Decimal::ONE, 1)),
        _ => None,
    }
}

/// A percentage at `at` ("20%", "20 %", "20 procent"), as a share (0,20).
pub fn percent_at(tokens: &[Token], at: usize) -> Option<Decimal> {
    let word = &tokens.get(at)?.word;
    let (number, sign_follows) = match word.strip_suffix('%') {
        Some(number) => (number, true),
        None => (word.as_str(), false),
    };
    let marked = sign_follows
        || tokens
            .get(at + 1)
            .is_some_and(|t| t.word == "%" || t.raw == "%" || t.word == "procent");
    let (value, _) = number_of(number).filter(|_| marked)?;
    // A share of equity or of an allocation: at most a hundred per cent.
    (value <= Decimal::ONE_HUNDRED).then(|| value / Decimal::ONE_HUNDRED)
}

/// A year written as four digits (1990–2100).
pub fn year_of(word: &str) -> Option<u16> {
    (word.len() == 4)
        .then(|| word.parse::<u16>().ok())
        .flatten()
        .filter(|y| (1990..=2100).contains(y))
}

/// The text of `range` as written, words joined by single spaces, without the last word's full stop.
pub fn quote(tokens: &[Token], range: Range<usize>) -> String {
    let words: Vec<&str> = tokens[range].iter().map(|t| t.raw.as_str()).collect();
    words
        .join(" ")
        .trim_end_matches(['.', ',', ':', ';'])
        .to_string()
}
