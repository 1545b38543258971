//! Fills that tell series apart without relying on colour: each series has its own colour (all
//! at least 3:1 against white) and its own pattern (solid, stripes, dots, grid …).

use leptos::prelude::*;

const COLOURS: [&str; 6] = [
    "#1d4f7a", "#b34700", "#1e6b34", "#6b3fa0", "#4a5560", "#8a4b00",
];

#[derive(Clone, Copy)]
enum Kind {
    Solid,
    Diagonal,
    Dots,
    Grid,
    Horizontal,
    Vertical,
}

const KINDS: [Kind; 6] = [
    Kind::Solid,
    Kind::Diagonal,
    Kind::Dots,
    Kind::Grid,
    Kind::Horizontal,
    Kind::Vertical,
];

/// The colour of series `index` (outlines and pattern ink).
pub fn colour(index: usize) -> &'static str {
    COLOURS
        .get(index % COLOURS.len())
        .copied()
        .unwrap_or("#1d4f7a")
}

fn kind(index: usize) -> Kind {
    // After six series the patterns shift against the colours, giving new pairs.
    let shifted = index + index / KINDS.len();
    KINDS
        .get(shifted % KINDS.len())
        .copied()
        .unwrap_or(Kind::Solid)
}

/// The id of series `index`'s pattern in the chart `prefix`.
pub fn pattern_id(prefix: &str, index: usize) -> String {
    format!("{prefix}-fill-{index}")
}

/// `fill` value for series `index`.
pub fn fill(prefix: &str, index: usize) -> String {
    format!("url(#{})", pattern_id(prefix, index))
}

/// The `<pattern>` of series `index`, for a chart's `<defs>`.
pub fn pattern(prefix: &str, index: usize) -> impl IntoView {
    let ink = colour(index);
    let marks = match kind(index) {
        Kind::Solid => view! { <rect width="8" height="8" fill=ink/> }.into_any(),
        Kind::Diagonal => {
            view! { <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke=ink stroke-width="2.5"/> }
                .into_any()
        }
        Kind::Dots => view! { <circle cx="4" cy="4" r="2.2" fill=ink/> }.into_any(),
        Kind::Grid => {
            view! { <path d="M0,4 h8 M4,0 v8" stroke=ink stroke-width="1.8"/> }.into_any()
        }
        Kind::Horizontal => view! { <rect y="2" width="8" height="3.5" fill=ink/> }.into_any(),
        Kind::Vertical => view! { <rect x="2" width="3.5" height="8" fill=ink/> }.into_any(),
    };
    view! {
        <pattern id=pattern_id(prefix, index) patternUnits="userSpaceOnUse" width="8" height="8">
            <rect width="8" height="8" fill="#ffffff"/>
            {marks}
        </pattern>
    }
}

/// A small legend swatch filled like series `index` (decorative: the legend text names it).
#[component]
pub fn Swatch(
    /// The chart's pattern prefix.
    prefix: &'static str,
    /// The series.
    index: usize,
) -> impl IntoView {
    view! {
        <svg class="fp-chart__swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            <rect x="1" y="1" width="22" height="14" fill=fill(prefix, index) stroke=colour(index) stroke-width="2"/>
        </svg>
    }
}

/// The legend swatch of the recommended-maximum marker: a dashed line.
#[component]
pub fn MarkerSwatch() -> impl IntoView {
    view! {
        <svg class="fp-chart__swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            <line x1="12" y1="0" x2="12" y2="16" stroke="#1b1f24" stroke-width="2.5" stroke-dasharray="4 3"/>
        </svg>
    }
}
