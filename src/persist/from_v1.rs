//! Reading the v1 layout (everything in `finsam-planner/v1/app`) into the app's data, each workspace brought up
//! to the current schema. The v1 value itself is only read.

use super::layout::Reason;
use super::migration::migrate_workspace;
use crate::engine::json_value;
use crate::engine::model::Workspace;
use crate::i18n::Lang;
use crate::persisted::Persisted;
use serde_json::Value;

/// The app's data from a v1 value, or why it cannot be read.
pub fn read_v1(raw: &str) -> Result<Persisted, Reason> {
    let value: Value = serde_json::from_str(raw).map_err(|e| Reason::NotJson(e.to_string()))?;
    let object = value.as_object().ok_or(Reason::NotOurFormat)?;
    let version = object
        .get("schemaVersion")
        .and_then(Value::as_u64)
        .ok_or(Reason::NotOurFormat)?;
    if version != 1 {
        return Err(u32::try_from(version).map_or(Reason::NotOurFormat, Reason::NewerVersion));
    }
    let workspaces = object
        .get("workspaces")
        .and_then(Value::as_array)
        .ok_or_else(|| Reason::InvalidValue("workspaces".to_string()))?
        .iter()
        .enumerate()
        .map(|(i, ws)| read_workspace(ws, i))
        .collect::<Result<Vec<_>, _>>()?;
    let index = |name: &str| {
        object
            .get(name)
            .and_then(Value::as_u64)
            .and_then(|n| usize::try_from(n).ok())
    };
    let lang: Lang = object
        .get("lang")
        .map(json_value::from_value)
        .transpose()
        .map_err(|e| Reason::InvalidValue(format!("lang: {e}")))?
        .unwrap_or_default();
    Persisted {
        workspaces,
        active_workspace: index("activeWorkspace").unwrap_or(0),
        active_scenario: index("activeScenario").unwrap_or(0),
        lang,
        schema_version: crate::persisted::SCHEMA_VERSION,
        ids: Vec::new(),
        histories: Vec::new(),
        removed: Vec::new(),
    }
    .validated()
    .map_err(|_| Reason::InvalidValue("workspaces: empty".to_string()))
}

fn read_workspace(value: &Value, at: usize) -> Result<Workspace, Reason> {
    let migrated = migrate_workspace(value, 1)?;
    json_value::from_value(&migrated)
        .map_err(|e| Reason::InvalidValue(format!("workspaces[{at}]: {e}")))
}
