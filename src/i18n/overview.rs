//! Texts of the overview screen, in Swedish and English.

use super::Lang;

/// The overview screen's texts.
#[derive(Debug)]
pub struct OverviewTexts {
    /// Heading of the screen or panel.
    pub heading: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static OverviewTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: OverviewTexts = OverviewTexts { heading: "overview" };

const EN: OverviewTexts = OverviewTexts { heading: "overview" };
