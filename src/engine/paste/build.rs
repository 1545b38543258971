//! A förbund built from a pasted table: its members (from the contribution rows, or the four standard ones
//! when only the total is given, split ½/¼/¼), one scenario with the table's years, other income, opening
//! equity and cost groups with their lines, and every printed total kept as a stated figure to be checked.

use super::{PasteError, PastedRow, PastedTable, RowKind, Total};
use crate::engine::ids::{GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{
    CostGroup, CostLine, FigureRef, FrameInputs, Funding, IncomeLine, LineSource, Party, PartyKind,
    Scenario, Settings, SplitKey, StatedFigure, Workspace, Year, YearPlan, YearlyAmounts,
};
use crate::engine::money::Money;
use crate::engine::ordered::map_of;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// Builds a new förbund named `name` from `table` (its rows' kinds as the user left them).
pub fn workspace_from(table: &PastedTable, name: &str) -> Workspace {
    let mut ids = 1u32;
    let mut next = move || {
        let id = ids;
        ids = ids.saturating_add(1);
        id
    };
    let (parties, paid_by) = members(&table.rows, &mut next);
    let (scenario, stated) = scenario_of(table, &paid_by, &mut next);
    let next_id = scenario
        .max_used_id()
        .max(parties.iter().map(|p| p.id.0).max().unwrap_or(0))
        .saturating_add(1);
    let regions: Vec<PartyId> = ids_of(&parties, PartyKind::Region);
    let municipalities: Vec<PartyId> = ids_of(&parties, PartyKind::Municipality);
    Workspace {
        name: name.trim().to_string(),
        org_number: String::new(),
        regional_split: SplitKey::equal(&regions, ""),
        municipal_split: SplitKey::equal(&municipalities, ""),
        parties,
        catalogue: Vec::new(),
        scenarios: vec![scenario],
        baseline: None,
        settings: Settings {
            display_unit: table.unit,
            ..Settings::default()
        },
        stated_figures: stated,
        next_id,
        note: table
            .title
            .clone()
            .map(|t| format!("Källa: {t}"))
            .unwrap_or_default(),
        decisions: Vec::new(),
        meeting_log: Vec::new(),
    }
}

/// A new scenario named `name` of `table` for the open förbund `workspace`, with its stated figures: every
/// contribution row must name one of its members (one with that name, or the only one of the kind when the
/// table has one row of it); ids
/// follow the workspace's. Nothing is changed here: the caller adds it through a command.
///
/// # Errors
/// [`PasteError::UnknownMember`] for a contribution row that is none of the members.
pub fn scenario_for(
    workspace: &Workspace,
    table: &PastedTable,
    name: &str,
) -> Result<(Scenario, Vec<StatedFigure>), PasteError> {
    let mut paid_by = Vec::new();
    for (index, row) in table.rows.iter().enumerate() {
        let RowKind::Party(kind) = row.kind else {
            continue;
        };
        let of_kind: Vec<&Party> = workspace
            .parties
            .iter()
            .filter(|p| p.kind == kind)
            .collect();
        let wanted = row.label.trim().to_lowercase();
        let named = of_kind
            .iter()
            .find(|p| p.name.trim().to_lowercase() == wanted);
        // Not by name: only when the förbund and the table each have one member of the kind.
        let rows_of_kind = table.rows.iter().filter(|r| r.kind == row.kind).count();
        let only = (of_kind.len() == 1 && rows_of_kind == 1)
            .then(|| of_kind.first())
            .flatten();
        let party = named.or(only);
        match party {
            Some(party) => paid_by.push((index, party.id)),
            None => {
                return Err(PasteError::UnknownMember {
                    line: row.line,
                    label: row.label.clone(),
                })
            }
        }
    }
    let mut ids = workspace
        .next_id
        .max(workspace.max_used_id().saturating_add(1));
    let mut next = move || {
        let id = ids;
        ids = ids.saturating_add(1);
        id
    };
    let (mut scenario, stated) = scenario_of(table, &paid_by, &mut next);
    scenario.name = name.trim().to_string();
    Ok((scenario, stated))
}

/// The scenario of `table` with its stated figures; `paid_by` says which member each contribution row is.
fn scenario_of(
    table: &PastedTable,
    paid_by: &[(usize, PartyId)],
    next: &mut impl FnMut() -> u32,
) -> (Scenario, Vec<StatedFigure>) {
    let scenario_id = ScenarioId(next());
    let costs_negative = super::costs_printed_negative(&table.rows);
    let mut stated = Vec::new();
    let mut groups: Vec<CostGroup> = Vec::new();
    let mut other_income = Vec::new();
    let mut opening = Money::ZERO;
    for row in &table.rows {
        let sign = if costs_negative && is_cost_side(row.kind) {
            -Decimal::ONE
        } else {
            Decimal::ONE
        };
        let amounts = yearly(&table.years, row, sign);
        match row.kind {
            RowKind::Heading => groups.push(new_group(GroupId(next()), &row.label)),
            RowKind::CostLine => {
                if groups.is_empty() {
                    groups.push(new_group(GroupId(next()), "Kostnader"));
                }
                let line = CostLine {
                    id: LineId(next()),
                    name: row.label.clone(),
                    source: LineSource::Own { amounts },
                    note: String::new(),
                };
                if let Some(group) = groups.last_mut() {
                    group.lines.push(line);
                }
            }
            RowKind::OtherIncome => other_income.push(IncomeLine {
                id: LineId(next()),
                name: row.label.clone(),
                amounts,
            }),
            RowKind::OpeningEquity => {
                let mut years = amounts.into_iter();
                if let Some((year, first)) = years.next() {
                    if Some(&year) == table.years.first() {
                        opening = first;
                    } else {
                        stated.push(figure(
                            scenario_id,
                            year,
                            FigureRef::OpeningEquity,
                            first,
                            row,
                        ));
                    }
                }
                stated.extend(
                    years.map(|(y, a)| figure(scenario_id, y, FigureRef::OpeningEquity, a, row)),
                );
            }
            RowKind::Contributions => stated.extend(
                amounts
                    .iter()
                    .map(|(y, a)| figure(scenario_id, *y, FigureRef::Contributions, *a, row)),
            ),
            RowKind::Stated(total) => {
                if let Some(what) = total_figure(total, groups.last()) {
                    stated.extend(
                        amounts
                            .iter()
                            .map(|(y, a)| figure(scenario_id, *y, what, *a, row)),
                    );
                }
            }
            RowKind::Party(_) | RowKind::Ignored => {}
        }
    }
    groups.retain(|g| !g.lines.is_empty());
    let funding = funding_per_year(table, paid_by);
    let first_year = table.years.first().copied().unwrap_or_default();
    let scenario = Scenario {
        id: scenario_id,
        name: format!("Budget {first_year}"),
        note: "Inklistrad tabell.".to_string(),
        opening_equity: opening,
        years: funding
            .into_iter()
            .map(|(year, funding)| YearPlan {
                year,
                overview_plan: false,
                funding,
            })
            .collect(),
        other_income,
        groups,
        source_check: None,
    };
    (scenario, stated)
}

fn is_cost_side(kind: RowKind) -> bool {
    matches!(
        kind,
        RowKind::CostLine | RowKind::Stated(Total::Group | Total::Costs)
    )
}

fn yearly(years: &[Year], row: &PastedRow, sign: Decimal) -> YearlyAmounts {
    let cells = years.iter().zip(&row.cells);
    map_of(cells.filter_map(|(year, cell)| cell.map(|a| (*year, Money::new(a * sign)))))
}

fn new_group(id: GroupId, label: &str) -> CostGroup {
    let lower = label.to_lowercase();
    CostGroup {
        id,
        name: label.trim().to_string(),
        is_administration: lower.contains("drift")
            || lower.contains("administration")
            || lower.contains("kansli"),
        lines: Vec::new(),
    }
}

fn figure(
    scenario: ScenarioId,
    year: Year,
    what: FigureRef,
    amount: Money,
    row: &PastedRow,
) -> StatedFigure {
    StatedFigure {
        scenario,
        year,
        what,
        amount,
        source: format!("{} (rad {})", row.label, row.line),
    }
}

fn total_figure(total: Total, group: Option<&CostGroup>) -> Option<FigureRef> {
    Some(match total {
        Total::OtherIncome => FigureRef::OtherIncomeTotal,
        Total::Income => FigureRef::IncomeTotal,
        Total::Available => FigureRef::AvailableFunds,
        Total::Group => FigureRef::GroupTotal(group?.id),
        Total::Costs => FigureRef::CostsTotal,
        Total::Result => FigureRef::Result,
        Total::Closing => FigureRef::ClosingEquity,
    })
}

fn ids_of(parties: &[Party], kind: PartyKind) -> Vec<PartyId> {
    parties
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.id)
        .collect()
}

