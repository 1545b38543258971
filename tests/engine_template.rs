//! Filling worded templates (engine::template::fill): every named placeholder, in one pass.

use finsam_planner::engine::template::fill;

#[test]
fn fills_every_named_placeholder() {
    assert_eq!(
        fill("{b} mot {a} ({b})", &[("a", "A"), ("b", "B")]),
        "B mot A (B)"
    );
}

#[test]
fn a_value_with_braces_is_not_filled_again() {
    assert_eq!(
        fill(
            "Rad {line} ({label}), {year}",
            &[("line", "5"), ("label", "Summa {year}"), ("year", "2027")]
        ),
        "Rad 5 (Summa {year}), 2027"
    );
}

#[test]
fn an_unknown_name_and_a_lone_brace_stay_as_written() {
    assert_eq!(fill("{x} och { och {a}", &[("a", "A")]), "{x} och { och A");
}
