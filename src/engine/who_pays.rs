//! Who pays what in a scenario year, with changes against the previous year and a baseline scenario
//! (placeholder until built).
