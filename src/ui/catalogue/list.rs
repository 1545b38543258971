//! The catalogue list: toolbar (new item, year, CSV), filters, the sortable table of the items the engine
//! selects, and totals per status for the chosen year.

use super::context::{CatalogueView, Mode};
use super::csv_button::CsvButton;
use super::filters::Filters;
use super::form::draft::month_text;
use super::sort::SortHeader;
use super::totals::StatusTotals;
use crate::engine::catalogue::{select, Sort, SortKey};
use crate::engine::ids::CatalogueItemId;
use crate::engine::model::{CatalogueItem, LineSource, Workspace, Year};
use crate::engine::money_text::DisplayUnit;
use crate::i18n::catalogue::labels::{kind_name, status_name};
use crate::i18n::catalogue::{self, CatalogueTexts};
use crate::i18n::Lang;
use crate::ui::overview::confirm::unique_id;
use crate::ui::overview::message::SectionMessage;
use crate::ui::state::AppState;
use leptos::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};

/// How many more rows each "Visa ytterligare" draws.
const PAGE_ROWS: usize = 100;

/// What one row shows, as text (rows are redrawn only when their text changes, which `version` tells).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct RowData {
    version: u64,
    id: CatalogueItemId,
    name: String,
    label: String,
    kind: &'static str,
    status: &'static str,
    owner: String,
    leaders: String,
    period: String,
    amount: String,
    included: String,
}

/// The list page.
#[component]
pub fn CatalogueList() -> impl IntoView {
    let state = AppState::expect();
    let view = CatalogueView::expect();
    let t = move || catalogue::texts(state.lang());
    let years = Signal::derive(move || {
        state
            .data
            .with(|d| d.workspace().map(all_years).unwrap_or_default())
    });
    let shown = Memo::new(move |_| {
        let filter = view.filters.to_filter();
        let (key, descending, year) = (
            view.sort.key.get(),
            view.sort.descending.get(),
            view.year.get(),
        );
        state.data.with(|d| {
            d.workspace()
                .map(|w| select(w, &filter, Sort { key, descending }, year))
                .unwrap_or_default()
        })
    });
    let total = move || {
        state
            .data
            .with(|d| d.workspace().map_or(0, |w| w.catalogue.len()))
    };
    // At most `limit` rows are drawn (a real catalogue has tens of items; a thousand would make every
    // keystroke in the search field slow); a new search starts again from one page.
    let limit = RwSignal::new(PAGE_ROWS);
    Effect::watch(
        move || shown.track(),
        move |_, _, _| limit.set(PAGE_ROWS),
        false,
    );
    let more_than_limit = move || shown.with(Vec::len) > limit.get();
    // Which scenarios include each item: one pass over every line, only when the data changes.
    let included = Memo::new(move |_| {
        state.data.with(|d| {
            d.workspace()
                .map(scenario_names_by_item)
                .unwrap_or_default()
        })
    });
    let rows = Memo::new(move |_| {
        let (lang, unit, year) = (state.lang(), state.unit(), view.year.get());
        let look = RowLook {
            lang,
            unit,
            year,
            t: catalogue::texts(lang),
        };
        let limit = limit.get();
        let indices = shown.get();
        included.with(|included| {
            state.data.with(|d| {
                let Some(w) = d.workspace() else {
                    return Vec::new();
                };
                indices
                    .iter()
                    .take(limit)
                    .filter_map(|i| w.catalogue.get(*i))
                    .map(|item| row_data(w, item, included.get(&item.id), &look))
                    .collect::<Vec<_>>()
            })
        })
    });
    let caption_id = unique_id("fp-ct-list");
    let header = move |key: SortKey, pick: fn(&CatalogueTexts) -> &'static str| {
        view! { <SortHeader sort=view.sort key label=Signal::derive(move || pick(t()).to_string())/> }
    };
    view! {
        <div class="fp-ct-toolbar">
            <button type="button" class="fp-button fp-button--primary"
                on:click=move |_| { view.message.set(None); view.mode.set(Mode::New) }>{move || t().new_item}</button>
            <YearPicker years/>
            <CsvButton/>
        </div>
        <SectionMessage message=view.message/>
        <Filters filters=view.filters years/>
        <p class="fp-ct-count" role="status">
            {move || format!("{} {} {} {}", shown.get().len(), t().shown_of, total(), t().shown)}
        </p>
        <div class="fp-table-wrap">
            <table class="fp-table fp-ct-list" aria-describedby=caption_id.clone()>
                <caption id=caption_id.clone()>{move || t().list_caption}</caption>
                <thead>
                    <tr>
                        {header(SortKey::Name, |t| t.name)}
                        {header(SortKey::Kind, |t| t.kind)}
                        {header(SortKey::Status, |t| t.status)}
                        {header(SortKey::Owner, |t| t.owner)}
                        {header(SortKey::Leader, |t| t.leader)}
                        {header(SortKey::Start, |t| t.period)}
                        <SortHeader sort=view.sort key=SortKey::Amount
                            label=Signal::derive(move || format!("{} {}", t().amount, view.year.get()))/>
                        <th scope="col">{move || t().included_in}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || rows.get() key=|row| (row.id, row.version) let:row>
                        <ItemRow row/>
                    </For>
                </tbody>
            </table>
        </div>
        <p class="fp-ct-empty" hidden=move || !shown.with(Vec::is_empty)>{move || t().nothing_found}</p>
        <Show when=more_than_limit>
            <p class="fp-ct-more">
                {move || format!("{} {}. ", t().showing_first, limit.get())}
                <button type="button" class="fp-button" on:click=move |_| limit.update(|l| *l += PAGE_ROWS)>
                    {move || format!("{} {PAGE_ROWS}", t().show_more)}
                </button>
            </p>
        </Show>
        <StatusTotals shown year=view.year/>
    }
}

