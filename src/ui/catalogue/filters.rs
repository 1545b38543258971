//! The list's search and filters: free text, status, type, owner, year active, target group and inriktning.
//! The engine does the selecting; this only holds the choices and draws the form.

use super::form::fields::enum_select;
use crate::engine::catalogue::CatalogueFilter;
use crate::engine::ids::PartyId;
use crate::engine::model::{Inriktning, ItemKind, ItemStatus, Year};
use crate::engine::ordered::set_of;
use crate::i18n::catalogue;
use crate::i18n::catalogue::labels::{
    inriktning_name, kind_name, status_name, INRIKTNINGAR, KINDS, STATUSES,
};
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The chosen filters (each `None` means "Alla").
#[derive(Debug, Clone, Copy)]
pub struct FilterState {
    pub search: RwSignal<String>,
    pub status: RwSignal<Option<ItemStatus>>,
    pub kind: RwSignal<Option<ItemKind>>,
    pub owner: RwSignal<Option<PartyId>>,
    pub active_in: RwSignal<Option<Year>>,
    pub target_group: RwSignal<Option<String>>,
    pub inriktning: RwSignal<Option<Inriktning>>,
}

impl FilterState {
    /// No filter.
    pub fn new() -> FilterState {
        FilterState {
            search: RwSignal::new(String::new()),
            status: RwSignal::new(None),
            kind: RwSignal::new(None),
            owner: RwSignal::new(None),
            active_in: RwSignal::new(None),
            target_group: RwSignal::new(None),
            inriktning: RwSignal::new(None),
        }
    }

    /// The engine's filter for the current choices (tracked).
    pub fn to_filter(self) -> CatalogueFilter {
        CatalogueFilter {
            text: self.search.get(),
            statuses: self.status.get().into_iter().collect(),
            kinds: self.kind.get().into_iter().collect(),
            owner: self.owner.get(),
            active_in: self.active_in.get(),
            target_group: self.target_group.get().unwrap_or_default(),
            inriktning: self.inriktning.get(),
        }
    }

    /// Back to no filter.
    pub fn clear(self) {
        self.search.set(String::new());
        self.status.set(None);
        self.kind.set(None);
        self.owner.set(None);
        self.active_in.set(None);
        self.target_group.set(None);
        self.inriktning.set(None);
    }
}

/// The filter form.
#[component]
pub fn Filters(filters: FilterState, years: Signal<Vec<Year>>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let label = move |pick: fn(&catalogue::CatalogueTexts) -> &'static str| {
        Signal::derive(move || pick(t()).to_string())
    };
    let all = label(|t| t.all);
    let search_id = unique_id("fp-ct-search");
    let hint_id = format!("{search_id}-hint");
    let year_value = Signal::derive(move || filters.active_in.get().map(|y| y.to_string()));
    let year_choices = Signal::derive(move || {
        years
            .get()
            .iter()
            .map(|y| (y.to_string(), y.to_string()))
            .collect()
    });
    let pick_year = move |v: Option<String>| filters.active_in.set(v.and_then(|y| y.parse().ok()));
    let group_value = Signal::derive(move || filters.target_group.get());
    let group_choices = Signal::derive(move || {
        target_groups(state)
            .into_iter()
            .map(|g| (g.clone(), g))
            .collect()
    });
    let pick_group = move |v: Option<String>| filters.target_group.set(v);
    view! {
        <form class="fp-ct-filters" role="search" on:submit=|ev| ev.prevent_default()>
            <div class="fp-ct-field fp-ct-field--wide">
                <label for=search_id.clone()>{move || t().search}</label>
                <input id=search_id type="search" autocomplete="off" aria-describedby=hint_id.clone()
                    prop:value=move || filters.search.get()
                    on:input:target=move |ev| filters.search.set(ev.target().value())/>
                <span id=hint_id class="fp-ct-hint">{move || t().search_hint}</span>
            </div>
            {enum_select(label(|t| t.status), &STATUSES, status_name,
                move || filters.status.get(), move |v| filters.status.set(v), Some(all))}
            {enum_select(label(|t| t.kind), &KINDS, kind_name,
                move || filters.kind.get(), move |v| filters.kind.set(v), Some(all))}
            <OwnerFilter filters/>
            <ChoiceFilter label=label(|t| t.active_in) value=year_value choices=year_choices on_pick=pick_year/>
            <ChoiceFilter label=label(|t| t.target_group) value=group_value choices=group_choices
                on_pick=pick_group/>
            {enum_select(label(|t| t.inriktning), &INRIKTNINGAR, inriktning_name,
                move || filters.inriktning.get(), move |v| filters.inriktning.set(v), Some(all))}
            <button type="button" class="fp-button" on:click=move |_| filters.clear()>{move || t().clear_filters}</button>
        </form>
    }
}

/// Every target group written in the catalogue, sorted, without repeats.
fn target_groups(state: AppState) -> Vec<String> {
    let groups: Vec<String> = state.data.with(|d| {
        d.workspace()
            .map(|w| {
                w.catalogue
                    .iter()
                    .map(|c| c.target_group.trim().to_string())
                    .filter(|g| !g.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    });
    set_of(groups).into_iter().collect()
}

/// The owner filter: the members of the förbund.
#[component]
fn OwnerFilter(filters: FilterState) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let choices = Signal::derive(move || {
        state.data.with(|d| {
            d.workspace()
                .map(|w| {
                    w.parties
                        .iter()
                        .map(|p| (p.id.0.to_string(), p.name.clone()))
                        .collect()
                })
                .unwrap_or_default()
        })
    });
    let value = Signal::derive(move || filters.owner.get().map(|p| p.0.to_string()));
    let pick = move |id: Option<String>| {
        filters
            .owner
            .set(id.and_then(|v| v.parse().ok()).map(PartyId))
    };
    view! {
        <ChoiceFilter label=Signal::derive(move || t().owner.to_string()) value choices on_pick=pick/>
    }
}

/// A select over `(value, text)` choices, with "Alla" first.
#[component]
fn ChoiceFilter(
    label: Signal<String>,
    value: Signal<Option<String>>,
    choices: Signal<Vec<(String, String)>>,
    #[prop(into)] on_pick: Callback<Option<String>>,
) -> impl IntoView {
    let state = AppState::expect();
    let id = unique_id("fp-ct-filter");
    let pick = move |v: String| on_pick.run((!v.is_empty()).then_some(v));
    view! {
        <div class="fp-ct-field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id on:change:target=move |ev| pick(ev.target().value())>
                <option value="" selected=move || value.get().is_none()>{move || catalogue::texts(state.lang()).all}</option>
                {move || choices.get().into_iter().map(|(v, text)| {
                    let this = v.clone();
                    view! { <option value=v selected=move || value.get().as_deref() == Some(this.as_str())>{text}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}
