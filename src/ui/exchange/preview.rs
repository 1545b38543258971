//! The preview of a checked file: what will be added, what is already here unchanged, each collision with
//! its choice and differences, and the two buttons. Only "Importera" changes anything.

use super::apply::apply_pending;
use super::collision::CollisionChoice;
use super::read::refusal;
use super::ExchangeView;
use crate::engine::exchange::{ExportKind, ImportContent, ImportPlan, Subject};
use crate::i18n::exchange::{self, ExchangeTexts};
use crate::ui::overview::message::Message;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The preview, shown while a file is pending.
#[component]
pub fn Preview() -> impl IntoView {
    let view = ExchangeView::expect();
    move || {
        view.pending
            .get()
            .map(|pending| view! { <PlanView file_name=pending.file_name plan=pending.plan/> })
    }
}

#[component]
fn PlanView(file_name: String, plan: ImportPlan) -> impl IntoView {
    let state = AppState::expect();
    let view = ExchangeView::expect();
    let lang = state.lang();
    let t = exchange::texts(lang);
    let kind = match &plan.file.content {
        ImportContent::Workspace(_) => ExportKind::Workspace,
        ImportContent::Scenario(_) => ExportKind::Scenario,
    };
    let blocked = plan.blocked.as_ref().map(|e| refusal(e, lang));
    let nothing = blocked.is_none() && plan.added.is_empty() && plan.collisions.is_empty();
    let can_import = blocked.is_none() && !nothing;
    let cancel = move |_| {
        view.pending.set(None);
        view.message
            .set(Some(Message::Done(t.cancelled.to_string())));
    };
    let collisions = plan
        .collisions
        .iter()
        .cloned()
        .enumerate()
        .map(|(index, collision)| view! { <CollisionChoice index collision/> })
        .collect_view();
    view! {
        <section class="fp-ex-preview" aria-labelledby="fp-ex-preview-heading" data-testid="preview">
            <h3 id="fp-ex-preview-heading">{format!("{} {file_name}", t.preview_heading)}</h3>
            <p>
                {match kind { ExportKind::Workspace => t.kind_workspace, ExportKind::Scenario => t.kind_scenario }}
                " " {format!("{} {}.", t.exported_on, plan.file.exported_on)}
            </p>
            {blocked.map(|text| view! { <p class="fp-ex-blocked" role="alert">{text}</p> })}
            {nothing.then(|| view! { <p class="fp-ex-nothing" role="status" data-testid="nothing">{t.nothing_to_import}</p> })}
            <SubjectList heading=t.added subjects=plan.added.clone() t testid="added"/>
            <SubjectList heading=t.unchanged subjects=plan.unchanged.clone() t testid="unchanged"/>
            {(!plan.collisions.is_empty()).then(|| view! {
                <h4>{t.collisions}</h4>
                <div class="fp-ex-collisions">{collisions}</div>
            })}
            <p class="fp-ex-actions">
                {can_import.then(|| view! {
                    <button type="button" class="fp-button fp-button--primary"
                        on:click=move |_| apply_pending(state, view)>{t.import}</button>
                })}
                <button type="button" class="fp-button" on:click=cancel>{t.cancel}</button>
            </p>
        </section>
    }
}

/// A heading and the subjects under it (nothing when empty).
#[component]
fn SubjectList(
    heading: &'static str,
    subjects: Vec<Subject>,
    t: &'static ExchangeTexts,
    testid: &'static str,
) -> impl IntoView {
    (!subjects.is_empty()).then(|| {
        view! {
            <h4>{heading}</h4>
            <ul data-testid=testid>
                {subjects.iter().map(|s| view! { <li>{subject_text(s, t)}</li> }).collect_view()}
            </ul>
        }
    })
}

/// "Scenario: Max statlig tilldelning".
pub fn subject_text(subject: &Subject, t: &ExchangeTexts) -> String {
    match subject {
        Subject::Workspace { name } => format!("{}: {name}", t.subject_workspace),
        Subject::Scenario { name, .. } => format!("{}: {name}", t.subject_scenario),
        Subject::CatalogueItem { name, .. } => format!("{}: {name}", t.subject_item),
    }
}
