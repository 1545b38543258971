//! Names of item kinds, statuses and inriktningar in Swedish and English (the order comes from the engine).

use crate::engine::model::{Inriktning, ItemKind, ItemStatus};

pub use crate::engine::catalogue::{KIND_ORDER as KINDS, STATUS_ORDER as STATUSES};
use crate::engine::json_value;
use crate::i18n::Lang;

/// Both inriktningar.
pub const INRIKTNINGAR: [Inriktning; 2] = [
    Inriktning::Individinriktad,
    Inriktning::Strukturovergripande,
];

/// The name of a kind.
pub fn kind_name(lang: Lang, kind: ItemKind) -> &'static str {
    let (sv, en) = match kind {
        ItemKind::Uppdrag => ("Uppdrag", "Assignment"),
        ItemKind::Foruppdrag => ("Föruppdrag", "Pre-assignment"),
        ItemKind::Insats => ("Insats", "Measure"),
        ItemKind::Projekt => ("Projekt", "Project"),
        ItemKind::Forstudie => ("Förstudie", "Feasibility study"),
        ItemKind::Ledningsstod => ("Ledningsstöd", "Management support"),
        ItemKind::Strukturstod => ("Strukturstöd", "Structural support"),
        ItemKind::Ovrigt => ("Övrigt", "Other"),
    };
    pick(lang, sv, en)
}

/// The name of a status.
pub fn status_name(lang: Lang, status: ItemStatus) -> &'static str {
    let (sv, en) = match status {
        ItemStatus::Ide => ("Idé/diskussion", "Idea/discussion"),
        ItemStatus::Forstudie => ("Förstudie", "Feasibility study"),
        ItemStatus::Ansokan => ("Förslag/ansökan", "Proposal/application"),
        ItemStatus::Beviljad => ("Beslutad", "Decided"),
        ItemStatus::Pagaende => ("Pågående", "Running"),
        ItemStatus::Avslutad => ("Avslutad", "Finished"),
        ItemStatus::Implementerad => ("Implementerad", "Implemented"),
        ItemStatus::Avslagen => ("Avslagen", "Rejected"),
        ItemStatus::Avbruten => ("Avbruten", "Stopped"),
    };
    pick(lang, sv, en)
}

/// The name of an inriktning.
pub fn inriktning_name(lang: Lang, inriktning: Inriktning) -> &'static str {
    let (sv, en) = match inriktning {
        Inriktning::Individinriktad => ("Individinriktad", "Aimed at individuals"),
        Inriktning::Strukturovergripande => ("Strukturövergripande", "Structural"),
    };
    pick(lang, sv, en)
}

/// A stable value for `<option value>` (the serde name), for any of the three enums.
pub fn option_value<T: serde::Serialize>(value: &T) -> String {
    match json_value::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

fn pick(lang: Lang, sv: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Sv => sv,
        Lang::En => en,
    }
}

/// The Swedish names the catalogue CSV file uses (the file is for Swedish Excel in either UI language).
pub fn csv_item_names() -> crate::engine::csv::ItemNames {
    crate::engine::csv::ItemNames {
        kind: |kind| kind_name(Lang::Sv, kind),
        status: |status| status_name(Lang::Sv, status),
        inriktning: |inriktning| inriktning_name(Lang::Sv, inriktning),
    }
}
