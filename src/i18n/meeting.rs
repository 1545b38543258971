//! Texts of the meeting mode: the full-screen view for the board (one screen per scenario, keys), the
//! "Om …" proposal strip and the log of kept proposals; Swedish and English. `{name}` … are filled in.

use super::Lang;

/// The meeting texts of one language.
#[derive(Debug)]
pub struct MeetingTexts {
    /// Button in the header that opens the meeting mode.
    pub enter: &'static str,
    /// Accessible name of the view (`{forbund}`).
    pub view_label: &'static str,
    /// Label of the scenario buttons.
    pub scenarios: &'static str,
    /// "Scenario {n} av {count}".
    pub scenario_of: &'static str,
    /// Label of the year buttons.
    pub years: &'static str,
    /// Button: the year before.
    pub previous_year: &'static str,
    /// Button: the year after.
    pub next_year: &'static str,
    /// Toggle: show differences against the baseline (`{base}`).
    pub deltas: &'static str,
    /// Button: leave the meeting mode.
    pub leave: &'static str,
    /// The keys, in one line.
    pub keys: &'static str,
    /// Headline: member contributions.
    pub contributions: &'static str,
    /// Headline: the year's result.
    pub result: &'static str,
    /// Headline: closing equity.
    pub closing: &'static str,
    /// Under a headline figure: `{amount}` against `{name}`.
    pub versus: &'static str,
    /// The open scenario is the baseline.
    pub is_baseline: &'static str,
    /// Heading of who pays (`{year}`).
    pub who_pays: &'static str,
    /// Column: the member.
    pub member: &'static str,
    /// Column: what it pays.
    pub pays: &'static str,
    /// Caption of the table: the differences are against `{name}`.
    pub difference_against: &'static str,
    /// Column: the difference.
    pub difference: &'static str,
    /// Column: with the proposal.
    pub with_proposal: &'static str,
    /// Heading of the words against the baseline.
    pub in_words: &'static str,
    /// Heading of the proposal strip.
    pub what_if: &'static str,
    /// What the strip does.
    pub what_if_intro: &'static str,
    /// Label: which figure.
    pub figure: &'static str,
    /// The state allocation.
    pub state_offer: &'static str,
    /// Label: the proposed amount (`{unit}`).
    pub amount: &'static str,
    /// Button: show the proposal.
    pub show: &'static str,
    /// "Förslag, inte sparat:" before the change.
    pub proposal_prefix: &'static str,
    /// The proposal's name in sentences.
    pub proposal_name: &'static str,
    /// Label: the new scenario's name.
    pub keep_name: &'static str,
    /// Button: keep the proposal as a new scenario.
    pub keep: &'static str,
    /// Button: discard the proposal.
    pub discard: &'static str,
    /// After keeping (`{name}`).
    pub kept: &'static str,
    /// After discarding.
    pub discarded: &'static str,
    /// Heading of the log (`{count}`).
    pub log_heading: &'static str,
    /// No proposal kept yet.
    pub log_empty: &'static str,
    /// "sparat som {name}".
    pub kept_as: &'static str,
    /// Button: download the log.
    pub export_log: &'static str,
    /// After the download (`{file}`).
    pub exported: &'static str,
    /// The förbund has no scenario.
    pub no_scenario: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static MeetingTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: MeetingTexts = MeetingTexts {
    enter: "Mötesläge",
    view_label: "Mötesläge – {forbund}",
    scenarios: "Scenarier",
    scenario_of: "Scenario {n} av {count}",
    years: "År",
    previous_year: "Föregående år",
    next_year: "Nästa år",
    deltas: "Skillnad mot {base}",
    leave: "Avsluta mötesläget",
    keys: "Tangenter: 1–9 scenario · ← → år · B skillnad mot basen · Esc avslutar",
    contributions: "Medlemmarnas bidrag",
    result: "Årets resultat",
    closing: "Utgående eget kapital",
    versus: "{amount} mot {name}",
    is_baseline: "Detta är jämförelsebasen.",
    who_pays: "Vem betalar vad {year}",
    member: "Medlem",
    pays: "Betalar",
    difference_against: "Skillnad mot {name}",
    difference: "Skillnad",
    with_proposal: "Med förslaget",
    in_words: "Skillnaden i ord",
    what_if: "Om …",
    what_if_intro:
        "Pröva ett förslag: det visas som en skillnad och ändrar inte scenariot förrän det behålls.",
    figure: "Belopp att ändra",
    state_offer: "Möjlig statlig tilldelning",
    amount: "Föreslaget belopp ({unit})",
    show: "Visa förslaget",
    proposal_prefix: "Förslag, inte sparat:",
    proposal_name: "Förslaget",
    keep_name: "Namn på det nya scenariot",
    keep: "Behåll som nytt scenario",
    discard: "Släng förslaget",
    kept: "Förslaget är sparat som scenariot {name}.",
    discarded: "Förslaget är slängt; ingenting har ändrats.",
    log_heading: "Förslag som behållits ({count})",
    log_empty: "Inga förslag har behållits ännu.",
    kept_as: "sparat som {name}",
    export_log: "Exportera loggen (CSV)",
    exported: "Loggen är nedladdad som {file}.",
    no_scenario: "Förbundet har inga scenarier att visa.",
};

const EN: MeetingTexts = MeetingTexts {
    enter: "Meeting mode",
    view_label: "Meeting mode – {forbund}",
    scenarios: "Scenarios",
    scenario_of: "Scenario {n} of {count}",
    years: "Year",
    previous_year: "Previous year",
    next_year: "Next year",
    deltas: "Difference from {base}",
    leave: "Leave meeting mode",
    keys: "Keys: 1–9 scenario · ← → year · B difference from the baseline · Esc leaves",
    contributions: "Member contributions",
    result: "Result for the year",
    closing: "Closing equity",
    versus: "{amount} against {name}",
    is_baseline: "This is the baseline.",
    who_pays: "Who pays what in {year}",
    member: "Member",
    pays: "Pays",
    difference_against: "Difference from {name}",
    difference: "Difference",
    with_proposal: "With the proposal",
    in_words: "The difference in words",
    what_if: "What if …",
    what_if_intro:
        "Try a proposal: it is shown as a difference and changes the scenario only when kept.",
    figure: "Amount to change",
    state_offer: "Possible state allocation",
    amount: "Proposed amount ({unit})",
    show: "Show the proposal",
    proposal_prefix: "Proposal, not saved:",
    proposal_name: "The proposal",
    keep_name: "Name of the new scenario",
    keep: "Keep as a new scenario",
    discard: "Discard the proposal",
    kept: "The proposal is saved as the scenario {name}.",
    discarded: "The proposal is discarded; nothing has changed.",
    log_heading: "Kept proposals ({count})",
    log_empty: "No proposal has been kept yet.",
    kept_as: "kept as {name}",
    export_log: "Export the log (CSV)",
    exported: "The log is downloaded as {file}.",
    no_scenario: "The förbund has no scenarios to show.",
};
