//! Every text the UI shows, in Swedish (the default) and English. Pure: no web crates.
//!
//! A text missing in one language is a compile error, because both languages fill the same struct.

pub mod budget;
pub mod catalogue;
pub mod change;
pub mod compare;
pub mod conflict;
pub mod decision;
pub mod document;
mod en;
pub mod exchange;
pub mod funding;
pub mod history;
pub mod meeting;
pub mod overview;
pub mod paste;
pub mod print;
pub mod recovery;
pub mod settings;
pub mod storage;
mod sv;

use serde::{Deserialize, Serialize};

/// The UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Lang {
    /// Svenska, the default.
    #[default]
    Sv,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    /// The other language (for the toggle button).
    pub fn other(self) -> Lang {
        match self {
            Lang::Sv => Lang::En,
            Lang::En => Lang::Sv,
        }
    }

    /// The texts of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::Sv => &sv::TEXTS,
            Lang::En => &en::TEXTS,
        }
    }
}

/// All UI texts of one language.
#[derive(Debug)]
pub struct Texts {
    /// Name of the app in the header and the document title.
    pub app_name: &'static str,
    /// One line under the name.
    pub tagline: &'static str,
    /// The skip link to the main content.
    pub skip_to_content: &'static str,
    /// Shown while a page's code is fetched the first time it opens.
    pub page_loading: &'static str,
    /// Shown when a page's code could not be fetched.
    pub page_load_failed: &'static str,
    /// The button that fetches a page's code again.
    pub page_load_retry: &'static str,
    /// Label of the button that switches to the other language, written in that language.
    pub switch_language: &'static str,
    /// Accessible name of the page navigation.
    pub navigation: &'static str,
    /// Navigation: the workspace overview.
    pub page_overview: &'static str,
    /// Navigation: the scenario's budget.
    pub page_budget: &'static str,
    /// Navigation: the catalogue of assignments.
    pub page_catalogue: &'static str,
    /// Navigation: comparison of scenarios.
    pub page_compare: &'static str,
    /// Navigation: the decided budgets.
    pub page_decision: &'static str,
    /// Navigation: export and import.
    pub page_exchange: &'static str,
    /// Navigation: settings.
    pub page_settings: &'static str,
    /// Navigation: the change history page.
    pub page_history: &'static str,
    /// Label of the workspace picker.
    pub workspace: &'static str,
    /// Label of the scenario picker.
    pub scenario: &'static str,
    /// Label of the kr / t kr display toggle.
    pub display_unit: &'static str,
    /// Organisation number prefix.
    pub org_number: &'static str,
    /// Shown when the app hits an internal error (panic hook).
    pub internal_error: &'static str,
    /// Budget table caption prefix.
    pub budget_caption: &'static str,
    /// Header of the first column.
    pub line: &'static str,
    /// Block heading for income.
    pub income: &'static str,
    /// Member contributions total.
    pub member_contributions: &'static str,
    /// Other income (interest, ESF …).
    pub other_income: &'static str,
    /// Sum of income.
    pub total_income: &'static str,
    /// Opening equity.
    pub opening_equity: &'static str,
    /// Block heading for costs.
    pub costs: &'static str,
    /// Prefix of a cost group subtotal.
    pub subtotal: &'static str,
    /// Sum of costs.
    pub total_costs: &'static str,
    /// Result of the year.
    pub result: &'static str,
    /// Closing equity.
    pub closing_equity: &'static str,
    /// Equity as a share of member contributions.
    pub equity_share: &'static str,
    /// Recommended maximum equity.
    pub recommended_max: &'static str,
    /// Within the recommendation.
    pub within_recommendation: &'static str,
    /// Above the recommendation by (amount follows).
    pub above_recommendation_by: &'static str,
    /// Row header of the equity verdict (within / above the recommendation).
    pub equity_verdict: &'static str,
    /// Marks a year that is only an overview plan.
    pub overview_plan: &'static str,
    /// Accessible label prefix for an amount input.
    pub amount_for: &'static str,
    /// Note under a cost field holding a negative amount.
    pub negative_cost: &'static str,
    /// Heading of the document check.
    pub document_check: &'static str,
    /// Document check: stated figure.
    pub stated: &'static str,
    /// Document check: computed figure.
    pub computed: &'static str,
    /// Document check: difference.
    pub difference: &'static str,
    /// Document check: figures agree.
    pub agrees: &'static str,
    /// Document check: column with the figure's name.
    pub figure: &'static str,
    /// Document check: column with the year.
    pub year: &'static str,
    /// Document check: explanation under the heading.
    pub document_check_intro: &'static str,
    /// Footer: where the data lives.
    pub privacy_note: &'static str,
}
