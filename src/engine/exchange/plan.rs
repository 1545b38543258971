//! The import preview: what a file would add, what is already there unchanged, and what collides
//! with current data (each collision with the differences in kr and a choice, default Skip).

use super::diff::{scenario_diff, FileSide};
use super::envelope::{ImportContent, ImportFile, ScenarioFile};
use super::error::ImportError;
use super::plan_workspace::workspace_diff;
use super::remap::{item_parties, party_map, scenario_parties};
use crate::engine::model::Workspace;

pub use super::plan_types::{
    Change, Choice, Collision, ScenarioChange, ScenarioChangeKind, Subject, WorkspaceDiff,
};

/// The preview of an import; apply it with [`super::apply_import`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportPlan {
    /// The file.
    pub file: ImportFile,
    /// The workspace concerned: the open one for a scenario file; the one with the same name and
    /// organisation number for a workspace file (`None`: it will be added).
    pub workspace: Option<usize>,
    /// What will be added.
    pub added: Vec<Subject>,
    /// What is already there, identical (nothing happens to it).
    pub unchanged: Vec<Subject>,
    /// What collides; one [`Choice`] each, in this order.
    pub collisions: Vec<Collision>,
    /// Why the file cannot be imported here, if it cannot.
    pub blocked: Option<ImportError>,
}

impl ImportPlan {
    /// One [`Choice::Skip`] per collision.
    pub fn default_choices(&self) -> Vec<Choice> {
        vec![Choice::Skip; self.collisions.len()]
    }

    /// True if applying the plan with the default choices changes nothing.
    pub fn changes_nothing(&self) -> bool {
        self.blocked.is_some() || self.added.is_empty()
    }
}

/// The preview of importing `file` into `workspaces` (a scenario file goes into the open one,
/// `active`).
pub fn plan_import(workspaces: &[Workspace], active: usize, file: &ImportFile) -> ImportPlan {
    let mut plan = ImportPlan {
        file: file.clone(),
        workspace: None,
        added: Vec::new(),
        unchanged: Vec::new(),
        collisions: Vec::new(),
        blocked: None,
    };
    match &file.content {
        ImportContent::Workspace(incoming) => plan_workspace(&mut plan, workspaces, incoming),
        ImportContent::Scenario(data) => match workspaces.get(active) {
            Some(target) => {
                plan.workspace = Some(active);
                plan_scenario(&mut plan, target, data);
            }
            None => plan.blocked = Some(ImportError::NoActiveWorkspace),
        },
    }
    plan
}

/// The index of the workspace with the same name and organisation number (trimmed; names
/// ignoring case).
pub(super) fn same_workspace(workspaces: &[Workspace], incoming: &Workspace) -> Option<usize> {
    let name = incoming.name.trim().to_lowercase();
    workspaces.iter().position(|w| {
        w.name.trim().to_lowercase() == name && w.org_number.trim() == incoming.org_number.trim()
    })
}

fn plan_workspace(plan: &mut ImportPlan, workspaces: &[Workspace], incoming: &Workspace) {
    let subject = |w: &Workspace| Subject::Workspace {
        name: w.name.clone(),
    };
    let found = same_workspace(workspaces, incoming);
    plan.workspace = found;
    match found.and_then(|i| workspaces.get(i)) {
        None => plan.added.push(subject(incoming)),
        Some(current) if current == incoming => plan.unchanged.push(subject(current)),
        Some(current) => plan.collisions.push(Collision {
            incoming: subject(incoming),
            existing: subject(current),
            change: Change::Workspace(workspace_diff(current, incoming)),
        }),
    }
}

fn plan_scenario(plan: &mut ImportPlan, target: &Workspace, data: &ScenarioFile) {
    let parties = match party_map(&data.parties, &target.parties) {
        Ok(map) => map,
        Err(missing) => {
            plan.blocked = Some(ImportError::PartiesDoNotMatch { missing });
            return;
        }
    };
    let scenario = scenario_parties(&data.scenario, &parties);
    let subject = Subject::Scenario {
        id: scenario.id,
        name: scenario.name.clone(),
    };
    match existing_scenario(target, data) {
        None => plan.added.push(subject),
        Some(current) if *current == scenario => plan.unchanged.push(subject),
        Some(current) => {
            let side = FileSide {
                parties: &data.parties,
                catalogue: &data.catalogue,
            };
            plan.collisions.push(Collision {
                incoming: subject,
                existing: Subject::Scenario {
                    id: current.id,
                    name: current.name.clone(),
                },
                change: Change::Scenario(scenario_diff(target, current.id, &side, &data.scenario)),
            });
        }
    }
    for item in &data.catalogue {
        let mapped = item_parties(item, &parties);
        let subject = Subject::CatalogueItem {
            id: item.id,
            name: item.name.clone(),
        };
        match target.catalogue_item(item.id) {
            None => plan.added.push(subject),
            Some(current) if *current == mapped => plan.unchanged.push(subject),
            Some(current) => plan.collisions.push(Collision {
                incoming: subject,
                existing: Subject::CatalogueItem {
                    id: current.id,
                    name: current.name.clone(),
                },
                change: Change::CatalogueItem {
                    fields: super::plan_workspace::item_fields(current, &mapped),
                },
            }),
        }
    }
}

/// The target's scenario with the file scenario's id, or else with its name.
pub(super) fn existing_scenario<'a>(
    target: &'a Workspace,
    data: &ScenarioFile,
) -> Option<&'a crate::engine::model::Scenario> {
    let name = data.scenario.name.trim().to_lowercase();
    target.scenario(data.scenario.id).or_else(|| {
        target
            .scenarios
            .iter()
            .find(|s| s.name.trim().to_lowercase() == name)
    })
}
