//! Texts of the compare screen, in Swedish and English.

use super::Lang;

/// The compare screen's texts.
#[derive(Debug)]
pub struct CompareTexts {
    /// Heading of the screen or panel.
    pub heading: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static CompareTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: CompareTexts = CompareTexts { heading: "compare" };

const EN: CompareTexts = CompareTexts { heading: "compare" };
