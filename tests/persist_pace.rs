//! The autosave pace (persist::pace): a fast save lets the next follow at once, a slow one makes the next wait
//! nineteen times as long (a twentieth of the main thread), never more than two seconds. Figures by hand.

use finsam_planner::persist::pace::{SavePace, LONGEST_WAIT_MS, PACED_FROM_MS};

#[test]
fn before_any_save_a_save_may_run_at_once() {
    assert_eq!(SavePace::default().wait_ms(12_345.0), 0.0);
}

#[test]
fn a_save_of_no_measurable_time_lets_the_next_run_at_once() {
    let mut pace = SavePace::default();
    pace.record(1_000.0, 1_000.0);
    assert_eq!(pace.wait_ms(1_000.0), 0.0);
}

#[test]
fn a_save_quicker_than_half_a_frame_never_makes_the_next_wait() {
    assert_eq!(PACED_FROM_MS, 8.0);
    let mut pace = SavePace::default();
    pace.record(1_000.0, 1_007.5);
    assert_eq!(pace.wait_ms(1_007.5), 0.0);
    pace.record(2_000.0, 2_008.0);
    // 8 ms: paced, 19 × 8 = 152 ms.
    assert_eq!(pace.wait_ms(2_008.0), 152.0);
}

#[test]
fn a_32_ms_save_makes_the_next_wait_608_ms_after_it_ended() {
    let mut pace = SavePace::default();
    pace.record(1_000.0, 1_032.0);
    // 32 ms of saving, then 19 × 32 = 608 ms without: 32 / (32 + 608) = 5 %.
    assert_eq!(pace.wait_ms(1_032.0), 608.0);
    assert_eq!(pace.wait_ms(1_200.0), 440.0);
    assert_eq!(pace.wait_ms(1_640.0), 0.0);
    assert_eq!(pace.wait_ms(5_000.0), 0.0);
}

#[test]
fn the_wait_is_never_longer_than_two_seconds() {
    let mut pace = SavePace::default();
    pace.record(0.0, 200.0);
    assert_eq!(pace.wait_ms(200.0), LONGEST_WAIT_MS);
    assert_eq!(LONGEST_WAIT_MS, 2_000.0);
}

#[test]
fn a_clock_that_goes_back_gives_no_negative_wait() {
    let mut pace = SavePace::default();
    pace.record(2_000.0, 1_000.0);
    assert_eq!(pace.wait_ms(1_000.0), 0.0);
}
