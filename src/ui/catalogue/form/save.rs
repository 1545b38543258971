//! Saving and removing an item: the form's own reading of the fields, then the engine's check, then one
//! command. A refused save changes nothing and lists what to fix; a status that stops an item warns about
//! the scenarios that still include it.

use super::check::engine_problems;
use super::draft::Draft;
use crate::engine::catalogue::status_warnings;
use crate::engine::command::Command;
use crate::engine::ids::CatalogueItemId;
use crate::i18n::catalogue;
use crate::ui::catalogue::context::{CatalogueView, Mode};
use crate::ui::overview::confirm::ConfirmButton;
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// Reads the form, checks it and applies it; on a refusal the problems are listed and focused.
pub fn save(state: AppState, view: CatalogueView, draft: Draft, summary: NodeRef<html::Div>) {
    let lang = state.lang();
    let t = catalogue::texts(lang);
    let refuse = move |problems| {
        draft.problems.set(problems);
        view.message.set(None);
        request_animation_frame(move || {
            if let Some(s) = summary.get_untracked() {
                let _ = s.focus();
            }
        });
    };
    let item = match draft.to_item(lang, t) {
        Ok(item) => item,
        Err(problems) => return refuse(problems),
    };
    let problems = state.data.with_untracked(|d| {
        d.workspace()
            .map(|w| engine_problems(w, &item, lang))
            .unwrap_or_default()
    });
    if !problems.is_empty() {
        return refuse(problems);
    }
    let name = item.name.trim().to_string();
    let reached = reached_scenarios(state, &item);
    let command = match draft.id {
        Some(_) => Command::UpdateCatalogueItem { item },
        None => Command::AddCatalogueItem { item },
    };
    if let Err(message) = state.apply(command) {
        return refuse(vec![super::draft::Problem {
            field: None,
            message,
        }]);
    }
    draft.problems.set(Vec::new());
    let done = match draft.id {
        Some(_) => format!("{} {name}. {reached}", t.saved),
        None => format!("{} {name}.", t.added),
    };
    view.message
        .set(Some(Message::Done(done.trim().to_string())));
    if draft.id.is_none() {
        // Stay with the new item, so it can be included in scenarios at once.
        let new_id = state
            .data
            .with_untracked(|d| d.workspace().and_then(|w| w.catalogue.last()).map(|c| c.id));
        if let Some(id) = new_id {
            view.mode.set(Mode::Edit(id));
        }
    }
}

/// "Ändringen slår igenom i: A, B" when the item's amounts change and scenarios follow the catalogue.
fn reached_scenarios(state: AppState, item: &crate::engine::model::CatalogueItem) -> String {
    let t = catalogue::texts(state.lang());
    state.data.with_untracked(|d| {
        let Some(workspace) = d.workspace() else {
            return String::new();
        };
        let Some(old) = workspace.catalogue_item(item.id) else {
            return String::new();
        };
        if old.amounts == item.amounts {
            return String::new();
        }
        let names = super::super::links::following_scenarios(workspace, item.id);
        if names.is_empty() {
            String::new()
        } else {
            format!("{} {}.", t.reaches, names.join(", "))
        }
    })
}

/// A warning under the status select when the chosen status stops the item but scenarios still include it.
#[component]
pub fn StatusWarning(draft: Draft) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let warning = move || {
        let id = draft.id?;
        let status = draft.status.get();
        let names = state.data.with(|d| {
            let w = d.workspace()?;
            let ids = status_warnings(w, id, status);
            Some(
                ids.into_iter()
                    .filter_map(|s| w.scenario(s).map(|s| s.name.clone()))
                    .collect::<Vec<_>>(),
            )
        })?;
        (!names.is_empty()).then(|| format!("{} {}.", t().still_included, names.join(", ")))
    };
    view! { <p class="fp-ct-warning" role="status">{warning}</p> }
}

/// "Ta bort ur katalogen", with confirmation; the engine refuses while scenarios include the item.
#[component]
pub fn RemoveItem(id: CatalogueItemId, name: RwSignal<String>) -> impl IntoView {
    let state = AppState::expect();
    let view = CatalogueView::expect();
    let t = move || catalogue::texts(state.lang());
    let remove = move |_| {
        let removed = name.get_untracked();
        match state.apply(Command::RemoveCatalogueItem { item: id }) {
            Ok(()) => view.back_to_list(
                None,
                Some(Message::Done(format!("{} {removed}", t().removed))),
            ),
            Err(reason) => view.message.set(Some(Message::Refused(reason))),
        }
    };
    view! {
        <ConfirmButton action=Signal::derive(move || t().remove.to_string())
            subject=Signal::derive(move || name.get())
            question=Signal::derive(move || format!("{} {}?", t().are_you_sure, name.get()))
            on_confirm=remove/>
    }
}
