//! Identifiers: small newtypes over `u32`, allocated deterministically by the workspace (never random).

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[cfg_attr(test, derive(schemars::JsonSchema))]
        #[serde(transparent)]
        pub struct $name(pub u32);
    };
}

id_type!(
    /// Identifies a scenario within a workspace.
    ScenarioId
);
id_type!(
    /// Identifies a member party (Försäkringskassan, a region, a municipality …).
    PartyId
);
id_type!(
    /// Identifies a cost group within a workspace.
    GroupId
);
id_type!(
    /// Identifies a cost line or an other-income line within a workspace.
    LineId
);
id_type!(
    /// Identifies a catalogue item (uppdrag, insats, projekt, förstudie …).
    CatalogueItemId
);
