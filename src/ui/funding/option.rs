//! The option radio group (approved frames / maximum state allocation / manual amounts) and the
//! funding each choice sends: the frame inputs are kept between the two frame options, manual
//! amounts start from the amounts computed now.

use super::context::FundingCtx;
use crate::engine::funding::FundingReport;
use crate::engine::ids::{PartyId, ScenarioId};
use crate::engine::model::{FrameInputs, Funding, Party, PartyKind, Year};
use crate::engine::money::Money;
use crate::engine::ordered::map_of;
use crate::i18n::funding::FundingTexts;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The three choices of the radio group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Option 1.
    Approved,
    /// Option 2.
    Maximum,
    /// Option 3.
    Manual,
}

impl Choice {
    /// The choice a stored funding corresponds to.
    pub fn of(funding: &Funding) -> Choice {
        match funding {
            Funding::ApprovedFrames(_) => Choice::Approved,
            Funding::MaximumState(_) => Choice::Maximum,
            Funding::Manual { .. } => Choice::Manual,
        }
    }

    fn id(self) -> &'static str {
        match self {
            Choice::Approved => "fp-funding-option-approved",
            Choice::Maximum => "fp-funding-option-maximum",
            Choice::Manual => "fp-funding-option-manual",
        }
    }

    fn texts(self, t: &FundingTexts) -> (&'static str, &'static str) {
        match self {
            Choice::Approved => (t.option_approved, t.option_approved_hint),
            Choice::Maximum => (t.option_maximum, t.option_maximum_hint),
            Choice::Manual => (t.option_manual, t.option_manual_hint),
        }
    }
}

/// Frame inputs last used per (workspace, scenario, year), so that frames → manual → frames
/// brings them back within the session.
type Remembered = RwSignal<BTreeMap<(usize, ScenarioId, Year), FrameInputs>>;

/// The radio group choosing the chosen year's funding option.
#[component]
pub fn OptionPicker() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let remembered: Remembered = RwSignal::new(BTreeMap::new());
    // Bumped after a refused choice so the radios show the stored option again.
    let revision = RwSignal::new(0_u32);
    let current = move || {
        revision.track();
        ctx.funding.with(|f| f.as_ref().map(Choice::of))
    };
    let choose = move |to: Choice| {
        let outcome = switch_to(ctx, remembered, to);
        if outcome.is_err() {
            revision.update(|r| *r = r.wrapping_add(1));
        }
        ctx.say_refusal(outcome);
    };
    let legend = move || {
        format!(
            "{} {}",
            ctx.t().option_legend,
            ctx.year().map(|y| y.to_string()).unwrap_or_default()
        )
    };
    view! {
        <fieldset class="fp-funding__options">
            <legend>{legend}</legend>
            {[Choice::Approved, Choice::Maximum, Choice::Manual].into_iter().map(|choice| {
                let hint_id = format!("{}-hint", choice.id());
                view! {
                    <div class="fp-funding__option">
                        <input type="radio" name="fp-funding-option" id=choice.id() aria-describedby=hint_id.clone()
                            prop:checked=move || current() == Some(choice)
                            on:change=move |_| choose(choice)/>
                        <label for=choice.id()>{move || choice.texts(ctx.t()).0}</label>
                        <span id=hint_id class="fp-funding__hint">{move || choice.texts(ctx.t()).1}</span>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// Sends the funding for `to`, built from the stored inputs or the computed amounts.
fn switch_to(ctx: FundingCtx, remembered: Remembered, to: Choice) -> Result<(), String> {
    let Some(current) = ctx.funding.get_untracked() else {
        return Ok(());
    };
    if Choice::of(&current) == to {
        return Ok(());
    }
    let key = memory_key(ctx);
    if let (Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs), Some(key)) =
        (&current, key)
    {
        remembered.update(|m| {
            m.insert(key, inputs.clone());
        });
    }
    let stored = key.and_then(|k| remembered.with_untracked(|m| m.get(&k).cloned()));
    let report = ctx.report.get_untracked().and_then(Result::ok);
    let parties = ctx.parties.get_untracked();
    ctx.set_funding(switched(&current, to, report.as_ref(), stored, &parties))
}

fn memory_key(ctx: FundingCtx) -> Option<(usize, ScenarioId, Year)> {
    let workspace = ctx.state.data.with_untracked(|d| d.active_workspace);
    let scenario = ctx.scenario.get_untracked()?;
    Some((workspace, scenario, ctx.year_untracked()?))
}

/// The funding that option `to` starts with, given the current one.
fn switched(
    current: &Funding,
    to: Choice,
    report: Option<&FundingReport>,
    stored: Option<FrameInputs>,
    parties: &[Party],
) -> Funding {
    let inputs = || match current {
        Funding::ApprovedFrames(inputs) | Funding::MaximumState(inputs) => inputs.clone(),
        Funding::Manual { amounts } => stored
            .clone()
            .unwrap_or_else(|| frames_from_manual(amounts, parties)),
    };
    match to {
        Choice::Approved => Funding::ApprovedFrames(inputs()),
        Choice::Maximum => Funding::MaximumState(inputs()),
        Choice::Manual => Funding::Manual {
            amounts: computed_amounts(report),
        },
    }
}

/// What each paying party pays now (Arbetsförmedlingen only if it has an amount).
fn computed_amounts(report: Option<&FundingReport>) -> BTreeMap<PartyId, Money> {
    let Some(report) = report else {
        return BTreeMap::new();
    };
    let paying = report.parties.iter();
    map_of(
        paying
            .filter(|p| p.kind != PartyKind::Arbetsformedlingen || !p.amount.is_zero())
            .map(|p| (p.party, p.amount)),
    )
}

/// Frame inputs read off manual amounts: Försäkringskassan's amount as the state offer and each
/// municipality's amount as its frame (the regions' maximum is left unstated).
fn frames_from_manual(amounts: &BTreeMap<PartyId, Money>, parties: &[Party]) -> FrameInputs {
    let amount = |p: &Party| amounts.get(&p.id).copied().unwrap_or(Money::ZERO);
    let state_offer = parties
        .iter()
        .find(|p| p.kind == PartyKind::Forsakringskassan)
        .map_or(Money::ZERO, amount);
    let municipalities = parties.iter().filter(|p| p.kind == PartyKind::Municipality);
    let municipal_frames = map_of(municipalities.map(|p| (p.id, amount(p))));
    FrameInputs {
        state_offer,
        region_frames: BTreeMap::new(),
        municipal_frames,
    }
}
