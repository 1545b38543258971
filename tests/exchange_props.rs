//! Property tests of export and import: export → import → export is byte-identical; any single
//! field deletion or type change of a valid export is refused with a path; a refused apply
//! leaves the workspaces byte-identical.
#![cfg(not(target_arch = "wasm32"))]

mod exchange_support;

use exchange_support::workspace;
use finsam_planner::engine::exchange::{
    apply_import, export_file, export_scenario, export_workspace, parse_import, plan_import,
    Choice, ImportContent,
};
use finsam_planner::engine::model::{IsoDate, Workspace};
use proptest::prelude::*;
use serde_json::Value;

fn day() -> IsoDate {
    IsoDate::parse("2026-11-25").expect("date")
}

/// Every place in a JSON value, as a list of steps (object keys or array indices).
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

fn places(value: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                here.push(Step::Key(key.clone()));
                out.push(here.clone());
                places(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(Step::Index(i));
                out.push(here.clone());
                places(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

fn parent<'a>(root: &'a mut Value, steps: &[Step]) -> &'a mut Value {
    steps.iter().fold(root, |value, step| match step {
        Step::Key(key) => value.get_mut(key.as_str()).expect("key"),
        Step::Index(i) => value.get_mut(*i).expect("index"),
    })
}

/// A value of another JSON type that no field of the format accepts in place of `value`.
fn other_type(value: &Value) -> Value {
    match value {
        Value::Array(_) => Value::String("x".into()),
        Value::Object(_) => Value::Array(Vec::new()),
        Value::String(_) => Value::Bool(true),
        Value::Number(_) => Value::String("x".into()),
        Value::Bool(_) => Value::from(1),
        Value::Null => Value::Bool(true),
    }
}

/// A struct field (not a map entry such as a year or party id, and not an array element).
fn is_field(step: &Step) -> bool {
    matches!(step, Step::Key(key) if !key.bytes().all(|b| b.is_ascii_digit()))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn roundtrip(ws in workspace()) {
        let text = export_workspace(&ws, day()).expect("export");
        let file = parse_import(text.as_bytes()).map_err(|e| TestCaseError::fail(e.message_en()))?;
        prop_assert_eq!(&file.content, &ImportContent::Workspace(Box::new(ws.clone())));
        prop_assert_eq!(export_file(&file).expect("export"), text);
        if let Some(scenario) = ws.scenarios.first() {
            let text = export_scenario(&ws, scenario.id, day()).expect("export");
            let file = parse_import(text.as_bytes()).map_err(|e| TestCaseError::fail(e.message_en()))?;
            prop_assert_eq!(export_file(&file).expect("export"), text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn missing_or_retyped_field_rejected(ws in workspace(), pick in any::<prop::sample::Index>(), delete in any::<bool>()) {
        let text = export_workspace(&ws, day()).expect("export");
        let mut value: Value = serde_json::from_str(&text).expect("json");
        let mut all = Vec::new();
        places(&value, &mut Vec::new(), &mut all);
        let candidates: Vec<_> = all
            .into_iter()
            .filter(|steps| !delete || steps.last().is_some_and(is_field))
            .collect();
        let steps = pick.get(&candidates).clone();
        let (last, before) = steps.split_last().expect("a place");
        let holder = parent(&mut value, before);
        match (delete, last) {
            (true, Step::Key(key)) => {
                holder.as_object_mut().expect("object").remove(key);
            }
            (_, Step::Key(key)) => {
                let slot = holder.get_mut(key.as_str()).expect("key");
                *slot = other_type(slot);
            }
            (_, Step::Index(i)) => {
                let slot = holder.get_mut(*i).expect("index");
                *slot = other_type(slot);
            }
        }
        let bytes = serde_json::to_vec_pretty(&value).expect("json");
        let error = parse_import(&bytes).expect_err("a changed field is refused");
        let is_format = matches!(steps.as_slice(), [Step::Key(k)] if k == "format");
        prop_assert!(is_format || error.path().is_some(), "{:?} {:?}: {}", delete, steps, error.message_en());
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn import_is_atomic(
        current in prop::collection::vec(workspace(), 1..3),
        incoming in workspace(),
        poison in any::<bool>(),
        scenario_pick in any::<prop::sample::Index>(),
        choice_codes in prop::collection::vec(0u8..3, 0..4),
    ) {
        let mut workspaces: Vec<Workspace> = current;
        if poison {
            workspaces[0].note = "bad \u{1} note".into();
        }
        let mut source = incoming;
        source.name = workspaces[0].name.clone();
        source.org_number = workspaces[0].org_number.clone();
        let text = match source.scenarios.is_empty() {
            true => export_workspace(&source, day()),
            false => export_scenario(&source, scenario_pick.get(&source.scenarios).id, day()),
        }
        .expect("export");
        let file = parse_import(text.as_bytes()).expect("a valid file");
        let plan = plan_import(&workspaces, 0, &file);
        let choices: Vec<Choice> = choice_codes
            .iter()
            .map(|c| [Choice::Replace, Choice::KeepBoth, Choice::Skip][usize::from(*c)])
            .collect();
        let before = serde_json::to_string(&workspaces).expect("json");
        match apply_import(&mut workspaces, 0, &plan, &choices) {
            Err(_) => prop_assert_eq!(serde_json::to_string(&workspaces).expect("json"), before),
            Ok(outcome) => {
                prop_assert_eq!(choices.len(), plan.collisions.len());
                let changed = outcome.workspace.filter(|_| outcome.changed());
                if let Some(ws) = changed.and_then(|i| workspaces.get(i)) {
                    let again = export_workspace(ws, day()).expect("export");
                    prop_assert!(parse_import(again.as_bytes()).is_ok(), "the result is valid");
                }
            }
        }
    }
}
