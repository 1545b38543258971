//! The export's indenting of compact JSON is serde_json's own pretty form, byte for byte: quotes, backslashes,
//! braces and commas inside strings, empty lists and objects, nesting; and the two examples' exports.
#![cfg(not(target_arch = "wasm32"))]

use finsam_planner::engine::examples::{landskrona_svalov_2023, lund_2015_2017};
use finsam_planner::engine::json_pretty::pretty;

#[test]
fn compact_json_is_indented_as_serde_json_pretty_does() {
    let value = serde_json::json!({
        "name": "Lund \"t kr\" {x} [y], a:b \\ end",
        "empty": [],
        "none": {},
        "list": [1, {"a": [true, null]}, "x,y"],
        "nested": {"k": {"j": []}}
    });
    let compact = serde_json::to_string(&value).expect("compact");
    assert_eq!(
        pretty(&compact),
        serde_json::to_string_pretty(&value).expect("pretty")
    );
}

#[test]
fn both_examples_indent_as_serde_json_pretty_does() {
    for ws in [lund_2015_2017(), landskrona_svalov_2023()] {
        let compact = serde_json::to_string(&ws).expect("compact");
        assert_eq!(
            pretty(&compact),
            serde_json::to_string_pretty(&ws).expect("pretty")
        );
    }
}
