//! The figures that differ between the current scenario and the file's, as the engine's diff gives them:
//! year, row, now, in the file and the difference, in kr. Nothing is computed here.

use crate::engine::compare::RowKind;
use crate::engine::exchange::{DiffRow, ScenarioDiff};
use crate::engine::money::Money;
use crate::engine::money_text::format_plain;
use crate::i18n::compare::{self, RowTexts};
use crate::i18n::exchange;
use crate::ui::state::AppState;
use leptos::prelude::*;

const MISSING: &str = "–";

/// The table of a diff (`None`: the figures cannot be compared); `name` names the scenario, if needed.
#[component]
pub fn DiffTable(diff: Option<ScenarioDiff>, name: String) -> impl IntoView {
    let state = AppState::expect();
    let lang = state.lang();
    let t = exchange::texts(lang);
    let rows_t = &compare::texts(lang).rows;
    let caption = if name.is_empty() {
        t.diff_caption.to_string()
    } else {
        format!("{} {name}", t.diff_caption)
    };
    let Some(diff) = diff else {
        return view! { <p>{name} " " {t.not_comparable}</p> }.into_any();
    };
    if diff.rows.is_empty() {
        return view! { <p>{name} " " {t.no_figure_differs}</p> }.into_any();
    }
    view! {
        <div class="fp-table-wrap">
            <table class="fp-table fp-ex-diff" data-testid="diff">
                <caption>{caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.year}</th>
                        <th scope="col">{t.row}</th>
                        <th scope="col">{t.current}</th>
                        <th scope="col">{t.in_file}</th>
                        <th scope="col">{t.difference}</th>
                    </tr>
                </thead>
                <tbody>
                    {diff.rows.iter().map(|row| view! {
                        <tr>
                            <td>{row.year.to_string()}</td>
                            <th scope="row">{row_label(row, rows_t)}</th>
                            <td>{amount(row.current)}</td>
                            <td>{amount(row.file)}</td>
                            <td>{signed(row.delta)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The row's name as the comparison shows it; a cost line also names its group.
fn row_label(row: &DiffRow, t: &RowTexts) -> String {
    match &row.group {
        Some(group) if row.kind == RowKind::CostLine => format!("{} ({group})", row.label),
        _ => t.row_name(row.kind, &row.label),
    }
}

fn amount(value: Option<Money>) -> String {
    value.map_or_else(|| MISSING.to_string(), |m| format_plain(m.amount()))
}

/// `+380 000` or `−95 000`; zero has no sign.
fn signed(delta: Money) -> String {
    let text = format_plain(delta.amount());
    if delta.is_zero() || delta.is_negative() {
        text
    } else {
        format!("+{text}")
    }
}