/// The members: one per contribution row (Försäkringskassan and Arbetsförmedlingen always), or the four
/// standard members when the table gives no row per member; and which row each member's amounts are on.
fn members(
    rows: &[PastedRow],
    next: &mut impl FnMut() -> u32,
) -> (Vec<Party>, Vec<(usize, PartyId)>) {
    let mut parties: Vec<Party> = Vec::new();
    let mut paid_by = Vec::new();
    let any_named = rows.iter().any(|r| matches!(r.kind, RowKind::Party(_)));
    let standard = [
        (PartyKind::Forsakringskassan, "Försäkringskassan"),
        (PartyKind::Arbetsformedlingen, "Arbetsförmedlingen"),
        (PartyKind::Region, "Region"),
        (PartyKind::Municipality, "Kommun"),
    ];
    for (kind, default_name) in standard {
        let mut found = false;
        for (index, row) in rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.kind == RowKind::Party(kind))
        {
            let id = PartyId(next());
            parties.push(Party {
                id,
                name: row.label.clone(),
                kind,
            });
            paid_by.push((index, id));
            found = true;
        }
        let always = matches!(
            kind,
            PartyKind::Forsakringskassan | PartyKind::Arbetsformedlingen
        );
        if !found && (!any_named || always) {
            parties.push(Party {
                id: PartyId(next()),
                name: default_name.to_string(),
                kind,
            });
        }
    }
    (parties, paid_by)
}

/// Per year: the amounts of the member rows as typed, or — when only the total is given — the approved
/// frames option with the state allocation at half the total, which splits it ½/¼/¼.
fn funding_per_year(table: &PastedTable, paid_by: &[(usize, PartyId)]) -> Vec<(Year, Funding)> {
    let total_row = table.rows.iter().find(|r| r.kind == RowKind::Contributions);
    table
        .years
        .iter()
        .enumerate()
        .map(|(column, &year)| {
            let cell =
                |row: &PastedRow| row.cells.get(column).copied().flatten().unwrap_or_default();
            let funding = if paid_by.is_empty() {
                let total = total_row.map(cell).unwrap_or_default();
                Funding::ApprovedFrames(FrameInputs {
                    state_offer: Money::new(total / Decimal::TWO),
                    region_frames: BTreeMap::new(),
                    municipal_frames: BTreeMap::new(),
                })
            } else {
                let amounts = map_of(paid_by.iter().filter_map(|(index, id)| {
                    table.rows.get(*index).map(|r| (*id, Money::new(cell(r))))
                }));
                Funding::Manual { amounts }
            };
            (year, funding)
        })
        .collect()
}
