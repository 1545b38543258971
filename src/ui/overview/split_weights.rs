//! The weights of one side's key (one field per member) and its optional second measure.

use super::confirm::unique_id;
use super::split_edit::{edit_second, new_second, second, weights, with_second, with_weight};
use super::split_key::Side;
use super::whole_input::WholeNumberInput;
use crate::engine::ids::PartyId;
use crate::engine::model::SecondMeasure;
use crate::i18n::overview::{self, OverviewTexts};
use crate::ui::state::AppState;
use leptos::prelude::*;

/// One row per member with its weight (and its second-measure value when the key has one).
#[component]
pub fn Weights(
    /// True for a population key (the label says population), false for fixed shares.
    population: Memo<bool>,
) -> impl IntoView {
    let side = Side::expect();
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let measure_name = Memo::new(move |_| {
        side.key
            .with(|k| k.as_ref().and_then(second).map(|m| m.name.clone()))
    });
    let weight_heading = move || {
        if population.get() {
            t().method_population
        } else {
            t().method_fixed
        }
    };
    view! {
        <table class="fp-table fp-ov-weights">
            <thead>
                <tr>
                    <th scope="col">{move || t().name}</th>
                    <th scope="col">{weight_heading}</th>
                    {move || measure_name.get().map(|name| view! { <th scope="col">{name}</th> })}
                </tr>
            </thead>
            <tbody>
                <For each=move || side.parties.get() key=|(id, name)| (*id, name.clone()) let:party>
                    <WeightRow id=party.0 name=party.1 population with_measure=Signal::derive(move || measure_name.with(Option::is_some))/>
                </For>
            </tbody>
        </table>
    }
}

/// One member's weight and second-measure value.
#[component]
fn WeightRow(
    id: PartyId,
    name: String,
    population: Memo<bool>,
    with_measure: Signal<bool>,
) -> impl IntoView {
    let side = Side::expect();
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let weight = Signal::derive(move || {
        side.key.with(|k| {
            k.as_ref()
                .and_then(|k| weights(k).get(&id).copied())
                .unwrap_or(0)
        })
    });
    let measure = Signal::derive(move || {
        side.key.with(|k| {
            k.as_ref()
                .and_then(second)
                .and_then(|m| m.values.get(&id).copied())
                .unwrap_or(0)
        })
    });
    let (weight_name, measure_name) = (name.clone(), name.clone());
    let weight_label = Signal::derive(move || {
        let prefix = if population.get() {
            t().population_for
        } else {
            t().share_for
        };
        format!("{prefix} {weight_name}")
    });
    let measure_label = Signal::derive(move || format!("{} {measure_name}", t().measure_for));
    let set_weight = move |n: u64| side.change(|k| with_weight(k, id, n));
    let set_measure = move |n: u64| {
        side.change(|k| {
            edit_second(k, |m| {
                m.values.insert(id, n);
            })
        })
    };
    view! {
        <tr>
            <th scope="row">{name}</th>
            <td><WholeNumberInput value=weight label=weight_label on_commit=set_weight/></td>
            {move || with_measure.get().then(|| view! {
                <td><WholeNumberInput value=measure label=measure_label on_commit=set_measure/></td>
            })}
        </tr>
    }
}

/// The checkbox that blends in a second measure, and the measure's name and weights.
#[component]
pub fn SecondMeasureFields() -> impl IntoView {
    let side = Side::expect();
    let state = AppState::expect();
    let t = move || overview::texts(state.lang());
    let current = Memo::new(move |_| side.key.with(|k| k.as_ref().and_then(second).cloned()));
    let has = move || current.with(Option::is_some);
    let toggle = move |on: bool| {
        let measure = on.then(|| new_second(t().second_default_name));
        let _ = side.change(|k| with_second(k, measure));
    };
    let (check_id, name_id) = (unique_id("fp-second"), unique_id("fp-second-name"));
    view! {
        <div class="fp-ov-check">
            <input id=check_id.clone() type="checkbox" prop:checked=has
                on:change:target=move |ev| toggle(ev.target().checked())/>
            <label for=check_id>{move || t().use_second}</label>
        </div>
        {move || has().then(|| view! {
            <div class="fp-ov-form">
                <div class="fp-field">
                    <label for=name_id.clone()>{move || t().second_name}</label>
                    <input id=name_id.clone() type="text" autocomplete="off"
                        prop:value=move || current.get().map(|m| m.name).unwrap_or_default()
                        on:change:target=move |ev| {
                            let name = ev.target().value();
                            let _ = side.change(|k| edit_second(k, |m| m.name = name.trim().to_string()));
                        }/>
                </div>
                <BlendWeight label=|t| t.population_weight pick=|m| m.population_weight
                    set=|m, n| m.population_weight = n current/>
                <BlendWeight label=|t| t.measure_weight pick=|m| m.measure_weight
                    set=|m, n| m.measure_weight = n current/>
            </div>
        })}
    }
}

/// One of the two blend weights (a and b) of the second measure.
#[component]
fn BlendWeight(
    label: fn(&OverviewTexts) -> &'static str,
    pick: fn(&SecondMeasure) -> u32,
    set: fn(&mut SecondMeasure, u32),
    current: Memo<Option<SecondMeasure>>,
) -> impl IntoView {
    let side = Side::expect();
    let state = AppState::expect();
    let text = Signal::derive(move || label(overview::texts(state.lang())).to_string());
    let value =
        Signal::derive(move || current.with(|m| m.as_ref().map(pick).map(u64::from).unwrap_or(0)));
    let commit = move |n: u64| {
        let n =
            u32::try_from(n).map_err(|_| overview::texts(state.lang()).whole_number.to_string())?;
        side.change(|k| edit_second(k, |m| set(m, n)))
    };
    view! {
        <div class="fp-field">
            <span>{text}</span>
            <WholeNumberInput value label=text on_commit=commit/>
        </div>
    }
}
