//! Texts of the overview screen (the förbund, its members and split key, the workspaces), in Swedish and
//! English. The scenario table's texts are in [`scenarios`].

pub mod scenarios;

use super::Lang;

/// The overview screen's texts.
#[derive(Debug)]
pub struct OverviewTexts {
    /// Heading of the screen.
    pub heading: &'static str,
    /// Heading of the förbund's name and organisation number.
    pub workspace_heading: &'static str,
    /// Label: the förbund's name.
    pub name: &'static str,
    /// Label: organisation number.
    pub org_number: &'static str,
    /// Button: save.
    pub save: &'static str,
    /// Button: cancel.
    pub cancel: &'static str,
    /// Confirmation: saved.
    pub saved: &'static str,
    /// Heading of the member list.
    pub members_heading: &'static str,
    /// Column / label: what kind of member.
    pub kind: &'static str,
    /// Column: actions.
    pub actions: &'static str,
    /// Kind: Försäkringskassan.
    pub kind_fk: &'static str,
    /// Kind: Arbetsförmedlingen.
    pub kind_af: &'static str,
    /// Kind: region.
    pub kind_region: &'static str,
    /// Kind: municipality.
    pub kind_municipality: &'static str,
    /// Heading / button: add a member.
    pub add_member: &'static str,
    /// Label of the new member's name.
    pub new_member_name: &'static str,
    /// Label of the new region's or municipality's weight in a population key.
    pub new_member_population: &'static str,
    /// Label of the new region's or municipality's weight in a fixed-shares key.
    pub new_member_parts: &'static str,
    /// The weight is missing or not a whole number.
    pub new_member_weight_missing: &'static str,
    /// Button: rename.
    pub rename: &'static str,
    /// Label prefix of a rename field ("Nytt namn för X").
    pub new_name_for: &'static str,
    /// Button: remove.
    pub remove: &'static str,
    /// Confirmation question before removing.
    pub are_you_sure: &'static str,
    /// Heading of the split keys.
    pub split_heading: &'static str,
    /// Explanation under the split heading.
    pub split_intro: &'static str,
    /// The regions' side.
    pub split_regions: &'static str,
    /// The municipalities' side.
    pub split_municipalities: &'static str,
    /// A side with only one member.
    pub single_party: &'static str,
    /// A side without members.
    pub no_party: &'static str,
    /// Legend of the method choice.
    pub method: &'static str,
    /// Method: fixed shares.
    pub method_fixed: &'static str,
    /// Method: population.
    pub method_population: &'static str,
    /// Label prefix of a fixed share weight.
    pub share_for: &'static str,
    /// Label prefix of a population weight.
    pub population_for: &'static str,
    /// Checkbox: blend in a second measure.
    pub use_second: &'static str,
    /// Label: the second measure's name.
    pub second_name: &'static str,
    /// Default name of a new second measure.
    pub second_default_name: &'static str,
    /// Label: weight of population in the blend.
    pub population_weight: &'static str,
    /// Label: weight of the second measure in the blend.
    pub measure_weight: &'static str,
    /// Label prefix of a second-measure value.
    pub measure_for: &'static str,
    /// Label: note on the key's source.
    pub split_note: &'static str,
    /// Caption prefix of the engine's split ("Fördelning i").
    pub split_result: &'static str,
    /// No scenario to show the split with.
    pub split_no_scenario: &'static str,
    /// A weight that is not a whole number.
    pub whole_number: &'static str,
    /// Heading of the workspace list.
    pub workspaces_heading: &'static str,
    /// Column: number of scenarios.
    pub scenario_count: &'static str,
    /// Marks the open workspace.
    pub open_now: &'static str,
    /// Button: open.
    pub open: &'static str,
    /// Heading / button: create a workspace.
    pub new_workspace: &'static str,
    /// Label: the new workspace's name.
    pub new_workspace_name: &'static str,
    /// Label: first year of the new workspace's scenario.
    pub first_year: &'static str,
    /// Button: create.
    pub create: &'static str,
    /// An empty name.
    pub empty_name: &'static str,
    /// A year out of range.
    pub bad_year: &'static str,
    /// Warning in the delete confirmation of a workspace.
    pub remove_workspace_warning: &'static str,
}

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static OverviewTexts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

