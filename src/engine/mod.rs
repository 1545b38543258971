//! The pure budget engine: domain model and every money computation. No web crates here (serde + rust_decimal only).
//!
//! - [`model`]: the workspace (parties, catalogue, scenarios, settings, stated figures);
//! - [`money`]: `Money`, exact kronor with checked arithmetic;
//! - [`funding`]: ½/¼/¼ contributions under each funding option, split keys (largest remainder);
//! - [`report`]: every figure of a scenario, per year; [`equity`]: the recommendation check;
//! - [`compare`]: two scenarios side by side; [`document_check`]: stated vs computed figures;
//! - [`catalogue`]: filter, search, sort and totals of the catalogue; [`csv`]: CSV for Excel;
//! - [`command`]: the single mutation entry point; [`examples`]: the built-in workspaces.

#[macro_use]
mod schema_text;

pub mod catalogue;
pub mod command;
pub mod compare;
pub mod csv;
pub mod decimal_serde;
pub mod decision;
pub mod document_check;
pub mod document_period;
pub mod document_printed;
pub mod equity;
pub mod error;
pub mod examples;
pub mod exchange;
pub mod funding;
pub mod ids;
pub mod json_path;
pub mod json_pretty;
pub mod json_value;
pub mod member_letter;
pub mod model;
pub mod money;
pub mod money_text;
pub mod ordered;
pub mod paste;
pub mod proposal;
pub mod report;
pub mod template;
pub mod who_pays;
