//! Texts of the form that adds figures "enligt dokumentet" under the document check, in Swedish and English.

use super::Lang;

/// The stated-figure texts of one language.
#[derive(Debug)]
pub struct DocumentTexts {
    /// Legend of the form.
    pub add_heading: &'static str,
    /// Label: which figure.
    pub figure: &'static str,
    /// Label: the year.
    pub year: &'static str,
    /// Label: the amount as printed.
    pub amount: &'static str,
    /// Label: where it is printed.
    pub source: &'static str,
    /// Button: add.
    pub add: &'static str,
    /// Done: added.
    pub added: &'static str,
    /// Button: remove one.
    pub remove: &'static str,
    /// Figure names.
    pub contributions: &'static str,
    /// Figure names.
    pub other_income: &'static str,
    /// Figure names.
    pub income: &'static str,
    /// Figure names.
    pub opening: &'static str,
    /// Figure names.
    pub available: &'static str,
    /// Before a group's name.
    pub subtotal: &'static str,
    /// Figure names.
    pub costs: &'static str,
    /// Figure names.
    pub result: &'static str,
    /// Figure names.
    pub closing: &'static str,
    /// Before a member's name.
    pub paid_by: &'static str,
    /// Before the equity verdict on the printed closing equity.
    pub printed_equity: &'static str,
    /// An amount outside its catalogue item's period: `{line}`, `{year}`, `{amount}`, `{period}`.
    pub outside_period: &'static str,
    /// After it, when the amount is the scenario's own.
    pub own_amount: &'static str,
    /// A period with only a start: `{start}`.
    pub period_from: &'static str,
    /// A period with only an end: `{end}`.
    pub period_until: &'static str,
    /// Heading of the findings kept from the pasted document.
    pub source_heading: &'static str,
    /// What they are: `{title}` (the document's), `{years}`.
    pub source_intro: &'static str,
    /// The same without a title: `{name}` (the scenario's), `{years}`.
    pub source_intro_untitled: &'static str,
    /// When the document's text was read too.
    pub source_text_read: &'static str,
    /// Nothing was found.
    pub source_none: &'static str,
    /// Button: the findings as CSV.
    pub source_download: &'static str,
    /// The CSV file's name.
    pub source_file: &'static str,
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static DocumentTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: DocumentTexts = DocumentTexts {
    add_heading: "Ange en siffra enligt dokumentet",
    figure: "Siffra",
    year: "År",
    amount: "Belopp enligt dokumentet",
    source: "Var i dokumentet (valfritt)",
    add: "Lägg till",
    added: "Tillagd enligt dokumentet",
    remove: "Ta bort",
    contributions: "Medlemsbidrag",
    other_income: "Summa övriga intäkter",
    income: "Summa intäkter",
    opening: "Ingående eget kapital",
    available: "Tillgängliga medel",
    subtotal: "Summa",
    costs: "Summa kostnader",
    result: "Årets resultat",
    closing: "Utgående eget kapital",
    paid_by: "Medlemsbidrag",
    printed_equity: "Enligt dokumentets egna siffror:",
    outside_period: "{line}, {year}: {amount} fast insatsens period är {period}.",
    own_amount: " (scenariots eget belopp)",
    period_from: "från {start}",
    period_until: "till {end}",
    source_heading: "Kontroll av det inklistrade dokumentet",
    source_intro: "När scenariot klistrades in från ”{title}” ({years}) hittade kontrollen:",
    source_intro_untitled: "När scenariot ”{name}” klistrades in ({years}) hittade kontrollen:",
    source_text_read: "Dokumentets text lästes också mot tabellen.",
    source_none: "Inga iakttagelser: tabellens summor, överföringar och fördelning stämde.",
    source_download: "Ladda ner iakttagelserna (CSV)",
    source_file: "kontroll-av-dokumentet.csv",
};

const EN: DocumentTexts = DocumentTexts {
    add_heading: "Add a figure as stated in the document",
    figure: "Figure",
    year: "Year",
    amount: "Amount as stated",
    source: "Where in the document (optional)",
    add: "Add",
    added: "Added as stated",
    remove: "Remove",
    contributions: "Member contributions",
    other_income: "Total other income",
    income: "Total income",
    opening: "Opening equity",
    available: "Available funds",
    subtotal: "Total",
    costs: "Total costs",
    result: "Result for the year",
    closing: "Closing equity",
    paid_by: "Contribution",
    printed_equity: "On the document's own figures:",
    outside_period: "{line}, {year}: {amount} although the item's period is {period}.",
    own_amount: " (this scenario's own amount)",
    period_from: "from {start}",
    period_until: "until {end}",
    source_heading: "Check of the pasted document",
    source_intro: "When the scenario was pasted from “{title}” ({years}) the check found:",
    source_intro_untitled: "When the scenario “{name}” was pasted ({years}) the check found:",
    source_text_read: "The document's text was read against the table too.",
    source_none: "No findings: the table's totals, carry-forwards and split agreed.",
    source_download: "Download the findings (CSV)",
    source_file: "document-check.csv",
};
