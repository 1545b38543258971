//! English texts of the funding and equity panels.

use super::{capitalized, FundingTexts};

pub(super) const EN: FundingTexts = FundingTexts {
    heading: "Funding and member contributions",
    intro: "Försäkringskassan pays half, the region and the municipalities a quarter each (section 5 of the Finsam Act). The smallest contributor caps the whole budget.",
    year: "Year",
    option_legend: "Funding option",
    option_approved: "Approved frames",
    option_approved_hint: "The quarter is the smallest of half the state offer and the parties' approved frames.",
    option_maximum: "Maximum state allocation",
    option_maximum_hint: "The whole possible state allocation is accepted; the region and municipalities must match it.",
    option_manual: "Manual amounts",
    option_manual_hint: "Type each party's amount; the app checks the ½/¼/¼ split.",
    inputs_caption: "Frames and amounts",
    col_party: "Party",
    col_frame: "Possible allocation / approved frame",
    col_pays: "Pays",
    col_raise: "Frame must rise by",
    col_manual: "Amount",
    state_offer_label: "Possible state allocation",
    region_frame_label: "Approved maximum for",
    municipal_frame_label: "Approved frame for",
    total_allocation_label: "Or as the total allocation (the state half × 2)",
    municipal_total_label: "Or the municipalities' frames together",
    municipal_total_note: "Split between the municipalities by the key (largest remainder), so the parts add up to the total.",
    manual_label: "Manual amount for",
    no_frame: "No approved frame – does not limit",
    add_frame: "Set a frame for",
    remove_frame: "Remove the frame for",
    af_short: "paid by Försäkringskassan",
    af_note: "Arbetsförmedlingen pays no contribution of its own: Försäkringskassan pays the state half, including Arbetsförmedlingen's part.",
    total_contributions: "Total member contributions",
    state_offer: "Possible state allocation (S)",
    quarter: "Quarter (q)",
    unused: "State money left unused (S − 2q)",
    binding: "Limiting party",
    state_side: "the state offer",
    regions_side: "the regions",
    municipalities_side: "the municipalities",
    binding_sentence: binding_en,
    and: "and",
    manual_no_binding: "Manual amounts: no party limits; the ½/¼/¼ split is checked instead.",
    warnings_heading: "To check",
    not_computable: "The funding cannot be computed:",
    refused: "The change was not made:",
    who_pays_heading: "Who pays what",
    who_pays_caption: "Who pays what",
    col_amount: "Amount",
    col_share: "Share of total",
    col_vs_year: "Change against",
    col_vs_baseline: "Change against the baseline",
    total: "Total",
    nothing_to_compare: "nothing to compare with",
    baseline_label: "Baseline to compare with",
    baseline_none: "No baseline",
    baseline_note: "Choose a baseline to see how much more or less each party pays than in it. The baseline is not compared with itself.",
    pair_button: "Create the pair Maximum state allocation / Approved frame",
    pair_hint: "Adds two copies of the scenario right after it, one with each option, so the board can compare them.",
    pair_created: pair_created_en,
    equity_heading: "Equity against the recommendation",
    equity_intro: "The National Council's recommendation: saved funds should be at most a share of the year's member contributions.",
    badge_over: "Above the recommendation",
    badge_within: "Within the recommendation",
    badge_negative: "Negative equity",
    equity_over: over_en,
    equity_within: within_en,
    equity_negative: negative_en,
    equity_no_recommendation: no_recommendation_en,
    equity_unconfirmed: unconfirmed_en,
    equity_outside_table: outside_en,
};

fn binding_en(subjects: &str, tie: bool, hypothetical: bool) -> String {
    match (hypothetical, tie) {
        (true, true) => format!("With approved frames {subjects} would limit equally."),
        (true, false) => format!("With approved frames {subjects} would limit."),
        (false, true) => format!("{} limit equally.", capitalized(subjects)),
        (false, false) => format!("{} limits.", capitalized(subjects)),
    }
}

fn pair_created_en(first: &str, second: &str) -> String {
    format!("Created the scenarios “{first}” and “{second}”. Choose them under Scenario.")
}

fn over_en(year: &str, closing: &str, max: &str, over: &str) -> String {
    format!("Closing equity {year} ({closing}) exceeds the recommended level ({max}) by {over} – risk of a lower state allocation in coming years.")
}

fn within_en(year: &str, closing: &str, percent: &str, max: &str) -> String {
    format!("Closing equity {year} ({closing}) is within the recommendation (at most {percent} of member contributions, {max}).")
}

fn negative_en(year: &str, closing: &str) -> String {
    format!("Equity becomes negative {year} ({closing}): costs exceed income and saved funds. Reduce costs or increase income.")
}

fn no_recommendation_en(year: &str, closing: &str) -> String {
    format!("Closing equity {year} is {closing}. No recommendation is set: the table under Settings is empty.")
}

fn unconfirmed_en(percent: &str, up_to: &str) -> String {
    format!("The row used (at most {percent} for contributions up to {up_to}) is marked to be confirmed – no source gives it yet.")
}

fn outside_en(contributions: &str, up_to: &str) -> String {
    format!("The contributions ({contributions}) are above the table's highest row (up to {up_to}); that row's share is used, but no source gives the rule here.")
}
