//! Totals per status for the chosen year, over the items the filters show (sums from the engine).

use crate::engine::catalogue::totals_by_status;
use crate::i18n::catalogue;
use crate::i18n::catalogue::labels::status_name;
use crate::ui::overview::confirm::unique_id;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// The table of totals.
#[component]
pub fn StatusTotals(shown: Memo<Vec<usize>>, year: RwSignal<u16>) -> impl IntoView {
    let state = AppState::expect();
    let t = move || catalogue::texts(state.lang());
    let rows = Memo::new(move |_| {
        let indices = shown.get();
        let year = year.get();
        state.data.with(|d| {
            let Some(w) = d.workspace() else {
                return (Vec::new(), None);
            };
            let Ok(totals) = totals_by_status(w, &indices, year) else {
                return (Vec::new(), None);
            };
            let counts = |status| {
                indices
                    .iter()
                    .filter(|i| w.catalogue.get(**i).is_some_and(|c| c.status == status))
                    .count()
            };
            let rows: Vec<_> = totals
                .iter()
                .map(|(s, m)| (*s, counts(*s), m.amount()))
                .collect();
            let sum = crate::engine::money::Money::checked_sum(totals.iter().map(|(_, m)| *m));
            (rows, sum.map(|m| m.amount()))
        })
    });
    let heading_id = unique_id("fp-ct-totals");
    view! {
        <section class="fp-card" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone() class="fp-ct-heading">
                {move || format!("{} {}", t().totals_heading, year.get())}
            </h3>
            <table class="fp-table fp-ct-totals" aria-labelledby=heading_id.clone()>
                <thead>
                    <tr>
                        <th scope="col">{move || t().status}</th>
                        <th scope="col">{move || t().count}</th>
                        <th scope="col">{move || format!("{} {}", t().amount, year.get())}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().0.into_iter().map(|(status, count, amount)| view! {
                        <tr>
                            <th scope="row">{move || status_name(state.lang(), status)}</th>
                            <td>{count}</td>
                            <td>{move || state.unit().format(amount)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{move || t().total}</th>
                        <td>{move || shown.get().len()}</td>
                        <td>{move || rows.get().1.map(|a| state.unit().format(a))}</td>
                    </tr>
                </tfoot>
            </table>
        </section>
    }
}
