//! The development points view: the five points the association strategy names, around the
//! omkering, with what the texts say about all five (only their names) once; a chosen point's
//! panel says, marked, what the explainer reads into the name and what the scores 1 and 5 of the
//! self-assessment stand for.

use crate::content::{Basis, DevelopmentPoint, PointTexts};
use crate::route::View;
use crate::ui::app::{use_app, AppState};
use crate::ui::components::{heading::H, link::link, source::reading_legend, source::reading_mark, source::source_note};
use crate::ui::views::ring_diagram::{RingDiagram, RingItem};
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DevelopmentProps {
    pub point: Option<&'static str>,
}

#[function_component]
pub fn DevelopmentView(props: &DevelopmentProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.development_view;
    let items: Vec<RingItem> = c
        .development_points
        .iter()
        .map(|p| RingItem { id: p.id.as_str(), label: p.name.get(lang), view: View::Development { point: Some(p.id.as_str()) } })
        .collect();
    let selected = props.point.and_then(|id| c.points().find(|(p, _)| p.id == id));
    let detail = use_node_ref();
    crate::web::reveal::use_reveal(View::Development { point: props.point }, selected.is_some(), state.away_from_start(), detail.clone());
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.development.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.development.intro) }</p>
            <H depth={2}>{ ui.says_heading.get(lang) }</H>
            <p>{ prose(&state, &c.points_about.text) }</p>
            { source_note(&state, c.points_about.source) }
            <RingDiagram {items} current={props.point} center={ui.center.get(lang)} title={ui.diagram_title.get(lang)}
                hint={ui.hint.get(lang)} text_version={ui.text_version.get(lang)} kind="point" />
            <div ref={detail}>
                if let Some((point, texts)) = selected {
                    { panel(&state, point, texts) }
                }
            </div>
            <div class="omk-card omk-card--action">
                <p>{ ui.assessment_intro.get(lang) }</p>
                { link(&state, View::Assessment, classes!("omk-button"), None, html! { <>{ ui.to_assessment.get(lang) }</> }) }
            </div>
        </section>
    }
}

/// A point's panel: the text's words with the source, then the explainer's reading, marked.
fn panel(state: &AppState, p: &'static DevelopmentPoint, texts: &'static PointTexts) -> Html {
    let lang = state.lang();
    let ui = &crate::embedded::full().views.development_view;
    html! {
        <article class="omk-detail omk-point" data-point={p.id.as_str()} aria-labelledby="omk-point-title">
            <H depth={2} id="omk-point-title">{ p.name.get(lang) }</H>
            { source_note(state, p.source) }
            { reading_legend(state) }
            <H depth={3}>{ ui.reading_heading.get(lang) }{ " " }{ reading_mark(state, Basis::Reading) }</H>
            <p>{ prose(&state, &texts.reading) }</p>
            <H depth={3}>{ ui.scale_heading.get(lang) }{ " " }{ reading_mark(state, Basis::Reading) }</H>
            <dl class="omk-scale">
                <dt>{ "1" }</dt><dd>{ texts.low.get(lang) }</dd>
                <dt>{ "5" }</dt><dd>{ texts.high.get(lang) }</dd>
            </dl>
        </article>
    }
}
