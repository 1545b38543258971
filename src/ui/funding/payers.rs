//! "Vem betalar vad": every member's amount, share, and change against the previous year and the
//! baseline scenario, from `engine::who_pays`; plus the baseline picker.

use super::context::{engine_message, FundingCtx};
use crate::engine::command::Command;
use crate::engine::ids::ScenarioId;
use crate::engine::model::PartyKind;
use crate::engine::money::Money;
use crate::engine::money_text::format_percent;
use crate::engine::who_pays::{payer_total, who_pays, PayerRow, PayerTotal};
use leptos::prelude::*;

/// The who-pays table of the chosen year, with its baseline picker.
#[component]
pub fn WhoPays() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let rows = Memo::new(move |_| {
        let (scenario, year) = (ctx.scenario.get()?, ctx.year()?);
        ctx.state
            .data
            .with(|d| d.workspace().map(|w| who_pays(w, scenario, year)))
    });
    let t = move || ctx.t();
    let table = move || {
        // Language and display unit live in the saved data: re-render when they change.
        let _ = (ctx.lang(), ctx.state.unit());
        let rows = match rows.get()? {
            Ok(rows) => rows,
            Err(error) => {
                return Some(view! { <p>{engine_message(&error, ctx.lang())}</p> }.into_any())
            }
        };
        let total = payer_total(&rows).ok()?;
        Some(view! { <PayersTable rows total/> }.into_any())
    };
    view! {
        <section class="fp-funding__sub" aria-labelledby="fp-who-pays">
            <h3 id="fp-who-pays">{move || t().who_pays_heading}</h3>
            <BaselinePicker/>
            <div class="fp-table-wrap">{table}</div>
            <p class="fp-card__meta">{move || t().af_note}</p>
        </section>
    }
}

#[component]
fn PayersTable(rows: Vec<PayerRow>, total: PayerTotal) -> impl IntoView {
    let ctx = FundingCtx::expect();
    let t = ctx.t();
    let year = ctx.year().unwrap_or_default();
    let show_previous = rows.iter().any(|r| r.change_vs_previous_year.is_some());
    let show_baseline = rows.iter().any(|r| r.change_vs_baseline.is_some());
    let baseline_name = ctx.state.data.with(|d| {
        let w = d.workspace()?;
        w.baseline
            .and_then(|b| w.scenario(b))
            .map(|s| s.name.clone())
    });
    let baseline_header = format!(
        "{} ({})",
        t.col_vs_baseline,
        baseline_name.unwrap_or_default()
    );
    let previous_header = format!("{} {}", t.col_vs_year, year.saturating_sub(1));
    let change = move |amount: Option<Money>| view! { <ChangeCell amount/> };
    let body = rows.into_iter().map(|row| {
        let note = (row.kind == PartyKind::Arbetsformedlingen)
            .then(|| view! { <span class="fp-table__note">{format!(" ({})", t.af_short)}</span> });
        view! {
            <tr>
                <th scope="row">{row.name.clone()}{note}</th>
                <td>{ctx.money(row.amount)}</td>
                <td>{row.share.map(|s| format_percent(s, 1))}</td>
                {show_previous.then(|| change(row.change_vs_previous_year))}
                {show_baseline.then(|| change(row.change_vs_baseline))}
            </tr>
        }
    });
    view! {
        <table class="fp-table" data-testid="who-pays">
            <caption>{format!("{} {year} ({})", t.who_pays_caption, ctx.state.unit().label())}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.col_party}</th>
                    <th scope="col">{t.col_amount}</th>
                    <th scope="col">{t.col_share}</th>
                    {show_previous.then(|| view! { <th scope="col">{previous_header}</th> })}
                    {show_baseline.then(|| view! { <th scope="col">{baseline_header}</th> })}
                </tr>
            </thead>
            <tbody>{body.collect_view()}</tbody>
            <tfoot>
                <tr class="fp-table__total">
                    <th scope="row">{t.total}</th>
                    <td>{ctx.money(total.amount)}</td>
                    <td></td>
                    {show_previous.then(|| change(total.change_vs_previous_year))}
                    {show_baseline.then(|| change(total.change_vs_baseline))}
                </tr>
            </tfoot>
        </table>
    }
}

/// A change with its sign (`+95 000 kr`, `−190 000 kr`), or a dash with a spoken explanation.
#[component]
fn ChangeCell(amount: Option<Money>) -> impl IntoView {
    let ctx = FundingCtx::expect();
    match amount {
        Some(a) => {
            let text = ctx.money(a);
            let positive = !a.is_negative() && !a.is_zero();
            let shown = if positive { format!("+{text}") } else { text };
            view! { <td class:fp-negative=a.is_negative()>{shown}</td> }.into_any()
        }
        None => view! {
            <td>
                <span aria-hidden="true">"–"</span>
                <span class="fp-funding__sr-only">{ctx.t().nothing_to_compare}</span>
            </td>
        }
        .into_any(),
    }
}

/// Chooses the workspace's baseline scenario (sent as `Command::SetBaseline`).
#[component]
fn BaselinePicker() -> impl IntoView {
    let ctx = FundingCtx::expect();
    let t = move || ctx.t();
    let options = move || ctx.state.scenario_names();
    let selected = move || {
        ctx.state
            .data
            .with(|d| d.workspace().and_then(|w| w.baseline))
            .map(|b| b.0.to_string())
            .unwrap_or_default()
    };
    let choose = move |value: String| {
        let scenario = value.parse::<u32>().ok().map(ScenarioId);
        ctx.say_refusal(ctx.state.apply(Command::SetBaseline { scenario }));
    };
    view! {
        <div class="fp-field fp-funding__baseline">
            <label for="fp-funding-baseline">{move || t().baseline_label}</label>
            <select id="fp-funding-baseline" prop:value=selected on:change:target=move |ev| choose(ev.target().value())>
                <option value="" selected=move || selected().is_empty()>{move || t().baseline_none}</option>
                {move || options().into_iter().map(|(id, name)| {
                    let value = id.0.to_string();
                    let is_selected = value == selected();
                    view! { <option value=value selected=is_selected>{name}</option> }
                }).collect_view()}
            </select>
            <span class="fp-funding__hint">{move || t().baseline_note}</span>
        </div>
    }
}
