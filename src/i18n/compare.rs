//! Texts of the compare screen and its charts, in Swedish and English. Templates name their
//! placeholders in braces (`{a}`, `{amount}`); the UI fills them with engine figures.

mod chart;

use super::Lang;
use crate::engine::compare::RowKind;
pub use chart::ChartTexts;

/// The compare screen's texts.
#[derive(Debug)]
pub struct CompareTexts {
    /// Heading of the screen.
    pub heading: &'static str,
    /// One line under the heading.
    pub intro: &'static str,
    /// Legend of the scenario checkboxes.
    pub choose_legend: &'static str,
    /// Marks the baseline scenario.
    pub baseline_mark: &'static str,
    /// Label of the baseline picker.
    pub baseline_label: &'static str,
    /// Shown when four scenarios are chosen.
    pub max_reached: &'static str,
    /// Shown when fewer than two are chosen.
    pub too_few: &'static str,
    /// Shown when the workspace has a single scenario.
    pub only_one_scenario: &'static str,
    /// Shown when a chosen scenario cannot be computed.
    pub cannot_compute: &'static str,
    /// Label of the year picker.
    pub year: &'static str,
    /// The year picker's "every year" option.
    pub all_years: &'static str,
    /// The toggle that hides equal rows.
    pub only_differing: &'static str,
    /// Shown when the toggle hides every row.
    pub no_row_differs: &'static str,
    /// Shown for a year no other scenario spans: `{year}`.
    pub not_compared: &'static str,
    /// Heading of the summary in words.
    pub summary: &'static str,
    /// Caption of the table: `{baseline}`, `{unit}`.
    pub table_caption: &'static str,
    /// Header of the row-label column.
    pub line: &'static str,
    /// Column: a scenario's amount.
    pub amount: &'static str,
    /// Column: difference in kr against the baseline.
    pub delta: &'static str,
    /// Column: difference in % against the baseline.
    pub delta_percent: &'static str,
    /// Row labels of the fixed rows.
    pub rows: RowTexts,
    /// Summary sentence templates.
    pub sentence: SentenceTexts,
    /// Chart texts.
    pub chart: ChartTexts,
}

/// Names of the comparison's fixed rows.
#[derive(Debug)]
pub struct RowTexts {
    /// Total member contributions.
    pub contributions: &'static str,
    /// Total other income.
    pub other_income_total: &'static str,
    /// Summa intäkter.
    pub income_total: &'static str,
    /// Opening equity.
    pub opening_equity: &'static str,
    /// Tillgängliga medel.
    pub available_funds: &'static str,
    /// Prefix of a cost group's subtotal.
    pub group_total: &'static str,
    /// Summa kostnader.
    pub costs_total: &'static str,
    /// Årets resultat.
    pub result: &'static str,
    /// Closing equity.
    pub closing_equity: &'static str,
    /// Recommended maximum equity.
    pub recommended_max: &'static str,
    /// State money left unused.
    pub unused_state_money: &'static str,
}

impl RowTexts {
    /// The name a comparison row is shown with: a line's or party's own `label`, "Summa <group>" for a group
    /// total, otherwise the fixed row's name.
    pub fn row_name(&self, kind: RowKind, label: &str) -> String {
        let fixed = match kind {
            RowKind::Party | RowKind::OtherIncomeLine | RowKind::CostLine => {
                return label.to_string()
            }
            RowKind::GroupTotal => return format!("{} {}", self.group_total, label.to_lowercase()),
            RowKind::Contributions => self.contributions,
            RowKind::OtherIncomeTotal => self.other_income_total,
            RowKind::IncomeTotal => self.income_total,
            RowKind::OpeningEquity => self.opening_equity,
            RowKind::AvailableFunds => self.available_funds,
            RowKind::CostsTotal => self.costs_total,
            RowKind::Result => self.result,
            RowKind::ClosingEquity => self.closing_equity,
            RowKind::RecommendedMax => self.recommended_max,
            RowKind::UnusedStateMoney => self.unused_state_money,
        };
        fixed.to_string()
    }
}

