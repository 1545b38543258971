//! Texts of the "Beslut" page: fastställa a budget, the decided budgets with their fingerprints, a later
//! scenario next to a decision, and checking a received decision file; Swedish and English.

use super::Lang;

/// The decision texts of one language. `{name}`, `{date}` … are filled in by the page.
#[derive(Debug)]
pub struct DecisionTexts {
    /// Page heading.
    pub heading: &'static str,
    /// What the page is for.
    pub intro: &'static str,
    /// Heading of the form.
    pub decide_heading: &'static str,
    /// Label: the scenario to decide.
    pub scenario: &'static str,
    /// Label: what was decided.
    pub name: &'static str,
    /// Label: the day of the decision.
    pub date: &'static str,
    /// Hint under the date field.
    pub date_hint: &'static str,
    /// Label: the decision's reference.
    pub reference: &'static str,
    /// Hint under the reference field.
    pub reference_hint: &'static str,
    /// Button: freeze the scenario.
    pub decide: &'static str,
    /// A date that is not YYYY-MM-DD.
    pub bad_date: &'static str,
    /// After deciding (`{name}`, `{short}`).
    pub decided: &'static str,
    /// Heading of the list.
    pub list_heading: &'static str,
    /// No decision yet.
    pub none_yet: &'static str,
    /// "Fastställd {date} · {reference}".
    pub decided_line: &'static str,
    /// Before the short fingerprint.
    pub fingerprint: &'static str,
    /// Summary of the whole fingerprint.
    pub full_fingerprint: &'static str,
    /// The content gives the stored fingerprint.
    pub matches: &'static str,
    /// The content does not give the stored fingerprint.
    pub not_matching: &'static str,
    /// Note that a decision cannot be edited.
    pub read_only: &'static str,
    /// Caption of the decided figures (the unit follows).
    pub figures_caption: &'static str,
    /// First column of the tables.
    pub row: &'static str,
    /// Row: the equity check.
    pub equity_row: &'static str,
    /// Button: download the decision file.
    pub export: &'static str,
    /// After the download (`{file}`).
    pub exported: &'static str,
    /// Button: print this decision.
    pub print: &'static str,
    /// Button: a new editable scenario from the decision.
    pub after: &'static str,
    /// The new scenario's name (`{name}`).
    pub after_name: &'static str,
    /// After adding it (`{name}`).
    pub after_done: &'static str,
    /// Label of the compare choice.
    pub compare_with: &'static str,
    /// The choice of no comparison.
    pub compare_none: &'static str,
    /// Caption of the comparison (`{scenario}`; the unit follows).
    pub compare_caption: &'static str,
    /// Column: the decided figure.
    pub col_decided: &'static str,
    /// Column: the difference.
    pub col_delta: &'static str,
    /// Sentence under the comparison (`{year}`, `{result}`, `{closing}`).
    pub compare_summary: &'static str,
    /// No difference at all.
    pub compare_same: &'static str,
    /// Heading of the file check.
    pub check_heading: &'static str,
    /// What the file check does.
    pub check_intro: &'static str,
    /// Label of the file field.
    pub check_file: &'static str,
    /// The file's fingerprint matches (`{name}`, `{date}`, `{reference}`, `{short}`).
    pub check_matches: &'static str,
    /// The file's fingerprint does not match (`{name}`, `{short}`, `{computed}`).
    pub check_not_matching: &'static str,
    /// The file could not be read at all.
    pub read_failed: &'static str,
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static DecisionTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

static SV: DecisionTexts = DecisionTexts {
    heading: "Beslut",
    intro: "Fastställ den budget som styrelsen beslutar. Ett fastställt beslut kan aldrig ändras: det får ett \
            fingeravtryck (SHA-256) som visar att ingen siffra har ändrats sedan beslutet, också i en fil som \
            skickas vidare.",
    decide_heading: "Fastställ en budget",
    scenario: "Scenario",
    name: "Beslutets namn",
    date: "Beslutsdatum",
    date_hint: "ÅÅÅÅ-MM-DD",
    reference: "Beslutsreferens",
    reference_hint: "Till exempel Styrelsen 2026-11-20 § 23",
    decide: "Fastställ",
    bad_date: "Ange beslutsdatumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-20.",
    decided: "Fastställd: {name}. Fingeravtryck {short}.",
    list_heading: "Fastställda budgetar",
    none_yet: "Inga beslut ännu.",
    decided_line: "Fastställd {date} · {reference}",
    fingerprint: "Fingeravtryck",
    full_fingerprint: "Hela fingeravtrycket (SHA-256)",
    matches: "Fingeravtrycket stämmer – ingen siffra har ändrats sedan beslutet.",
    not_matching: "Fingeravtrycket stämmer inte – beslutet har ändrats efter att det fastställdes.",
    read_only: "Skrivskyddat. Vill du ändra något: gör ett nytt scenario efter beslut.",
    figures_caption: "Beslutad budget",
    row: "Rad",
    equity_row: "Eget kapital mot rekommendationen",
    export: "Exportera beslutet (JSON)",
    exported: "Sparad som {file}.",
    print: "Skriv ut beslutet",
    after: "Nytt scenario efter beslut",
    after_name: "{name} – efter beslut",
    after_done: "Scenariot {name} finns nu bland scenarierna. Beslutet är oförändrat.",
    compare_with: "Jämför med scenario",
    compare_none: "Ingen jämförelse",
    compare_caption: "{scenario} jämfört med beslutet",
    col_decided: "Beslutat",
    col_delta: "Skillnad",
    compare_summary: "{year}: resultatet {result} och utgående eget kapital {closing} jämfört med beslutet.",
    compare_same: "Inga skillnader mot beslutet.",
    check_heading: "Kontrollera en beslutsfil",
    check_intro: "Välj en beslutsfil som du har fått. Kontrollen görs här i webbläsaren: ingenting sparas och \
                  ingenting skickas.",
    check_file: "Beslutsfil",
    check_matches: "Fingeravtrycket stämmer: {name}, fastställd {date}, {reference}. Fingeravtryck {short}.",
    check_not_matching: "Fingeravtrycket stämmer inte: filen har ändrats efter beslutet. Filen anger {short}, \
                         innehållet ger {computed}.",
    read_failed: "Filen kunde inte läsas.",
};

static EN: DecisionTexts = DecisionTexts {
    heading: "Decisions",
    intro: "Record the budget the board decides. A decided budget can never be changed: it gets a fingerprint \
            (SHA-256) that shows no figure has changed since the decision, also in a file passed on.",
    decide_heading: "Record a decision",
    scenario: "Scenario",
    name: "Name of the decision",
    date: "Date of the decision",
    date_hint: "YYYY-MM-DD",
    reference: "Decision reference",
    reference_hint: "For example Styrelsen 2026-11-20 § 23",
    decide: "Decide",
    bad_date: "Give the date of the decision as YYYY-MM-DD, for example 2026-11-20.",
    decided: "Decided: {name}. Fingerprint {short}.",
    list_heading: "Decided budgets",
    none_yet: "No decisions yet.",
    decided_line: "Decided {date} · {reference}",
    fingerprint: "Fingerprint",
    full_fingerprint: "The whole fingerprint (SHA-256)",
    matches: "The fingerprint matches – no figure has changed since the decision.",
    not_matching: "The fingerprint does not match – the decision was changed after it was made.",
    read_only: "Read-only. To change anything, make a new scenario after the decision.",
    figures_caption: "Decided budget",
    row: "Row",
    equity_row: "Equity against the recommendation",
    export: "Export the decision (JSON)",
    exported: "Saved as {file}.",
    print: "Print the decision",
    after: "New scenario after the decision",
    after_name: "{name} – after the decision",
    after_done: "The scenario {name} is now among the scenarios. The decision is unchanged.",
    compare_with: "Compare with scenario",
    compare_none: "No comparison",
    compare_caption: "{scenario} compared with the decision",
    col_decided: "Decided",
    col_delta: "Difference",
    compare_summary: "{year}: the result {result} and closing equity {closing} compared with the decision.",
    compare_same: "No differences from the decision.",
    check_heading: "Check a decision file",
    check_intro: "Choose a decision file you have received. The check runs here in the browser: nothing is \
                  stored and nothing is sent.",
    check_file: "Decision file",
    check_matches: "The fingerprint matches: {name}, decided {date}, {reference}. Fingerprint {short}.",
    check_not_matching: "The fingerprint does not match: the file was changed after the decision. The file \
                         states {short}, its content gives {computed}.",
    read_failed: "The file could not be read.",
};
