//! Texts of the funding and equity panels, in Swedish and English. Sentences with figures are
//! functions that take the already formatted amounts (the engine computes, the UI formats).

mod en;
mod sv;

use super::Lang;

/// The funding and equity panels' texts.
#[derive(Debug)]
pub struct FundingTexts {
    /// Heading of the funding panel.
    pub heading: &'static str,
    /// One paragraph under the heading: the ½/¼/¼ rule.
    pub intro: &'static str,
    /// Label of the year picker.
    pub year: &'static str,
    /// Legend of the option radio group (the year follows).
    pub option_legend: &'static str,
    /// Option 1 and its hint.
    pub option_approved: &'static str,
    /// Hint under option 1.
    pub option_approved_hint: &'static str,
    /// Option 2.
    pub option_maximum: &'static str,
    /// Hint under option 2.
    pub option_maximum_hint: &'static str,
    /// Option 3.
    pub option_manual: &'static str,
    /// Hint under option 3.
    pub option_manual_hint: &'static str,
    /// Caption of the frames / amounts table (the year follows).
    pub inputs_caption: &'static str,
    /// Column: the party.
    pub col_party: &'static str,
    /// Column: its frame or the state offer.
    pub col_frame: &'static str,
    /// Column: what it pays.
    pub col_pays: &'static str,
    /// Column: the raise of its frame needed (option 2).
    pub col_raise: &'static str,
    /// Column: the amount typed (option 3).
    pub col_manual: &'static str,
    /// Field label: the state offer S (the year follows).
    pub state_offer_label: &'static str,
    /// Field label prefix: a region's approved maximum ("… for Region Skåne 2016").
    pub region_frame_label: &'static str,
    /// Field label prefix: a municipality's approved frame.
    pub municipal_frame_label: &'static str,
    /// Label: the state allocation told as the förbund's whole allocation (state half × 2).
    pub total_allocation_label: &'static str,
    /// Label: the municipalities' frames told as one total, split by the key.
    pub municipal_total_label: &'static str,
    /// Under the municipal total: how it is split.
    pub municipal_total_note: &'static str,
    /// Field label prefix: a party's manual amount.
    pub manual_label: &'static str,
    /// A side member without a frame.
    pub no_frame: &'static str,
    /// Button prefix: give the party a frame.
    pub add_frame: &'static str,
    /// Button prefix: remove the party's frame.
    pub remove_frame: &'static str,
    /// Short note on the Arbetsförmedlingen row.
    pub af_short: &'static str,
    /// Full note under the tables about Arbetsförmedlingen.
    pub af_note: &'static str,
    /// Fact: total member contributions.
    pub total_contributions: &'static str,
    /// Fact: the state offer S.
    pub state_offer: &'static str,
    /// Fact: the quarter q.
    pub quarter: &'static str,
    /// Fact: state money left unused, S − 2q.
    pub unused: &'static str,
    /// Fact: who limits the allocation.
    pub binding: &'static str,
    /// The state side as the subject of a sentence.
    pub state_side: &'static str,
    /// Several regions (names follow in parentheses).
    pub regions_side: &'static str,
    /// Several municipalities (names follow in parentheses).
    pub municipalities_side: &'static str,
    /// "X limits" / "X and Y limit equally" / under option 2 "with approved frames X would limit".
    pub binding_sentence: fn(subjects: &str, tie: bool, hypothetical: bool) -> String,
    /// Joins the last two subjects ("och" / "and").
    pub and: &'static str,
    /// Manual amounts: no binding side.
    pub manual_no_binding: &'static str,
    /// Heading of the warning box.
    pub warnings_heading: &'static str,
    /// Prefix of an engine error.
    pub not_computable: &'static str,
    /// Status after a refused change.
    pub refused: &'static str,
    /// Heading of the who-pays table.
    pub who_pays_heading: &'static str,
    /// Caption of the who-pays table (the year follows).
    pub who_pays_caption: &'static str,
    /// Column: the amount.
    pub col_amount: &'static str,
    /// Column: share of the total.
    pub col_share: &'static str,
    /// Column: change against a year ("… 2015").
    pub col_vs_year: &'static str,
    /// Column: change against the baseline.
    pub col_vs_baseline: &'static str,
    /// The total row.
    pub total: &'static str,
    /// Screen-reader text of an empty change cell.
    pub nothing_to_compare: &'static str,
    /// Label of the baseline picker.
    pub baseline_label: &'static str,
    /// The picker's "no baseline" choice.
    pub baseline_none: &'static str,
    /// Note when the open scenario is the baseline or no baseline is set.
    pub baseline_note: &'static str,
    /// Button: create the pair of scenarios.
    pub pair_button: &'static str,
    /// Hint next to the pair button.
    pub pair_hint: &'static str,
    /// Status after the pair was created.
    pub pair_created: fn(first: &str, second: &str) -> String,
    /// Heading of the equity panel.
    pub equity_heading: &'static str,
    /// One paragraph under it.
    pub equity_intro: &'static str,
    /// Badge: over the recommendation.
    pub badge_over: &'static str,
    /// Badge: within it.
    pub badge_within: &'static str,
    /// Badge: negative equity.
    pub badge_negative: &'static str,
    /// Closing equity above the recommended maximum.
    pub equity_over: fn(year: &str, closing: &str, max: &str, over: &str) -> String,
    /// Closing equity within the recommendation.
    pub equity_within: fn(year: &str, closing: &str, percent: &str, max: &str) -> String,
    /// Closing equity below zero.
    pub equity_negative: fn(year: &str, closing: &str) -> String,
    /// The step table is empty.
    pub equity_no_recommendation: fn(year: &str, closing: &str) -> String,
    /// The applied row is *att bekräfta*.
    pub equity_unconfirmed: fn(percent: &str, up_to: &str) -> String,
    /// The contributions are above every row.
    pub equity_outside_table: fn(contributions: &str, up_to: &str) -> String,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static FundingTexts {
    match lang {
        Lang::Sv => &sv::SV,
        Lang::En => &en::EN,
    }
}

/// `text` with its first letter in upper case.
pub fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
