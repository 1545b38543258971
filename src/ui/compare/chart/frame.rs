//! The frame every chart shares: a heading, the SVG (scrollable sideways on narrow screens), a
//! visible legend, and the same figures as a table behind "Visa siffrorna som tabell".

use super::hbar::{HBarSvg, Item};
use super::patterns::{MarkerSwatch, Swatch};
use crate::engine::money_text::DisplayUnit;
use leptos::prelude::*;

/// One legend line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LegendEntry {
    /// A series (its index) and its name.
    Series(usize, String),
    /// The dashed marker line and what it means.
    Marker(String),
}

/// A chart with its heading, legend and table (the children).
#[component]
pub fn ChartFrame(
    /// Unique id prefix.
    id: &'static str,
    /// Heading and accessible name.
    title: String,
    /// Text alternative with the figures.
    desc: String,
    /// Number of series.
    series: usize,
    /// What to draw.
    items: Vec<Item>,
    /// Unit of the axis.
    unit: DisplayUnit,
    /// Legend lines.
    legend: Vec<LegendEntry>,
    /// Text of the summary that opens the table.
    show_table: &'static str,
    /// The table with the chart's figures.
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{id}-heading");
    let (h1, h2, h3) = (heading_id.clone(), heading_id.clone(), heading_id.clone());
    let legend = legend
        .into_iter()
        .map(|entry| match entry {
            LegendEntry::Series(index, name) => {
                view! { <li><Swatch prefix=id index/>{name}</li> }.into_any()
            }
            LegendEntry::Marker(text) => view! { <li><MarkerSwatch/>{text}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <section class="fp-chart" aria-labelledby=heading_id>
            <h3 id=h1>{title.clone()}</h3>
            <div class="fp-chart__frame" tabindex="0" role="group" aria-labelledby=h2>
                <HBarSvg id title desc series items unit/>
            </div>
            <ul class="fp-chart__legend">{legend}</ul>
            <details class="fp-chart__details">
                <summary>{show_table}</summary>
                <div class="fp-table-wrap" tabindex="0" role="group" aria-labelledby=h3>{children()}</div>
            </details>
        </section>
    }
}
