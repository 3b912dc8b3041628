//! Which scroll brings a changed part into view (src/reveal.rs).

use omkering::reveal::{scroll_for, Scroll};
use proptest::prelude::*;

#[test]
fn a_part_that_shows_stays() {
    assert_eq!(scroll_for(0.0, 844.0, 844.0), Scroll::Stay);
    assert_eq!(scroll_for(100.0, 400.0, 844.0), Scroll::Stay);
}

#[test]
fn a_part_below_or_above_the_screen_comes_nearest() {
    assert_eq!(scroll_for(700.0, 1000.0, 844.0), Scroll::Nearest);
    assert_eq!(scroll_for(-120.0, 200.0, 844.0), Scroll::Nearest);
}

#[test]
fn a_tall_part_shows_its_top() {
    assert_eq!(scroll_for(500.0, 2000.0, 844.0), Scroll::Start);
    assert_eq!(scroll_for(-300.0, 1200.0, 844.0), Scroll::Start);
    assert_eq!(scroll_for(150.0, 1200.0, 844.0), Scroll::Stay);
}

#[test]
fn nonsense_boxes_move_nothing() {
    assert_eq!(scroll_for(f64::NAN, 10.0, 844.0), Scroll::Stay);
    assert_eq!(scroll_for(0.0, 10.0, 0.0), Scroll::Stay);
    assert_eq!(scroll_for(20.0, 10.0, 844.0), Scroll::Stay);
}

proptest! {
    /// After the scroll it asks for, a part that fits lies wholly in the viewport, and a taller
    /// one begins at its top: simulated by moving the box as the browser would.
    #[test]
    fn after_the_scroll_the_part_shows(top in -5000.0f64..5000.0, h in 0.0f64..3000.0, vh in 200.0f64..2000.0) {
        let bottom = top + h;
        let shift = match scroll_for(top, bottom, vh) {
            Scroll::Stay => 0.0,
            Scroll::Start => top,
            Scroll::Nearest => if top < 0.0 { top } else { bottom - vh },
        };
        let (t, b) = (top - shift, bottom - shift);
        if h <= vh {
            prop_assert!(t >= -1e-9 && b <= vh + 1e-9, "{t} {b} {vh}");
        } else {
            prop_assert!((0.0..=vh / 4.0 + 1e-9).contains(&t), "{t} {vh}");
        }
    }
}
