//! Layout of the horizontal bar chart.
use super::*;

#[test]
fn headings_and_bars_stack_downwards() {
    let bar = Item::Bar(Bar {
        label: "A".into(),
        segments: vec![],
        value_text: String::new(),
        marker: None,
    });
    let (tops, height) = layout(&[Item::Heading("2016".into()), bar]);
    assert_eq!(tops, vec![AXIS_HEIGHT, AXIS_HEIGHT + HEADING_HEIGHT]);
    assert!((height - (AXIS_HEIGHT + HEADING_HEIGHT + ROW_HEIGHT + 6.0)).abs() < 1e-9);
}

#[test]
fn long_names_are_shortened_with_an_ellipsis() {
    assert_eq!(short_name("Godkänd kommunal ram"), "Godkänd kommunal ram");
    let short = short_name("Budget 2015–2017 (dokumentets tabell)");
    assert_eq!(short.chars().count(), NAME_CHARS);
    assert!(short.ends_with('…'));
}

#[test]
fn the_scale_covers_markers_too() {
    let segment = Segment {
        from: 0.0,
        to: 100.0,
        series: 0,
        text: None,
    };
    let bar = Bar {
        label: "A".into(),
        segments: vec![segment],
        value_text: String::new(),
        marker: Some(260.0),
    };
    let scale = scale_for(&[Item::Bar(bar)]);
    assert!(scale.x(260.0) <= PLOT_LEFT + PLOT_WIDTH + 1e-9);
}
