//! The form for a new scenario: name, first year and number of years (`AddScenario`).

use super::confirm::unique_id;
use super::message::Message;
use super::scenarios::{apply_keeping_open, ScenarioPanel};
use crate::engine::command::Command;
use crate::engine::model::{Year, MAX_SCENARIO_YEARS};
use crate::i18n::overview::{self, scenarios as texts};
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// Earliest and latest year the forms accept.
pub const YEARS: std::ops::RangeInclusive<Year> = 2000..=2100;

/// Reads a year as typed; `None` outside [`YEARS`].
pub fn parse_year(text: &str) -> Option<Year> {
    text.trim()
        .parse::<Year>()
        .ok()
        .filter(|y| YEARS.contains(y))
}

/// A fieldset that adds a scenario.
#[component]
pub fn NewScenario() -> impl IntoView {
    let state = AppState::expect();
    let panel = ScenarioPanel::expect();
    let t = move || texts::texts(state.lang());
    let next_year = Memo::new(move |_| state.data.with(next_free_year));
    let (name_ref, year_ref) = (NodeRef::<html::Input>::new(), NodeRef::<html::Input>::new());
    let count = RwSignal::new(1_u8);
    let (name_id, year_id, count_id) = (
        unique_id("fp-new-sc"),
        unique_id("fp-new-sc-year"),
        unique_id("fp-new-sc-n"),
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let read =
            |r: NodeRef<html::Input>| r.get_untracked().map(|i| i.value()).unwrap_or_default();
        let name = read(name_ref);
        if add_scenario(state, panel, &name, &read(year_ref), count.get_untracked()) {
            if let Some(input) = name_ref.get_untracked() {
                input.set_value("");
            }
        }
    };
    view! {
        <form class="fp-ov-form fp-ov-new" on:submit=submit>
            <fieldset>
                <legend>{move || t().new_scenario}</legend>
                <div class="fp-field fp-ov-field--wide">
                    <label for=name_id.clone()>{move || t().name}</label>
                    <input id=name_id type="text" autocomplete="off" node_ref=name_ref/>
                </div>
                <div class="fp-field">
                    <label for=year_id.clone()>{move || t().first_year}</label>
                    <input id=year_id type="text" inputmode="numeric" autocomplete="off" class="fp-ov-year"
                        node_ref=year_ref prop:value=move || next_year.get()/>
                </div>
                <div class="fp-field">
                    <label for=count_id.clone()>{move || t().year_count}</label>
                    <select id=count_id prop:value=move || count.get().to_string()
                        on:change:target=move |ev| count.set(ev.target().value().parse().unwrap_or(1))>
                        {(1..=MAX_SCENARIO_YEARS).map(|n| view! { <option value=n.to_string()>{n.to_string()}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="fp-button">{move || t().create}</button>
            </fieldset>
        </form>
    }
}

/// The year after the last year of any scenario, as text for the field (empty without scenarios).
fn next_free_year(data: &crate::persisted::Persisted) -> String {
    let last = data.workspace().and_then(|w| {
        w.scenarios
            .iter()
            .flat_map(|s| s.years.iter().map(|y| y.year))
            .max()
    });
    last.map(|y| y.saturating_add(1).to_string())
        .unwrap_or_default()
}

/// Adds the scenario and says how it went; true when it was added.
fn add_scenario(
    state: AppState,
    panel: ScenarioPanel,
    name: &str,
    year: &str,
    year_count: u8,
) -> bool {
    let Some(first_year) = parse_year(year) else {
        let reason = overview::texts(state.lang()).bad_year.to_string();
        panel.message.set(Some(Message::Refused(reason)));
        return false;
    };
    let command = Command::AddScenario {
        name: name.to_string(),
        first_year,
        year_count,
    };
    let outcome = apply_keeping_open(state, command);
    let added = outcome.is_ok();
    let done = format!("{} {}", texts::texts(state.lang()).created, name.trim());
    panel
        .message
        .set(Some(Message::from_outcome(outcome, done)));
    added
}

#[cfg(test)]
mod tests {
    use super::parse_year;

    #[test]
    fn years_are_read_within_2000_to_2100_only() {
        assert_eq!(parse_year(" 2027 "), Some(2027));
        assert_eq!(parse_year("2000"), Some(2000));
        assert_eq!(parse_year("2100"), Some(2100));
        for text in ["", "1999", "2101", "20 27", "tjugo", "-2027"] {
            assert_eq!(parse_year(text), None, "{text}");
        }
    }
}
