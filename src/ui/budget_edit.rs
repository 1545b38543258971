//! The budget editor's structure tools: rename, move, remove and annotate lines and groups, and add new ones.
//! Shown only in edit mode, so the table stays clean on a projector. Every change goes through the engine.

use super::budget_shape::{GroupShape, LineShape};
use super::catalogue::AddFromCatalogue;
use super::state::AppState;
use crate::engine::command::Command;
use crate::engine::ids::{GroupId, ScenarioId};
use crate::i18n::budget::{texts, BudgetTexts};
use leptos::prelude::*;

/// Whether the structure tools are shown, and the last structure change's outcome.
#[derive(Clone, Copy)]
pub struct EditMode {
    /// Tools shown.
    pub on: RwSignal<bool>,
    /// `Ok(message)` after a change, `Err(message)` after a refusal.
    pub outcome: RwSignal<Option<Result<String, String>>>,
}

impl EditMode {
    /// A new edit mode, off.
    pub fn new() -> EditMode {
        EditMode {
            on: RwSignal::new(false),
            outcome: RwSignal::new(None),
        }
    }

    fn expect() -> EditMode {
        expect_context::<EditMode>()
    }

    /// Applies `command` and records the outcome for the message region.
    fn run(self, command: Command) -> bool {
        let state = AppState::expect();
        let result = state.apply(command);
        let ok = result.is_ok();
        self.outcome
            .set(Some(result.map(|()| bt(state).changed.to_string())));
        ok
    }
}

fn bt(state: AppState) -> &'static BudgetTexts {
    texts(state.lang())
}

/// The button that turns the structure tools on and off, and the outcome of the last change.
#[component]
pub fn StructureToggle() -> impl IntoView {
    let state = AppState::expect();
    let edit = EditMode::expect();
    let outcome = move || edit.outcome.get();
    view! {
        <div class="fp-toolbar">
            <button type="button" class="fp-button" aria-pressed=move || edit.on.get().to_string()
                on:click=move |_| edit.on.update(|on| *on = !*on)>
                {move || bt(state).edit_structure}
            </button>
            <p class="fp-edit-outcome" role="status" class:fp-status--error=move || matches!(outcome(), Some(Err(_)))>
                {move || outcome().map(|o| o.unwrap_or_else(|e| e))}
            </p>
        </div>
    }
}

/// A line's row header: its name (and note), or in edit mode the tools for it.
#[component]
pub fn LineHeader(scenario: ScenarioId, line: LineShape, is_cost: bool) -> impl IntoView {
    let edit = EditMode::expect();
    let LineShape { id, name, note } = line;
    let shown_note = note.clone();
    move || {
        if !edit.on.get() {
            let note = (!shown_note.is_empty()).then(
                || view! { <span class="fp-table__note fp-line-note">{shown_note.clone()}</span> },
            );
            return view! { <th scope="row">{name.clone()}{note}</th> }.into_any();
        }
        let rename = move |name: String| {
            edit.run(Command::RenameLine {
                scenario,
                line: id,
                name,
            })
        };
        let remove = move || edit.run(Command::RemoveLine { scenario, line: id });
        let set_note = move |note: String| {
            edit.run(Command::SetLineNote {
                scenario,
                line: id,
                note,
            })
        };
        let move_line = move |up: bool| {
            edit.run(Command::MoveLine {
                scenario,
                line: id,
                up,
            })
        };
        view! {
            <th scope="row" class="fp-edit-cell">
                <NameField value=name.clone() label=|t| t.line_name on_change=rename/>
                {is_cost.then(|| view! { <MoveButtons name=name.clone() on_move=move_line/> })}
                <RemoveButton name=name.clone() question=|t| t.confirm_remove_line on_remove=remove/>
                {is_cost.then(|| view! { <NoteField value=note.clone() on_change=set_note/> })}
            </th>
        }
        .into_any()
    }
}

/// A cost group's heading row, or in edit mode the tools for the group.
#[component]
pub fn GroupHeader(scenario: ScenarioId, group: GroupShape, columns: usize) -> impl IntoView {
    let state = AppState::expect();
    let edit = EditMode::expect();
    let GroupShape {
        id,
        name,
        is_administration,
        ..
    } = group;
    move || {
        if !edit.on.get() {
            return view! { <tr class="fp-table__block"><th scope="rowgroup" colspan=columns>{name.clone()}</th></tr> }.into_any();
        }
        let rename = move |name: String| {
            edit.run(Command::RenameGroup {
                scenario,
                group: id,
                name,
            })
        };
        let remove = move || {
            edit.run(Command::RemoveGroup {
                scenario,
                group: id,
            })
        };
        let move_group = move |up: bool| {
            edit.run(Command::MoveGroup {
                scenario,
                group: id,
                up,
            })
        };
        let set_admin = move |on: bool| {
            edit.run(Command::SetGroupAdministration {
                scenario,
                group: id,
                is_administration: on,
            })
        };
        view! {
            <tr class="fp-table__block">
                <th scope="rowgroup" colspan=columns class="fp-edit-cell">
                    <NameField value=name.clone() label=|t| t.group_name on_change=rename/>
                    <MoveButtons name=name.clone() on_move=move_group/>
                    <label class="fp-check">
                        <input type="checkbox" prop:checked=is_administration
                            on:change:target=move |ev| { set_admin(ev.target().checked()); }/>
                        {move || bt(state).administration}
                    </label>
                    <RemoveButton name=name.clone() question=|t| t.confirm_remove_group on_remove=remove/>
                </th>
            </tr>
        }
        .into_any()
    }
}

