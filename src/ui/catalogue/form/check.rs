//! The engine's check of a whole item ([`check_item`]), as the form's problems in the UI language.

use super::draft::Problem;
use crate::engine::command::check_item;
use crate::engine::model::{CatalogueItem, Workspace};
use crate::i18n::Lang;

/// Every problem the engine finds with `item`; empty when it can be saved.
pub fn engine_problems(workspace: &Workspace, item: &CatalogueItem, lang: Lang) -> Vec<Problem> {
    check_item(workspace, item)
        .into_iter()
        .map(|p| Problem {
            field: Some(p.field),
            message: match lang {
                Lang::Sv => p.message_sv(),
                Lang::En => p.message_en(),
            },
        })
        .collect()
}
