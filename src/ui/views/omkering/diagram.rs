//! Draws the omkering diagram: the scene the core computes for the container's width, the
//! current step's highlight, actors as buttons, and ← → Home End to step while it has focus.

use super::{actor_name, go, PlaceProps};
use crate::content::fill;
use crate::diagram::geometry::{svg_number as n, svg_points as points, Rect};
use crate::diagram::layout::{ArrowGeometry, LabelLine};
use crate::diagram::scene::Scene;
use crate::diagram::steps::{arrows, move_step, Highlight, StepMove};
use crate::diagram::{omkering_frame, FONT};
use crate::route::Select;
use crate::ui::app::use_app;
use crate::web::motion::use_transition;
use crate::web::size::use_text_box;
use yew::prelude::*;

/// How long a mode switch takes (ms); nothing moves with reduced motion.
const MORPH_MS: f64 = 700.0;


#[function_component]
pub fn Diagram(props: &PlaceProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let dt = &c.ui.diagram;
    let place = props.place;
    let container = use_node_ref();
    // The labels follow the visitor's text size (WCAG 1.4.4: FONT at the default 16 px) and
    // spacing (1.4.12: the boxes grow for it).
    let text = use_text_box(container.clone(), 640.0);
    let frame = use_memo((text.key(), lang), move |(_, lang)| omkering_frame(c, *lang, text.width, text.font(FONT * text.font / 16.0)));
    let morph = use_transition(place.mode.id.as_str(), MORPH_MS);
    let scene = Scene::between(&frame, c.mode(Some(morph.from)), c.mode(Some(morph.to)), morph.t);
    let running = morph.running();
    let highlight = if running { None } else { Highlight::of(place.mode, place.step) };
    let mode_arrows = arrows(place.mode);

    use_effect_with((), |_| {
        // The benchmark's "first diagram on screen" mark.
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let _ = p.mark("omkering:diagram");
        }
    });

    let onkeydown = {
        let state = state.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() || e.shift_key() {
                return;
            }
            let Some(mv) = StepMove::from_key(&e.key()) else { return };
            e.prevent_default();
            go(&state, place.with_step(move_step(place.step, place.mode.steps.len(), mv)));
        })
    };

    let arrow_html = scene.arrows.iter().map(|a| {
        let key = (a.from, a.to);
        let info = mode_arrows.iter().find(|x| x.key() == key);
        let reading = info.is_some_and(|x| x.is_reading(place.step));
        let class = classes!(
            "omk-arrow",
            highlight.as_ref().map(|h| if h.has_arrow(key) { "omk-arrow--lit" } else { "omk-arrow--dim" }),
            reading.then_some("omk-arrow--reading"),
        );
        let title = info.map(|x| {
            let labels = x.labels(lang).join("; ");
            fill(dt.arrow_title.get(lang), &[("from", actor_name(&state, a.from)), ("to", actor_name(&state, a.to)), ("label", &labels)])
        });
        let g = a.geometry;
        html! {
            <g {class} data-from={a.from.as_str()} data-to={a.to.as_str()} opacity={n(a.opacity)}
                data-tip={format!("{},{}", n(g.tip.x), n(g.tip.y))}>
                if let Some(t) = title { <title>{ t }</title> }
                { arrow_shapes(&g) }
            </g>
        }
    });

    let actor_html = scene.actors.iter().map(|a| {
        let id = a.id;
        let selected = place.select == Some(Select::Actor(id.as_str()));
        let class = classes!(
            "omk-actor",
            highlight.as_ref().map(|h| if h.has_actor(id.as_str()) { "omk-actor--lit" } else { "omk-actor--dim" }),
            selected.then_some("omk-actor--selected"),
        );
        let activate = {
            let state = state.clone();
            let select = if selected { None } else { Some(Select::Actor(id.as_str())) };
            move || go(&state, place.with_select(select))
        };
        let onclick = {
            let activate = activate.clone();
            Callback::from(move |_: MouseEvent| activate())
        };
        let onkeydown = Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" || e.key() == " " {
                e.prevent_default();
                activate();
            }
        });
        let r = a.rect;
        let lines = frame.label(id.as_str());
        let label: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        html! {
            <g {class} data-actor={id.as_str()} transform={format!("translate({} {})", n(r.x), n(r.y))}
                role="button" tabindex="0" aria-pressed={selected.to_string()} aria-label={label.join(" ")}
                {onclick} {onkeydown}>
                <rect class="omk-actor__focus" x="-4" y="-4" width={n(r.w + 8.0)} height={n(r.h + 8.0)} rx="8" />
                { actor_shapes(r, lines, 0.0) }
            </g>
        }
    });

    let title = fill(dt.title.get(lang), &[("mode", place.mode.name.get(lang))]);
    html! {
        <div class="omk-diagram">
            <p class="omk-visually-hidden" id="omk-diagram-title">{ title }</p>
            <p class="omk-visually-hidden" id="omk-diagram-desc">{ place.mode.summary.plain(lang) }</p>
            // A named group whose actors are buttons; the drawing itself is a group too, not an
            // image (an image's children are presentational: some screen readers would not reach
            // the actors). The text version below is its long description.
            <div class="omk-diagram__canvas" tabindex="0" role="group" aria-labelledby="omk-diagram-title"
                aria-describedby="omk-diagram-desc omk-diagram-keys" aria-details="omk-textversion" {onkeydown} ref={container}>
                <svg class="omk-svg" role="group" width={n(frame.width)} height={n(frame.height)}
                    viewBox={format!("0 0 {} {}", n(frame.width), n(frame.height))}
                    data-mode={morph.to} data-morph={if running { "running" } else { "done" }}
                    data-layout={if frame.narrow { "narrow" } else { "wide" }}>
                    <g class="omk-arrows">{ for arrow_html }</g>
                    <g class="omk-actors">{ for actor_html }</g>
                </svg>
            </div>
            // For keyboard users: shown while the diagram has keyboard focus, always read as its
            // description.
            <p class="omk-note omk-hint-keys omk-hint-focus omk-instruction" id="omk-diagram-keys">{ dt.keys_hint.get(lang) }</p>
        </div>
    }
}

