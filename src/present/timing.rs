//! The plan of a session and where the room is against it: each slide's planned minutes
//! (`tour.toml`), the time since the session's clock started, and from both the planned time of
//! the current slide, the time left in the session and whether the session runs ahead of or
//! behind its plan. The clock's start is kept under the one storage key
//! (`assessment::store`, field `clock`), so it survives a reload of either window; here it is only
//! a number.

/// How long a session's clock counts before it is taken for another session's: a clock started
/// more than this long ago (or in the future, by a changed system clock) starts anew.
pub const STALE_MS: f64 = 12.0 * 3600.0 * 1000.0;

/// Where a session is against its plan, in whole seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    /// The planned time of the current slide.
    pub planned: u64,
    /// Since the session's clock started.
    pub elapsed: u64,
    /// The planned time of the whole session.
    pub total: u64,
    /// What is left of the planned time; negative when the session runs over.
    pub left: i64,
    pub pace: Pace,
}

/// Whether the session keeps to its plan at the current slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    /// The current slide was planned to start this many seconds later.
    Ahead(u64),
    /// The time is within the current slide's planned window.
    OnTime,
    /// The current slide was planned to end this many seconds ago.
    Behind(u64),
}

/// The minute of the session each slide starts at, with `minutes` the planned minutes of each
/// slide in order (the facilitator's guide).
pub fn starts(minutes: &[u8]) -> Vec<u32> {
    minutes.iter().scan(0u32, |at, m| Some(std::mem::replace(at, *at + u32::from(*m)))).collect()
}

/// The planned minutes of the whole session.
pub fn total(minutes: &[u8]) -> u32 {
    minutes.iter().map(|m| u32::from(*m)).sum()
}

/// The timing at `slide` (clamped to the plan) after `elapsed_ms` milliseconds, with `minutes`
/// the planned minutes of each slide in order.
pub fn timing(minutes: &[u8], slide: usize, elapsed_ms: f64) -> Timing {
    let seconds = |m: &u8| u64::from(*m) * 60;
    let slide = slide.min(minutes.len().saturating_sub(1));
    let starts: u64 = minutes.iter().take(slide).map(seconds).sum();
    let planned = minutes.get(slide).map_or(0, seconds);
    let total: u64 = minutes.iter().map(seconds).sum();
    let elapsed = if elapsed_ms.is_finite() { (elapsed_ms.max(0.0) / 1000.0).floor() as u64 } else { 0 };
    let pace = if elapsed < starts {
        Pace::Ahead(starts - elapsed)
    } else if elapsed > starts + planned {
        Pace::Behind(elapsed - starts - planned)
    } else {
        Pace::OnTime
    };
    Timing { planned, elapsed, total, left: total as i64 - elapsed as i64, pace }
}

impl Timing {
    /// The same in whole minutes (the nearest), for the control bar: it changes once a minute, not
    /// every second, and a pace of less than half a minute is on time.
    pub fn in_minutes(self) -> Timing {
        let m = |s: u64| (s + 30) / 60;
        let pace = match self.pace {
            Pace::Ahead(s) if m(s) > 0 => Pace::Ahead(m(s)),
            Pace::Behind(s) if m(s) > 0 => Pace::Behind(m(s)),
            _ => Pace::OnTime,
        };
        let left = if self.left >= 0 { m(self.left as u64) as i64 } else { -(m(self.left.unsigned_abs()) as i64) };
        Timing { planned: m(self.planned), elapsed: m(self.elapsed), total: m(self.total), left, pace }
    }
}

/// The session's clock as it runs on: the kept start if it is one of this session (started no
/// more than [`STALE_MS`] ago, not in the future), else `now`. The bool says whether it started
/// anew (and must be kept).
pub fn running(kept: Option<f64>, now: f64) -> (f64, bool) {
    match kept {
        Some(start) if start.is_finite() && start <= now && now - start <= STALE_MS => (start, false),
        _ => (now, true),
    }
}

