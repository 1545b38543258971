//! Workspace-wide commands: baseline scenario, split keys, equity table, name and org number.

use super::party_keys::{checked_key, key_mut};
use super::validate;
use super::CommandError;
use crate::engine::ids::ScenarioId;
use crate::engine::model::{EquityStep, SplitKey, SplitSide, Workspace};
use rust_decimal::Decimal;

/// Chooses the baseline scenario (or none).
pub(super) fn set_baseline(
    workspace: &mut Workspace,
    scenario: Option<ScenarioId>,
) -> Result<(), CommandError> {
    if let Some(id) = scenario {
        validate::scenario(workspace, id)?;
    }
    workspace.baseline = scenario;
    Ok(())
}

/// Replaces a side's split key after checking it.
pub(super) fn set_split_key(
    workspace: &mut Workspace,
    side: SplitSide,
    key: SplitKey,
) -> Result<(), CommandError> {
    let key = checked_key(workspace, side, key)?;
    *key_mut(workspace, side) = key;
    Ok(())
}

/// Replaces the equity step table after checking every row.
pub(super) fn set_equity_steps(
    workspace: &mut Workspace,
    steps: Vec<EquityStep>,
) -> Result<(), CommandError> {
    let mut checked: Vec<EquityStep> = Vec::with_capacity(steps.len());
    for mut step in steps {
        validate::amount(step.up_to)?;
        if step.up_to.is_negative() || step.up_to.is_zero() {
            return Err(CommandError::EquityBoundNotPositive);
        }
        if step.max_share <= Decimal::ZERO || step.max_share > Decimal::ONE {
            return Err(CommandError::EquityShareOutOfRange);
        }
        if checked.iter().any(|s| s.up_to == step.up_to) {
            return Err(CommandError::DuplicateEquityBound(step.up_to));
        }
        step.source = validate::note(&step.source)?;
        checked.push(step);
    }
    workspace.settings.equity_steps = checked;
    Ok(())
}

/// Sets the förbund's name and organisation number.
pub(super) fn set_workspace_name(
    workspace: &mut Workspace,
    name: &str,
    org_number: &str,
) -> Result<(), CommandError> {
    let name = validate::name(name)?;
    let org_number = org_number.trim();
    if !is_org_number(org_number) {
        return Err(CommandError::InvalidOrgNumber);
    }
    workspace.name = name;
    workspace.org_number = org_number.to_string();
    Ok(())
}

/// Empty, or ten digits with an optional hyphen after the sixth ("222000-2733").
fn is_org_number(text: &str) -> bool {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match text.split_once('-') {
        _ if text.is_empty() => true,
        Some((head, tail)) => digits(head, 6) && digits(tail, 4),
        None => digits(text, 10),
    }
}
