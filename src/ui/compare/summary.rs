//! The comparison in words: one sentence per other scenario, built from engine figures only
//! (member contributions, each party's change, closing equity and the recommendation).

use super::data::CompareData;
use super::format::{fill, share_percent};
use crate::engine::compare::{Comparison, RowKind};
use crate::engine::equity::EquityStatus;
use crate::engine::model::{PartyKind, Year};
use crate::engine::money::Money;
use crate::engine::money_text::{format_percent, DisplayUnit};
use crate::engine::ordered::sort_stable_by;
use crate::engine::report::{ScenarioReport, YearReport};
use crate::i18n::compare::SentenceTexts;
use rust_decimal::Decimal;

/// One scenario's equity in the summary year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side<'a> {
    /// Scenario name.
    pub name: &'a str,
    /// Closing equity.
    pub closing: Money,
    /// Closing equity / contributions.
    pub share: Option<Decimal>,
    /// The recommended maximum share, if any.
    pub max_share: Option<Decimal>,
    /// Above the recommendation (`None`: no recommendation).
    pub over: Option<bool>,
}

/// The engine figures one sentence is made of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facts<'a> {
    /// The year described.
    pub year: Year,
    /// The baseline.
    pub a: Side<'a>,
    /// The other scenario.
    pub b: Side<'a>,
    /// Member contributions, B − A.
    pub contributions_delta: Money,
    /// Parties whose contribution differs: municipalities, then regions, then the state.
    pub parties: Vec<(&'a str, Money)>,
    /// The scenarios span several years, so the sentence starts with the year it describes.
    pub several_years: bool,
}

/// The year to describe: `chosen` if both scenarios span it, otherwise the last year they share.
pub fn summary_year(cmp: &Comparison, chosen: Option<Year>) -> Option<Year> {
    let common: Vec<Year> = cmp
        .years
        .iter()
        .filter(|y| y.in_a && y.in_b)
        .map(|y| y.year)
        .collect();
    match chosen {
        Some(year) if common.contains(&year) => Some(year),
        _ => common.last().copied(),
    }
}

/// Collects the facts of `year` from the comparison and both reports.
pub fn facts<'a>(
    cmp: &'a Comparison,
    a: &'a ScenarioReport,
    b: &'a ScenarioReport,
    year: Year,
) -> Option<Facts<'a>> {
    let rows = &cmp.years.iter().find(|y| y.year == year)?.rows;
    let (year_a, year_b) = (a.year(year)?, b.year(year)?);
    let contributions_delta = rows
        .iter()
        .find(|r| r.kind == RowKind::Contributions)?
        .delta;
    let mut parties: Vec<(&str, Money, u8)> = rows
        .iter()
        .filter(|r| r.kind == RowKind::Party && !r.delta.is_zero())
        .map(|r| (r.label.as_str(), r.delta, rank(&r.label, year_b, year_a)))
        .collect();
    sort_stable_by(&mut parties, |a, b| a.2.cmp(&b.2));
    Some(Facts {
        year,
        a: side(&a.name, year_a),
        b: side(&b.name, year_b),
        contributions_delta,
        parties: parties.into_iter().map(|(n, d, _)| (n, d)).collect(),
        several_years: cmp.years.len() > 1,
    })
}

fn side<'a>(name: &'a str, year: &YearReport) -> Side<'a> {
    Side {
        name,
        closing: year.closing_equity,
        share: year.equity.share_of_contributions,
        max_share: year.equity.applied_step.as_ref().map(|s| s.max_share),
        over: match year.equity.status {
            EquityStatus::Over => Some(true),
            EquityStatus::Within => Some(false),
            EquityStatus::NoRecommendation => None,
        },
    }
}

/// Municipalities first (their frames usually bind), then regions, then the state.
fn rank(name: &str, first: &YearReport, second: &YearReport) -> u8 {
    let kind = [first, second]
        .iter()
        .flat_map(|y| &y.funding.parties)
        .find(|p| p.name == name)
        .map(|p| p.kind);
    match kind {
        Some(PartyKind::Municipality) => 0,
        Some(PartyKind::Region) => 1,
        Some(PartyKind::Forsakringskassan) => 2,
        _ => 3,
    }
}