/// Seconds as "4:05" (minutes and seconds), or "1:04:05" from an hour on.
pub fn duration_text(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: [u8; 4] = [2, 8, 3, 2];

    #[test]
    fn at_the_start_the_first_slide_is_on_time_and_all_time_is_left() {
        let t = timing(&PLAN, 0, 0.0);
        assert_eq!((t.planned, t.total, t.left, t.pace), (120, 900, 900, Pace::OnTime));
    }

    #[test]
    fn a_slide_reached_before_its_planned_start_is_ahead_by_the_difference() {
        // Slide 3 is planned from 10:00; reached at 7:30.
        assert_eq!(timing(&PLAN, 2, 450_000.0).pace, Pace::Ahead(150));
    }

    #[test]
    fn a_slide_still_shown_after_its_planned_end_is_behind_by_the_difference() {
        // Slide 1 is planned to end at 2:00; still on it at 3:05.
        let t = timing(&PLAN, 0, 185_000.0);
        assert_eq!((t.pace, t.left), (Pace::Behind(65), 715));
    }

    #[test]
    fn within_a_slides_window_the_session_is_on_time_at_both_edges() {
        assert_eq!(timing(&PLAN, 1, 120_000.0).pace, Pace::OnTime);
        assert_eq!(timing(&PLAN, 1, 600_000.0).pace, Pace::OnTime);
        assert_eq!(timing(&PLAN, 1, 600_999.0).pace, Pace::OnTime);
        assert_eq!(timing(&PLAN, 1, 601_000.0).pace, Pace::Behind(1));
    }

    #[test]
    fn past_the_planned_total_the_time_left_is_negative() {
        assert_eq!(timing(&PLAN, 3, 960_000.0).left, -60);
    }

    #[test]
    fn a_slide_out_of_range_counts_as_the_last_and_odd_times_as_zero() {
        assert_eq!(timing(&PLAN, 99, 0.0), timing(&PLAN, 3, 0.0));
        assert_eq!(timing(&PLAN, 0, -5_000.0).elapsed, 0);
        assert_eq!(timing(&PLAN, 0, f64::NAN).elapsed, 0);
        assert_eq!(timing(&[], 0, 1_000.0), Timing { planned: 0, elapsed: 1, total: 0, left: -1, pace: Pace::Behind(1) });
    }

    #[test]
    fn in_minutes_rounds_to_the_nearest_and_a_pace_under_half_a_minute_is_on_time() {
        // Slide 1 planned 0:00-2:00; at 2:29 it is 29 s behind, at 2:30 half a minute.
        let t = timing(&PLAN, 0, 149_000.0).in_minutes();
        assert_eq!((t.planned, t.elapsed, t.total, t.left, t.pace), (2, 2, 15, 13, Pace::OnTime));
        assert_eq!(timing(&PLAN, 0, 150_000.0).in_minutes().pace, Pace::Behind(1));
        assert_eq!(timing(&PLAN, 2, 450_000.0).in_minutes().pace, Pace::Ahead(3));
        assert_eq!(timing(&PLAN, 3, 960_000.0).in_minutes().left, -1);
        assert_eq!(timing(&PLAN, 3, 929_000.0).in_minutes().left, 0);
    }

    #[test]
    fn a_kept_clock_runs_on_unless_it_is_stale_or_in_the_future() {
        let now = 1_800_000_000_000.0;
        assert_eq!(running(Some(now - 60_000.0), now), (now - 60_000.0, false));
        assert_eq!(running(Some(now - STALE_MS), now), (now - STALE_MS, false));
        assert_eq!(running(Some(now - STALE_MS - 1.0), now), (now, true));
        assert_eq!(running(Some(now + 1.0), now), (now, true));
        assert_eq!(running(Some(f64::NAN), now), (now, true));
        assert_eq!(running(None, now), (now, true));
    }

    #[test]
    fn duration_text_writes_minutes_and_seconds_and_hours_from_an_hour_on() {
        assert_eq!(duration_text(0), "0:00");
        assert_eq!(duration_text(245), "4:05");
        assert_eq!(duration_text(3845), "1:04:05");
    }
}
