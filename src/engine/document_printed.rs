//! The equity verdict on the document's own printed figures: for each year with a stated closing equity, that
//! figure against the recommendation, with the contributions as stated (or, where the document states none, as
//! computed) — so a board sees what its paper says as well as what the rows give.

use crate::engine::equity::{equity_check, EquityCheck};
use crate::engine::ids::ScenarioId;
use crate::engine::model::{FigureRef, Workspace, Year};
use crate::engine::report::scenario_report;

/// One year's verdict on the printed closing equity, in year order.
pub fn printed_equity(workspace: &Workspace, scenario: ScenarioId) -> Vec<(Year, EquityCheck)> {
    let Ok(report) = scenario_report(workspace, scenario) else {
        return Vec::new();
    };
    let stated = |year: Year, what: FigureRef| {
        workspace
            .stated_figures
            .iter()
            .find(|f| f.scenario == scenario && f.year == year && f.what == what)
            .map(|f| f.amount)
    };
    report
        .years
        .iter()
        .filter_map(|y| {
            let closing = stated(y.year, FigureRef::ClosingEquity)?;
            let contributions = stated(y.year, FigureRef::Contributions).unwrap_or(y.contributions);
            let check =
                equity_check(&workspace.settings.equity_steps, contributions, closing).ok()?;
            Some((y.year, check))
        })
        .collect()
}