const SV: OverviewTexts = OverviewTexts {
    heading: "Översikt",
    workspace_heading: "Förbundet",
    name: "Namn",
    org_number: "Organisationsnummer",
    save: "Spara",
    cancel: "Avbryt",
    saved: "Sparat.",
    members_heading: "Medlemmar",
    kind: "Slag",
    actions: "Åtgärder",
    kind_fk: "Försäkringskassan (staten)",
    kind_af: "Arbetsförmedlingen (staten)",
    kind_region: "Region",
    kind_municipality: "Kommun",
    add_member: "Lägg till medlem",
    new_member_name: "Den nya medlemmens namn",
    new_member_population: "Invånare (i fördelningsnyckeln)",
    new_member_parts: "Andelar i fördelningsnyckeln",
    new_member_weight_missing: "Ange medlemmens vikt i fördelningsnyckeln som ett heltal (0 om den inte ska betala något).",
    rename: "Byt namn",
    new_name_for: "Nytt namn för",
    remove: "Ta bort",
    are_you_sure: "Är du säker? Detta tar bort",
    split_heading: "Fördelningsnyckel",
    split_intro: "Hur regionernas och kommunernas fjärdedelar delas mellan flera medlemmar. Beloppen räknas fram av appen från nyckeln.",
    split_regions: "Regionernas fjärdedel",
    split_municipalities: "Kommunernas fjärdedel",
    single_party: "En medlem betalar hela fjärdedelen.",
    no_party: "Ingen medlem av det här slaget.",
    method: "Metod",
    method_fixed: "Fasta andelar",
    method_population: "Folkmängd",
    share_for: "Andel för",
    population_for: "Folkmängd för",
    use_second: "Väg in ett andra mått",
    second_name: "Måttets namn",
    second_default_name: "Försörjningsmått",
    population_weight: "Vikt för folkmängd",
    measure_weight: "Vikt för måttet",
    measure_for: "Mått för",
    split_note: "Källa eller anteckning",
    split_result: "Fördelning i",
    split_no_scenario: "Inget scenario att visa fördelningen i.",
    whole_number: "Skriv ett heltal, 0 eller större.",
    workspaces_heading: "Förbund i den här webbläsaren",
    scenario_count: "Scenarier",
    open_now: "Öppet nu",
    open: "Öppna",
    new_workspace: "Nytt förbund",
    new_workspace_name: "Det nya förbundets namn",
    first_year: "Första år",
    create: "Skapa",
    empty_name: "Skriv ett namn.",
    bad_year: "Skriv ett år mellan 2000 och 2100.",
    remove_workspace_warning: "med alla scenarier från den här webbläsaren",
};

const EN: OverviewTexts = OverviewTexts {
    heading: "Overview",
    workspace_heading: "The association",
    name: "Name",
    org_number: "Organisation number",
    save: "Save",
    cancel: "Cancel",
    saved: "Saved.",
    members_heading: "Members",
    kind: "Kind",
    actions: "Actions",
    kind_fk: "Social Insurance Agency (state)",
    kind_af: "Public Employment Service (state)",
    kind_region: "Region",
    kind_municipality: "Municipality",
    add_member: "Add member",
    new_member_name: "The new member's name",
    new_member_population: "Population (in the split key)",
    new_member_parts: "Shares in the split key",
    new_member_weight_missing: "Give the member's weight in the split key as a whole number (0 if it pays nothing).",
    rename: "Rename",
    new_name_for: "New name for",
    remove: "Remove",
    are_you_sure: "Are you sure? This removes",
    split_heading: "Split key",
    split_intro: "How the regions' and municipalities' quarters are shared between several members. The app computes the amounts from the key.",
    split_regions: "The regions' quarter",
    split_municipalities: "The municipalities' quarter",
    single_party: "One member pays the whole quarter.",
    no_party: "No member of this kind.",
    method: "Method",
    method_fixed: "Fixed shares",
    method_population: "Population",
    share_for: "Share for",
    population_for: "Population for",
    use_second: "Blend in a second measure",
    second_name: "Name of the measure",
    second_default_name: "Support measure",
    population_weight: "Weight of population",
    measure_weight: "Weight of the measure",
    measure_for: "Measure for",
    split_note: "Source or note",
    split_result: "Split in",
    split_no_scenario: "No scenario to show the split in.",
    whole_number: "Enter a whole number, 0 or more.",
    workspaces_heading: "Associations in this browser",
    scenario_count: "Scenarios",
    open_now: "Open now",
    open: "Open",
    new_workspace: "New association",
    new_workspace_name: "The new association's name",
    first_year: "First year",
    create: "Create",
    empty_name: "Enter a name.",
    bad_year: "Enter a year between 2000 and 2100.",
    remove_workspace_warning: "with all its scenarios from this browser",
};