/// In edit mode, a row with a field and a button that adds a line to `group` (`None`: other income).
#[component]
pub fn AddLineRow(
    scenario: ScenarioId,
    group: Option<(GroupId, String)>,
    columns: usize,
) -> impl IntoView {
    let state = AppState::expect();
    let edit = EditMode::expect();
    let group_id = group.as_ref().map(|(id, _)| *id);
    let catalogue_group = group.clone();
    let label = move || match &group {
        Some((_, name)) => format!("{} {}", bt(state).new_line_in, name.to_lowercase()),
        None => bt(state).new_income_line.to_string(),
    };
    let add = move |name: String| match group_id {
        Some(group) => edit.run(Command::AddLine {
            scenario,
            group,
            name,
            catalogue_item: None,
        }),
        None => edit.run(Command::AddOtherIncomeLine { scenario, name }),
    };
    let from_catalogue = catalogue_group.map(|(group, name)| {
        let done = move |result: Result<(), String>| {
            edit.outcome
                .set(Some(result.map(|()| bt(state).changed.to_string())));
        };
        move || {
            edit.on.get().then(|| {
                let name = name.clone();
                view! {
                    <tr class="fp-edit-add">
                        <td colspan=columns>
                            <AddFromCatalogue scenario group group_name=name on_done=done/>
                        </td>
                    </tr>
                }
            })
        }
    });
    view! { <AddRow columns label on_add=add/>{from_catalogue} }
}

/// In edit mode, a row that adds a cost group.
#[component]
pub fn AddGroupRow(scenario: ScenarioId, columns: usize) -> impl IntoView {
    let state = AppState::expect();
    let edit = EditMode::expect();
    let add = move |name: String| {
        edit.run(Command::AddGroup {
            scenario,
            name,
            is_administration: false,
        })
    };
    view! { <AddRow columns label=move || bt(state).new_group.to_string() on_add=add/> }
}

#[component]
fn AddRow(
    columns: usize,
    label: impl Fn() -> String + Send + Sync + 'static,
    on_add: impl Fn(String) -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    let edit = EditMode::expect();
    let text = RwSignal::new(String::new());
    let on_add = Callback::new(on_add);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if on_add.run(text.get_untracked()) {
            text.set(String::new());
        }
    };
    move || {
        edit.on.get().then(|| {
            let label = label();
            view! {
                <tr class="fp-edit-add">
                    <td colspan=columns>
                        <form class="fp-edit-add__form" on:submit=submit>
                            <label class="fp-field">
                                {label}
                                <input type="text" prop:value=move || text.get() on:input:target=move |ev| text.set(ev.target().value())/>
                            </label>
                            <button type="submit" class="fp-button">{move || bt(state).add}</button>
                        </form>
                    </td>
                </tr>
            }
        })
    }
}

#[component]
fn NameField(
    value: String,
    label: fn(&BudgetTexts) -> &'static str,
    on_change: impl Fn(String) -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    view! {
        <input type="text" class="fp-edit-name" value=value aria-label=move || label(bt(state))
            on:change:target=move |ev| { on_change(ev.target().value()); }/>
    }
}

#[component]
fn NoteField(
    value: String,
    on_change: impl Fn(String) -> bool + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    view! {
        <label class="fp-field fp-edit-note">
            {move || bt(state).note}
            <textarea rows="2" on:change:target=move |ev| { on_change(ev.target().value()); }>{value}</textarea>
        </label>
    }
}

#[component]
fn MoveButtons(
    name: String,
    on_move: impl Fn(bool) -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    let up_label = {
        let name = name.clone();
        move || format!("{} {name}", bt(state).move_up)
    };
    let down_label = move || format!("{} {name}", bt(state).move_down);
    view! {
        <button type="button" class="fp-button fp-icon-button" aria-label=up_label on:click=move |_| { on_move(true); }>"↑"</button>
        <button type="button" class="fp-button fp-icon-button" aria-label=down_label on:click=move |_| { on_move(false); }>"↓"</button>
    }
}

/// A remove button that first asks, in place, for confirmation.
#[component]
fn RemoveButton(
    name: String,
    question: fn(&BudgetTexts) -> &'static str,
    on_remove: impl Fn() -> bool + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::expect();
    let asking = RwSignal::new(false);
    let name = StoredValue::new(name);
    let label = move || format!("{} {}", bt(state).remove, name.get_value());
    move || {
        if asking.get() {
            view! {
                <span class="fp-confirm" role="group" aria-label=label>
                    {question(bt(state))}" "
                    <button type="button" class="fp-button fp-button--danger" on:click=move |_| { on_remove(); }>{bt(state).confirm}</button>
                    <button type="button" class="fp-button" on:click=move |_| asking.set(false)>{bt(state).cancel}</button>
                </span>
            }
            .into_any()
        } else {
            view! { <button type="button" class="fp-button" aria-label=label on:click=move |_| asking.set(true)>{bt(state).remove}</button> }.into_any()
        }
    }
}
