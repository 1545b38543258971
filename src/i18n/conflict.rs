//! Texts of the per-scenario choice after another tab changed the same förbund, in Swedish and English.

use super::Lang;

/// The conflict-choice texts of one language.
#[derive(Debug)]
pub struct ConflictTexts {
    /// Button that opens the choice.
    pub choose: &'static str,
    /// Heading of the choice.
    pub heading: &'static str,
    /// What the choice is and where the suggestion comes from.
    pub intro: &'static str,
    /// Option: this tab's version.
    pub mine: &'static str,
    /// Option: the other tab's version.
    pub theirs: &'static str,
    /// Option: both, this tab's as a copy.
    pub both: &'static str,
    /// After an option whose version has no such scenario.
    pub removed: &'static str,
    /// Everything outside the scenarios differs too and comes from the other tab.
    pub outside: &'static str,
    /// No scenario differs.
    pub same: &'static str,
    /// Button: store the choice.
    pub save: &'static str,
    /// Button: close the choice without changing anything.
    pub cancel: &'static str,
    /// The other tab removed the förbund.
    pub gone: &'static str,
    /// The stored data could not be read for the choice.
    pub unreadable: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static ConflictTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: ConflictTexts = ConflictTexts {
    choose: "Välj per scenario",
    heading: "Välj version för varje scenario som skiljer",
    intro: "Båda flikarna har ändrat förbundet. Välj för varje scenario vilken version som ska sparas. Förvalt är den flik som har ändrat scenariot; har båda ändrat det behålls båda.",
    mine: "Min version",
    theirs: "Den andra flikens version",
    both: "Båda (min sparas som kopia)",
    removed: " (borttaget)",
    outside: "Förbundets namn, medlemmar, katalog eller inställningar skiljer också. De sparas som i den andra fliken.",
    same: "Scenarierna är lika i båda flikarna. Det som skiljer (namn, medlemmar, katalog eller inställningar) sparas som i den andra fliken.",
    save: "Spara valet",
    cancel: "Avbryt",
    gone: "Den andra fliken har tagit bort förbundet. Spara din version som en kopia för att behålla den.",
    unreadable: "Den andra flikens version gick inte att läsa. Ingenting har ändrats.",
};

const EN: ConflictTexts = ConflictTexts {
    choose: "Choose per scenario",
    heading: "Choose a version for each scenario that differs",
    intro: "Both tabs have changed the förbund. Choose for each scenario which version to save. Preselected is the tab that changed the scenario; if both changed it, both are kept.",
    mine: "My version",
    theirs: "The other tab's version",
    both: "Both (mine saved as a copy)",
    removed: " (removed)",
    outside: "The förbund's name, members, catalogue or settings differ too. They are saved as in the other tab.",
    same: "The scenarios are the same in both tabs. What differs (name, members, catalogue or settings) is saved as in the other tab.",
    save: "Save the choice",
    cancel: "Cancel",
    gone: "The other tab has removed the förbund. Save your version as a copy to keep it.",
    unreadable: "The other tab's version could not be read. Nothing has changed.",
};
