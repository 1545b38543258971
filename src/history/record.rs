//! Recording a step and keeping the history within [`MAX_STEPS`] and [`MAX_BYTES`].

use super::model::{Change, History, Label, Step};
use super::{MAX_BYTES, MAX_STEPS};

impl History {
    /// Records a done step (nothing when `changes` is empty): the undone steps are dropped, the step is
    /// appended and done, then the oldest steps are dropped while there are more than [`MAX_STEPS`] or
    /// they take more than [`MAX_BYTES`] as JSON (a single larger step is still kept, alone).
    pub fn record(&mut self, label: Label, at: String, changes: Vec<Change>) {
        if changes.is_empty() {
            return;
        }
        self.steps.truncate(self.position);
        self.steps.push(Step { label, at, changes });
        self.position = self.steps.len();
        self.trim();
    }

    fn trim(&mut self) {
        let sizes: Vec<usize> = self.steps.iter().map(step_bytes).collect();
        // `[` + steps joined by `,` + `]`, as serde_json writes the list.
        let mut total = sizes.iter().sum::<usize>() + sizes.len().saturating_sub(1) + 2;
        let mut dropped = 0;
        for size in &sizes {
            let kept = sizes.len() - dropped;
            if kept <= 1 || (kept <= MAX_STEPS && total <= MAX_BYTES) {
                break;
            }
            total = total.saturating_sub(size + 1);
            dropped += 1;
        }
        self.steps.drain(..dropped);
        self.position = self.position.saturating_sub(dropped);
    }

    /// True when there is a done step to undo.
    pub fn can_undo(&self) -> bool {
        self.position > 0 && self.position <= self.steps.len()
    }

    /// True when there is an undone step to redo.
    pub fn can_redo(&self) -> bool {
        self.position < self.steps.len()
    }

    /// The label of the step undo would take.
    pub fn next_undo(&self) -> Option<&Label> {
        let index = self.position.checked_sub(1)?;
        self.steps.get(index).map(|step| &step.label)
    }

    /// The label of the step redo would take.
    pub fn next_redo(&self) -> Option<&Label> {
        self.steps.get(self.position).map(|step| &step.label)
    }
}

/// The length of a step written as JSON.
fn step_bytes(step: &Step) -> usize {
    serde_json::to_string(step).map_or(0, |text| text.len())
}
