//! A horizontal bar chart in SVG: headings, bars made of one or more segments, a value after each
//! bar and an optional marker line. Geometry is f64; every text arrives formatted by the caller.

use super::patterns::{colour, fill, pattern};
use super::scale::Scale;
use crate::engine::money_text::DisplayUnit;
use leptos::prelude::*;
use rust_decimal::Decimal;

const WIDTH: f64 = 640.0;
const PLOT_LEFT: f64 = 180.0;
const PLOT_WIDTH: f64 = 350.0;
const AXIS_HEIGHT: f64 = 26.0;
const HEADING_HEIGHT: f64 = 30.0;
const ROW_HEIGHT: f64 = 30.0;
const BAR_TOP: f64 = 5.0;
const BAR_HEIGHT: f64 = 20.0;
const NAME_CHARS: usize = 22;
/// Rough width of one character at the 13-unit font size, to decide whether a text fits.
const CHAR_WIDTH: f64 = 7.4;

/// One line of the chart.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A bold heading (a panel or a year).
    Heading(String),
    /// A labelled bar.
    Bar(Bar),
}

/// A labelled bar.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    /// The name in front of the bar (shortened if long; the legend has it in full).
    pub label: String,
    /// Pieces from left to right (one for a plain bar, several for a stacked one).
    pub segments: Vec<Segment>,
    /// The value written after the bar.
    pub value_text: String,
    /// A marker line at this value (kronor), e.g. the recommended maximum.
    pub marker: Option<f64>,
}

/// One piece of a bar, from `from` to `to` kronor.
#[derive(Debug, Clone, PartialEq)]
pub struct Segment {
    /// Start (kronor).
    pub from: f64,
    /// End (kronor).
    pub to: f64,
    /// Series index (fill and outline).
    pub series: usize,
    /// A text drawn inside when it fits.
    pub text: Option<String>,
}

/// Each item's top y, and the height of the whole chart.
pub fn layout(items: &[Item]) -> (Vec<f64>, f64) {
    let mut y = AXIS_HEIGHT;
    let tops = items
        .iter()
        .map(|item| {
            let top = y;
            y += match item {
                Item::Heading(_) => HEADING_HEIGHT,
                Item::Bar(_) => ROW_HEIGHT,
            };
            top
        })
        .collect();
    (tops, y + 6.0)
}

/// The scale covering every segment end and marker.
pub fn scale_for(items: &[Item]) -> Scale {
    let values: Vec<f64> = items
        .iter()
        .filter_map(|item| match item {
            Item::Bar(bar) => Some(bar),
            Item::Heading(_) => None,
        })
        .flat_map(|bar| {
            bar.segments
                .iter()
                .flat_map(|s| [s.from, s.to])
                .chain(bar.marker)
        })
        .collect();
    Scale::covering(&values, PLOT_LEFT, PLOT_WIDTH)
}

/// `name` cut to fit the label column.
pub fn short_name(name: &str) -> String {
    if name.chars().count() <= NAME_CHARS {
        name.to_string()
    } else {
        let cut: String = name.chars().take(NAME_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn n(value: f64) -> String {
    format!("{value:.1}")
}

/// The chart as an `<svg role="img">` named by `title` and described by `desc`.
#[component]
pub fn HBarSvg(
    /// Unique id prefix (title, desc and pattern ids).
    id: &'static str,
    /// The accessible name.
    title: String,
    /// The text alternative with every figure.
    desc: String,
    /// Number of series whose patterns are needed.
    series: usize,
    /// What to draw.
    items: Vec<Item>,
    /// Unit of the axis labels.
    unit: DisplayUnit,
) -> impl IntoView {
    let scale = scale_for(&items);
    let (tops, height) = layout(&items);
    let axis = axis(&scale, unit, height);
    let drawn = items
        .into_iter()
        .zip(tops)
        .map(|(item, top)| match item {
            Item::Heading(text) => {
                view! { <text x="4" y=n(top + 21.0) class="fp-chart__heading">{text}</text> }
                    .into_any()
            }
            Item::Bar(bar) => bar_view(id, bar, top, &scale).into_any(),
        })
        .collect_view();
    view! {
        <svg class="fp-chart__svg" viewBox=format!("0 0 {WIDTH} {}", n(height)) role="img"
            aria-labelledby=format!("{id}-title") aria-describedby=format!("{id}-desc")>
            <title id=format!("{id}-title")>{title}</title>
            <desc id=format!("{id}-desc")>{desc}</desc>
            <defs>{(0..series).map(|i| pattern(id, i)).collect_view()}</defs>
            {axis}
            {drawn}
        </svg>
    }
}

fn axis(scale: &Scale, unit: DisplayUnit, height: f64) -> impl IntoView {
    scale
        .ticks()
        .into_iter()
        .map(|tick| {
            let x = n(scale.x(tick as f64));
            let label = unit.format_plain(Decimal::from(tick));
            let class = if tick == 0 { "fp-chart__zero" } else { "fp-chart__grid" };
            view! {
                <line x1=x.clone() x2=x.clone() y1=n(AXIS_HEIGHT - 4.0) y2=n(height - 4.0) class=class/>
                <text x=x y="16" text-anchor="middle" class="fp-chart__tick">{label}</text>
            }
        })
        .collect_view()
}

fn bar_view(id: &'static str, bar: Bar, top: f64, scale: &Scale) -> impl IntoView {
    let bar_y = top + BAR_TOP;
    let end = bar
        .segments
        .iter()
        .map(|s| s.to.max(s.from))
        .fold(0.0_f64, f64::max);
    let value_x = scale.x(end) + 6.0;
    let segments = bar
        .segments
        .into_iter()
        .map(|s| segment_view(id, s, bar_y, scale))
        .collect_view();
    let marker = bar.marker.map(|m| {
        let (x, y1, y2) = (n(scale.x(m)), n(bar_y - 4.0), n(bar_y + BAR_HEIGHT + 4.0));
        view! {
            <line x1=x.clone() x2=x.clone() y1=y1.clone() y2=y2.clone() class="fp-chart__halo"/>
            <line x1=x.clone() x2=x y1=y1 y2=y2 class="fp-chart__marker"/>
        }
    });
    view! {
        <text x="4" y=n(bar_y + 15.0) class="fp-chart__label">{short_name(&bar.label)}</text>
        {segments}
        {marker}
        <text x=n(value_x) y=n(bar_y + 15.0) class="fp-chart__value">{bar.value_text}</text>
    }
}

fn segment_view(id: &'static str, s: Segment, bar_y: f64, scale: &Scale) -> impl IntoView {
    let (x0, x1) = (scale.x(s.from.min(s.to)), scale.x(s.from.max(s.to)));
    let width = (x1 - x0).max(0.0);
    let inner = s
        .text
        .filter(|t| (t.chars().count() as f64) * CHAR_WIDTH + 10.0 <= width);
    let label = inner.map(|text| {
        let pill = (text.chars().count() as f64) * CHAR_WIDTH + 6.0;
        let centre = x0 + width / 2.0;
        view! {
            <rect x=n(centre - pill / 2.0) y=n(bar_y + 3.0) width=n(pill) height=n(BAR_HEIGHT - 6.0) rx="3" class="fp-chart__pill"/>
            <text x=n(centre) y=n(bar_y + 14.5) text-anchor="middle" class="fp-chart__inside">{text}</text>
        }
    });
    view! {
        <rect x=n(x0) y=n(bar_y) width=n(width) height=n(BAR_HEIGHT) fill=fill(id, s.series)
            stroke=colour(s.series) stroke-width="1.5"/>
        {label}
    }
}

#[cfg(test)]
mod tests;
