//! What the running text says about the budget as a whole: the year it decides ("Fastställa budgeten för
//! 2016", else the title), headings naming a budget year, a share worked out in words ("20 % … cirka en
//! miljon kr vid en tilldelning på 6 miljoner kr"), a claim that the equity goal is reached, the highest
//! state allocation offered ("tilldelas 3,34 miljoner kr från staten för 2016") and the allocation in total
//! ("en sammanlagd tilldelning på 6,3 miljoner").

use super::tokens::{percent_at, quote, year_of, TextAmount, Token};
use crate::engine::model::Year;
use rust_decimal::Decimal;
use std::ops::Range;

/// A year the text names, with where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedYear {
    /// The year.
    pub year: Year,
    /// The words that name it ("Fastställa budgeten för 2016").
    pub words: String,
    /// The line of the text.
    pub line: usize,
}

/// The budget year the document is about: the decision's ("fastställa budgeten för 2016"), else the
/// first line's ("Verksamhetsplan och budget 2016").
pub fn budget_year(tokens: &[Token], lines: &[(usize, &str)]) -> Option<NamedYear> {
    let decided = tokens.iter().enumerate().find_map(|(i, t)| {
        if !t.word.starts_with("fastställ") {
            return None;
        }
        let within = &tokens[i..tokens.len().min(i + 6)];
        within
            .iter()
            .any(|w| w.word.starts_with("budget"))
            .then_some(())?;
        let year = within.iter().find_map(|w| year_of(&w.word))?;
        Some(NamedYear {
            year,
            words: line_of(lines, t.line),
            line: t.line,
        })
    });
    decided.or_else(|| {
        let &(line, text) = lines.first()?;
        let lower = text.to_lowercase();
        lower.contains("budget").then_some(())?;
        let year = text.split_whitespace().find_map(year_of)?;
        Some(NamedYear {
            year,
            words: text.trim().to_string(),
            line,
        })
    })
}

fn line_of(lines: &[(usize, &str)], line: usize) -> String {
    lines
        .iter()
        .find(|(n, _)| *n == line)
        .map(|(_, t)| t.trim().trim_end_matches('.').to_string())
        .unwrap_or_default()
}

/// Words of a heading about another year on purpose.
const OTHER_YEAR_WORDS: [&str; 6] = [
    "uppföljning",
    "utfall",
    "bokslut",
    "jämförelse",
    "prognos",
    "delår",
];

/// Headings (a short line without a full stop) naming "budget" and years, none of them `year`.
pub fn headings_off_year(lines: &[(usize, &str)], year: &NamedYear) -> Vec<NamedYear> {
    lines
        .iter()
        .filter(|(line, _)| *line != year.line)
        .filter_map(|&(line, text)| {
            let text = text.trim();
            let words: Vec<&str> = text.split_whitespace().collect();
            let short = (2..=6).contains(&words.len()) && !text.ends_with(['.', ',', ':']);
            // "Uppföljning av budget 2026", "Utfall budget 2025": about another year on purpose.
            let other_year = words.iter().any(|w| {
                let w = w.to_lowercase();
                OTHER_YEAR_WORDS.iter().any(|s| w.starts_with(s))
            });
            let budget = words.iter().any(|w| w.to_lowercase().starts_with("budget"));
            let years: Vec<Year> = words
                .iter()
                .filter_map(|w| year_of(w.trim_matches(|c: char| !c.is_ascii_digit())))
                .collect();
            let off =
                short && budget && !other_year && !years.is_empty() && !years.contains(&year.year);
            off.then(|| NamedYear {
                year: years[0],
                words: text.to_string(),
                line,
            })
        })
        .collect()
}

/// A share worked out in words that does not hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareInWords {
    /// The share (0,20).
    pub share: Decimal,
    /// The amount it is taken of, in kronor.
    pub base: Decimal,
    /// The amount the text gives for it ("cirka en miljon kr"), as written and in kronor.
    pub stated_words: String,
    /// In kronor.
    pub stated: Decimal,
    /// The line of the text.
    pub line: usize,
}

/// Words that make an amount approximate, and how far from it a figure still agrees (a tenth).
const ABOUT: [&str; 6] = ["cirka", "ca", "ungefär", "omkring", "runt", "drygt"];

/// Sentences with "cirka X … på Y" after a percentage (in it or the sentence before) where the percentage of
/// Y is more than a tenth away from X.
pub fn shares_in_words(
    tokens: &[Token],
    found: &[TextAmount],
    sentences: &[Range<usize>],
) -> Vec<ShareInWords> {
    let mut out = Vec::new();
    for (k, sentence) in sentences.iter().enumerate() {
        let within = |a: &&TextAmount| sentence.contains(&a.tokens.start);
        let in_sentence: Vec<&TextAmount> = found.iter().filter(within).collect();
        let stated = in_sentence.iter().find(|a| {
            a.tokens.start > 0 && ABOUT.contains(&tokens[a.tokens.start - 1].word.as_str())
        });
        let base = in_sentence
            .iter()
            .find(|a| a.tokens.start > 0 && tokens[a.tokens.start - 1].word == "på");
        // The sentence before may give the percentage when this one works it out ("För Lund innebär det …").
        let refers_back = tokens[sentence.clone()]
            .iter()
            .any(|t| matches!(t.word.as_str(), "innebär" | "motsvarar" | "blir"));
        let previous = match k.checked_sub(1) {
            Some(p) if refers_back => sentences[p].start..sentence.end,
            _ => sentence.clone(),
        };
        let share = previous.clone().find_map(|i| percent_at(tokens, i));
        if let (Some(stated), Some(base), Some(share)) = (stated, base, share) {
            let computed = share * base.amount;
            if (stated.amount - computed).abs() * Decimal::TEN > computed {
                out.push(ShareInWords {
                    share,
                    base: base.amount,
                    stated_words: quote(tokens, stated.tokens.start - 1..stated.tokens.end),
                    stated: stated.amount,
                    line: tokens[stated.tokens.start].line,
                });
            }
        }
    }
    out
}

