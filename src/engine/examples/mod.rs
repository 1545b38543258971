//! The built-in example workspaces (the embedded default the app opens with), from literal figures.

mod build;
mod empty;
mod landskrona;
mod lund;
mod lund_catalogue;
mod lund_figures;
mod lund_ideas;

pub use empty::empty_workspace;
pub use landskrona::landskrona_svalov_2023;
pub use lund::lund_2015_2017;

/// The default workspaces: Landskrona Svalöv 2023 and Lund 2015–2017, in that order.
pub fn default_workspaces() -> Vec<crate::engine::model::Workspace> {
    vec![landskrona_svalov_2023(), lund_2015_2017()]
}