/// One row: the name opens the item's form.
#[component]
fn ItemRow(row: RowData) -> impl IntoView {
    let view = CatalogueView::expect();
    let id = row.id;
    let open = move |_| {
        view.message.set(None);
        view.mode.set(Mode::Edit(id));
    };
    view! {
        <tr>
            <th scope="row">
                <button type="button" class="fp-ct-open" data-item=id.0 aria-label=row.label on:click=open>
                    {row.name}
                </button>
            </th>
            <td>{row.kind}</td>
            <td>{row.status}</td>
            <td>{row.owner}</td>
            <td>{row.leaders}</td>
            <td class="fp-ct-nowrap">{row.period}</td>
            <td class="fp-ct-amount">{row.amount}</td>
            <td>{row.included}</td>
        </tr>
    }
}

/// How rows are written: language, unit and the year of the amount column.
struct RowLook {
    lang: Lang,
    unit: DisplayUnit,
    year: Year,
    t: &'static CatalogueTexts,
}

fn row_data(
    w: &Workspace,
    item: &CatalogueItem,
    included: Option<&Vec<String>>,
    look: &RowLook,
) -> RowData {
    let t = look.t;
    let or_dash = |s: String| {
        if s.is_empty() {
            t.not_given.to_string()
        } else {
            s
        }
    };
    let owner = item.owner.and_then(|p| w.party(p)).map(|p| p.name.clone());
    let (start, end) = (month_text(item.period.start), month_text(item.period.end));
    let period = match (item.period.start, item.period.end) {
        (None, None) => String::new(),
        (Some(_), None) => format!("{} {start}", t.from),
        (None, Some(_)) => format!("{} {end}", t.until),
        (Some(_), Some(_)) => format!("{start} – {end}"),
    };
    let amount = item
        .amounts
        .get(&look.year)
        .map(|m| look.unit.format(m.amount()));
    let mut row = RowData {
        version: 0,
        id: item.id,
        name: item.name.clone(),
        label: format!("{}: {}", t.edit, item.name),
        kind: kind_name(look.lang, item.kind),
        status: status_name(look.lang, item.status),
        owner: or_dash(owner.unwrap_or_default()),
        leaders: or_dash(item.leaders.join(", ")),
        period: or_dash(period),
        amount: amount.unwrap_or_else(|| t.not_given.to_string()),
        included: or_dash(included.map(|names| names.join(", ")).unwrap_or_default()),
    };
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    row.hash(&mut hasher);
    row.version = hasher.finish();
    row
}

/// For each catalogue item, the names of the scenarios that include it (each once, in display order).
fn scenario_names_by_item(w: &Workspace) -> HashMap<CatalogueItemId, Vec<String>> {
    let mut names: HashMap<CatalogueItemId, Vec<String>> = HashMap::new();
    for scenario in &w.scenarios {
        let lines = scenario.groups.iter().flat_map(|g| g.lines.iter());
        for line in lines {
            if let LineSource::Catalogue { item, .. } = line.source {
                let list = names.entry(item).or_default();
                if list.last() != Some(&scenario.name) {
                    list.push(scenario.name.clone());
                }
            }
        }
    }
    names
}

/// Every year that an item has an amount for or a scenario plans for.
fn all_years(w: &Workspace) -> Vec<Year> {
    let mut years: Vec<Year> = w
        .catalogue
        .iter()
        .flat_map(|c| c.amounts.keys().copied())
        .chain(
            w.scenarios
                .iter()
                .flat_map(|s| s.years.iter().map(|y| y.year)),
        )
        .collect();
    years.sort_unstable();
    years.dedup();
    years
}

/// The year whose amounts the list and the totals show.
#[component]
fn YearPicker(years: Signal<Vec<Year>>) -> impl IntoView {
    let state = AppState::expect();
    let view = CatalogueView::expect();
    let id = unique_id("fp-ct-year");
    view! {
        <div class="fp-ct-field">
            <label for=id.clone()>{move || catalogue::texts(state.lang()).year}</label>
            <select id=id on:change:target=move |ev| {
                if let Ok(y) = ev.target().value().parse() { view.year.set(y) }
            }>
                {move || years.get().into_iter().map(|y| view! {
                    <option value=y.to_string() selected=move || view.year.get() == y>{y}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
