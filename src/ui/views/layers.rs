//! The layers of government: Rijk, provinces, water authorities and municipalities with their
//! umbrella organisations and city networks, joined by working "als één overheid". A chosen
//! layer shows its role in the omkering and what each document says about it, with sources.

use crate::content::{Content, Full, Layer};
use crate::diagram::geometry::svg_number as n;
use crate::diagram::layers::{Layers, RowText};
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::{
    heading::H,
    link::{link, target},
    svg::{self, Align},
    source::{reading_legend, reading_mark, source_note},
};
use crate::web::size::use_text_box;
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LayersProps {
    pub layer: Option<&'static str>,
}

fn name(c: &'static Content, lang: crate::content::Lang, id: &str) -> &'static str {
    c.actor(id).map_or("", |a| a.name.get(lang))
}

#[function_component]
pub fn LayersView(props: &LayersProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.layers_view;
    let container = use_node_ref();
    // Measured in the type the names are drawn in (the container's), so the boxes grow with the
    // visitor's text size and spacing (WCAG 1.4.4, 1.4.12).
    let text = use_text_box(container.clone(), 640.0);
    let diagram = use_memo((text.key(), lang), move |(_, lang)| {
        let rows: Vec<RowText> = c
            .layers
            .iter()
            .map(|l| RowText {
                layer: name(c, *lang, &l.actor),
                umbrella: (!l.umbrella.is_empty()).then(|| name(c, *lang, &l.umbrella)),
                networks: l.networks.iter().map(|x| name(c, *lang, x)).collect(),
            })
            .collect();
        Layers::new(text.width, text.font(text.font), &rows)
    });
    let lines = |lines: &[String], r| svg::lines(lines, r, diagram.line_height, Align::Middle);
    let rows = c.layers.iter().zip(&diagram.rows).map(|(l, row)| {
        let view = View::Layers { layer: Some(l.actor.as_str()) };
        let current = props.layer == Some(l.actor.as_str());
        let (href, route) = target(&state, view);
        let r = row.rect;
        let boxes = std::iter::once((&row.layer, "omk-layers__layer")).chain(row.umbrella.iter().map(|b| (b, "omk-layers__umbrella"))).chain(row.networks.iter().map(|b| (b, "omk-layers__network")));
        html! {
            <a {href} class={classes!("omk-layers__row", current.then_some("omk-layers__row--current"))}
                aria-current={current.then_some("page")} data-layer={l.actor.as_str()} data-omk-route={route}>
                <rect class="omk-focus-ring" x={n(r.x - 3.0)} y={n(r.y - 3.0)} width={n(r.w + 6.0)} height={n(r.h + 6.0)} rx="8" />
                <rect class="omk-layers__back" x={n(r.x)} y={n(r.y)} width={n(r.w)} height={n(r.h)} rx="6" />
                { for boxes.map(|(b, class)| html! {
                    <g class={class}>
                        <rect x={n(b.rect.x)} y={n(b.rect.y)} width={n(b.rect.w)} height={n(b.rect.h)} rx="4" />
                        { lines(&b.lines, b.rect) }
                    </g>
                }) }
            </a>
        }
    });
    let band = diagram.band;
    let selected = props.layer.and_then(|id| c.layers.iter().find(|l| l.actor == id));
    let chosen = use_node_ref();
    crate::web::reveal::use_reveal(View::Layers { layer: props.layer }, selected.is_some(), state.away_from_start(), chosen.clone());
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.layers.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.layers.intro) }</p>
            <p class="omk-note omk-instruction">{ ui.hint.get(lang) }</p>
            <div class="omk-layers__canvas" ref={container}>
                <svg class="omk-svg" width={n(diagram.width)} height={n(diagram.height)} role="group" aria-labelledby="omk-layers-title" aria-details="omk-layers-text"
                    viewBox={format!("0 0 {} {}", n(diagram.width), n(diagram.height))}>
                    <title id="omk-layers-title">{ ui.diagram_title.get(lang) }</title>
                    <g class="omk-layers__band" aria-hidden="true">
                        <rect x={n(band.x)} y={n(band.y)} width={n(band.w)} height={n(band.h)} rx="6" />
                        <text transform={format!("translate({} {}) rotate(-90)", n(band.x + band.w / 2.0 + 5.0), n(band.y + band.h / 2.0))}
                            text-anchor="middle">{ ui.together.get(lang) }</text>
                    </g>
                    { for rows }
                </svg>
            </div>
            { text_version(&state, c) }
            if c.together.basis == crate::content::Basis::Reading { { reading_legend(&state) } }
            <H depth={2}>{ ui.together_heading.get(lang) }</H>
            <p>{ prose(&state, &c.together.text) }{ " " }{ reading_mark(&state, c.together.basis) }</p>
            { source_note(&state, c.together.source) }
            <div ref={chosen}>
                if let Some(layer) = selected {
                    { detail(&state, c, layer) }
                }
            </div>
            <H depth={2}>{ ui.lists_heading.get(lang) }</H>
            <p>{ ui.lists_intro.get(lang) }{ " " }{ link(&state, View::Context, Classes::new(), None, html! { <>{ c.ui.context.title.get(lang) }</> }) }</p>
        </section>
    }
}

