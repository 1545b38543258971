//! "Välj per scenario" after another tab changed the same förbund: the scenarios that differ between this
//! tab's version and the stored one, one radio group each with the side that changed it preselected (judged
//! against what this tab last saved), and "Spara valet" — the other tab's data is loaded and the choice is
//! recorded on top of it as one undoable step. Nothing changes before "Spara valet".

use super::overview::confirm::unique_id;
use super::state::{AppState, Status};
use crate::change::merge::{self, Difference, Pick};
use crate::change::AppCommand;
use crate::engine::ids::ScenarioId;
use crate::engine::model::Workspace;
use crate::i18n::conflict::{self, ConflictTexts};
use crate::i18n::storage;
use crate::persist::Persister;
use crate::storage::WebKv;
use leptos::prelude::*;

/// What the choice is about, read when it opens.
#[derive(Debug, Clone, PartialEq)]
struct Choice {
    /// The förbund's storage id.
    id: String,
    mine: Workspace,
    theirs: Workspace,
    differences: Vec<Difference>,
    outside_differs: bool,
}

/// The choice as opened.
#[derive(Debug, Clone, PartialEq)]
enum Opened {
    Ready(Box<Choice>),
    /// The other tab removed the förbund.
    Gone,
    /// The stored data could not be read.
    Unreadable,
}

impl AppState {
    /// Reads the stored version of the conflicting förbund without changing what this tab knows.
    fn open_conflict_choice(self) -> Opened {
        let data = self.data.get_untracked();
        let at = match self.status.get_untracked() {
            Status::Conflict(Some(at)) => at,
            _ => data.active_workspace,
        };
        let (Some(id), Some(mine)) = (data.filled_ids().get(at).cloned(), data.workspaces.get(at))
        else {
            return Opened::Unreadable;
        };
        let Ok((stored, _)) = Persister::new(WebKv::open()).load() else {
            return Opened::Unreadable;
        };
        let Some(position) = stored.filled_ids().iter().position(|i| *i == id) else {
            return Opened::Gone;
        };
        let Some(theirs) = stored.workspaces.get(position).cloned() else {
            return Opened::Gone;
        };
        let base = self
            .persister
            .with_value(|p| p.synced_workspace(&id).cloned());
        Opened::Ready(Box::new(Choice {
            differences: merge::differences(base.as_ref(), mine, &theirs),
            outside_differs: merge::outside_differs(mine, &theirs),
            mine: mine.clone(),
            theirs,
            id,
        }))
    }

    /// Checks the choice, loads the other tab's data and records the choice on it. On a refusal nothing
    /// has changed; if the stored förbund is gone by then, this tab's version is kept as a copy.
    fn save_conflict_choice(
        self,
        choice: &Choice,
        picks: Vec<(ScenarioId, Pick)>,
    ) -> Result<(), String> {
        let lang = self.lang();
        let copy_suffix = storage::texts(lang).copy_suffix.to_string();
        merge::merged(&choice.mine, &choice.theirs, &picks, &copy_suffix).map_err(|e| {
            super::change_message::message(&crate::change::ChangeError::Import(e), lang)
        })?;
        let mine = self.data.get_untracked();
        let outcome = self.persister.try_update_value(|p| p.reload(&mine));
        let Some(Ok(mut fresh)) = outcome else {
            return Err(conflict::texts(lang).unreadable.to_string());
        };
        let Some(position) = fresh.filled_ids().iter().position(|i| *i == choice.id) else {
            self.set_reloaded(fresh, mine.lang);
            let copy = Box::new(choice.mine.clone());
            return self.dispatch(AppCommand::AddWorkspace(copy)).map(|_| ());
        };
        fresh.active_workspace = position;
        self.set_reloaded(fresh, mine.lang);
        self.dispatch(AppCommand::MergeTab {
            mine: Box::new(choice.mine.clone()),
            picks,
            copy_suffix,
        })
        .map(|_| ())
    }

    fn set_reloaded(self, mut fresh: crate::persisted::Persisted, lang: crate::i18n::Lang) {
        fresh.lang = lang;
        self.status.set(Status::Idle);
        self.data.set(fresh);
    }
}

