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
    /// A decided budget printed, for the minutes.
    pub decision_paper: &'static str,
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
    /// Label of the choice of what to print.
    pub choose_paper: &'static str,
    /// Option: the budget proposal.
    pub paper_budget: &'static str,
    /// Option: a letter for every member.
    pub paper_all_letters: &'static str,
    /// Option prefix: the letter for one member (its name follows).
    pub paper_one_letter: &'static str,
    /// Title of a letter (the member's name follows).
    pub letter_title: &'static str,
    /// Letter table: year column.
    pub col_year: &'static str,
    /// Letter table: what the member pays.
    pub col_pays: &'static str,
    /// Letter table: change from the year before.
    pub col_change: &'static str,
    /// Letter table: share of all contributions.
    pub col_share: &'static str,
    /// After an overview-plan year.
    pub overview_plan: &'static str,
    /// The state's half.
    pub side_state: &'static str,
    /// The regional quarter.
    pub side_regions: &'static str,
    /// The municipal quarter.
    pub side_municipalities: &'static str,
    /// Key made of fixed parts.
    pub key_fixed: &'static str,
    /// Key made of population.
    pub key_population: &'static str,
    /// Key blended from population and a second measure.
    pub key_blend: &'static str,
    /// Between the member's figure and the side's total.
    pub of: &'static str,
    /// The only member of its side (its name comes first).
    pub alone: &'static str,
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
    decision_paper: "Beslut",
    printed_on: "Utskrivet",
    print: "Skriv ut",
    print_hint: "A4 för styrelsen: bara siffror och text, med sidnummer.",
    payers_caption: "Vem betalar vad, alla år",
    party: "Part",
    total: "Medlemsbidrag totalt",
    choose_paper: "Utskrift",
    paper_budget: "Budgetförslag",
    paper_all_letters: "Budgetunderlag för alla medlemmar",
    paper_one_letter: "Budgetunderlag för",
    letter_title: "Budgetunderlag för",
    col_year: "År",
    col_pays: "Betalar",
    col_change: "Förändring mot året före",
    col_share: "Andel av medlemsbidragen",
    overview_plan: "(översiktsplan)",
    side_state: "Försäkringskassan betalar statens hälft av medlemsbidragen, även Arbetsförmedlingens del (5 § Finsamlagen).",
    side_regions: "Regionerna betalar tillsammans en fjärdedel av medlemsbidragen (5 § Finsamlagen)",
    side_municipalities: "Kommunerna betalar tillsammans en fjärdedel av medlemsbidragen (5 § Finsamlagen)",
    key_fixed: "fördelad med fasta andelar",
    key_population: "fördelad efter folkmängd",
    key_blend: "fördelad efter folkmängd vägd med ett andra mått (se förbundets fördelningsnyckel)",
    of: "av",
    alone: "betalar hela den delen",
};

const EN: PrintTexts = PrintTexts {
    budget_paper: "Budget proposal",
    compare_paper: "Comparison of scenarios",
    decision_paper: "Decision",
    printed_on: "Printed",
    print: "Print",
    print_hint: "A4 for the board: figures and text only, with page numbers.",
    payers_caption: "Who pays what, every year",
    party: "Party",
    total: "Member contributions in total",
    choose_paper: "Paper to print",
    paper_budget: "Budget proposal",
    paper_all_letters: "Budget basis for every member",
    paper_one_letter: "Budget basis for",
    letter_title: "Budget basis for",
    col_year: "Year",
    col_pays: "Pays",
    col_change: "Change from the year before",
    col_share: "Share of member contributions",
    overview_plan: "(overview plan)",
    side_state: "Försäkringskassan pays the state half of the contributions, Arbetsförmedlingen's part included (5 § Finsamlagen).",
    side_regions: "The regions together pay a quarter of the contributions (5 § Finsamlagen)",
    side_municipalities: "The municipalities together pay a quarter of the contributions (5 § Finsamlagen)",
    key_fixed: "split by fixed parts",
    key_population: "split by population",
    key_blend: "split by population blended with a second measure (see the förbund's key)",
    of: "of",
    alone: "pays all of it",
};