/// The diagram as a list: each layer with its umbrella organisation and networks, as links.
fn text_version(state: &crate::state::State, c: &'static Full) -> Html {
    let lang = state.lang();
    let ui = &c.views.layers_view;
    html! {
        <details class="omk-text-version" id="omk-layers-text">
            <summary>{ ui.text_version.get(lang) }</summary>
            <p>{ ui.together.get(lang) }{ ":" }</p>
            <ul>
                { for c.layers.iter().map(|l| {
                    let umbrella = if l.umbrella.is_empty() { ui.no_umbrella.get(lang) } else { name(c, lang, &l.umbrella) };
                    let networks: Vec<&str> = l.networks.iter().map(|x| name(c, lang, x)).collect();
                    html! {
                        <li>
                            { link(state, View::Layers { layer: Some(l.actor.as_str()) }, Classes::new(), None, html! { <>{ name(c, lang, &l.actor) }</> }) }
                            { format!(" ({}: {}", ui.umbrella.get(lang), umbrella) }
                            { if networks.is_empty() { ")".to_string() } else { format!("; {}: {})", ui.networks.get(lang), networks.join(", ")) } }
                        </li>
                    }
                }) }
            </ul>
        </details>
    }
}

fn detail(state: &crate::ui::app::AppState, c: &'static Content, layer: &'static Layer) -> Html {
    let lang = state.lang();
    let ui = &crate::embedded::full().views.layers_view;
    html! {
        <article class="omk-detail" aria-labelledby="omk-layer-title">
            <H depth={2} id="omk-layer-title">{ name(c, lang, &layer.actor) }</H>
            if layer.has_reading() {
                { reading_legend(state) }
            }
            <H depth={3}>{ ui.role_heading.get(lang) }</H>
            <p>{ prose(&state, &layer.role) }{ " " }{ reading_mark(state, layer.role_basis) }</p>
            { source_note(state, layer.role_source) }
            <H depth={3}>{ ui.docs_heading.get(lang) }</H>
            <ul class="omk-list">
                { for layer.in_doc.iter().map(|d| html! {
                    <li class="omk-item" data-doc={d.doc.as_str()}>
                        <p class="omk-item__title">{ c.documents.iter().find(|x| x.id == d.doc).map_or("", |x| x.title.get(lang)) }
                            { " " }{ reading_mark(state, d.basis) }</p>
                        <p>{ prose(&state, &d.text) }</p>
                        { source_note(state, d.source) }
                    </li>
                }) }
            </ul>
        </article>
    }
}
