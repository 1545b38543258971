//! How soon an autosave may follow the one before: saving may take at most a twentieth of the main thread
//! as measured — about a tenth counting the collection of the strings it leaves behind (a 2.4 MB förbund is
//! read, written and read back as three 2.4 MB strings). A save of a small förbund (well under a millisecond)
//! follows every change at once; a save of a very large one (tens of milliseconds) gathers the changes made
//! meanwhile into one save, so a burst of undos or edits is not slowed by a save, or by the garbage
//! collection it causes, after each of them.

/// The share of the main thread autosaving may take, as measured around the save.
pub const SAVE_SHARE: f64 = 0.05;
/// A save quicker than this (half a frame) never makes the next wait: it cannot cost a frame, and a small
/// förbund is then stored right after each change as before.
pub const PACED_FROM_MS: f64 = 8.0;
/// The longest wait between a change and its save, however slow the last save was (ms).
pub const LONGEST_WAIT_MS: f64 = 2_000.0;

/// When the next autosave may run, learnt from how long the last one took.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SavePace {
    earliest_next_ms: f64,
}

impl SavePace {
    /// How long to wait at `now_ms` before saving (0 when a save may run at once).
    pub fn wait_ms(&self, now_ms: f64) -> f64 {
        (self.earliest_next_ms - now_ms).clamp(0.0, LONGEST_WAIT_MS)
    }

    /// Records a save that ran from `started_ms` to `finished_ms`: the next may start once the time since it
    /// finished is nineteen times what it took (so saving keeps to [`SAVE_SHARE`]); at once after a save
    /// quicker than [`PACED_FROM_MS`].
    pub fn record(&mut self, started_ms: f64, finished_ms: f64) {
        let took = (finished_ms - started_ms).max(0.0);
        let rest = if took < PACED_FROM_MS {
            0.0
        } else {
            (took * (1.0 / SAVE_SHARE - 1.0)).min(LONGEST_WAIT_MS)
        };
        self.earliest_next_ms = finished_ms + rest;
    }
}
