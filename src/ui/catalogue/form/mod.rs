//! The form of one catalogue item (new or existing): every field of domain.md §6, checked as a whole before
//! anything is saved; for an existing item also its links to scenarios.

pub mod add_from_catalogue;
mod check;
pub mod draft;
pub mod fields;
mod parties;
mod save;
mod years;

use super::context::CatalogueView;
use super::links::ItemLinks;
use crate::engine::command::ItemField;
use crate::engine::ids::CatalogueItemId;
use crate::engine::model::{CatalogueItem, ItemKind, ItemStatus, Workspace, Year};
use crate::i18n::catalogue::labels::{
    inriktning_name, kind_name, status_name, INRIKTNINGAR, KINDS, STATUSES,
};
use crate::i18n::catalogue::{self, CatalogueTexts};
use crate::ui::overview::message::SectionMessage;
use crate::ui::state::AppState;
use draft::Draft;
use fields::{enum_select, TextField};
use leptos::html;
use leptos::prelude::*;

/// The form. `id` is `None` for a new item.
#[component]
pub fn ItemForm(id: Option<CatalogueItemId>) -> impl IntoView {
    let state = AppState::expect();
    let view_state = CatalogueView::expect();
    let draft = state.data.with_untracked(|d| {
        let workspace = d.workspace();
        let item = id
            .and_then(|id| workspace.and_then(|w| w.catalogue_item(id)).cloned())
            .unwrap_or_else(blank_item);
        let years = workspace.map(scenario_years).unwrap_or_default();
        Draft::from_item(id, &item, &years)
    });
    let heading = NodeRef::<html::H3>::new();
    let summary = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });
    let t = move || catalogue::texts(state.lang());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save::save(state, view_state, draft, summary);
    };
    let title = move || match id {
        None => t().form_new.to_string(),
        Some(_) => format!("{}: {}", t().form_edit, draft.name.get()),
    };
    view! {
        <section class="fp-card fp-ct-form-card" aria-labelledby="fp-ct-form-title">
            <h3 id="fp-ct-form-title" class="fp-ct-heading" tabindex="-1" node_ref=heading>{title}</h3>
            <form class="fp-ct-form" on:submit=on_submit novalidate=true>
                <AboutFields draft/>
                <PartyFields draft/>
                <TimeFields draft/>
                <years::YearTable draft/>
                <TextField label=Signal::derive(move || t().notes.to_string()) value=draft.notes
                    problems=draft.problems field=ItemField::Notes multiline=true class="fp-ct-field--wide"/>
                <ProblemSummary draft summary/>
                <div class="fp-ct-actions">
                    <button type="submit" class="fp-button fp-button--primary">{move || t().save}</button>
                    <button type="button" class="fp-button"
                        on:click=move |_| view_state.back_to_list(id, None)>{move || t().cancel}</button>
                    {id.map(|id| view! { <save::RemoveItem id name=draft.name/> })}
                </div>
                <SectionMessage message=view_state.message/>
            </form>
        </section>
        {id.map(|id| view! { <ItemLinks id/> })}
    }
}

/// An empty item: an idea-stage insats with nothing filled in.
fn blank_item() -> CatalogueItem {
    CatalogueItem::new(CatalogueItemId(0), "", ItemKind::Insats, ItemStatus::Ide)
}

/// Every year some scenario of the workspace plans for.
fn scenario_years(workspace: &Workspace) -> Vec<Year> {
    let mut years: Vec<Year> = workspace
        .scenarios
        .iter()
        .flat_map(|s| s.years.iter().map(|y| y.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

fn text(
    t: impl Fn() -> &'static CatalogueTexts + Send + Sync + 'static,
    pick: fn(&CatalogueTexts) -> &'static str,
) -> Signal<String> {
    Signal::derive(move || pick(t()).to_string())
}

/// Name, kind, status, inriktning, target group and description.
#[component]
fn AboutFields(draft: Draft) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    view! {
        <fieldset class="fp-ct-group">
            <legend>{move || t().about}</legend>
            <TextField label=text(t, |t| t.name) value=draft.name problems=draft.problems
                field=ItemField::Name class="fp-ct-field--wide"/>
            {enum_select(text(t, |t| t.kind), &KINDS, kind_name,
                move || Some(draft.kind.get()), move |k| if let Some(k) = k { draft.kind.set(k) }, None)}
            {enum_select(text(t, |t| t.status), &STATUSES, status_name,
                move || Some(draft.status.get()), move |s| if let Some(s) = s { draft.status.set(s) }, None)}
            <save::StatusWarning draft/>
            {enum_select(text(t, |t| t.inriktning), &INRIKTNINGAR, inriktning_name,
                move || draft.inriktning.get(), move |i| draft.inriktning.set(i), Some(text(t, |t| t.not_given)))}
            <TextField label=text(t, |t| t.target_group) value=draft.target_group problems=draft.problems
                field=ItemField::TargetGroup class="fp-ct-field--wide"/>
            <TextField label=text(t, |t| t.description) value=draft.description problems=draft.problems
                field=ItemField::Description multiline=true class="fp-ct-field--wide"/>
        </fieldset>
    }
}

/// Owner, owner's unit, participating members, external partners and leaders.
#[component]
fn PartyFields(draft: Draft) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    view! {
        <fieldset class="fp-ct-group">
            <legend>{move || t().owner}</legend>
            <parties::OwnerSelect draft/>
            <TextField label=text(t, |t| t.owner_unit) value=draft.owner_unit problems=draft.problems
                field=ItemField::OwnerUnit/>
            <parties::ParticipantChecks draft/>
            <TextField label=text(t, |t| t.external_partners) value=draft.external_partners
                problems=draft.problems field=ItemField::ExternalPartners multiline=true/>
            <TextField label=text(t, |t| t.leaders) value=draft.leaders problems=draft.problems
                field=ItemField::Leaders multiline=true/>
        </fieldset>
    }
}

/// Start, end, decision date and origin.
#[component]
fn TimeFields(draft: Draft) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    view! {
        <fieldset class="fp-ct-group">
            <legend>{move || t().time_and_decision}</legend>
            <TextField label=text(t, |t| t.start) value=draft.start problems=draft.problems
                field=ItemField::PeriodStart hint=text(t, |t| t.month_hint)/>
            <TextField label=text(t, |t| t.end) value=draft.end problems=draft.problems
                field=ItemField::PeriodEnd hint=text(t, |t| t.month_hint)/>
            <TextField label=text(t, |t| t.decision_date) value=draft.decision_date problems=draft.problems
                field=ItemField::DecisionDate hint=text(t, |t| t.date_hint)/>
            <TextField label=text(t, |t| t.origin) value=draft.origin problems=draft.problems
                field=ItemField::Origin class="fp-ct-field--wide"/>
        </fieldset>
    }
}

/// Every problem of the last save attempt, as a list (focused when a save is refused).
#[component]
fn ProblemSummary(draft: Draft, summary: NodeRef<html::Div>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    view! {
        <div class="fp-ct-summary" role="alert" tabindex="-1" node_ref=summary
            hidden=move || draft.problems.with(Vec::is_empty)>
            <p class="fp-ct-summary__title">{move || t().fix_first}</p>
            <ul>
                {move || draft.problems.get().into_iter().map(|p| view! { <li>{p.message}</li> }).collect_view()}
            </ul>
        </div>
    }
}
