//! Texts for one damaged förbund (named in its own panel, the others stay usable) and for the set-aside
//! copies listed in Settings, in Swedish and English.

use super::Lang;

/// The recovery texts of one language.
#[derive(Debug)]
pub struct RecoveryTexts {
    /// Panel heading after the förbund's name: "… kunde inte läsas".
    pub could_not_be_read: &'static str,
    /// Name used when the stored text no longer tells it.
    pub unnamed: &'static str,
    /// What the panel means: the others are fine.
    pub damaged_intro: &'static str,
    /// Button: download the raw stored text.
    pub download_raw: &'static str,
    /// Button: read it again.
    pub try_again: &'static str,
    /// Button: set aside only this förbund.
    pub set_aside_this: &'static str,
    /// After setting aside.
    pub set_aside_done: &'static str,
    /// Refused to set aside (nothing removed).
    pub set_aside_failed: &'static str,
    /// Still unreadable after trying again.
    pub still_unreadable: &'static str,
    /// Settings heading of the set-aside list.
    pub list_heading: &'static str,
    /// What the list is.
    pub list_intro: &'static str,
    /// The list is empty.
    pub list_empty: &'static str,
    /// Button: restore as a new förbund.
    pub restore: &'static str,
    /// Button: delete the copy.
    pub delete: &'static str,
    /// After restoring (the name follows).
    pub restored: &'static str,
    /// A copy that is not a förbund the app can read.
    pub not_restorable: &'static str,
    /// Storage refused (the reason follows).
    pub storage_refused: &'static str,
    /// "from the key" before the original key.
    pub from_key: &'static str,
    /// Unit after a size.
    pub bytes: &'static str,
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static RecoveryTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: RecoveryTexts = RecoveryTexts {
    could_not_be_read: "kunde inte läsas",
    unnamed: "Ett förbund",
    damaged_intro: "Den sparade texten är kvar oförändrad. Övriga förbund går att använda, ändra och exportera som vanligt.",
    download_raw: "Ladda ner den sparade texten",
    try_again: "Försök igen",
    set_aside_this: "Lägg undan bara detta förbund",
    set_aside_done: "Förbundet är undanlagt. Det finns kvar under Inställningar → Undanlagda värden.",
    set_aside_failed: "Det gick inte att lägga undan förbundet; inget har tagits bort.",
    still_unreadable: "Förbundet går fortfarande inte att läsa.",
    list_heading: "Undanlagda värden",
    list_intro: "Kopior av sparad data som inte gick att läsa, och data från en äldre version. De tar plats i webbläsarens lagring tills de tas bort.",
    list_empty: "Inga undanlagda värden.",
    restore: "Återställ som nytt förbund",
    delete: "Ta bort kopian",
    restored: "Återställt:",
    not_restorable: "Kopian går inte att läsa som ett förbund. Ladda ner den och importera den på sidan Dela och spara om den går att rätta.",
    storage_refused: "Webbläsaren vägrade:",
    from_key: "från",
    bytes: "byte",
};

const EN: RecoveryTexts = RecoveryTexts {
    could_not_be_read: "could not be read",
    unnamed: "A förbund",
    damaged_intro: "The stored text is kept unchanged. The other förbund can be used, edited and exported as usual.",
    download_raw: "Download the stored text",
    try_again: "Try again",
    set_aside_this: "Set aside only this förbund",
    set_aside_done: "The förbund is set aside. It is kept under Settings → Set-aside values.",
    set_aside_failed: "The förbund could not be set aside; nothing was removed.",
    still_unreadable: "The förbund still cannot be read.",
    list_heading: "Set-aside values",
    list_intro: "Copies of stored data that could not be read, and data from an older version. They take up browser storage until deleted.",
    list_empty: "No set-aside values.",
    restore: "Restore as a new förbund",
    delete: "Delete the copy",
    restored: "Restored:",
    not_restorable: "The copy cannot be read as a förbund. Download it and import it on the Share and save page if it can be corrected.",
    storage_refused: "The browser refused:",
    from_key: "from",
    bytes: "bytes",
};
