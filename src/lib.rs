//! finsam-planner: a budget scenario planner for Swedish samordningsförbund, running fully in the browser.
//!
//! Layers (dependencies point downwards only):
//! - [`ui`]: Leptos components that display what the engine returns and send changes to it;
//! - [`change`]: the one entry point for every change to the saved data (edits, undo, import, förbund);
//! - [`storage`]: the only adapter that touches the browser's localStorage;
//! - [`persist`]: how it is kept there safely (pure, over a key–value trait);
//! - [`persisted`]: what is kept in localStorage (pure data);
//! - [`history`]: the undo/redo history of each förbund (pure data and logic);
//! - [`i18n`]: pure UI texts in Swedish and English;
//! - [`engine`]: pure domain model and every money computation (serde + rust_decimal only, tested natively).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod change;
pub mod engine;
pub mod history;
pub mod i18n;
pub mod persist;
pub mod persisted;
pub mod storage;
pub mod ui;
