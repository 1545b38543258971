//! A new, empty workspace: the four kinds of member and one empty scenario.

use super::build::{party, state_parties, Ids};
use crate::engine::command::standard_scenario;
use crate::engine::ids::LineId;
use crate::engine::model::{
    IncomeLine, PartyKind, Settings, SplitKey, Workspace, Year, YearlyAmounts,
};

/// The budget year and two plan years, as a förbund's budget is laid out (the plan years as översiktsplan).
const PLAN_YEARS: u8 = 3;

/// A workspace named `name` with Försäkringskassan, Arbetsförmedlingen, one region ("Region")
/// and one municipality ("Kommun"), and one scenario "Budget <first_year>" built like
/// [`crate::engine::command::Command::AddScenario`] for the budget year and two plan years, with an empty
/// "Övriga intäkter" row; default settings, no catalogue.
pub fn empty_workspace(name: &str, first_year: Year) -> Workspace {
    let mut ids = Ids::new();
    let (fk, af) = state_parties(&mut ids);
    let region = party(&mut ids, "Region", PartyKind::Region);
    let municipality = party(&mut ids, "Kommun", PartyKind::Municipality);
    let parties = vec![fk, af, region.clone(), municipality.clone()];
    let scenario_name = format!("Budget {first_year}");
    let mut scenario = standard_scenario(
        &parties,
        ids.next_free(),
        &scenario_name,
        first_year,
        PLAN_YEARS,
    );
    // Every budget has a row for other income (räntor, projektmedel), even when it is empty.
    scenario.other_income.push(IncomeLine {
        id: LineId(scenario.max_used_id().saturating_add(1)),
        name: "Övriga intäkter".to_string(),
        amounts: YearlyAmounts::new(),
    });
    let next_id = scenario.max_used_id().saturating_add(1);
    Workspace {
        name: name.trim().to_string(),
        org_number: String::new(),
        parties,
        regional_split: SplitKey::equal(&[region.id], ""),
        municipal_split: SplitKey::equal(&[municipality.id], ""),
        catalogue: Vec::new(),
        scenarios: vec![scenario],
        baseline: None,
        settings: Settings::default(),
        stated_figures: Vec::new(),
        next_id,
        note: String::new(),
        decisions: Vec::new(),
        meeting_log: Vec::new(),
    }
}
