//! The start view: the omkering diagram first, with the way into its steps, then the answer to
//! "what is the omkering?" with its source, then a card for each other part.

use super::omkering::{diagram::Diagram, legend, text_version::text_version, Place};
use super::{intro, title};
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::{heading::H, link::link, source::source_note};
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[function_component]
pub fn StartView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    // The omkering's own picture (the view's default mode), without a step: its actors and
    // arrows lead into the omkering view (an actor opens its panel there, an arrow key its
    // first step).
    let place = Place { mode: c.mode(None), step: None, select: None };
    let omkering = View::Omkering { mode: None, step: None, select: None };
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.start.title.get(lang) }</H>
            <div class="omk-start__diagram">
                <Diagram {place} />
            </div>
            <p class="omk-start__explore">
                { link(&state, omkering, classes!("omk-button"), None, html! { <>{ c.ui.start_explore.get(lang) }{ " →" }</> }) }
            </p>
            // What its dashed arrows mean (the first marked items of the view).
            { legend(&state) }
            <p class="omk-lead">{ prose(&state, &c.ui.start.intro) }</p>
            // The answer is the omkering mode's own summary in fewer words: its source.
            { source_note(&state, place.mode.source) }
            // The diagram's long description (its `aria-details`), folded, after the answer that says
            // it in a few lines (whose terms, marked first, open their explanations).
            <details class="omk-fold omk-start__text">
                <summary>{ c.ui.diagram.text_version.get(lang) }{ ": " }{ place.mode.name.get(lang) }</summary>
                { text_version(&state, place) }
            </details>
            <p>{ c.ui.start_more.get(lang) }</p>
            <ul class="omk-cards">
                { for crate::route::SECTIONS.iter().skip(1).map(|view| html! {
                    <li class="omk-card">
                        <H depth={2} class="omk-card__title">
                            { link(&state, *view, Classes::new(), None, html! { <>{ title(c, *view).get(lang) }</> }) }
                        </H>
                        <p>{ prose(&state, &intro(c, *view)) }</p>
                    </li>
                }) }
            </ul>
        </section>
    }
}
