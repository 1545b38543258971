//! The per-year table of the item form: amount (kr) and planned participants for each year, and a field
//! that adds a year. An empty cell means no figure for that year.

use super::draft::{read_year, Draft};
use super::fields::field_messages;
use crate::engine::command::ItemField;
use crate::engine::model::Year;
use crate::i18n::catalogue;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The table and the "add year" field.
#[component]
pub fn YearTable(draft: Draft) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let caption_id = unique_id("fp-ct-years");
    view! {
        <fieldset class="fp-ct-group">
            <legend id=caption_id.clone()>{move || t().per_year}</legend>
            <table class="fp-table fp-ct-years" aria-labelledby=caption_id>
                <thead>
                    <tr>
                        <th scope="col">{move || t().year_column}</th>
                        <th scope="col">{move || format!("{} (kr)", t().amount)}</th>
                        <th scope="col">{move || t().planned_participants}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || draft.years.get() key=|row| row.year let:row>
                        <tr>
                            <th scope="row">{row.year}</th>
                            <td>{cell(draft, row.year, row.amount, ItemField::Amounts(row.year), true)}</td>
                            <td>{cell(draft, row.year, row.participants, ItemField::PlannedParticipants(row.year), false)}</td>
                        </tr>
                    </For>
                </tbody>
            </table>
            <AddYear draft/>
        </fieldset>
    }
}

/// One editable cell with its error message.
fn cell(
    draft: Draft,
    year: Year,
    value: RwSignal<String>,
    field: ItemField,
    is_amount: bool,
) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let error_id = unique_id("fp-ct-cell");
    let messages = move || field_messages(draft.problems, Some(field));
    let label = move || {
        let what = if is_amount {
            t().amount
        } else {
            t().planned_participants
        };
        format!("{what} {year}")
    };
    view! {
        <input type="text" autocomplete="off" class="fp-amount"
            inputmode=if is_amount { "decimal" } else { "numeric" }
            aria-label=label aria-describedby=error_id.clone()
            aria-invalid=move || if messages().is_empty() { "false" } else { "true" }
            prop:value=move || value.get() on:input:target=move |ev| value.set(ev.target().value())/>
        <span id=error_id class="fp-ct-error">{move || messages().join(" ")}</span>
    }
}

/// A year field and a button that adds a row for it.
#[component]
fn AddYear(draft: Draft) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let id = unique_id("fp-ct-add-year");
    let error_id = format!("{id}-error");
    let add = move || match read_year(&text.get_untracked()) {
        Ok(year) => {
            draft.add_year(year);
            text.set(String::new());
            error.set(None);
        }
        Err(()) => error.set(Some(t().bad_year)),
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        // Enter adds the year instead of submitting the whole form.
        if ev.key() == "Enter" {
            ev.prevent_default();
            add();
        }
    };
    view! {
        <div class="fp-ct-add-year">
            <div class="fp-ct-field">
                <label for=id.clone()>{move || t().add_year}</label>
                <input id=id type="text" inputmode="numeric" autocomplete="off" class="fp-ct-year-input"
                    aria-describedby=error_id.clone() prop:value=move || text.get()
                    on:input:target=move |ev| text.set(ev.target().value()) on:keydown=on_keydown/>
            </div>
            <button type="button" class="fp-button" on:click=move |_| add()>{move || t().add_year}</button>
            <span id=error_id class="fp-ct-error" role="alert">{move || error.get()}</span>
        </div>
    }
}
