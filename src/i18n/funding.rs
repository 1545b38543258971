//! Texts of the funding screen, in Swedish and English.

use super::Lang;

/// The funding screen's texts.
#[derive(Debug)]
pub struct FundingTexts {
    /// Heading of the screen or panel.
    pub heading: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static FundingTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: FundingTexts = FundingTexts { heading: "funding" };

const EN: FundingTexts = FundingTexts { heading: "funding" };
