//! The stepper under the diagram: overview, previous, next and play, the caption of the current
//! step with its source and the conditions it needs, and a polite live region that announces a
//! step change without moving focus.

use super::{go, PlaceProps};
use crate::content::{fill, Basis};
use crate::diagram::steps::{can_advance, move_step, StepMove};
use crate::ui::app::{use_app, AppState};
use crate::ui::components::source::{reading_mark, source_note};
use gloo_timers::callback::Timeout;
use crate::ui::components::prose::prose;
use yew::prelude::*;

/// How long play shows each step (ms).
const PLAY_MS: u32 = 6000;

#[function_component]
pub fn Stepper(props: &PlaceProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let dt = &c.ui.diagram;
    let place = props.place;
    let mode = place.mode;
    let total = mode.steps.len();
    let playing = use_state_eq(|| false);

    // Play: advance after a while, stop at the last step or when the mode changes.
    {
        let state = state.clone();
        let playing = playing.clone();
        use_effect_with((*playing, place.step, mode.id), move |&(on, step, _)| {
            let timer = (on && can_advance(step, total)).then(|| {
                let playing = playing.clone();
                Timeout::new(PLAY_MS, move || {
                    let next = move_step(step, total, StepMove::Next);
                    if !can_advance(next, total) {
                        playing.set(false);
                    }
                    go(&state, place.with_step(next));
                })
            });
            if on && !can_advance(step, total) {
                playing.set(false);
            }
            move || drop(timer)
        });
    }
    {
        let playing = playing.clone();
        use_effect_with(mode.id, move |_| playing.set(false));
    }

    let step_to = |mv: Option<StepMove>| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let step = mv.and_then(|mv| move_step(place.step, total, mv));
            go(&state, place.with_step(step));
        })
    };
    let toggle_play = {
        let state = state.clone();
        let playing = playing.clone();
        Callback::from(move |_: MouseEvent| {
            if *playing {
                playing.set(false);
            } else {
                // From the overview, and again from the end, play starts at the first step.
                if place.step.is_none() || !can_advance(place.step, total) {
                    go(&state, place.with_step(Some(0)));
                }
                playing.set(true);
            }
        })
    };

    let current = place.step.and_then(|i| mode.steps.get(i).map(|s| (i, s)));
    let totals = total.to_string();
    let announce = match current {
        Some((i, s)) => fill(dt.announce.get(lang), &[("n", &(i + 1).to_string()), ("total", &totals), ("title", s.title.get(lang))]),
        None => fill(dt.overview_announce.get(lang), &[("mode", mode.name.get(lang))]),
    };
    let caption = match current {
        Some((i, s)) => html! {
            <>
                <p class="omk-caption__count">
                    { fill(c.ui.step_label.get(lang), &[("n", &(i + 1).to_string()), ("total", &totals)]) }
                </p>
                <p class="omk-caption__title">{ s.title.get(lang) }{ " " }{ reading_mark(&state, s.basis) }</p>
                <p>{ prose(&state, &s.text) }</p>
                { source_note(&state, s.source) }
            </>
        },
        None => html! {
            <>
                <p class="omk-caption__title">{ mode.name.get(lang) }{ " " }{ reading_mark(&state, mode.basis) }</p>
                <p>{ prose(&state, &mode.summary) }</p>
                { source_note(&state, mode.source) }
            </>
        },
    };

    let at_start = place.step.is_none();
    let at_end = place.step == Some(total.saturating_sub(1));
    html! {
        <div class="omk-stepper">
            <div class="omk-stepper__controls" role="group" aria-label={c.ui.steps_heading.get(lang)}>
                <button type="button" class="omk-button omk-button--secondary" data-step-control="overview"
                    aria-pressed={at_start.to_string()} onclick={step_to(None)}>{ dt.overview.get(lang) }</button>
                <button type="button" class="omk-button" data-step-control="previous" aria-disabled={at_start.to_string()}
                    onclick={step_to(Some(StepMove::Previous))}>{ "← " }{ dt.previous.get(lang) }</button>
                <button type="button" class="omk-button" data-step-control="next" aria-disabled={at_end.to_string()}
                    onclick={step_to(Some(StepMove::Next))}>{ dt.next.get(lang) }{ " →" }</button>
                // Its name says what it does now (play, or pause); a pressed state would say it twice.
                <button type="button" class="omk-button omk-button--secondary" data-step-control="play"
                    onclick={toggle_play}>
                    { if *playing { dt.pause.get(lang) } else { dt.play.get(lang) } }
                </button>
            </div>
            <div class="omk-caption" data-step={place.step.map_or("overview".to_string(), |s| (s + 1).to_string())}>
                { caption }
            </div>
            <p class="omk-visually-hidden" aria-live="polite" data-live="step">{ announce }</p>
        </div>
    }
}

/// What goes from whom to whom at the current step, and the conditions it needs: under the stage,
/// so that the drawing, the stepper and the step's words fit one screen on a phone (the text
/// version lists every step in full too). Nothing on the overview.
pub fn step_more(state: &AppState, place: super::Place) -> Html {
    let Some(s) = place.step.and_then(|i| place.mode.steps.get(i)) else { return Html::default() };
    let lang = state.lang();
    let c = state.content;
    let dt = &c.ui.diagram;
    html! {
        <div class="omk-step-more" data-step-more="">
            if !s.flows.is_empty() {
                <p class="omk-caption__subtitle" aria-hidden="true">{ c.ui.flows_label.get(lang) }</p>
            }
            { super::flows::flow_list(state, s) }
            if !s.conditions.is_empty() {
                <div class="omk-caption__conditions">
                    <p class="omk-caption__subtitle">{ dt.step_conditions.get(lang) }{ " " }{ reading_mark(state, Basis::Reading) }</p>
                    <ul>
                        { for s.conditions.iter().filter_map(|id| c.condition(id.as_str())).map(|cond| html! {
                            <li>{ prose(state, &cond.name) }</li>
                        }) }
                    </ul>
                    <p class="omk-note">{ dt.step_conditions_reading.get(lang) }</p>
                </div>
            }
        </div>
    }
}
