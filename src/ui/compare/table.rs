//! The comparison table: one row per party, line and total, the baseline's amount and, for each
//! other scenario, its amount and the difference in kr and % (all engine figures).

use super::data::CompareData;
use super::format::{fill, signed_amount, signed_percent};
use super::merge::TableRow;
use crate::engine::compare::{ComparisonRow, RowKind};
use crate::engine::model::Year;
use crate::engine::money::Money;
use crate::engine::money_text::DisplayUnit;
use crate::i18n::compare::{CompareTexts, RowTexts};
use leptos::prelude::*;

const MISSING: &str = "–";

/// The row's name as shown.
pub fn row_label(row: &TableRow, t: &RowTexts) -> String {
    t.row_name(row.kind, &row.label)
}

fn row_class(kind: RowKind) -> &'static str {
    match kind {
        RowKind::Party | RowKind::OtherIncomeLine | RowKind::CostLine => "fp-table__line",
        RowKind::CostsTotal | RowKind::Result | RowKind::ClosingEquity => "fp-table__total",
        RowKind::RecommendedMax | RowKind::UnusedStateMoney => "",
        _ => "fp-table__sum",
    }
}

/// The table for `years` (rows that do not differ left out when `only_differing`).
#[component]
pub fn CompareTable(
    /// The compared figures.
    data: CompareData,
    /// The years shown.
    years: Vec<Year>,
    /// Leave out rows that are equal in every scenario.
    only_differing: bool,
    /// The texts.
    t: &'static CompareTexts,
    /// kr or t kr.
    unit: DisplayUnit,
) -> impl IntoView {
    let others: Vec<String> = data
        .columns
        .iter()
        .skip(1)
        .map(|c| c.name.clone())
        .collect();
    let base_name = data
        .columns
        .first()
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let columns = 2 + 3 * others.len();
    let caption = fill(
        t.table_caption,
        &[("baseline", &base_name), ("unit", unit.label())],
    );
    let blocks = data
        .years
        .into_iter()
        .filter(|y| years.contains(&y.year))
        .map(|y| {
            let rows: Vec<TableRow> = y
                .rows
                .into_iter()
                .filter(|r| !only_differing || r.differs())
                .collect();
            let empty = if y.compared {
                t.no_row_differs.to_string()
            } else {
                fill(t.not_compared, &[("year", &y.year.to_string())])
            };
            view! { <YearBlock year=y.year rows columns empty t unit/> }
        })
        .collect_view();
    view! {
        <div class="fp-table-wrap" tabindex="0" role="group" aria-labelledby="fp-compare-caption">
            <table class="fp-table fp-compare__table">
                <caption id="fp-compare-caption">{caption}</caption>
                <colgroup span="2"></colgroup>
                {others.iter().map(|_| view! { <colgroup span="3"></colgroup> }).collect_view()}
                <thead>
                    <tr>
                        <th scope="col" rowspan="2">{t.line}</th>
                        <th scope="col" rowspan="2">{format!("{base_name} ({})", t.baseline_mark)}</th>
                        {others.iter().map(|name| view! { <th scope="colgroup" colspan="3">{name.clone()}</th> }).collect_view()}
                    </tr>
                    <tr>
                        {others.iter().map(|_| view! {
                            <th scope="col">{t.amount}</th>
                            <th scope="col">{t.delta}</th>
                            <th scope="col">{t.delta_percent}</th>
                        }).collect_view()}
                    </tr>
                </thead>
                {blocks}
            </table>
        </div>
    }
}

#[component]
fn YearBlock(
    year: Year,
    rows: Vec<TableRow>,
    columns: usize,
    empty: String,
    t: &'static CompareTexts,
    unit: DisplayUnit,
) -> impl IntoView {
    let empty = rows.is_empty().then(|| {
        view! { <tr><td colspan=columns class="fp-compare__empty">{empty}</td></tr> }
    });
    view! {
        <tbody>
            <tr class="fp-table__block">
                <th scope="rowgroup" colspan=columns>{year.to_string()}</th>
            </tr>
            {rows.into_iter().map(|row| view! { <Row row t unit/> }).collect_view()}
            {empty}
        </tbody>
    }
}

#[component]
fn Row(row: TableRow, t: &'static CompareTexts, unit: DisplayUnit) -> impl IntoView {
    let amount = move |m: Option<Money>| {
        m.map(|m| unit.format_plain(m.amount()))
            .unwrap_or_else(|| MISSING.to_string())
    };
    let label = row_label(&row, &t.rows);
    let cells = row
        .cells
        .into_iter()
        .map(move |cell| cell_texts(cell.as_ref(), unit))
        .collect::<Vec<_>>();
    view! {
        <tr class=row_class(row.kind)>
            <th scope="row">{label}</th>
            <td>{amount(row.base)}</td>
            {cells.into_iter().map(|[b, delta, ratio]| view! { <td>{b}</td><td>{delta}</td><td>{ratio}</td> }).collect_view()}
        </tr>
    }
}

/// The three texts of a scenario's cell: amount, difference in kr, difference in %.
pub fn cell_texts(cell: Option<&ComparisonRow>, unit: DisplayUnit) -> [String; 3] {
    match cell {
        Some(c) => [
            c.b.map(|b| unit.format_plain(b.amount()))
                .unwrap_or_else(|| MISSING.to_string()),
            signed_amount(unit, c.delta),
            c.delta_ratio
                .map(signed_percent)
                .unwrap_or_else(|| MISSING.to_string()),
        ],
        None => [
            MISSING.to_string(),
            MISSING.to_string(),
            MISSING.to_string(),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::examples::lund_2015_2017;
    use crate::i18n::{compare::texts, Lang};
    use crate::ui::compare::data::gather;

    #[test]
    fn lund_contributions_row_reads_plus_380_000_and_six_percent() {
        let ws = lund_2015_2017();
        let Ok(data) = gather(&ws, &[ws.scenarios[1].id, ws.scenarios[2].id]) else {
            panic!("computable")
        };
        let t = &texts(Lang::Sv).rows;
        let row = data.years[0]
            .rows
            .iter()
            .find(|r| row_label(r, t) == "Medlemsbidrag")
            .expect("row");
        let texts =
            cell_texts(row.cells[0].as_ref(), DisplayUnit::Kr).map(|s| s.replace('\u{a0}', " "));
        assert_eq!(
            texts,
            ["6 680 000".to_string(), "+380 000".into(), "+6,0 %".into()]
        );
        let group = data.years[0]
            .rows
            .iter()
            .find(|r| r.kind == RowKind::GroupTotal && r.label == "Administration");
        assert_eq!(
            group.map(|r| row_label(r, t)),
            Some("Summa administration".to_string())
        );
        assert_eq!(cell_texts(None, DisplayUnit::Kr)[0], MISSING);
    }
}