/// The sentence for `f`, amounts in `unit`.
pub fn sentence(f: &Facts, t: &SentenceTexts, unit: DisplayUnit) -> String {
    let money = |m: Money| unit.format(m.amount().abs());
    let positive = f.contributions_delta.amount() > Decimal::ZERO;
    let template = if f.contributions_delta.is_zero() {
        t.same
    } else if positive {
        t.more
    } else {
        t.less
    };
    let amount = money(f.contributions_delta);
    let mut clauses = vec![fill(
        template,
        &[("b", f.b.name), ("a", f.a.name), ("amount", &amount)],
    )];
    if !f.parties.is_empty() {
        clauses.push(party_clause(&f.parties, t, unit));
    }
    let side = |s: &Side| match s.share {
        Some(share) => format!(
            "{} ({})",
            unit.format(s.closing.amount()),
            format_percent(share, 1)
        ),
        None => unit.format(s.closing.amount()),
    };
    let year = f.year.to_string();
    clauses.push(fill(
        t.equity,
        &[("year", &year), ("b", &side(&f.b)), ("a", &side(&f.a))],
    ));
    clauses.extend(recommendation_clause(f, t));
    let prefix = if f.several_years {
        format!("{year}: ")
    } else {
        String::new()
    };
    format!("{prefix}{}.", clauses.join("; "))
}

fn party_clause(parties: &[(&str, Money)], t: &SentenceTexts, unit: DisplayUnit) -> String {
    let items: Vec<String> = parties
        .iter()
        .enumerate()
        .map(|(i, (party, delta))| {
            let more = delta.amount() > Decimal::ZERO;
            let template = match (i == 0, more) {
                (true, true) => t.party_first_more,
                (true, false) => t.party_first_less,
                (false, true) => t.party_more,
                (false, false) => t.party_less,
            };
            let amount = unit.format(delta.amount().abs());
            fill(template, &[("party", party), ("amount", &amount)])
        })
        .collect();
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{}{}{last}", rest.join(", "), t.and),
        _ => items.concat(),
    }
}

fn recommendation_clause(f: &Facts, t: &SentenceTexts) -> Option<String> {
    let (share_a, share_b) = (f.a.max_share?, f.b.max_share?);
    let mut text = if share_a == share_b {
        fill(t.recommendation, &[("share", &share_percent(share_a))])
    } else {
        let (pa, pb) = (share_percent(share_a), share_percent(share_b));
        fill(
            t.recommendations,
            &[
                ("share_b", &pb),
                ("b", f.b.name),
                ("share_a", &pa),
                ("a", f.a.name),
            ],
        )
    };
    let status = match (f.a.over, f.b.over) {
        (Some(true), Some(true)) => Some(t.both_over.to_string()),
        (Some(false), Some(false)) => Some(t.both_within.to_string()),
        (Some(false), Some(true)) => Some(fill(t.one_over, &[("name", f.b.name)])),
        (Some(true), Some(false)) => Some(fill(t.one_over, &[("name", f.a.name)])),
        _ => None,
    };
    text.extend(status);
    Some(text)
}

/// One sentence per other scenario against the baseline, for `chosen` year (or the last shared).
pub fn summary_sentences(
    data: &CompareData,
    chosen: Option<Year>,
    t: &SentenceTexts,
    unit: DisplayUnit,
) -> Vec<String> {
    let Some(a) = data.reports.first() else {
        return Vec::new();
    };
    data.comparisons
        .iter()
        .zip(data.reports.iter().skip(1))
        .map(
            |(cmp, b)| match summary_year(cmp, chosen).and_then(|year| facts(cmp, a, b, year)) {
                Some(f) => sentence(&f, t, unit),
                None => no_common_year(t, &a.name, &b.name),
            },
        )
        .collect()
}

/// Said when the two scenarios share no year.
pub fn no_common_year(t: &SentenceTexts, a: &str, b: &str) -> String {
    format!("{}.", fill(t.no_common_year, &[("a", a), ("b", b)]))
}

#[cfg(test)]
mod tests;
