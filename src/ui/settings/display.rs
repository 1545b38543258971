//! The display choices as labelled radio groups: kr or t kr for the open förbund, and the language.

use crate::change::AppCommand;
use crate::engine::money_text::DisplayUnit;
use crate::i18n::{settings, Lang};
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// Unit and language.
#[component]
pub fn DisplayChoices() -> impl IntoView {
    let state = AppState::expect();
    let t = move || settings::texts(state.lang());
    let heading_id = unique_id("fp-display");
    let (unit_group, lang_group) = (unique_id("fp-unit"), unique_id("fp-lang"));
    let set_unit = move |unit: DisplayUnit| {
        let _ = state.dispatch(AppCommand::SetDisplayUnit(unit));
    };
    let set_lang = move |lang: Lang| {
        let _ = state.dispatch(AppCommand::SetLang(lang));
    };
    let unit_is = move |unit: DisplayUnit| move || state.unit() == unit;
    let lang_is = move |lang: Lang| move || state.lang() == lang;
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-st-heading">{move || t().display_heading}</h3>
            <div class="fp-st-choices">
                <fieldset class="fp-st-radios">
                    <legend>{move || t().unit_legend}</legend>
                    <label>
                        <input type="radio" name=unit_group.clone() prop:checked=unit_is(DisplayUnit::Kr)
                            on:change=move |_| set_unit(DisplayUnit::Kr)/>
                        "kr"
                    </label>
                    <label>
                        <input type="radio" name=unit_group.clone() prop:checked=unit_is(DisplayUnit::Tkr)
                            on:change=move |_| set_unit(DisplayUnit::Tkr)/>
                        "t kr"
                    </label>
                    <p class="fp-card__meta">{move || t().unit_note}</p>
                </fieldset>
                <fieldset class="fp-st-radios">
                    <legend>{move || t().language_legend}</legend>
                    <label lang="sv">
                        <input type="radio" name=lang_group.clone() prop:checked=lang_is(Lang::Sv)
                            on:change=move |_| set_lang(Lang::Sv)/>
                        "Svenska"
                    </label>
                    <label lang="en">
                        <input type="radio" name=lang_group.clone() prop:checked=lang_is(Lang::En)
                            on:change=move |_| set_lang(Lang::En)/>
                        "English"
                    </label>
                </fieldset>
            </div>
        </section>
    }
}
