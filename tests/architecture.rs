//! Checks of the code's shape that the compiler cannot make: the pure layers import no web crate, money code
//! uses no floating point, and no data is ever rendered as HTML.

use std::fs;
use std::path::{Path, PathBuf};

const PURE_LAYERS: &[&str] = &["src/engine", "src/history", "src/i18n", "src/persist"];
const WEB_CRATES: &[&str] = &["leptos", "web_sys", "wasm_bindgen", "gloo", "js_sys"];

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
    {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
    files
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Lines of `file` (1-based numbers) that contain `word` as a whole identifier, ignoring `//` comments.
fn lines_using(file: &Path, word: &str) -> Vec<usize> {
    let text = fs::read_to_string(file).expect("source file is UTF-8");
    text.lines()
        .enumerate()
        .filter(|(_, line)| {
            let code = line.split("//").next().unwrap_or("");
            code.match_indices(word).any(|(at, _)| {
                let before = code[..at].chars().last();
                let after = code[at + word.len()..].chars().next();
                let is_ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                !is_ident(before) && !is_ident(after)
            })
        })
        .map(|(n, _)| n + 1)
        .collect()
}

fn offences(dirs: &[&str], words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for dir in dirs {
        for file in rust_files(&root().join(dir)) {
            for word in words {
                for line in lines_using(&file, word) {
                    found.push(format!("{}:{line} uses `{word}`", file.display()));
                }
            }
        }
    }
    found
}

#[test]
fn pure_layers_import_no_web_crate() {
    let found = offences(PURE_LAYERS, WEB_CRATES);
    assert!(
        found.is_empty(),
        "pure modules must not use web crates:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_engine_holds_no_ui_wording() {
    // Dependencies point downwards: the UI texts (i18n) may use the engine, never the other way.
    let found = offences(&["src/engine"], &["i18n"]);
    assert!(
        found.is_empty(),
        "the engine must not use i18n (pass names in from the caller):\n{}",
        found.join("\n")
    );
}

#[test]
fn money_code_uses_no_floating_point() {
    let found = offences(&["src/engine"], &["f64", "f32"]);
    assert!(
        found.is_empty(),
        "money must be Decimal, never float:\n{}",
        found.join("\n")
    );
}

#[test]
fn no_data_is_rendered_as_html() {
    let found = offences(&["src"], &["inner_html"]);
    assert!(
        found.is_empty(),
        "render text, never HTML:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_checker_sees_a_use_when_there_is_one() {
    // Guards the guard: a file that does use a web crate must be reported.
    let dir = std::env::temp_dir().join(format!("finsam-arch-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("bad.rs");
    fs::write(
        &file,
        "use leptos::prelude::*; // leptos in a comment\nlet x: f64 = 1.0;\nlet y = leptos_x;\n",
    )
    .expect("write temp file");
    assert_eq!(lines_using(&file, "leptos"), vec![1]);
    assert_eq!(lines_using(&file, "f64"), vec![2]);
    fs::remove_dir_all(&dir).ok();
}