/// Pieces of the summary sentence (`{a}` baseline, `{b}` other scenario).
#[derive(Debug)]
pub struct SentenceTexts {
    /// `{b}`, `{amount}`, `{a}`: B gives more.
    pub more: &'static str,
    /// `{b}`, `{amount}`, `{a}`: B gives less.
    pub less: &'static str,
    /// `{b}`, `{a}`: the same total.
    pub same: &'static str,
    /// First party clause: `{party}`, `{amount}`, more.
    pub party_first_more: &'static str,
    /// First party clause: less.
    pub party_first_less: &'static str,
    /// Further party clauses: `{party}`, `{amount}`, more.
    pub party_more: &'static str,
    /// Further party clauses: less.
    pub party_less: &'static str,
    /// Joins the last two items of a list.
    pub and: &'static str,
    /// `{year}`, `{b}`, `{a}`: closing equity of both.
    pub equity: &'static str,
    /// `{share}`: one recommendation for both.
    pub recommendation: &'static str,
    /// `{share_b}`, `{b}`, `{share_a}`, `{a}`: different recommendations.
    pub recommendations: &'static str,
    /// Both are above the recommendation.
    pub both_over: &'static str,
    /// Both are within it.
    pub both_within: &'static str,
    /// `{name}` is above it, the other within.
    pub one_over: &'static str,
    /// `{b}`, `{a}`: no year in common.
    pub no_common_year: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static CompareTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: CompareTexts = CompareTexts {
    heading: "Jämför scenarier",
    intro: "Välj två till fyra scenarier. Skillnaderna räknas mot jämförelsebasen.",
    choose_legend: "Scenarier att jämföra (2–4)",
    baseline_mark: "jämförelsebas",
    baseline_label: "Jämför mot",
    max_reached: "Fyra scenarier är valda; avmarkera ett för att välja ett annat.",
    too_few: "Välj minst två scenarier för att jämföra.",
    only_one_scenario: "Förbundet har bara ett scenario. Lägg till ett scenario för att kunna jämföra.",
    cannot_compute: "Något av de valda scenarierna kan inte räknas fram. Öppna det på budgetsidan för att se varför.",
    year: "År",
    all_years: "Alla år",
    only_differing: "Visa bara rader som skiljer sig",
    no_row_differs: "Inga rader skiljer sig.",
    not_compared: "Inget av de andra valda scenarierna omfattar {year}.",
    summary: "Sammanfattning",
    table_caption: "Jämförelse mot {baseline}, belopp i {unit}",
    line: "Rad",
    amount: "Belopp",
    delta: "Skillnad",
    delta_percent: "Skillnad i %",
    rows: RowTexts {
        contributions: "Medlemsbidrag",
        other_income_total: "Summa övriga intäkter",
        income_total: "Summa intäkter",
        opening_equity: "Ingående eget kapital",
        available_funds: "Tillgängliga medel",
        group_total: "Summa",
        costs_total: "Summa kostnader",
        result: "Årets resultat",
        closing_equity: "Utgående eget kapital",
        recommended_max: "Rekommenderat högsta eget kapital",
        unused_state_money: "Outnyttjade statliga medel",
    },
    sentence: SentenceTexts {
        more: "{b} ger {amount} mer i medlemsbidrag än {a}",
        less: "{b} ger {amount} mindre i medlemsbidrag än {a}",
        same: "{b} ger lika mycket i medlemsbidrag som {a}",
        party_first_more: "{party} betalar {amount} mer",
        party_first_less: "{party} betalar {amount} mindre",
        party_more: "{party} {amount} mer",
        party_less: "{party} {amount} mindre",
        and: " och ",
        equity: "utgående eget kapital {year}: {b} mot {a}",
        recommendation: "rekommendationen är högst {share}",
        recommendations: "rekommendationen är högst {share_b} för {b} och {share_a} för {a}",
        both_over: " och båda ligger över den",
        both_within: " och båda ligger inom den",
        one_over: " och {name} ligger över den",
        no_common_year: "{b} och {a} har inget år gemensamt",
    },
    chart: chart::SV,
};

const EN: CompareTexts = CompareTexts {
    heading: "Compare scenarios",
    intro: "Choose two to four scenarios. Differences are against the baseline.",
    choose_legend: "Scenarios to compare (2–4)",
    baseline_mark: "baseline",
    baseline_label: "Compare with",
    max_reached: "Four scenarios are chosen; untick one to choose another.",
    too_few: "Choose at least two scenarios to compare.",
    only_one_scenario: "This association has a single scenario. Add a scenario to compare.",
    cannot_compute:
        "One of the chosen scenarios cannot be computed. Open it on the budget page to see why.",
    year: "Year",
    all_years: "All years",
    only_differing: "Show only rows that differ",
    no_row_differs: "No row differs.",
    not_compared: "None of the other chosen scenarios spans {year}.",
    summary: "Summary",
    table_caption: "Comparison with {baseline}, amounts in {unit}",
    line: "Line",
    amount: "Amount",
    delta: "Difference",
    delta_percent: "Difference in %",
    rows: RowTexts {
        contributions: "Member contributions",
        other_income_total: "Total other income",
        income_total: "Total income",
        opening_equity: "Opening equity",
        available_funds: "Available funds",
        group_total: "Total",
        costs_total: "Total costs",
        result: "Result for the year",
        closing_equity: "Closing equity",
        recommended_max: "Recommended maximum equity",
        unused_state_money: "Unused state money",
    },
    sentence: SentenceTexts {
        more: "{b} gives {amount} more in member contributions than {a}",
        less: "{b} gives {amount} less in member contributions than {a}",
        same: "{b} gives the same member contributions as {a}",
        party_first_more: "{party} pays {amount} more",
        party_first_less: "{party} pays {amount} less",
        party_more: "{party} {amount} more",
        party_less: "{party} {amount} less",
        and: " and ",
        equity: "closing equity {year}: {b} vs {a}",
        recommendation: "the recommendation is at most {share}",
        recommendations: "the recommendation is at most {share_b} for {b} and {share_a} for {a}",
        both_over: " and both are above it",
        both_within: " and both are within it",
        one_over: " and {name} is above it",
        no_common_year: "{b} and {a} have no year in common",
    },
    chart: chart::EN,
};
