//! How the label of a step reads: one wording per action and language, `{}` standing for the subject.

use crate::history::Label;
use crate::i18n::Lang;

/// The label as a phrase, e.g. "ta bort gruppen Innovationsmiljö" (an unknown action reads as its name).
pub fn label_text(label: &Label, lang: Lang) -> String {
    let template = match wording(&label.action) {
        Some((sv, _)) if lang == Lang::Sv => sv.to_string(),
        Some((_, en)) => en.to_string(),
        None => format!("{} {{}}", label.action.replace('_', " ")),
    };
    let subject = label.subject.trim();
    match subject.is_empty() {
        true => template.replace(" {}", "").replace("{}", ""),
        false => template.replace("{}", subject),
    }
}

/// True when `action` has a wording in both languages.
pub fn has_wording(action: &str) -> bool {
    wording(action).is_some()
}

/// The Swedish and English wording of `action`.
fn wording(action: &str) -> Option<(&'static str, &'static str)> {
    line_wording(action)
        .or_else(|| scenario_wording(action))
        .or_else(|| other_wording(action))
}

fn line_wording(action: &str) -> Option<(&'static str, &'static str)> {
    Some(match action {
        "set_line_amount" => ("ändra beloppet för {}", "change the amount of {}"),
        "clear_line_override" => (
            "återställ katalogens belopp för {}",
            "restore the catalogue amount of {}",
        ),
        "set_other_income_amount" => ("ändra intäkten {}", "change the income {}"),
        "set_opening_equity" => (
            "ändra ingående eget kapital {}",
            "change the opening equity {}",
        ),
        "set_funding" => ("ändra finansieringen {}", "change the funding {}"),
        "set_funding_option" => ("byt finansieringssätt {}", "change the funding option {}"),
        "set_state_offer" => (
            "ändra statens tilldelning {}",
            "change the state allocation {}",
        ),
        "set_party_frame" => ("ändra ramen för {}", "change the frame of {}"),
        "set_manual_amount" => ("ändra bidraget från {}", "change the contribution of {}"),
        "set_overview_plan" => ("gör {} till översiktsplan", "make {} an overview plan"),
        "clear_overview_plan" => ("gör {} till budgetår", "make {} a budget year"),
        "rename_line" => ("byt namn på raden {}", "rename the line {}"),
        "add_line" => ("lägg till raden {}", "add the line {}"),
        "add_other_income_line" => ("lägg till intäkten {}", "add the income {}"),
        "remove_line" => ("ta bort raden {}", "remove the line {}"),
        "set_line_note" => ("ändra anteckningen för {}", "change the note of {}"),
        "move_line_up" => ("flytta upp raden {}", "move the line {} up"),
        "move_line_down" => ("flytta ner raden {}", "move the line {} down"),
        "add_group" => ("lägg till gruppen {}", "add the group {}"),
        "rename_group" => ("byt namn på gruppen {}", "rename the group {}"),
        "set_group_administration" => (
            "räkna gruppen {} som administration",
            "count the group {} as administration",
        ),
        "clear_group_administration" => (
            "räkna inte gruppen {} som administration",
            "stop counting the group {} as administration",
        ),
        "move_group_up" => ("flytta upp gruppen {}", "move the group {} up"),
        "move_group_down" => ("flytta ner gruppen {}", "move the group {} down"),
        "remove_group" => ("ta bort gruppen {}", "remove the group {}"),
        _ => return None,
    })
}

fn scenario_wording(action: &str) -> Option<(&'static str, &'static str)> {
    Some(match action {
        "rename_scenario" => ("byt namn på scenariot {}", "rename the scenario {}"),
        "duplicate_scenario" => ("kopiera scenariot {}", "copy the scenario {}"),
        "remove_scenario" => ("ta bort scenariot {}", "remove the scenario {}"),
        "set_baseline" => ("jämför med scenariot {}", "compare with the scenario {}"),
        "clear_baseline" => ("jämför inte med något scenario", "compare with no scenario"),
        "add_scenario" => ("lägg till scenariot {}", "add the scenario {}"),
        "create_funding_pair" => (
            "gör finansieringspar av scenariot {}",
            "make a funding pair of the scenario {}",
        ),
        "restore_scenario" => ("återställ scenariot {}", "restore the scenario {}"),
        "set_stated_figure" => (
            "ange {} enligt dokumentet",
            "set {} as stated in the document",
        ),
        "remove_stated_figure" => (
            "ta bort en siffra enligt dokumentet i {}",
            "remove a stated figure in {}",
        ),
        "add_pasted_scenario" => (
            "lägg till scenariot {} från en inklistrad tabell",
            "add the scenario {} from a pasted table",
        ),
        "add_year" => (
            "lägg till ett år i scenariot {}",
            "add a year to the scenario {}",
        ),
        "remove_last_year" => (
            "ta bort sista året i scenariot {}",
            "remove the last year of the scenario {}",
        ),
        _ => return None,
    })
}

fn other_wording(action: &str) -> Option<(&'static str, &'static str)> {
    Some(match action {
        "add_party" => ("lägg till medlemmen {}", "add the member {}"),
        "rename_party" => ("byt namn på medlemmen {}", "rename the member {}"),
        "remove_party" => ("ta bort medlemmen {}", "remove the member {}"),
        "set_regional_split" => (
            "ändra fördelningen mellan regionerna",
            "change the split between the regions",
        ),
        "set_municipal_split" => (
            "ändra fördelningen mellan kommunerna",
            "change the split between the municipalities",
        ),
        "set_equity_steps" => (
            "ändra rekommendationen för eget kapital",
            "change the equity recommendation",
        ),
        "rename_workspace" => ("byt namn på förbundet {}", "rename the förbund {}"),
        "set_org_number" => (
            "ändra organisationsnumret",
            "change the organisation number",
        ),
        "add_catalogue_item" => ("lägg till {} i katalogen", "add {} to the catalogue"),
        "update_catalogue_item" => ("ändra {} i katalogen", "change {} in the catalogue"),
        "remove_catalogue_item" => ("ta bort {} ur katalogen", "remove {} from the catalogue"),
        "decide" => ("fastställ {}", "decide {}"),
        "scenario_from_decision" => (
            "nytt scenario {} efter beslut",
            "new scenario {} after the decision",
        ),
        "keep_proposal" => (
            "behåll förslaget som scenariot {}",
            "keep the proposal as the scenario {}",
        ),
        "import" => ("import", "import"),
        "set_display_unit" => ("visa belopp i {}", "show amounts in {}"),
        "jump" => ("gå tillbaka till punkt {}", "go back to point {}"),
        "merge_tab" => (
            "välj version per scenario efter ändring i en annan flik",
            "choose a version per scenario after a change in another tab",
        ),
        _ => return None,
    })
}