/// The button that opens the choice, and the choice.
#[component]
pub fn ConflictChoice() -> impl IntoView {
    let state = AppState::expect();
    let t = move || conflict::texts(state.lang());
    let opened = RwSignal::new(None::<Opened>);
    let open = move |_| opened.set(Some(state.open_conflict_choice()));
    let body = move || {
        opened.get().map(|o| match o {
            Opened::Ready(choice) => view! { <ChoiceForm choice=*choice opened/> }.into_any(),
            Opened::Gone => view! { <p role="alert">{t().gone}</p> }.into_any(),
            Opened::Unreadable => view! { <p role="alert">{t().unreadable}</p> }.into_any(),
        })
    };
    view! {
        <section class="fp-conflict" data-testid="conflict-choice">
            <button type="button" class="fp-button" aria-expanded=move || opened.with(Option::is_some).to_string()
                on:click=open>
                {move || t().choose}
            </button>
            {body}
        </section>
    }
}

/// One radio group per differing scenario, "Spara valet" and "Avbryt".
#[component]
fn ChoiceForm(choice: Choice, opened: RwSignal<Option<Opened>>) -> impl IntoView {
    let state = AppState::expect();
    let t = conflict::texts(state.lang());
    let picks = RwSignal::new(
        choice
            .differences
            .iter()
            .map(|d| (d.scenario, d.suggested))
            .collect::<Vec<_>>(),
    );
    let refusal = RwSignal::new(None::<String>);
    let groups = choice
        .differences
        .iter()
        .map(|d| scenario_group(d, picks, t))
        .collect_view();
    let note = if choice.differences.is_empty() {
        Some(t.same)
    } else {
        choice.outside_differs.then_some(t.outside)
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match state.save_conflict_choice(&choice, picks.get_untracked()) {
            Ok(()) => opened.set(None),
            Err(message) => refusal.set(Some(message)),
        }
    };
    view! {
        <form class="fp-conflict__form" on:submit=submit>
            <p class="fp-conflict__heading">{t.heading}</p>
            <p>{t.intro}</p>
            {groups}
            {note.map(|text| view! { <p>{text}</p> })}
            <p role="alert">{move || refusal.get()}</p>
            <p>
                <button type="submit" class="fp-button">{t.save}</button>
                <button type="button" class="fp-button" on:click=move |_| opened.set(None)>{t.cancel}</button>
            </p>
        </form>
    }
}

/// The radios of one differing scenario (no "Båda" when one version does not have it).
fn scenario_group(
    difference: &Difference,
    picks: RwSignal<Vec<(ScenarioId, Pick)>>,
    t: &'static ConflictTexts,
) -> impl IntoView {
    let id = difference.scenario;
    let group = unique_id("fp-conflict");
    let name = difference.theirs.as_ref().or(difference.mine.as_ref());
    let name = name.cloned().unwrap_or_default();
    let renamed = difference.mine.is_some()
        && difference.theirs.is_some()
        && difference.mine != difference.theirs;
    let version = |word: &str, present: &Option<String>| match present {
        None => format!("{word}{}", t.removed),
        Some(named) if renamed => format!("{word}: {named}"),
        Some(_) => word.to_string(),
    };
    let mut options = vec![
        (Pick::Mine, version(t.mine, &difference.mine)),
        (Pick::Theirs, version(t.theirs, &difference.theirs)),
    ];
    if difference.mine.is_some() && difference.theirs.is_some() {
        options.push((Pick::Both, t.both.to_string()));
    }
    let radios = options
        .into_iter()
        .map(|(pick, text)| {
            let radio_id = format!("{group}-{}", pick_slug(pick));
            let current = move || picks.with(|p| p.iter().any(|(s, k)| *s == id && *k == pick));
            let choose = move |_| {
                picks.update(|p| {
                    if let Some(slot) = p.iter_mut().find(|(s, _)| *s == id) {
                        slot.1 = pick;
                    }
                })
            };
            view! {
                <span class="fp-ex-choice">
                    <input type="radio" id=radio_id.clone() name=group.clone() prop:checked=current on:change=choose/>
                    <label for=radio_id>{text}</label>
                </span>
            }
        })
        .collect_view();
    view! {
        <fieldset class="fp-ex-collision" data-testid="conflict-scenario">
            <legend>{name}</legend>
            <div class="fp-ex-choices">{radios}</div>
        </fieldset>
    }
}

fn pick_slug(pick: Pick) -> &'static str {
    match pick {
        Pick::Mine => "mine",
        Pick::Theirs => "theirs",
        Pick::Both => "both",
    }
}
