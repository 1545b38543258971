//! Shared by the persistence tests: a clock, a loaded persister over the in-memory fake, and small edits.
#![allow(dead_code)]

use finsam_planner::engine::examples::empty_workspace;
use finsam_planner::persist::fake::MemoryKv;
use finsam_planner::persist::{Clock, Persister};
use finsam_planner::persisted::Persisted;

/// A clock at `day` of November 2026.
pub fn clock(day: u32) -> Clock {
    Clock {
        millis: 1_795_000_000_000 + u64::from(day) * 86_400_000,
        iso: format!("2026-11-{day:02}T10:00:00.000Z"),
        today: format!("2026-11-{day:02}"),
    }
}

/// A persister over `kv` that has loaded (the examples when `kv` is empty).
pub fn loaded(kv: &MemoryKv) -> (Persister<&MemoryKv>, Persisted) {
    let mut p = Persister::new(kv);
    let (data, _) = p.load().expect("loads");
    (p, data)
}

/// `data` with the open workspace renamed (a one-field edit).
pub fn renamed(data: &Persisted, name: &str) -> Persisted {
    let mut next = data.clone();
    if let Some(ws) = next.workspace_mut() {
        ws.name = name.to_string();
    }
    next
}

/// `data` with one more workspace (its id and history filled in, as the app does).
pub fn with_new_workspace(data: &Persisted, name: &str) -> Persisted {
    let mut next = data.clone();
    next.workspaces.push(empty_workspace(name, 2027));
    next.fill_ids_and_histories();
    next
}

/// What a fresh tab loads from `kv`.
pub fn reload(kv: &MemoryKv) -> Persisted {
    loaded(kv).1
}
