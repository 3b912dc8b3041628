//! The plan with times on screen: the planned time of the current slide, the time left in the
//! session and whether it runs ahead or behind (`present::timing`), in the presenter view and,
//! for a single screen, in the presentation's control bar.

use crate::content::{fill, Lang, Text};
use crate::present::deck::Deck;
use crate::present::timing::{duration_text, timing, Pace, Timing};
use yew::prelude::*;

/// The three facts as (label, value) pairs, for the slide at `slide` after `elapsed_ms`.
fn facts(deck: &Deck, slide: usize, elapsed_ms: f64, lang: Lang) -> [(&'static str, String); 3] {
    let c = crate::embedded::full();
    let t = &c.views.present_view;
    let at = timing(&crate::present::deck::plan(c, deck), slide, elapsed_ms);
    let left = if at.left >= 0 { (t.left.get(lang), duration_text(at.left as u64)) } else { (t.over_time.get(lang), duration_text(at.left.unsigned_abs())) };
    [(t.planned.get(lang), duration_text(at.planned)), left, (t.timing_label.get(lang), pace(&at, lang))]
}

/// Ahead of, behind or on plan, in words.
fn pace(at: &Timing, lang: Lang) -> String {
    let t = &crate::embedded::full().views.present_view;
    match at.pace {
        Pace::Ahead(s) => fill(t.ahead.get(lang), &[("time", &duration_text(s))]),
        Pace::Behind(s) => fill(t.behind.get(lang), &[("time", &duration_text(s))]),
        Pace::OnTime => t.on_time.get(lang).to_string(),
    }
}

/// The facts as a list of terms and values (the presenter view).
pub fn timing_list(deck: &Deck, slide: usize, elapsed_ms: f64, lang: Lang) -> Html {
    let [planned, left, pace] = facts(deck, slide, elapsed_ms, lang);
    html! {
        <dl class="omk-timing">
            <dt>{ planned.0 }</dt><dd data-timing="planned">{ planned.1 }</dd>
            <dt>{ left.0 }</dt><dd data-timing="left">{ left.1 }</dd>
            <dt>{ pace.0 }</dt><dd data-timing="pace">{ pace.1 }</dd>
        </dl>
    }
}

/// The facts in two short lines and whole minutes (the control bar, where the buttons leave
/// little room, and which should not change every second on the projected image).
pub fn timing_line(deck: &Deck, slide: usize, elapsed_ms: f64, lang: Lang) -> Html {
    let c = crate::embedded::full();
    let t = &c.views.present_view;
    let at = timing(&crate::present::deck::plan(c, deck), slide, elapsed_ms).in_minutes();
    let min = |text: &Text, m: u64| fill(text.get(lang), &[("min", &m.to_string())]);
    let left = if at.left >= 0 { min(&t.bar_left, at.left as u64) } else { min(&t.bar_over, at.left.unsigned_abs()) };
    let pace = match at.pace {
        Pace::Ahead(m) => min(&t.bar_ahead, m),
        Pace::Behind(m) => min(&t.bar_behind, m),
        Pace::OnTime => t.on_time.get(lang).to_string(),
    };
    html! {
        <p class="omk-show__timing" data-timing="line">
            <span>{ min(&t.bar_planned, at.planned) }{ " · " }{ left }</span>
            <span data-timing="pace">{ pace }</span>
        </p>
    }
}
