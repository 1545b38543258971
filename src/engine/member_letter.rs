//! The budget basis for one member ("Budgetunderlag", Finsamlagen § 9: members get insight into the budget):
//! what the member pays in each year of a scenario, the change from the year before, its share of all
//! contributions, and its weight in the key that splits its side (the regional or the municipal quarter).

use super::error::EngineError;
use super::funding::{side_of, FundingSide};
use super::ids::{PartyId, ScenarioId};
use super::model::{PartyKind, SplitMethod, Workspace, Year};
use super::money::Money;
use super::who_pays::who_pays;
use rust_decimal::Decimal;

/// How the key of a side is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyBasis {
    /// Fixed parts agreed in the förbundsordning.
    FixedShares,
    /// Population.
    Population,
    /// Population blended with a second measure.
    PopulationAndMeasure,
}

/// The member's place in its side's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyShare {
    /// What the key is made of.
    pub basis: KeyBasis,
    /// The member's figure in the key (parts or inhabitants; `None` for a blended key).
    pub own: Option<u64>,
    /// The sum of that figure over the side.
    pub side_total: Option<u64>,
    /// How many members share the side.
    pub members: usize,
}

/// One year of the letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterYear {
    /// The calendar year.
    pub year: Year,
    /// Whether it is an overview-plan year.
    pub overview_plan: bool,
    /// What the member pays.
    pub amount: Money,
    /// Change from the year before in this scenario (`None` for its first year).
    pub change: Option<Money>,
    /// Share of all member contributions that year.
    pub share: Option<Decimal>,
}

/// The letter's figures for one member.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberLetter {
    /// The member.
    pub party: PartyId,
    /// Its name.
    pub name: String,
    /// The side it pays into.
    pub side: FundingSide,
    /// Its place in the side's key (`None` for the state, which pays the half alone).
    pub key: Option<KeyShare>,
    /// Each year of the scenario.
    pub years: Vec<LetterYear>,
}

/// The members that pay themselves (Arbetsförmedlingen's part is paid by Försäkringskassan), in order.
pub fn paying_members(workspace: &Workspace) -> Vec<PartyId> {
    let pays = |kind: PartyKind| kind != PartyKind::Arbetsformedlingen;
    workspace
        .parties
        .iter()
        .filter(|p| pays(p.kind))
        .map(|p| p.id)
        .collect()
}

/// The letter for `party` in `scenario`; `None` when the party or the scenario is not there.
///
/// # Errors
/// Any error of the funding computation of one of the scenario's years.
pub fn member_letter(
    workspace: &Workspace,
    scenario: ScenarioId,
    party: PartyId,
) -> Result<Option<MemberLetter>, EngineError> {
    let (Some(member), Some(found)) = (workspace.party(party), workspace.scenario(scenario)) else {
        return Ok(None);
    };
    let mut years = Vec::new();
    for plan in &found.years {
        let rows = who_pays(workspace, scenario, plan.year)?;
        if let Some(row) = rows.into_iter().find(|r| r.party == party) {
            years.push(LetterYear {
                year: plan.year,
                overview_plan: plan.overview_plan,
                amount: row.amount,
                change: row.change_vs_previous_year,
                share: row.share,
            });
        }
    }
    let side = side_of(member.kind);
    Ok(Some(MemberLetter {
        party,
        name: member.name.clone(),
        side,
        key: key_share(workspace, party, side),
        years,
    }))
}

/// The member's figure and the side's total in the key of its side.
fn key_share(workspace: &Workspace, party: PartyId, side: FundingSide) -> Option<KeyShare> {
    let (key, kind) = match side {
        FundingSide::State => return None,
        FundingSide::Regions => (&workspace.regional_split, PartyKind::Region),
        FundingSide::Municipalities => (&workspace.municipal_split, PartyKind::Municipality),
    };
    let members: Vec<PartyId> = workspace
        .parties
        .iter()
        .filter(|p| p.kind == kind)
        .map(|p| p.id)
        .collect();
    let figures = match &key.method {
        SplitMethod::FixedShares { parts } => Some((KeyBasis::FixedShares, parts)),
        SplitMethod::Population {
            population,
            second: None,
        } => Some((KeyBasis::Population, population)),
        SplitMethod::Population {
            second: Some(_), ..
        } => None,
    };
    let Some((basis, values)) = figures else {
        return Some(KeyShare {
            basis: KeyBasis::PopulationAndMeasure,
            own: None,
            side_total: None,
            members: members.len(),
        });
    };
    let figure = |id: &PartyId| values.get(id).copied().unwrap_or(0);
    let total = members.iter().map(figure).try_fold(0u64, u64::checked_add);
    Some(KeyShare {
        basis,
        own: Some(figure(&party)),
        side_total: total,
        members: members.len(),
    })
}
