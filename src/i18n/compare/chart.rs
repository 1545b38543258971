//! Texts of the compare screen's charts, in Swedish and English.

/// Texts of the charts.
#[derive(Debug)]
pub struct ChartTexts {
    /// Title of the result and equity chart.
    pub equity_title: &'static str,
    /// Title of the who-pays chart.
    pub payers_title: &'static str,
    /// Legend entry of the recommended-maximum marker.
    pub max_marker: &'static str,
    /// Opens the chart's table.
    pub show_table: &'static str,
    /// Column: year.
    pub year: &'static str,
    /// Column: scenario.
    pub scenario: &'static str,
    /// Column / word: total.
    pub total: &'static str,
    /// Column: closing equity as a share of contributions.
    pub share: &'static str,
    /// Description of one equity bar: `{year}`, `{scenario}`, `{result}`, `{closing}`.
    pub equity_desc: &'static str,
    /// Appended when there is a recommendation: `{max}`.
    pub equity_desc_max: &'static str,
    /// Description of one who-pays bar: `{year}`, `{scenario}`, `{parties}`, `{total}`.
    pub payers_desc: &'static str,
}

pub(super) const SV: ChartTexts = ChartTexts {
    equity_title: "Årets resultat och utgående eget kapital",
    payers_title: "Vem betalar: medlemsbidrag per part",
    max_marker: "Rekommenderat högsta eget kapital (streckad linje)",
    show_table: "Visa siffrorna som tabell",
    year: "År",
    scenario: "Scenario",
    total: "Totalt",
    share: "Andel av medlemsbidragen",
    equity_desc: "{year}, {scenario}: årets resultat {result}, utgående eget kapital {closing}",
    equity_desc_max: ", rekommenderat högst {max}",
    payers_desc: "{year}, {scenario}: {parties}; totalt {total}",
};

pub(super) const EN: ChartTexts = ChartTexts {
    equity_title: "Result for the year and closing equity",
    payers_title: "Who pays: member contributions per party",
    max_marker: "Recommended maximum equity (dashed line)",
    show_table: "Show the figures as a table",
    year: "Year",
    scenario: "Scenario",
    total: "Total",
    share: "Share of member contributions",
    equity_desc: "{year}, {scenario}: result {result}, closing equity {closing}",
    equity_desc_max: ", recommended at most {max}",
    payers_desc: "{year}, {scenario}: {parties}; total {total}",
};
