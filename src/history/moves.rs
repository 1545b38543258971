//! Moving through the history: undo, redo and jumping to a position (itself recorded, so it can be undone).

use super::apply::{apply_all, unapply_all};
use super::diff::diff_values;
use super::model::{Change, History, Label};
use super::split::apply_in_parts;
use super::{HistoryError, JUMP};
use crate::engine::json_value;
use crate::engine::model::Workspace;
use serde_json::Value;

impl History {
    /// Undoes the last done step and returns its label; on `Err` nothing changes.
    ///
    /// # Errors
    /// [`HistoryError::NothingToUndo`], or [`HistoryError::DoesNotFit`] when the workspace has changed
    /// since in a way the step does not fit.
    pub fn undo(&mut self, workspace: &mut Workspace) -> Result<Label, HistoryError> {
        let index = self.position.checked_sub(1);
        let step = index
            .and_then(|index| self.steps.get(index))
            .ok_or(HistoryError::NothingToUndo)?;
        let inverse: Vec<Change> = step.changes.iter().rev().map(Change::inverse).collect();
        apply_in_parts(workspace, &inverse)?;
        let label = step.label.clone();
        self.position = index.unwrap_or(0);
        Ok(label)
    }

    /// Redoes the first undone step and returns its label; on `Err` nothing changes.
    ///
    /// # Errors
    /// [`HistoryError::NothingToRedo`], or [`HistoryError::DoesNotFit`].
    pub fn redo(&mut self, workspace: &mut Workspace) -> Result<Label, HistoryError> {
        let step = self
            .steps
            .get(self.position)
            .ok_or(HistoryError::NothingToRedo)?;
        apply_in_parts(workspace, &step.changes)?;
        let label = step.label.clone();
        self.position = self.position.saturating_add(1);
        Ok(label)
    }

    /// Brings `workspace` to the state after `position` steps (0: before the first kept step), recorded
    /// as one new [`JUMP`] step (subject: `position` in digits), so the jump can be undone. Jumping to
    /// the current position changes nothing.
    ///
    /// # Errors
    /// [`HistoryError::NoSuchPosition`] beyond the last step, or [`HistoryError::DoesNotFit`]; then
    /// nothing changes.
    pub fn jump_to(
        &mut self,
        workspace: &mut Workspace,
        position: usize,
        at: String,
    ) -> Result<(), HistoryError> {
        if position > self.steps.len() {
            return Err(HistoryError::NoSuchPosition);
        }
        if position == self.position {
            return Ok(());
        }
        let before = to_value(workspace)?;
        let mut value = before.clone();
        let done = self.position.min(self.steps.len());
        let back = self.steps.get(position..done).unwrap_or_default();
        back.iter()
            .rev()
            .try_for_each(|step| unapply_all(&mut value, &step.changes))?;
        let forward = self.steps.get(done..position).unwrap_or_default();
        apply_all(&mut value, forward.iter().flat_map(|step| &step.changes))?;
        let mut changes = Vec::new();
        diff_values(&mut Vec::new(), &before, &value, &mut changes);
        *workspace = from_value(value)?;
        self.record(Label::new(JUMP, position.to_string()), at, changes);
        Ok(())
    }
}

fn to_value(workspace: &Workspace) -> Result<Value, HistoryError> {
    json_value::to_value(workspace).map_err(|_| HistoryError::DoesNotFit)
}

fn from_value(value: Value) -> Result<Workspace, HistoryError> {
    json_value::from_value(&value).map_err(|_| HistoryError::DoesNotFit)
}
