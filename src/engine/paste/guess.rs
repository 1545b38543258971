//! The first guess of what each pasted row is, from its label and where it stands: the income part runs
//! until the income total, the opening equity or available funds; after that headings start cost groups and
//! other rows with amounts are cost lines. The user can change every guess in the preview.

use super::{PastedRow, RowKind, Total};
use crate::engine::model::PartyKind;

/// Whether a label begins with "Summa" (also the misspelt "Summma").
pub fn starts_with_summa(label: &str) -> bool {
    let lower = label.trim().to_lowercase();
    lower.starts_with("summ") || lower.starts_with("totalt") || lower.starts_with("total ")
}

/// Whether a kind is one only a budget table has (so a text without any is not one).
pub fn is_budget_row(kind: RowKind) -> bool {
    matches!(
        kind,
        RowKind::Party(_) | RowKind::Contributions | RowKind::OpeningEquity | RowKind::Stated(_)
    )
}

/// Guesses the kind of every row, in order.
pub fn guess_kinds(rows: Vec<PastedRow>) -> Vec<PastedRow> {
    let mut in_costs = false;
    rows.into_iter()
        .map(|mut row| {
            let lower = row.label.to_lowercase();
            // A "Summa …" row without amounts is an empty subtotal, not a heading.
            let empty_total = row.cells.is_empty() && starts_with_summa(&lower);
            let kind = if empty_total {
                total_kind(&lower, in_costs).unwrap_or(RowKind::Ignored)
            } else if row.cells.is_empty() {
                heading_kind(&lower, &mut in_costs)
            } else {
                amount_kind(&lower, in_costs)
            };
            if matches!(
                kind,
                RowKind::Stated(Total::Income | Total::Available) | RowKind::OpeningEquity
            ) {
                in_costs = true;
            }
            if matches!(
                kind,
                RowKind::Stated(Total::Costs | Total::Result | Total::Closing)
            ) {
                in_costs = true;
            }
            row.kind = kind;
            row
        })
        .collect()
}

fn heading_kind(lower: &str, in_costs: &mut bool) -> RowKind {
    if lower.contains("kostnad") || lower.contains("insats") {
        *in_costs = true;
    }
    if !*in_costs && (lower.contains("intäkt") || lower.contains("tillgång")) {
        return RowKind::Ignored;
    }
    if lower.is_empty() {
        RowKind::Ignored
    } else {
        RowKind::Heading
    }
}

fn amount_kind(lower: &str, in_costs: bool) -> RowKind {
    if let Some(total) = total_kind(lower, in_costs) {
        return total;
    }
    if is_contributions(lower) {
        return RowKind::Contributions;
    }
    if lower.contains("ingående") || lower.contains("sparade medel") || lower.contains("balanserat")
    {
        return RowKind::OpeningEquity;
    }
    if in_costs {
        return RowKind::CostLine;
    }
    if let Some(kind) = party_kind(lower) {
        return RowKind::Party(kind);
    }
    RowKind::OtherIncome
}

fn is_contributions(lower: &str) -> bool {
    (lower.starts_with("med") && (lower.contains("avgift") || lower.contains("bidrag")))
        || lower.contains("medlemsinsats")
}

fn total_kind(lower: &str, in_costs: bool) -> Option<RowKind> {
    let summa = starts_with_summa(lower);
    let total = if lower.contains("tillgängliga medel") {
        Total::Available
    } else if lower.contains("resultat") {
        Total::Result
    } else if lower.contains("utgående") || lower.contains("till förfogande") {
        Total::Closing
    } else if summa && lower.contains("övriga intäkter") {
        Total::OtherIncome
    } else if summa && is_contributions(lower.trim_start_matches(|c: char| c != ' ').trim()) {
        return Some(RowKind::Contributions);
    } else if summa && lower.contains("intäkt") {
        Total::Income
    } else if summa && is_all_costs(lower) {
        Total::Costs
    } else if summa && in_costs {
        Total::Group
    } else {
        return None;
    };
    Some(RowKind::Stated(total))
}

/// "Summa kostnader", "Summa totala kostnader" (not "Summa driftskostnader", a group).
fn is_all_costs(lower: &str) -> bool {
    let rest: Vec<&str> = lower.split_whitespace().skip(1).collect();
    matches!(
        rest.as_slice(),
        ["kostnader"] | ["totala", "kostnader"] | ["kostnader", "totalt"]
    )
}

fn party_kind(lower: &str) -> Option<PartyKind> {
    if lower.contains("försäkringskassan")
        || lower.starts_with("staten")
        || lower.contains("statlig")
    {
        Some(PartyKind::Forsakringskassan)
    } else if lower.contains("arbetsförmedlingen") {
        Some(PartyKind::Arbetsformedlingen)
    } else if lower.starts_with("region")
        || lower.contains("landsting")
        || lower.ends_with("regionen")
    {
        Some(PartyKind::Region)
    } else if lower.contains("kommun") || lower.ends_with(" stad") || lower.ends_with("stad") {
        Some(PartyKind::Municipality)
    } else {
        None
    }
}
