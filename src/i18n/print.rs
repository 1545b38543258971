//! Texts of the printed board papers (A4): the paper's kind, when it was printed, the print button and the
//! page numbers, in Swedish and English.

use super::Lang;

/// The print texts of one language.
#[derive(Debug)]
pub struct PrintTexts {
    /// The budget page printed: the proposal that goes to the board.
    pub budget_paper: &'static str,
    /// The compare page printed.
    pub compare_paper: &'static str,
    /// Before the print date.
    pub printed_on: &'static str,
    /// Button: open the browser's print dialog.
    pub print: &'static str,
    /// What the print button makes.
    pub print_hint: &'static str,
    /// Caption of the printed table of every member's contribution per year (the unit follows).
    pub payers_caption: &'static str,
    /// Its first column.
    pub party: &'static str,
    /// Its total row.
    pub total: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static PrintTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: PrintTexts = PrintTexts {
    budget_paper: "Budgetförslag",
    compare_paper: "Jämförelse av scenarier",
    printed_on: "Utskrivet",
    print: "Skriv ut",
    print_hint: "A4 för styrelsen: bara siffror och text, med sidnummer.",
    payers_caption: "Vem betalar vad, alla år",
    party: "Part",
    total: "Medlemsbidrag totalt",
};

const EN: PrintTexts = PrintTexts {
    budget_paper: "Budget proposal",
    compare_paper: "Comparison of scenarios",
    printed_on: "Printed",
    print: "Print",
    print_hint: "A4 for the board: figures and text only, with page numbers.",
    payers_caption: "Who pays what, every year",
    party: "Party",
    total: "Member contributions in total",
};
