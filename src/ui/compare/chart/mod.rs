//! Hand-made SVG charts of the compare page: (a) result and closing equity with the recommended
//! maximum, (b) who pays. Each is an `<svg role="img">` with `<title>` and `<desc>`, a visible
//! legend, and its figures as a table. Floating point is used for geometry only.

mod equity;
mod frame;
mod hbar;
mod patterns;
mod payers;
mod scale;

pub use equity::EquityChart;
pub use payers::PayersChart;
