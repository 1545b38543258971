//! Fuzzes `parse_import`: it must never panic, and a file it accepts must export and import
//! again to the same data, byte-identical on the second export.
#![no_main]

use finsam_planner::engine::exchange::{export_file, parse_import};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(file) = parse_import(data) else {
        return;
    };
    let text = export_file(&file).expect("an accepted file exports");
    let again = parse_import(text.as_bytes()).expect("an export imports");
    assert_eq!(again.content, file.content, "import(export(x)) == x");
    let text_again = export_file(&again).expect("exports again");
    assert_eq!(text_again, text, "export(import(export(x))) is byte-identical");
});
