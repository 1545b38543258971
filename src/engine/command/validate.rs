//! Checks shared by the commands: names and texts, amounts, years, parties, funding inputs and
//! id space.

use super::CommandError;
use crate::engine::ids::{PartyId, ScenarioId};
use crate::engine::model::{FrameInputs, Funding, PartyKind, Scenario, Workspace, Year};
use crate::engine::money::Money;
use std::collections::BTreeMap;

/// Longest accepted name, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// Longest accepted note or other free text, in characters.
pub const MAX_NOTE_CHARS: usize = 2000;

/// Earliest calendar year a scenario may span.
pub const MIN_YEAR: Year = 1900;

/// Latest calendar year a scenario may span.
pub const MAX_YEAR: Year = 2999;

/// The trimmed name, if it is not empty, not too long and has no control characters.
pub(super) fn name(raw: &str) -> Result<String, CommandError> {
    let trimmed = line_text(raw, MAX_NAME_CHARS)?;
    if trimmed.is_empty() {
        return Err(CommandError::EmptyName);
    }
    Ok(trimmed)
}

/// Trimmed one-line text (may be empty) of at most `max` characters (a longer one is a
/// [`CommandError::NameTooLong`]), without control characters.
pub(super) fn line_text(raw: &str, max: usize) -> Result<String, CommandError> {
    let trimmed = raw.trim();
    if trimmed.chars().count() > max {
        return Err(CommandError::NameTooLong { max });
    }
    if trimmed.chars().any(char::is_control) {
        return Err(CommandError::ControlCharacter);
    }
    Ok(trimmed.to_string())
}

/// A trimmed note (may be empty) of at most [`MAX_NOTE_CHARS`] characters; line breaks are kept
/// (`\r\n` becomes `\n`), every other control character is refused.
pub(super) fn note(raw: &str) -> Result<String, CommandError> {
    let text = raw.replace("\r\n", "\n");
    let trimmed = text.trim();
    if trimmed.chars().count() > MAX_NOTE_CHARS {
        return Err(CommandError::NoteTooLong {
            max: MAX_NOTE_CHARS,
        });
    }
    if trimmed.chars().any(|c| c.is_control() && c != '\n') {
        return Err(CommandError::ControlCharacter);
    }
    Ok(trimmed.to_string())
}

/// A calendar year within [`MIN_YEAR`]–[`MAX_YEAR`].
pub(super) fn calendar_year(year: Year) -> Result<Year, CommandError> {
    if (MIN_YEAR..=MAX_YEAR).contains(&year) {
        Ok(year)
    } else {
        Err(CommandError::YearOutOfRange(year))
    }
}

/// An amount within the input limit with at most two decimals (any sign).
pub(super) fn amount(value: Money) -> Result<Money, CommandError> {
    if !value.within_input_limit() {
        return Err(CommandError::AmountTooLarge);
    }
    if !value.has_at_most_ore_precision() {
        return Err(CommandError::TooManyDecimals);
    }
    Ok(value)
}

/// Like [`amount`], and not negative.
pub(super) fn non_negative(value: Money) -> Result<Money, CommandError> {
    let value = amount(value)?;
    if value.is_negative() {
        return Err(CommandError::NegativeAmount);
    }
    Ok(value)
}

/// The scenario and its position.
pub(super) fn scenario(
    workspace: &Workspace,
    id: ScenarioId,
) -> Result<(usize, &Scenario), CommandError> {
    let position = workspace
        .scenarios
        .iter()
        .position(|s| s.id == id)
        .ok_or(CommandError::UnknownScenario(id))?;
    let found = workspace
        .scenarios
        .get(position)
        .ok_or(CommandError::UnknownScenario(id))?;
    Ok((position, found))
}

/// The position of `year` in the scenario's years.
pub(super) fn year(scenario: &Scenario, year: Year) -> Result<usize, CommandError> {
    scenario
        .years
        .iter()
        .position(|y| y.year == year)
        .ok_or(CommandError::YearNotInScenario(year))
}

/// Checks every amount and party of a funding option.
pub(super) fn funding(workspace: &Workspace, funding: &Funding) -> Result<(), CommandError> {
    match funding {
        Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs) => {
            frame_inputs(workspace, inputs)
        }
        Funding::Manual { amounts } => {
            for (party, value) in amounts {
                workspace
                    .party(*party)
                    .ok_or(CommandError::UnknownParty(*party))?;
                non_negative(*value)?;
            }
            Ok(())
        }
    }
}

fn frame_inputs(workspace: &Workspace, inputs: &FrameInputs) -> Result<(), CommandError> {
    non_negative(inputs.state_offer)?;
    frames_of_kind(workspace, &inputs.region_frames, PartyKind::Region)?;
    frames_of_kind(workspace, &inputs.municipal_frames, PartyKind::Municipality)
}

fn frames_of_kind(
    workspace: &Workspace,
    frames: &BTreeMap<PartyId, Money>,
    expected: PartyKind,
) -> Result<(), CommandError> {
    for (party, value) in frames {
        party_of_kind(workspace, *party, expected)?;
        non_negative(*value)?;
    }
    Ok(())
}

/// `party` is a member of the workspace, of kind `expected`.
pub(super) fn party_of_kind(
    workspace: &Workspace,
    party: PartyId,
    expected: PartyKind,
) -> Result<(), CommandError> {
    let found = workspace
        .party(party)
        .ok_or(CommandError::UnknownParty(party))?;
    if found.kind != expected {
        return Err(CommandError::WrongPartyKind { party, expected });
    }
    Ok(())
}

/// The first of `count` fresh ids (above every id in use and `next_id`).
pub(super) fn reserve_ids(workspace: &Workspace, count: usize) -> Result<u32, CommandError> {
    let above_used = workspace
        .max_used_id()
        .checked_add(1)
        .ok_or(CommandError::IdsExhausted)?;
    let first = workspace.next_id.max(above_used);
    let count = u32::try_from(count).map_err(|_| CommandError::IdsExhausted)?;
    first.checked_add(count).ok_or(CommandError::IdsExhausted)?;
    Ok(first)
}

/// The scenario at a position found by [`scenario`], mutable.
pub(super) fn scenario_mut(
    workspace: &mut Workspace,
    position: usize,
    id: ScenarioId,
) -> Result<&mut Scenario, CommandError> {
    workspace
        .scenarios
        .get_mut(position)
        .ok_or(CommandError::UnknownScenario(id))
}
