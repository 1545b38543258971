//! What every part of the funding panel reads: the open scenario, the chosen year, that year's
//! funding (model) and the engine's funding report, plus helpers to send a changed funding.

use crate::engine::command::Command;
use crate::engine::error::EngineError;
use crate::engine::funding::{compute_funding, FundingReport};
use crate::engine::ids::ScenarioId;
use crate::engine::model::{Funding, Party, Year};
use crate::engine::money::Money;
use crate::i18n::funding::{texts, FundingTexts};
use crate::i18n::Lang;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A message of the panel's status line and the scenario it belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
struct PanelNote {
    scenario: Option<ScenarioId>,
    message: Result<String, String>,
}

/// The funding panel's shared, derived state (all signals, so `Copy`).
#[derive(Clone, Copy)]
pub struct FundingCtx {
    /// The app state.
    pub state: AppState,
    /// The open scenario.
    pub scenario: Memo<Option<ScenarioId>>,
    /// Its years in order.
    pub years: Memo<Vec<Year>>,
    /// The year chosen in the picker (kept within the scenario's years by [`FundingCtx::year`]).
    pub chosen: RwSignal<Option<Year>>,
    /// The open workspace's member parties.
    pub parties: Memo<Vec<Party>>,
    /// The chosen year's funding as stored.
    pub funding: Memo<Option<Funding>>,
    /// The engine's figures for it.
    pub report: Memo<Option<Result<FundingReport, EngineError>>>,
    /// The outcome of the last change made in the panel (`Err` = refused) and the scenario it
    /// was made in; read it with [`FundingCtx::shown_message`].
    message: RwSignal<Option<PanelNote>>,
}

impl FundingCtx {
    /// Builds the memos and provides the context.
    pub fn provide() -> FundingCtx {
        let state = AppState::expect();
        let chosen = RwSignal::new(None::<Year>);
        let scenario = Memo::new(move |_| {
            state.data.with(|d| {
                let workspace = d.workspace()?;
                workspace.scenarios.get(d.scenario_index()).map(|s| s.id)
            })
        });
        let years = Memo::new(move |_| {
            state
                .data
                .with(|d| {
                    let id = scenario.get()?;
                    let found = d.workspace()?.scenario(id)?;
                    Some(found.years.iter().map(|y| y.year).collect::<Vec<_>>())
                })
                .unwrap_or_default()
        });
        let year = move || pick_year(&years.get(), chosen.get());
        let parties = Memo::new(move |_| {
            state
                .data
                .with(|d| d.workspace().map(|w| w.parties.clone()))
                .unwrap_or_default()
        });
        let funding = Memo::new(move |_| {
            let (id, year) = (scenario.get()?, year()?);
            state.data.with(|d| {
                d.workspace()?
                    .scenario(id)?
                    .year_plan(year)
                    .map(|p| p.funding.clone())
            })
        });
        let report = Memo::new(move |_| {
            let funding = funding.get()?;
            state
                .data
                .with(|d| d.workspace().map(|w| compute_funding(w, &funding)))
        });
        let ctx = FundingCtx {
            state,
            scenario,
            years,
            chosen,
            parties,
            funding,
            report,
            message: RwSignal::new(None),
        };
        provide_context(ctx);
        ctx
    }

    /// The context provided by the funding panel.
    pub fn expect() -> FundingCtx {
        expect_context::<FundingCtx>()
    }

    /// The year shown: the chosen one if the scenario spans it, else its first year.
    pub fn year(&self) -> Option<Year> {
        pick_year(&self.years.get(), self.chosen.get())
    }

    /// The panel's texts in the current language.
    pub fn t(&self) -> &'static FundingTexts {
        texts(self.state.lang())
    }

    /// The current language.
    pub fn lang(&self) -> Lang {
        self.state.lang()
    }

    /// An amount in the chosen display unit, unit included.
    pub fn money(&self, amount: Money) -> String {
        self.state.unit().format(amount.amount())
    }

    /// The engine's report when it could be computed.
    pub fn ok_report(&self) -> Option<FundingReport> {
        self.report.get().and_then(Result::ok)
    }

    /// Sends the chosen year's new funding; `Err` holds the user message when it is refused.
    pub fn set_funding(&self, funding: Funding) -> Result<(), String> {
        let (Some(scenario), Some(year)) = (self.scenario.get_untracked(), self.year_untracked())
        else {
            return Ok(());
        };
        self.state.apply(Command::SetFunding {
            scenario,
            year,
            funding,
        })
    }

    /// Changes the chosen year's funding with `change` applied to the stored one.
    pub fn edit_funding(&self, change: impl FnOnce(&mut Funding)) -> Result<(), String> {
        let Some(mut funding) = self.funding.get_untracked() else {
            return Ok(());
        };
        change(&mut funding);
        self.set_funding(funding)
    }

    /// [`FundingCtx::year`] without tracking (for event handlers).
    pub fn year_untracked(&self) -> Option<Year> {
        pick_year(&self.years.get_untracked(), self.chosen.get_untracked())
    }

    /// Shows a refused change in the panel's status line (a success clears it).
    pub fn say_refusal(&self, outcome: Result<(), String>) {
        match outcome {
            Ok(()) => self.message.set(None),
            Err(why) => self.say(Err(format!("{} {why}", self.t().refused))),
        }
    }

    /// Puts a message (`Err`: a problem) in the panel's status line for the open scenario.
    pub fn say(&self, message: Result<String, String>) {
        let scenario = self.scenario.get_untracked();
        self.message.set(Some(PanelNote { scenario, message }));
    }

    /// Clears the panel's status line.
    pub fn clear_message(&self) {
        self.message.set(None);
    }

    /// The status line's message, if it was made in the scenario open now.
    pub fn shown_message(&self) -> Option<Result<String, String>> {
        let note = self.message.get()?;
        (note.scenario == self.scenario.get()).then_some(note.message)
    }
}

fn pick_year(years: &[Year], chosen: Option<Year>) -> Option<Year> {
    chosen
        .filter(|y| years.contains(y))
        .or_else(|| years.first().copied())
}

/// The user message of an engine error.
pub fn engine_message(error: &EngineError, lang: Lang) -> String {
    match lang {
        Lang::Sv => error.message_sv(),
        Lang::En => error.message_en(),
    }
}
