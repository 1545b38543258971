//! One collision in the preview: Ersätt / Behåll båda / Hoppa över (default Hoppa över) as a radio group,
//! and how the file differs from the current data.

use super::diff_table::DiffTable;
use super::preview::subject_text;
use super::ExchangeView;
use crate::engine::exchange::{Change, Choice, Collision, ScenarioChangeKind, Subject};
use crate::i18n::exchange::{self, field_name, ExchangeTexts};
use crate::i18n::Lang;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;

const CHOICES: [Choice; 3] = [Choice::Replace, Choice::KeepBoth, Choice::Skip];

/// The choice and the differences of collision number `index`.
#[component]
pub fn CollisionChoice(index: usize, collision: Collision) -> impl IntoView {
    let state = AppState::expect();
    let view = ExchangeView::expect();
    let lang = state.lang();
    let t = exchange::texts(lang);
    let group = unique_id("fp-ex-choice");
    let name = subject_text(&collision.incoming, t);
    let renamed = name_of(&collision.existing)
        .filter(|existing| Some(*existing) != name_of(&collision.incoming))
        .map(|existing| format!("{} {existing}.", t.current_named));
    let current = move || {
        view.choices
            .with(|c| c.get(index).copied().unwrap_or_default())
    };
    let radios = CHOICES
        .into_iter()
        .map(|choice| {
            let id = format!("{group}-{}", choice_slug(choice));
            let pick = move |_| {
                view.choices.update(|c| {
                    if let Some(slot) = c.get_mut(index) {
                        *slot = choice;
                    }
                })
            };
            view! {
                <span class="fp-ex-choice">
                    <input type="radio" id=id.clone() name=group.clone()
                        prop:checked=move || current() == choice on:change=pick/>
                    <label for=id>{choice_text(choice, t)}</label>
                </span>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fp-ex-collision" data-testid="collision">
            <legend>{format!("{} {name}?", t.choice_for)}</legend>
            {renamed.map(|text| view! { <p>{text}</p> })}
            <div class="fp-ex-choices">{radios}</div>
            {change_view(collision.change, lang, t)}
        </fieldset>
    }
}

fn name_of(subject: &Subject) -> Option<&str> {
    match subject {
        Subject::Workspace { name }
        | Subject::Scenario { name, .. }
        | Subject::CatalogueItem { name, .. } => Some(name),
    }
}

fn choice_slug(choice: Choice) -> &'static str {
    match choice {
        Choice::Replace => "replace",
        Choice::KeepBoth => "keep-both",
        Choice::Skip => "skip",
    }
}

fn choice_text(choice: Choice, t: &ExchangeTexts) -> &'static str {
    match choice {
        Choice::Replace => t.replace,
        Choice::KeepBoth => t.keep_both,
        Choice::Skip => t.skip,
    }
}

/// The differences: field names, and for scenarios the figures that differ.
fn change_view(change: Change, lang: Lang, t: &'static ExchangeTexts) -> AnyView {
    match change {
        Change::Scenario(diff) => view! { <DiffTable diff name=String::new()/> }.into_any(),
        Change::CatalogueItem { fields } => fields_view(&fields, lang, t).into_any(),
        Change::Workspace(diff) => {
            let scenarios = diff
                .scenarios
                .into_iter()
                .map(|change| match change.kind {
                    ScenarioChangeKind::Added => {
                        view! { <p>{format!("{}: {} {}", t.subject_scenario, change.name, t.scenario_added)}</p> }
                            .into_any()
                    }
                    ScenarioChangeKind::Removed => {
                        view! { <p>{format!("{}: {} {}", t.subject_scenario, change.name, t.scenario_removed)}</p> }
                            .into_any()
                    }
                    ScenarioChangeKind::Changed(diff) => {
                        view! { <DiffTable diff name=change.name/> }.into_any()
                    }
                })
                .collect_view();
            view! { {fields_view(&diff.fields, lang, t)} {scenarios} }.into_any()
        }
    }
}

fn fields_view(fields: &[&'static str], lang: Lang, t: &ExchangeTexts) -> impl IntoView {
    (!fields.is_empty()).then(|| {
        let names: Vec<&str> = fields.iter().map(|f| field_name(lang, f)).collect();
        view! { <p>{format!("{} {}.", t.differing_fields, names.join(", "))}</p> }
    })
}
