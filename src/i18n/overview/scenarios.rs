//! Texts of the overview's scenario table and scenario actions, in Swedish and English.

use crate::i18n::Lang;

/// The scenario table's texts.
#[derive(Debug)]
pub struct ScenarioTexts {
    /// Heading of the scenario table.
    pub heading: &'static str,
    /// Caption prefix of the table ("Nyckeltal per scenario och år").
    pub caption: &'static str,
    /// Column: year.
    pub year: &'static str,
    /// Column: equity against the recommendation.
    pub equity: &'static str,
    /// Badge: no recommendation (empty step table).
    pub no_recommendation: &'static str,
    /// Badge and toggle button: the baseline scenario (what others are compared with).
    pub baseline: &'static str,
    /// Button: open in the budget page.
    pub open: &'static str,
    /// Marks the scenario open in the budget page.
    pub is_open: &'static str,
    /// Button: duplicate.
    pub duplicate: &'static str,
    /// Appended to a copy's name.
    pub copy_suffix: &'static str,
    /// Heading / button: new scenario.
    pub new_scenario: &'static str,
    /// Label: the scenario's name.
    pub name: &'static str,
    /// Label: first year.
    pub first_year: &'static str,
    /// Label: number of years.
    pub year_count: &'static str,
    /// Button: create.
    pub create: &'static str,
    /// Status after a removal ("Borttaget: X").
    pub removed: &'static str,
    /// Button: undo the removal.
    pub undo: &'static str,
    /// Status after undo.
    pub restored: &'static str,
    /// The workspace has no scenarios.
    pub none: &'static str,
    /// The scenario cannot be computed.
    pub not_computed: &'static str,
    /// Status after a copy ("Kopia skapad: X").
    pub copied: &'static str,
    /// Status after a new scenario ("Scenario skapat: X").
    pub created: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static ScenarioTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: ScenarioTexts = ScenarioTexts {
    heading: "Scenarier",
    caption: "Nyckeltal per scenario och år",
    year: "År",
    equity: "Eget kapital mot rekommendationen",
    no_recommendation: "Ingen rekommendation",
    baseline: "Jämförelsebas",
    open: "Öppna",
    is_open: "Öppet i budgeten",
    duplicate: "Kopiera",
    copy_suffix: "(kopia)",
    new_scenario: "Nytt scenario",
    name: "Scenariots namn",
    first_year: "Första år",
    year_count: "Antal år",
    create: "Skapa scenario",
    removed: "Scenariot är borttaget:",
    undo: "Ångra",
    restored: "Scenariot är återställt:",
    none: "Förbundet har inga scenarier än.",
    not_computed: "Kan inte räknas fram.",
    copied: "Kopia skapad:",
    created: "Scenario skapat:",
};

const EN: ScenarioTexts = ScenarioTexts {
    heading: "Scenarios",
    caption: "Key figures per scenario and year",
    year: "Year",
    equity: "Equity vs. the recommendation",
    no_recommendation: "No recommendation",
    baseline: "Baseline",
    open: "Open",
    is_open: "Open in the budget",
    duplicate: "Duplicate",
    copy_suffix: "(copy)",
    new_scenario: "New scenario",
    name: "Scenario name",
    first_year: "First year",
    year_count: "Number of years",
    create: "Create scenario",
    removed: "Scenario removed:",
    undo: "Undo",
    restored: "Scenario restored:",
    none: "The association has no scenarios yet.",
    not_computed: "Cannot be computed.",
    copied: "Copy created:",
    created: "Scenario created:",
};
