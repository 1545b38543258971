//! finsam-planner: a budget scenario planner for Swedish samordningsförbund, running fully in the browser.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod engine;