/// An arrow's shaft and head (the omkering view and the presentation's slides draw the same).
pub(crate) fn arrow_shapes(g: &ArrowGeometry) -> Html {
    html! {
        <>
            <line class="omk-arrow__shaft" x1={n(g.start.x)} y1={n(g.start.y)} x2={n(g.shaft_end.x)} y2={n(g.shaft_end.y)} />
            <polygon class="omk-arrow__head" points={points(&g.head)} />
        </>
    }
}

/// An actor's box and the lines of its label, none smaller than `min` px (a slide's minimum:
/// the short names are drawn smaller than the names, and they are short enough to take it).
pub(crate) fn actor_shapes(r: Rect, lines: &[LabelLine], min: f32) -> Html {
    html! {
        <>
            <rect class="omk-actor__box" width={n(r.w)} height={n(r.h)} rx="6" />
            { for lines.iter().map(|l| html! {
                <text class={if l.small { "omk-actor__short" } else { "omk-actor__name" }} x={n(l.x)} y={n(l.y)}
                    font-size={n(l.size.max(min))} text-anchor="middle" aria-hidden="true">{ l.text.clone() }</text>
            }) }
        </>
    }
}

/// The omkering diagram as a still picture (the presentation's slide, the handout): the frame's
/// actors and the mode's arrows at `step` (none: the overview), lit and dimmed as the step has
/// them, reading arrows dashed as in the interactive diagram; `small` is the least size of the
/// actors' short names; `name` the picture's text alternative.
pub fn picture(frame: &crate::diagram::layout::Frame, mode: &'static crate::content::Mode, step: Option<usize>, small: f32, name: String) -> Html {
    let scene = Scene::between(frame, mode, mode, 1.0);
    let highlight = Highlight::of(mode, step);
    let mode_arrows = arrows(mode);
    html! {
        <svg class="omk-svg" viewBox={format!("0 0 {} {}", n(frame.width), n(frame.height))} role="img" aria-label={name}
            preserveAspectRatio="xMidYMid meet">
            <g class="omk-arrows">{ for scene.arrows.iter().map(|a| {
                let lit = highlight.as_ref().map(|h| if h.has_arrow((a.from, a.to)) { "omk-arrow--lit" } else { "omk-arrow--dim" });
                let reading = mode_arrows.iter().find(|x| x.key() == (a.from, a.to)).is_some_and(|x| x.is_reading(step));
                html! { <g class={classes!("omk-arrow", lit, reading.then_some("omk-arrow--reading"))}>{ arrow_shapes(&a.geometry) }</g> }
            }) }</g>
            <g class="omk-actors">{ for scene.actors.iter().map(|a| {
                let lit = highlight.as_ref().map(|h| if h.has_actor(a.id.as_str()) { "omk-actor--lit" } else { "omk-actor--dim" });
                let r = a.rect;
                html! {
                    <g class={classes!("omk-actor", lit)} transform={format!("translate({} {})", n(r.x), n(r.y))}>
                        { actor_shapes(r, frame.label(a.id.as_str()), small) }
                    </g>
                }
            }) }</g>
        </svg>
    }
}
