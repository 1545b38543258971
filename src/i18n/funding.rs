//! Texts of the funding and equity panels, in Swedish and English. Sentences with figures are
//! functions that take the already formatted amounts (the engine computes, the UI formats).

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
        Lang::Sv => &SV,
        Lang::En => &EN,
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

const SV: FundingTexts = FundingTexts {
    heading: "Finansiering och medlemsbidrag",
    intro: "Försäkringskassan betalar hälften, regionen och kommunerna en fjärdedel var (5 § Finsamlagen). Den som bidrar minst sätter taket för alla.",
    year: "År",
    option_legend: "Finansieringsalternativ",
    option_approved: "Godkända ramar",
    option_approved_hint: "Fjärdedelen blir den minsta av halva statliga tilldelningen och parternas beslutade ramar.",
    option_maximum: "Max statlig tilldelning",
    option_maximum_hint: "Hela den möjliga statliga tilldelningen tas emot; regionen och kommunerna måste matcha den.",
    option_manual: "Manuella belopp",
    option_manual_hint: "Skriv varje parts belopp; appen kontrollerar fördelningen ½/¼/¼.",
    inputs_caption: "Ramar och belopp",
    col_party: "Part",
    col_frame: "Möjlig tilldelning / beslutad ram",
    col_pays: "Betalar",
    col_raise: "Ramen behöver höjas med",
    col_manual: "Belopp",
    state_offer_label: "Möjlig statlig tilldelning",
    region_frame_label: "Högsta belopp för",
    municipal_frame_label: "Beslutad ram för",
    manual_label: "Manuellt belopp för",
    no_frame: "Ingen beslutad ram – begränsar inte",
    add_frame: "Ange ram för",
    remove_frame: "Ta bort ram för",
    af_short: "betalas av Försäkringskassan",
    af_note: "Arbetsförmedlingen betalar inget eget bidrag: Försäkringskassan betalar statens hälft, inklusive Arbetsförmedlingens del.",
    total_contributions: "Medlemsbidrag totalt",
    state_offer: "Möjlig statlig tilldelning (S)",
    quarter: "Fjärdedel (q)",
    unused: "Statliga medel som inte används (S − 2q)",
    binding: "Begränsande part",
    state_side: "den statliga tilldelningen",
    regions_side: "regionerna",
    municipalities_side: "kommunerna",
    binding_sentence: binding_sv,
    and: "och",
    manual_no_binding: "Manuella belopp: ingen part begränsar; i stället kontrolleras fördelningen ½/¼/¼.",
    warnings_heading: "Att kontrollera",
    not_computable: "Finansieringen kan inte räknas ut:",
    refused: "Ändringen gjordes inte:",
    who_pays_heading: "Vem betalar vad",
    who_pays_caption: "Vem betalar vad",
    col_amount: "Belopp",
    col_share: "Andel av totalen",
    col_vs_year: "Förändring mot",
    col_vs_baseline: "Förändring mot baslinjen",
    total: "Totalt",
    nothing_to_compare: "inget att jämföra med",
    baseline_label: "Baslinje att jämföra med",
    baseline_none: "Ingen baslinje",
    baseline_note: "Välj en baslinje för att se vad varje part betalar mer eller mindre än i den. Baslinjen jämförs inte med sig själv.",
    pair_button: "Skapa paret Max statlig tilldelning / Godkänd ram",
    pair_hint: "Lägger till två kopior av scenariot direkt efter det, en med varje alternativ, så att styrelsen kan jämföra dem.",
    pair_created: pair_created_sv,
    equity_heading: "Eget kapital mot rekommendationen",
    equity_intro: "Nationella rådets rekommendation: sparade medel bör vara högst en viss andel av årets medlemsbidrag.",
    badge_over: "Över rekommendationen",
    badge_within: "Inom rekommendationen",
    badge_negative: "Negativt eget kapital",
    equity_over: over_sv,
    equity_within: within_sv,
    equity_negative: negative_sv,
    equity_no_recommendation: no_recommendation_sv,
    equity_unconfirmed: unconfirmed_sv,
    equity_outside_table: outside_sv,
};

fn binding_sv(subjects: &str, tie: bool, hypothetical: bool) -> String {
    match (hypothetical, tie) {
        (true, true) => format!("Med godkända ramar skulle {subjects} begränsa lika mycket."),
        (true, false) => format!("Med godkända ramar skulle {subjects} begränsa."),
        (false, true) => format!("{} begränsar lika mycket.", capitalized(subjects)),
        (false, false) => format!("{} begränsar.", capitalized(subjects)),
    }
}

fn pair_created_sv(first: &str, second: &str) -> String {
    format!("Skapade scenarierna ”{first}” och ”{second}”. Välj dem under Scenario.")
}

fn over_sv(year: &str, closing: &str, max: &str, over: &str) -> String {
    format!("Utgående eget kapital {year} ({closing}) överstiger rekommenderad nivå ({max}) med {over} – risk för minskad statlig tilldelning kommande år.")
}

fn within_sv(year: &str, closing: &str, percent: &str, max: &str) -> String {
    format!("Utgående eget kapital {year} ({closing}) ligger inom rekommendationen (högst {percent} av medlemsbidragen, {max}).")
}

fn negative_sv(year: &str, closing: &str) -> String {
    format!("Eget kapital blir negativt {year} ({closing}): kostnaderna är större än intäkterna och de sparade medlen. Minska kostnaderna eller öka intäkterna.")
}

fn no_recommendation_sv(year: &str, closing: &str) -> String {
    format!("Utgående eget kapital {year} är {closing}. Ingen rekommendation är angiven: tabellen under Inställningar är tom.")
}

fn unconfirmed_sv(percent: &str, up_to: &str) -> String {
    format!("Raden som används (högst {percent} vid medlemsbidrag upp till {up_to}) är markerad att bekräfta – ingen källa anger den ännu.")
}

fn outside_sv(contributions: &str, up_to: &str) -> String {
    format!("Medlemsbidragen ({contributions}) är större än tabellens högsta rad (upp till {up_to}); den radens andel används, men ingen källa anger regeln här.")
}

const EN: FundingTexts = FundingTexts {
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
