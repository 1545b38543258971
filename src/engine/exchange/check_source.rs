//! Checks the document check kept with a pasted scenario (`source_check`) of a file: its texts as notes,
//! its amounts within the input limit, shares within 0–1, months 1–12 and years in range, each with its path,
//! so that wording it (multiplying a share, subtracting amounts) cannot overflow.

use super::check_text::{self as text, field, index, Checked};
use super::error::ImportError;
use super::problem::Problem;
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::paste::findings::{Finding, FindingKind};
use crate::engine::paste::source::SourceCheck;
use rust_decimal::Decimal;

/// Checks `check` found at `path`.
pub(super) fn source_check(path: &str, check: &SourceCheck) -> Checked {
    if let Some(title) = &check.title {
        text::line(&field(path, "title"), title)?;
    }
    years(&field(path, "heading_years"), &check.heading_years)?;
    years(&field(path, "years"), &check.years)?;
    for (k, finding) in check.findings.iter().enumerate() {
        self::finding(&index(&field(path, "findings"), k), finding)?;
    }
    Ok(())
}

fn years(path: &str, years: &[Year]) -> Checked {
    for (k, &year) in years.iter().enumerate() {
        text::year(&index(path, k), year)?;
    }
    Ok(())
}

fn share(path: &str, share: Decimal) -> Checked {
    if (Decimal::ZERO..=Decimal::ONE).contains(&share) {
        Ok(())
    } else {
        Err(ImportError::at(path, Problem::ShareOutOfRange))
    }
}

fn amounts(path: &str, amounts: &[&Money]) -> Checked {
    for money in amounts {
        text::amount(path, **money)?;
    }
    Ok(())
}

fn notes(path: &str, texts: &[&String]) -> Checked {
    for note in texts {
        text::note(path, note)?;
    }
    Ok(())
}

fn finding(path: &str, finding: &Finding) -> Checked {
    text::note(&field(path, "label"), &finding.label)?;
    if let Some(year) = finding.year {
        text::year(&field(path, "year"), year)?;
    }
    let kind = field(path, "kind");
    match &finding.kind {
        FindingKind::HeadingYears { heading, columns } => {
            years(&kind, heading)?;
            years(&kind, columns)
        }
        FindingKind::AssetsHeading | FindingKind::EmptySubtotal | FindingKind::NotInText => Ok(()),
        FindingKind::Differs {
            printed, expected, ..
        } => amounts(&kind, &[printed, expected]),
        FindingKind::SplitRule {
            state,
            regions,
            municipalities,
        } => amounts(&kind, &[state, regions, municipalities]),
        FindingKind::EquityOver {
            closing,
            contributions,
            share: s,
            max,
        } => {
            share(&kind, *s)?;
            amounts(&kind, &[closing, contributions, max])
        }
        FindingKind::MissingInYear { labels } => notes(&kind, &labels.iter().collect::<Vec<_>>()),
        FindingKind::BudgetYearHeading {
            heading,
            year,
            source,
            ..
        } => {
            text::year(&kind, *year)?;
            notes(&kind, &[heading, source])
        }
        FindingKind::FundsAfterEnd { amount, phrase, .. } => {
            amounts(&kind, &[amount])?;
            notes(&kind, &[phrase])
        }
        FindingKind::PartYearFull {
            amount,
            months,
            phrase,
            before,
            ..
        } => {
            if !(1..=12).contains(months) {
                return Err(ImportError::at(&kind, Problem::MonthOutOfRange(*months)));
            }
            amounts(&kind, &[amount, before])?;
            notes(&kind, &[phrase])
        }
        FindingKind::ShareInWords {
            stated_words,
            share: s,
            base,
            computed,
            actual,
            ..
        } => {
            share(&kind, *s)?;
            amounts(&kind, &[base, computed])?;
            if let Some((year, contributions, part)) = actual {
                text::year(&kind, *year)?;
                amounts(&kind, &[contributions, part])?;
            }
            notes(&kind, &[stated_words])
        }
        FindingKind::GoalClaimed {
            words, years: over, ..
        } => {
            years(&kind, over)?;
            notes(&kind, &[words])
        }
        FindingKind::AboveStateOffer {
            state,
            offer,
            offer_year,
            contributions,
            offer_total,
            ..
        } => {
            text::year(&kind, *offer_year)?;
            amounts(&kind, &[state, offer, contributions, offer_total])
        }
        FindingKind::TotalInWords {
            words,
            contributions,
            ..
        } => {
            amounts(&kind, &[contributions])?;
            notes(&kind, &[words])
        }
    }
}
