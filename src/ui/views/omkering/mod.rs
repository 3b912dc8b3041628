//! The omkering view: classic medebewind against the omkering as an interactive diagram with a
//! stepper, what each actor does, the five theme chips, the conditions the omkering needs, and a
//! text version of the steps that follows the stepper.

mod conditions;
mod detail;
pub(crate) mod flows;
pub(crate) mod diagram;
mod stepper;
pub(crate) mod text_version;

use crate::content::{fill, Mode, Str};
use crate::route::{Select, View};
use crate::state::Action;
use crate::ui::app::{use_app, AppState};
use crate::ui::components::heading::H;
use crate::web::defer::use_deferred;
use crate::ui::components::prose::prose;
use yew::prelude::*;

/// Where the omkering view is: the mode (resolved), the step and the selection.
#[derive(Clone, Copy)]
pub struct Place {
    pub mode: &'static Mode,
    pub step: Option<usize>,
    pub select: Option<Select>,
}

/// Modes are content statics: compared by address (a derived comparison walks every text).
impl PartialEq for Place {
    fn eq(&self, other: &Place) -> bool {
        std::ptr::eq(self.mode, other.mode) && self.step == other.step && self.select == other.select
    }
}

impl Place {
    pub fn view(&self) -> View {
        View::Omkering { mode: Some(self.mode.id.as_str()), step: self.step, select: self.select }
    }

    pub fn with_step(self, step: Option<usize>) -> Place {
        Place { step, ..self }
    }

    pub fn with_select(self, select: Option<Select>) -> Place {
        Place { select, ..self }
    }
}

/// Opens `place` (the reducer writes the default mode as no mode).
pub fn go(state: &AppState, place: Place) {
    state.dispatch(Action::Navigate(place.view()));
}

/// An actor's name in the current language, or its id if the content has no such actor.
pub fn actor_name(state: &AppState, id: Str) -> &'static str {
    state.content.actor(id.as_str()).map_or(id.as_str(), |a| a.name.get(state.lang()))
}

#[derive(Properties, PartialEq)]
pub struct OmkeringProps {
    pub mode: Option<&'static str>,
    pub step: Option<usize>,
    pub select: Option<Select>,
}

#[function_component]
pub fn OmkeringView(props: &OmkeringProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let ui = &c.ui;
    let place = Place { mode: c.mode(props.mode), step: props.step, select: props.select };
    // The mode switch, the diagram and the stepper answer at once; the panels and lists below
    // follow a frame later (measured: see ARCHITECTURE.md, "Decisions").
    let later = use_deferred(place);
    // Built once per place and language (and which marked terms open an explanation), so the
    // frame that answers does not rebuild them.
    let side = {
        let state = state.clone();
        use_memo((later, lang, state.terms), move |(later, _, _)| detail::detail(&state, *later))
    };
    let below = {
        let state = state.clone();
        use_memo((later, lang, state.terms), move |(later, _, _)| {
            html! {
                <>
                    { detail::theme_chips(&state, *later) }
                    if !later.mode.steps.iter().all(|s| s.conditions.is_empty()) {
                        { conditions::conditions(&state, *later) }
                    }
                    { text_version::text_version(&state, *later) }
                </>
            }
        })
    };
    let section = use_node_ref();
    crate::web::focus::use_return_focus(props.select, section.clone());
    // What a choice changed comes into view: the picture and its step for a step or a mode, the
    // panel for an actor or a theme (a frame later, when it is drawn).
    let stage = use_node_ref();
    let panel = use_node_ref();
    let deep = state.away_from_start();
    crate::web::reveal::use_reveal(View::Omkering { mode: Some(place.mode.id.as_str()), step: place.step, select: None }, true, deep && place.step.is_some(), stage.clone());
    crate::web::reveal::use_reveal(View::Omkering { mode: None, step: None, select: later.select }, later.select.is_some(), deep, panel.clone());
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title" ref={section}>
            <H depth={1} id="omk-view-title">{ ui.omkering.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &ui.omkering.intro) }</p>
            { mode_switch(&state, place) }
            // Above the stage, so that the drawing, the stepper and the step's words stay together
            // in one screen on a phone: the touch hint on touch screens, the legend of the arrows
            // and of the "onze lezing" label (the first marked items are in the stage).
            <p class="omk-note omk-hint-touch omk-instruction">{ ui.diagram.touch_hint.get(lang) }</p>
            { legend(&state) }
            <div class="omk-stage">
                <div class="omk-stage__main" ref={stage}>
                    <diagram::Diagram {place} />
                    <stepper::Stepper {place} />
                </div>
                <div class="omk-stage__side" ref={panel}>
                    { (*side).clone() }
                </div>
            </div>
            { stepper::step_more(&state, place) }
            <p class="omk-note">{ ui.diagram.placement_note.get(lang) }{ " " }{ crate::ui::components::source::reading_mark(&state, crate::content::Basis::Reading) }</p>
            { (*below).clone() }
            // The panel beside the diagram changes with an actor or a theme chip: said here
            // (a status region on the page from the start, WCAG 4.1.3).
            <p class="omk-visually-hidden" role="status" data-status="detail">
                { props.select.and_then(|s| detail::selected_name(&state, s)).map(|name| fill(ui.diagram.detail_announce.get(lang), &[("name", name)])).unwrap_or_default() }
            </p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlaceProps {
    pub place: Place,
}

/// The legend of the diagram's arrows: drawn through for what the texts say, dashed (or
/// labelled "onze lezing") for the explainer's reading.
pub(crate) fn legend(state: &AppState) -> Html {
    let (lang, dt) = (state.lang(), &state.content.ui.diagram);
    html! {
        <ul class="omk-legend">
            <li class="omk-legend__stated">{ dt.legend_stated.get(lang) }</li>
            <li class="omk-legend__reading omk-reading-legend">{ dt.legend_reading.get(lang) }</li>
        </ul>
    }
}

/// Two toggle buttons, one per mode; the pressed one is the mode on screen.
fn mode_switch(state: &AppState, place: Place) -> Html {
    let lang = state.lang();
    let c = state.content;
    html! {
        <div class="omk-modeswitch" role="group" aria-label={c.ui.diagram.mode_label.get(lang)}>
            { for c.modes.iter().map(|m| {
                let pressed = std::ptr::eq(m, place.mode);
                let onclick = {
                    let state = state.clone();
                    let place = Place { mode: m, step: None, select: place.select };
                    Callback::from(move |_| go(&state, place))
                };
                html! {
                    <button type="button" class="omk-button omk-modeswitch__button" aria-pressed={pressed.to_string()}
                        data-mode={m.id.as_str()} {onclick}>
                        { m.name.get(lang) }
                    </button>
                }
            }) }
        </div>
    }
}
