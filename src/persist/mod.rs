//! Keeping the app's data in browser storage without ever losing or damaging it (reliability.md §1): the
//! stored layout (index, one key per förbund, its undo history, the removed förbund), migration from the v1
//! layout, compare-and-set saves with read-back, each förbund loading on its own ([`Damaged`] ones kept as
//! found), and set-aside copies ([`SetAside`]) of values that cannot be read. Pure: it runs on any
//! [`KvStore`], so every failure can be tested natively with [`fake::MemoryKv`].
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::arithmetic_side_effects
)]

pub mod exports;
pub mod fake;
mod from_v1;
pub mod kv;
pub mod layout;
pub mod migration;
pub mod pace;
mod save;
mod set_aside;
mod store;

pub use kv::{KvError, KvStore};
pub use save::{SaveError, Saved};
pub use set_aside::SetAside;
pub use store::{Clock, Damaged, LoadFailure, Persister, Phase, Source, Unreadable};
