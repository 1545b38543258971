//! The [`Command`] enum: every change the UI can make to a workspace.

use crate::engine::ids::{CatalogueItemId, GroupId, LineId, PartyId, ScenarioId};
use crate::engine::model::{CatalogueItem, IsoDate};
use crate::engine::model::{
    EquityStep, FigureRef, Funding, PartyKind, Scenario, SplitKey, SplitSide, StatedFigure, Year,
};
use crate::engine::money::Money;
use crate::engine::proposal::Proposal;
use serde::{Deserialize, Serialize};

/// A change to the workspace. `scenario` always names the scenario changed; `year` is a
/// calendar year the scenario spans; amounts are kronor (at most two decimals, at most
/// 10^12 kr in magnitude); names are trimmed and must not be empty (at most 200 characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Command {
    /// Sets a cost line's amount for a year (for a catalogue line: this scenario's override).
    SetLineAmount {
        /// The scenario.
        scenario: ScenarioId,
        /// The cost line.
        line: LineId,
        /// The year.
        year: Year,
        /// The new amount (any sign).
        amount: Money,
    },
    /// Removes a catalogue line's override for a year (the catalogue amount applies again).
    ClearLineOverride {
        /// The scenario.
        scenario: ScenarioId,
        /// The catalogue line.
        line: LineId,
        /// The year.
        year: Year,
    },
    /// Sets an other-income line's amount for a year.
    SetOtherIncomeAmount {
        /// The scenario.
        scenario: ScenarioId,
        /// The other-income line.
        line: LineId,
        /// The year.
        year: Year,
        /// The new amount (any sign).
        amount: Money,
    },
    /// Sets the equity at the start of the scenario's first year.
    SetOpeningEquity {
        /// The scenario.
        scenario: ScenarioId,
        /// The opening equity (may be negative).
        amount: Money,
    },
    /// Sets the funding option and its inputs for a year.
    SetFunding {
        /// The scenario.
        scenario: ScenarioId,
        /// The year.
        year: Year,
        /// The option and its inputs (amounts not negative; parties of the right kind).
        funding: Funding,
    },
    /// Marks a year as *översiktsplan* (or not).
    SetOverviewPlan {
        /// The scenario.
        scenario: ScenarioId,
        /// The year.
        year: Year,
        /// True for an overview-plan year.
        overview_plan: bool,
    },
    /// Renames a cost line or an other-income line.
    RenameLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The line.
        line: LineId,
        /// The new name.
        name: String,
    },
    /// Appends a cost line to a group: own amounts (empty) or a catalogue item by reference.
    /// The new line's id is the workspace's next id (see the module docs).
    AddLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The group to append to.
        group: GroupId,
        /// The line's name.
        name: String,
        /// `Some(item)` to take the amounts from this catalogue item.
        catalogue_item: Option<CatalogueItemId>,
    },
    /// Appends an other-income line (no amounts yet).
    AddOtherIncomeLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The line's name.
        name: String,
    },
    /// Removes a cost line or an other-income line.
    RemoveLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The line.
        line: LineId,
    },
    /// Appends an empty cost group.
    AddGroup {
        /// The scenario.
        scenario: ScenarioId,
        /// The group's name.
        name: String,
        /// Counts as administration for the admin-share KPI.
        is_administration: bool,
    },
    /// Renames a cost group.
    RenameGroup {
        /// The scenario.
        scenario: ScenarioId,
        /// The group.
        group: GroupId,
        /// The new name.
        name: String,
    },
    /// Marks a cost group as administration (or not) for the admin-share KPI.
    SetGroupAdministration {
        /// The scenario.
        scenario: ScenarioId,
        /// The group.
        group: GroupId,
        /// Counts as administration.
        is_administration: bool,
    },
    /// Renames a scenario.
    RenameScenario {
        /// The scenario.
        scenario: ScenarioId,
        /// The new name.
        name: String,
    },
    /// Copies a scenario (new ids for it, its groups and lines, in that order), placed right
    /// after the original. Stated figures are not copied.
    DuplicateScenario {
        /// The scenario to copy.
        scenario: ScenarioId,
        /// The copy's name.
        name: String,
    },
    /// Removes a scenario and the stated figures that refer to it.
    RemoveScenario {
        /// The scenario.
        scenario: ScenarioId,
    },
    /// Chooses the scenario the others are compared against (`None`: no baseline).
    SetBaseline {
        /// The baseline scenario, or `None`.
        scenario: Option<ScenarioId>,
    },
    /// Appends an empty scenario of `year_count` (1–5) consecutive years from `first_year`:
    /// the standard cost groups without lines ("Insatser och uppdrag", "Innovation och stöd",
    /// "Förbundets driftskostnader" counted as administration), every year funded by approved
    /// frames with state offer 0 and a frame of 0 for every region and municipality, the first
    /// year a budget and later years overview plans, opening equity 0. Ids: the scenario, then
    /// its groups.
    AddScenario {
        /// The scenario's name.
        name: String,
        /// The first calendar year.
        first_year: Year,
        /// How many years (1–5).
        year_count: u8,
    },
    /// Inserts two copies right after the scenario: "<name> – Max statlig tilldelning" (every
    /// year with frame inputs funded by the maximum state allocation) and "<name> – Godkänd ram"
    /// (by approved frames), with the same inputs; manual years stay as they are. Refused when
    /// no year has frame inputs. The base name is shortened if the result would be too long.
    CreateFundingPair {
        /// The scenario to copy.
        scenario: ScenarioId,
    },
    /// Undoes [`Command::RemoveScenario`]: inserts the scenario at `min(position, number of
    /// scenarios)` with its own ids, appends the stated figures removed with it and, if `baseline`,
    /// makes it the baseline again, so one command undoes one removal. Checked like an import
    /// ([`super::check_scenario`]); refused if any of its ids is used in the workspace or a stated
    /// figure belongs to another scenario.
    RestoreScenario {
        /// The scenario as it was removed.
        scenario: Scenario,
        /// Where it stood in the list.
        position: usize,
        /// The stated figures that were removed with it.
        stated_figures: Vec<StatedFigure>,
        /// Whether it was the baseline.
        baseline: bool,
    },
    /// Appends a scenario read from a pasted table (`engine::paste::build::scenario_for`) with its stated
    /// figures, checked like [`Command::RestoreScenario`].
    AddPastedScenario {
        /// The scenario.
        scenario: Scenario,
        /// The document's printed figures of it.
        stated_figures: Vec<StatedFigure>,
    },
    /// Sets a figure "enligt dokumentet" (typed from the förbund's own document) to be checked against the
    /// computed one: added, or replacing the one for the same scenario, year and figure.
    SetStatedFigure {
        /// The figure, its amount and where it is printed.
        figure: StatedFigure,
    },
    /// Removes the stated figure for a scenario, year and figure.
    RemoveStatedFigure {
        /// The scenario.
        scenario: ScenarioId,
        /// The year.
        year: Year,
        /// Which figure.
        what: FigureRef,
    },
    /// Appends the next calendar year as an overview-plan year funded like the last year
    /// (at most 5 years).
    AddYear {
        /// The scenario.
        scenario: ScenarioId,
    },
    /// Removes the last year and everything tied to it: line amounts, overrides, other income
    /// and the stated figures of that year (at least 1 year stays).
    RemoveLastYear {
        /// The scenario.
        scenario: ScenarioId,
    },
    /// Sets a cost line's note (trimmed; line breaks allowed; at most 2 000 characters).
    SetLineNote {
        /// The scenario.
        scenario: ScenarioId,
        /// The cost line.
        line: LineId,
        /// The note (empty clears it).
        note: String,
    },
    /// Moves a cost line one step up or down within its group; refused at the edge
    /// ([`CommandError::AlreadyFirst`] / [`CommandError::AlreadyLast`]).
    MoveLine {
        /// The scenario.
        scenario: ScenarioId,
        /// The cost line.
        line: LineId,
        /// True: towards the top.
        up: bool,
    },
    /// Moves a cost group one step up or down; refused at the edge like [`Command::MoveLine`].
    MoveGroup {
        /// The scenario.
        scenario: ScenarioId,
        /// The group.
        group: GroupId,
        /// True: towards the top.
        up: bool,
    },
    /// Removes a cost group with all its lines (stated figures that name them stay, and show
    /// as not computable, as after [`Command::RemoveLine`]).
    RemoveGroup {
        /// The scenario.
        scenario: ScenarioId,
        /// The group.
        group: GroupId,
    },
    /// Adds a member party (at most one Försäkringskassan and one Arbetsförmedlingen). A new
    /// region or municipality gets weight 0 in its side's split key (the engine then warns that
    /// it pays nothing until the key is edited) and a frame of 0 in every year whose frames for
    /// that side are stated, so no figure changes. Only if the key would then give several
    /// members no weight at all does it become equal shares.
    AddParty {
        /// The party's name.
        name: String,
        /// Its kind.
        kind: PartyKind,
        /// For a region or municipality: its weight in its side's key (population, or parts), asked for
        /// when it is added; `None` gives 0.
        weight: Option<u64>,
    },
    /// Renames a member party.
    RenameParty {
        /// The party.
        party: PartyId,
        /// The new name.
        name: String,
    },
    /// Removes a member party. Refused for the last Försäkringskassan, region or municipality,
    /// and while it has a non-zero frame or manual amount in any scenario (the error names the
    /// first such scenario and year). Zero entries are removed with it, as are its split-key
    /// weights (a key left without weights becomes equal shares), catalogue ownership and
    /// participation, and stated figures of its contribution.
    RemoveParty {
        /// The party.
        party: PartyId,
    },
    /// Replaces one side's split key. Every weight must belong to a party of that side, and
    /// the key must give some member a weight above 0 unless the side has a single member.
    SetSplitKey {
        /// Regions or municipalities.
        side: SplitSide,
        /// The new key (its note at most 2 000 characters).
        key: SplitKey,
    },
    /// Replaces the equity recommendation table: every `0 < max_share ≤ 1`, `up_to > 0` and
    /// distinct. Empty = no recommendation.
    SetEquitySteps {
        /// The rows, in the order to show them.
        steps: Vec<EquityStep>,
    },
    /// Sets the förbund's name and organisation number (empty, or ten digits, e.g.
    /// "222000-2733").
    SetWorkspaceName {
        /// The förbund's name.
        name: String,
        /// The organisation number.
        org_number: String,
    },
    /// Appends a catalogue item under a new id (the id in `item` is ignored). Refused with every
    /// problem [`super::check_item`] finds ([`super::CommandError::InvalidCatalogueItem`]). Texts are
    /// stored trimmed ([`super::normalized_item`]).
    AddCatalogueItem {
        /// The item.
        item: CatalogueItem,
    },
    /// Replaces the catalogue item with `item.id` as a whole, checked like
    /// [`Command::AddCatalogueItem`]. Scenarios including it follow its new amounts (except
    /// where they override a year).
    UpdateCatalogueItem {
        /// The item as it should be.
        item: CatalogueItem,
    },
    /// Removes a catalogue item; refused while any scenario includes it
    /// ([`super::CommandError::CatalogueItemInUse`] names them).
    RemoveCatalogueItem {
        /// The item.
        item: CatalogueItemId,
    },
    /// Freezes a scenario as a decided budget ("Fastställ"): a read-only copy of it and of what its
    /// figures depend on, sealed with its SHA-256 fingerprint. Refused when the same decision exists.
    Decide {
        /// The scenario decided.
        scenario: ScenarioId,
        /// What was decided, e.g. "Budget 2027".
        name: String,
        /// The day of the decision.
        decided_on: IsoDate,
        /// The decision's reference, e.g. "Styrelsen 2026-11-20 § 23" (not empty).
        reference: String,
    },
    /// Adds an editable scenario "efter beslut" whose figures are exactly those of a decision.
    ScenarioFromDecision {
        /// The decision's fingerprint.
        fingerprint: String,
        /// The new scenario's name.
        name: String,
    },
    /// Keeps a meeting proposal: adds scenario `name` right after `scenario`, a copy with the proposed
    /// figure (the original stays as it is), and logs it in `meeting_log` with the figure before and after.
    /// Refused when the amount is the figure as it is, or the change itself is refused.
    KeepProposal {
        /// The scenario the proposal was made on.
        scenario: ScenarioId,
        /// The proposed figure.
        proposal: Proposal,
        /// The new scenario's name.
        name: String,
        /// When, local time as shown in the log (e.g. "2026-11-20 14:32").
        at: String,
    },
}