/// A sentence saying the goal is reached ("… som uppnått dessa mål") after one on saved funds or the
/// recommendation; "bör ha nått målen" is a norm, not a claim.
pub fn goal_claimed(tokens: &[Token], sentences: &[Range<usize>]) -> Option<(String, usize)> {
    sentences.iter().enumerate().find_map(|(k, sentence)| {
        let words = &tokens[sentence.clone()];
        let has = |f: &dyn Fn(&str) -> bool| words.iter().any(|t| f(&t.word));
        let reached = has(&is_reached);
        let goal = has(&is_goal);
        // "bör ha nått målen" is a norm, "har inte uppnått målet" the opposite of a claim.
        let norm = has(&|w| {
            matches!(
                w,
                "bör" | "ska" | "skall" | "måste" | "inte" | "ej" | "icke" | "aldrig"
            )
        });
        let context = sentences[k.saturating_sub(3)..=k].iter().any(|s| {
            tokens[s.clone()].windows(2).any(|p| {
                (p[0].word == "sparade" && p[1].word == "medel")
                    || (p[0].word == "eget" && p[1].word == "kapital")
                    || p[0].word.starts_with("rekommendation")
            })
        });
        (reached && goal && !norm && context).then(|| {
            let from = words.iter().position(|t| is_reached(&t.word)).unwrap_or(0);
            let to = words[from..]
                .iter()
                .position(|t| is_goal(&t.word))
                .map_or(from, |k| from + k);
            let start = sentence.start + from;
            (
                quote(tokens, start..sentence.start + to + 1),
                tokens[start].line,
            )
        })
    })
}

fn is_reached(word: &str) -> bool {
    matches!(
        word,
        "uppnått" | "nått" | "uppfyllt" | "uppfyller" | "klarat"
    )
}

/// "mål", "målen", "målsättningen", "rekommendationen" – not "målgruppen".
fn is_goal(word: &str) -> bool {
    matches!(word, "mål" | "målet" | "målen")
        || word.starts_with("målsättning")
        || word.starts_with("rekommendation")
}

/// The highest state allocation the text names: "tilldelas X … från staten för år".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateOffer {
    /// The year it is for.
    pub year: Year,
    /// The state's part, in kronor.
    pub amount: Decimal,
    /// The line of the text.
    pub line: usize,
}

/// The highest state allocation the text offers ("möjlighet att tilldelas 3,34 miljoner kr från staten för
/// 2016"), if it names one.
pub fn state_offer(
    tokens: &[Token],
    found: &[TextAmount],
    sentences: &[Range<usize>],
) -> Option<StateOffer> {
    let offers = found.iter().filter_map(|a| {
        let after = a.tokens.end;
        let from_state = tokens.get(after).is_some_and(|t| t.word == "från")
            && tokens.get(after + 1).is_some_and(|t| t.word == "staten");
        let sentence = sentences.iter().find(|s| s.contains(&a.tokens.start))?;
        let year = from_state
            .then(|| {
                (after + 2..sentence.end)
                    .take(3)
                    .find(|&i| tokens[i - 1].word == "för")
                    .and_then(|i| year_of(&tokens[i].word))
            })
            .flatten()?;
        Some(StateOffer {
            year,
            amount: a.amount,
            line: tokens[a.tokens.start].line,
        })
    });
    // The highest, when the text names more than one.
    offers.max_by_key(|o| o.amount)
}

/// "en sammanlagd (samlad, total) tilldelning på X", not just after "hade" (what would have been).
pub fn total_allocation(
    tokens: &[Token],
    found: &[TextAmount],
) -> Option<(TextAmount, String, usize)> {
    found.iter().cloned().find_map(|a| {
        let s = a.tokens.start;
        let named = s >= 3
            && tokens[s - 1].word == "på"
            && tokens[s - 2].word.starts_with("tilldelning")
            && matches!(
                tokens[s - 3].word.as_str(),
                "sammanlagd" | "samlad" | "total" | "totala" | "sammanlagda"
            );
        let would_have = tokens[s.saturating_sub(8)..s]
            .iter()
            .any(|t| t.word == "hade");
        (named && !would_have).then(|| {
            let words = quote(tokens, s - 3..a.tokens.end);
            let line = tokens[s].line;
            (a, words, line)
        })
    })
}
