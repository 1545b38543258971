//! Texts of "Klistra in tabell" (a budget table pasted as text, its preview with a meaning per row, and the
//! förbund it creates), in Swedish and English. `{n}` … are filled in.

use super::Lang;

/// The paste texts of one language.
#[derive(Debug)]
pub struct PasteTexts {
    /// Heading of the section.
    pub heading: &'static str,
    /// What it does.
    pub intro: &'static str,
    /// Label of the text area.
    pub text_label: &'static str,
    /// Button: read the pasted text.
    pub read: &'static str,
    /// Label: the first year, for a table without a year heading.
    pub first_year: &'static str,
    /// The first year is not a year.
    pub bad_year: &'static str,
    /// Label: the unit of the amounts.
    pub unit: &'static str,
    /// Unit choice: as the table says.
    pub unit_auto: &'static str,
    /// Heading of the preview.
    pub preview_heading: &'static str,
    /// What was found: `{rows}` rows, years `{years}`, unit `{unit}`.
    pub found: &'static str,
    /// A row whose amounts could be split in more than one way.
    pub ambiguous: &'static str,
    /// Column: the line of the pasted text.
    pub line: &'static str,
    /// Column: the row's label.
    pub label: &'static str,
    /// Column: what the row is.
    pub kind: &'static str,
    /// Accessible name of a row's select (`{label}`).
    pub kind_for: &'static str,
    /// Label of the new förbund's name.
    pub name: &'static str,
    /// Legend of the choice of what to create.
    pub target: &'static str,
    /// Choice: a new förbund.
    pub target_workspace: &'static str,
    /// Choice: a new scenario in the open förbund (`{name}`).
    pub target_scenario: &'static str,
    /// Label of the new scenario's name.
    pub scenario_name: &'static str,
    /// Button: create the scenario.
    pub create_scenario: &'static str,
    /// Done (`{name}`, `{forbund}`).
    pub created_scenario: &'static str,
    /// Button: create the förbund.
    pub create: &'static str,
    /// Button: drop the preview.
    pub cancel: &'static str,
    /// Done (`{name}`).
    pub created: &'static str,
    /// The name is empty.
    pub empty_name: &'static str,
    /// Heading of the check of the table's own figures.
    pub check_heading: &'static str,
    /// The same when the document's text is read too.
    pub check_heading_text: &'static str,
    /// The check found nothing.
    pub no_findings: &'static str,
    /// How many findings (`{n}`).
    pub findings_count: &'static str,
    /// Button: download the findings as CSV.
    pub download_findings: &'static str,
    /// Label of the optional box for the document's own text.
    pub document_label: &'static str,
    /// What the document's text is checked for.
    pub document_hint: &'static str,
    /// The document's text is too long: `{chars}`, `{max}`.
    pub document_too_long: &'static str,
    /// Row kinds, in the order of [`crate::ui::paste::KINDS`].
    pub kinds: [&'static str; 17],
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static PasteTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: PasteTexts = PasteTexts {
    heading: "Klistra in tabell",
    intro: "Kopiera budgettabellen i Word, Excel, LibreOffice eller en PDF-läsare och klistra in den här. \
            Du ser först hur varje rad läses och kan ändra det; inget sparas förrän du skapar förbundet.",
    text_label: "Tabellen som text",
    read: "Läs tabellen",
    first_year: "Första året (om tabellen inte har en rad med år)",
    bad_year: "Skriv det första året med fyra siffror, t.ex. 2027.",
    unit: "Beloppen är i",
    unit_auto: "det tabellen säger (t kr om det står där)",
    preview_heading: "Så här läses tabellen",
    found: "{rows} rader, år {years}, belopp i {unit}.",
    ambiguous: "Kontrollera: beloppen kunde delas på flera sätt.",
    line: "Rad",
    label: "Text",
    kind: "Är",
    kind_for: "Vad raden ”{label}” är",
    name: "Det nya förbundets namn",
    target: "Skapa",
    target_workspace: "ett nytt förbund",
    target_scenario: "ett nytt scenario i {name}",
    scenario_name: "Det nya scenariots namn",
    create_scenario: "Skapa scenariot",
    created_scenario: "Scenariot ”{name}” lades till i {forbund} och är öppet. Kontrollera siffrorna under Budget.",
    create: "Skapa förbundet",
    cancel: "Avbryt",
    created: "Förbundet ”{name}” skapades från tabellen. Kontrollera siffrorna under Budget och Kontroll mot dokumentet.",
    empty_name: "Ge förbundet ett namn.",
    check_heading: "Kontroll av tabellens egna siffror",
    check_heading_text: "Kontroll av tabellens egna siffror och dokumentets text",
    no_findings: "Tabellens summor, överföringar och fördelning stämmer med dess rader.",
    findings_count: "{n} iakttagelser:",
    download_findings: "Ladda ner kontrollen (CSV)",
    document_label: "Dokumentets text (valfritt)",
    document_hint: "Klistra in hela dokumentet (Ctrl+A, Ctrl+C) så läses också texten mot tabellen: rubrikens budgetår mot \
         beslutet, när insatserna enligt texten har medel, rader som texten inte nämner, räkneexempel, den statliga \
         tilldelningen och rekommendationen för eget kapital.",
    document_too_long: "Dokumentets text är för lång ({chars} tecken, högst {max}).",
    kinds: [
        "Rubrik (ny kostnadsgrupp)",
        "Medlemsbidrag: Försäkringskassan",
        "Medlemsbidrag: Arbetsförmedlingen",
        "Medlemsbidrag: region",
        "Medlemsbidrag: kommun",
        "Medlemsavgifter totalt",
        "Övrig intäkt",
        "Ingående eget kapital",
        "Kostnadsrad",
        "Summa övriga intäkter (enligt dokumentet)",
        "Summa intäkter (enligt dokumentet)",
        "Tillgängliga medel (enligt dokumentet)",
        "Summa kostnadsgrupp (enligt dokumentet)",
        "Summa kostnader (enligt dokumentet)",
        "Resultat (enligt dokumentet)",
        "Utgående eget kapital (enligt dokumentet)",
        "Används inte",
    ],
};

const EN: PasteTexts = PasteTexts {
    heading: "Paste a table",
    intro: "Copy the budget table in Word, Excel, LibreOffice or a PDF viewer and paste it here. You first see \
            how each row is read and can change it; nothing is saved until you create the förbund.",
    text_label: "The table as text",
    read: "Read the table",
    first_year: "First year (if the table has no row of years)",
    bad_year: "Write the first year with four digits, e.g. 2027.",
    unit: "The amounts are in",
    unit_auto: "what the table says (t kr if written there)",
    preview_heading: "How the table is read",
    found: "{rows} rows, years {years}, amounts in {unit}.",
    ambiguous: "Check: the amounts could be split in more than one way.",
    line: "Line",
    label: "Text",
    kind: "Is",
    kind_for: "What the row “{label}” is",
    name: "Name of the new förbund",
    target: "Create",
    target_workspace: "a new förbund",
    target_scenario: "a new scenario in {name}",
    scenario_name: "Name of the new scenario",
    create_scenario: "Create the scenario",
    created_scenario: "The scenario “{name}” was added to {forbund} and is open. Check the figures under Budget.",
    create: "Create the förbund",
    cancel: "Cancel",
    created: "The förbund “{name}” was created from the table. Check the figures under Budget and the document check.",
    empty_name: "Give the förbund a name.",
    check_heading: "Check of the table's own figures",
    check_heading_text: "Check of the table's own figures and the document's text",
    no_findings: "The table's totals, carry-forwards and split agree with its rows.",
    findings_count: "{n} findings:",
    download_findings: "Download the check (CSV)",
    document_label: "The document's text (optional)",
    document_hint: "Paste the whole document (Ctrl+A, Ctrl+C) and its text is read against the table too: the heading's \
         budget year against the decision, until when the text says each item is funded, rows the text never names, \
         worked examples, the state allocation and the equity recommendation.",
    document_too_long: "The document's text is too long ({chars} characters, at most {max}).",
    kinds: [
        "Heading (new cost group)",
        "Contribution: Försäkringskassan",
        "Contribution: Arbetsförmedlingen",
        "Contribution: region",
        "Contribution: municipality",
        "Member contributions, total",
        "Other income",
        "Opening equity",
        "Cost line",
        "Total other income (as stated)",
        "Total income (as stated)",
        "Available funds (as stated)",
        "Cost group total (as stated)",
        "Total costs (as stated)",
        "Result (as stated)",
        "Closing equity (as stated)",
        "Not used",
    ],
};
