//! Texts of the settings screen, in Swedish and English.

use super::Lang;

/// The settings screen's texts.
#[derive(Debug)]
pub struct SettingsTexts {
    /// Heading of the screen or panel.
    pub heading: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static SettingsTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: SettingsTexts = SettingsTexts { heading: "settings" };

const EN: SettingsTexts = SettingsTexts { heading: "settings" };
