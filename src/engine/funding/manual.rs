//! Option 3: manual amounts per party, checked against ½/¼/¼.
//!
//! Each side implies a quarter (state/2, regions, municipalities). The reference quarter is the
//! middle (median) of the three, so a single side that breaks the split is the one named, with
//! the amount it pays too much or too little.

use super::{side_of, FundingOption, FundingReport, FundingSide, FundingWarning, PartyFunding};
use crate::engine::error::EngineError;
use crate::engine::ids::PartyId;
use crate::engine::model::{PartyKind, Workspace};
use crate::engine::money::Money;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

const SIDES: [FundingSide; 3] = [
    FundingSide::State,
    FundingSide::Regions,
    FundingSide::Municipalities,
];

/// Contributions as typed; warnings for every side that breaks ½/¼/¼.
pub(super) fn manual(
    workspace: &Workspace,
    amounts: &BTreeMap<PartyId, Money>,
) -> Result<FundingReport, EngineError> {
    if let Some(unknown) = amounts.keys().find(|id| workspace.party(**id).is_none()) {
        return Err(EngineError::UnknownParty(*unknown));
    }
    let parties: Vec<PartyFunding> = workspace
        .parties
        .iter()
        .map(|party| PartyFunding {
            party: party.id,
            name: party.name.clone(),
            kind: party.kind,
            amount: amounts.get(&party.id).copied().unwrap_or(Money::ZERO),
            frame: None,
            raise_needed: None,
            change_vs_approved_frames: None,
        })
        .collect();
    let total =
        Money::checked_sum(parties.iter().map(|p| p.amount)).ok_or(EngineError::Overflow)?;
    let mut warnings = af_warnings(&parties);
    warnings.extend(split_deviations(&parties)?);
    Ok(FundingReport {
        option: FundingOption::Manual,
        parties,
        total,
        quarter: None,
        state_offer: None,
        unused_state_money: None,
        binding: Vec::new(),
        warnings,
    })
}

fn af_warnings(parties: &[PartyFunding]) -> Vec<FundingWarning> {
    parties
        .iter()
        .filter(|p| p.kind == PartyKind::Arbetsformedlingen && !p.amount.is_zero())
        .map(|p| FundingWarning::ArbetsformedlingenPays {
            party: p.party,
            amount: p.amount,
        })
        .collect()
}

/// One warning per side whose amount differs from ½/¼/¼ of the median quarter.
fn split_deviations(parties: &[PartyFunding]) -> Result<Vec<FundingWarning>, EngineError> {
    let [state, regions, municipalities] = SIDES.map(|side| side_total(parties, side));
    let (state, regions, municipalities) = (state?, regions?, municipalities?);
    let implied_state_quarter = state
        .amount()
        .checked_div(Decimal::TWO)
        .ok_or(EngineError::Overflow)?;
    let median = median_of_three(
        implied_state_quarter,
        regions.amount(),
        municipalities.amount(),
    );
    let mut warnings = Vec::new();
    for (side, actual) in SIDES.into_iter().zip([state, regions, municipalities]) {
        let factor = if side == FundingSide::State {
            Decimal::TWO
        } else {
            Decimal::ONE
        };
        let expected = Money::new(median.checked_mul(factor).ok_or(EngineError::Overflow)?);
        let deviation = actual.checked_sub(expected).ok_or(EngineError::Overflow)?;
        if !deviation.is_zero() {
            let names = side_names(parties, side);
            warnings.push(FundingWarning::SplitDeviation {
                side,
                names,
                actual,
                expected,
                deviation,
            });
        }
    }
    Ok(warnings)
}

/// The middle one of three amounts.
fn median_of_three(a: Decimal, b: Decimal, c: Decimal) -> Decimal {
    a.min(b).max(a.max(b).min(c))
}

fn side_total(parties: &[PartyFunding], side: FundingSide) -> Result<Money, EngineError> {
    let amounts = parties
        .iter()
        .filter(|p| side_of(p.kind) == side)
        .map(|p| p.amount);
    Money::checked_sum(amounts).ok_or(EngineError::Overflow)
}

fn side_names(parties: &[PartyFunding], side: FundingSide) -> String {
    let paying =
        |p: &&PartyFunding| side_of(p.kind) == side && p.kind != PartyKind::Arbetsformedlingen;
    let names: Vec<&str> = parties
        .iter()
        .filter(paying)
        .map(|p| p.name.as_str())
        .collect();
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::median_of_three;
    use rust_decimal::Decimal;

    #[test]
    fn the_median_is_the_middle_amount_in_any_order() {
        let [a, b, c] = [Decimal::from(1), Decimal::from(2), Decimal::from(3)];
        for (x, y, z) in [
            (a, b, c),
            (a, c, b),
            (b, a, c),
            (b, c, a),
            (c, a, b),
            (c, b, a),
        ] {
            assert_eq!(median_of_three(x, y, z), b);
        }
        assert_eq!(median_of_three(b, b, a), b);
    }
}
