//! The check of the document the open scenario was pasted from, kept with the scenario: its title and years,
//! each finding of the table and of the text worded in the UI's language, and the findings as CSV. It sits in
//! "Kontroll mot dokumentet" and so is printed with the Budgetförslag.

use super::state::AppState;
use crate::engine::csv::paste_findings_csv;
use crate::engine::paste::findings::span;
use crate::engine::paste::source::SourceCheck;
use crate::engine::template::fill;
use crate::i18n::document;
use crate::ui::download::download_text;
use leptos::prelude::*;

/// The kept check of the open scenario (nothing when it was not pasted).
#[component]
pub fn SourceFindings() -> impl IntoView {
    let state = AppState::expect();
    let kept = Memo::new(move |_| {
        state.data.with(|d| {
            let scenario = d
                .workspace()
                .and_then(|w| w.scenarios.get(d.scenario_index()))?;
            let check: &SourceCheck = scenario.source_check.as_deref()?;
            Some((check.clone(), scenario.name.clone()))
        })
    });
    let failed = RwSignal::new(None::<String>);
    move || {
        let (check, name) = kept.get()?;
        let t = document::texts(state.lang());
        let words = super::paste::finding_words_in(state.lang());
        let texts: Vec<String> = check
            .findings
            .iter()
            .map(|f| f.message(check.unit, words))
            .collect();
        let title = check.title.clone().unwrap_or(name);
        let intro = fill(
            t.source_intro,
            &[("title", &title), ("years", &span(&check.years))],
        );
        let csv = paste_findings_csv(&check.findings, check.unit, words);
        let download = move |_| {
            let t = document::texts(state.lang());
            failed.set(download_text(t.source_file, "text/csv;charset=utf-8", &csv).err());
        };
        Some(view! {
            <section class="fp-source-check" aria-labelledby="fp-source-check" data-testid="source-check">
                <h3 id="fp-source-check">{t.source_heading}</h3>
                <p>{intro}</p>
                {check.text_checked.then(|| view! { <p class="fp-card__meta">{t.source_text_read}</p> })}
                {if texts.is_empty() {
                    view! { <p>{t.source_none}</p> }.into_any()
                } else {
                    view! {
                        <ol class="fp-source-check__list">
                            {texts.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}
                        </ol>
                    }.into_any()
                }}
                <button type="button" class="fp-button" on:click=download>{t.source_download}</button>
                {move || failed.get().map(|reason| view! { <p role="alert">{reason}</p> })}
            </section>
        })
    }
}
