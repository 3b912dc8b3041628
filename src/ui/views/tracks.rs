//! The three tracks of the joint preparation for the 2021 cabinet period: each track's items,
//! joined to the omkering themes they fit (solid where a text says so, dashed where it is our
//! reading). Choosing a track lights its items and lines and lists them with their notes.

use crate::explore::{track_joins, tracks};
use crate::diagram::geometry::{svg_number as n, svg_points};
use crate::diagram::tracks::Tracks;
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
pub struct TracksProps {
    pub track: Option<&'static str>,
}

#[function_component]
pub fn TracksView(props: &TracksProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.tracks_view;
    let container = use_node_ref();
    // Measured in the type the names are drawn in (the container's), so the boxes grow with the
    // visitor's text size and spacing (WCAG 1.4.4, 1.4.12).
    let text = use_text_box(container.clone(), 640.0);
    let data = tracks(c);
    let joins = track_joins(c, &data);
    let links: Vec<(usize, usize, usize)> = joins.iter().map(|j| (j.track, j.item, j.theme)).collect();
    let groups: Vec<(&str, Vec<&str>)> = data.iter().map(|(t, items)| (t.name.plain(lang), items.iter().map(|(x, _)| x.name.plain(lang)).collect())).collect();
    let themes: Vec<&str> = c.themes.iter().map(|t| t.name.get(lang)).collect();
    let d = Tracks::new(text.width, text.font(text.font), &groups, &themes, &links);
    let text = |lines: &[String], r| svg::lines(lines, r, d.line_height, Align::Start);
    let current = |g: usize| props.track.is_some_and(|id| data.get(g).is_some_and(|(t, _)| t.id == id));
    let selected = props.track.and_then(|id| data.iter().find(|(t, _)| t.id == id));
    let chosen = use_node_ref();
    crate::web::reveal::use_reveal(View::Tracks { track: props.track }, selected.is_some(), state.away_from_start(), chosen.clone());
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.tracks.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.tracks.intro) }</p>
            <p class="omk-note omk-instruction">{ ui.hint.get(lang) }</p>
            { reading_legend(&state) }
            <div class="omk-tracks__canvas" ref={container}>
                <svg class="omk-svg" width={n(d.width)} height={n(d.height)} role="group" aria-labelledby="omk-tracks-title" aria-details="omk-tracks-text"
                    viewBox={format!("0 0 {} {}", n(d.width), n(d.height))}>
                    <title id="omk-tracks-title">{ ui.diagram_title.get(lang) }</title>
                    <g class="omk-tracks__lines" aria-hidden="true">
                        { for d.lines.iter().map(|(g, i, t, points)| {
                            let reading = joins.iter().find(|j| (j.track, j.item, j.theme) == (*g, *i, *t)).is_some_and(|j| j.reading);
                            html! { <polyline class={classes!("omk-tracks__line", reading.then_some("omk-tracks__line--reading"), current(*g).then_some("omk-tracks__line--lit"))} points={svg_points(points)} /> }
                        }) }
                    </g>
                    { for d.groups.iter().enumerate().map(|(g, group)| {
                        let (href, route) = target(&state, View::Tracks { track: Some(data[g].0.id.as_str()) });
                        // The whole group takes the click, also between its boxes.
                        let area = group.area();
                        html! {
                            <a {href} data-omk-route={route} class={classes!("omk-tracks__group", current(g).then_some("omk-tracks__group--current"))}
                                aria-current={current(g).then_some("page")} data-track={data[g].0.id.as_str()}>
                                <rect class="omk-tracks__area" x={n(area.x)} y={n(area.y)} width={n(area.w)} height={n(area.h)} />
                                <rect class="omk-focus-ring" x={n(group.header.rect.x - 3.0)} y={n(group.header.rect.y - 3.0)}
                                    width={n(group.header.rect.w + 6.0)} height={n(group.header.rect.h + 6.0)} rx="6" />
                                <rect class="omk-tracks__header" x={n(group.header.rect.x)} y={n(group.header.rect.y)} width={n(group.header.rect.w)} height={n(group.header.rect.h)} rx="4" />
                                { text(&group.header.lines, group.header.rect) }
                                { for group.items.iter().map(|it| html! { <g class="omk-tracks__item">
                                    <rect x={n(it.rect.x)} y={n(it.rect.y)} width={n(it.rect.w)} height={n(it.rect.h)} rx="4" />
                                    { text(&it.lines, it.rect) }
                                </g> }) }
                            </a>
                        }
                    }) }
                    <g class="omk-tracks__themes" aria-hidden="true">
                        { for d.themes.iter().map(|(_, l)| html! { <g>
                            <rect x={n(l.rect.x)} y={n(l.rect.y)} width={n(l.rect.w)} height={n(l.rect.h)} rx="12" />
                            { text(&l.lines, l.rect) }
                        </g> }) }
                    </g>
                </svg>
            </div>
            <details class="omk-text-version" id="omk-tracks-text">
                <summary>{ ui.text_version.get(lang) }</summary>
                <ul>
                    { for data.iter().map(|(t, items)| html! {
                        <li>
                            { link(&state, View::Tracks { track: Some(t.id.as_str()) }, Classes::new(), None, html! { <>{ t.name.plain(lang) }</> }) }
                            <ul>
                                { for items.iter().map(|(x, rels)| html! {
                                    <li>{ prose(&state, &x.name) }{ ": " }
                                        if rels.is_empty() { { ui.no_theme.get(lang) } }
                                        { for rels.iter().map(|r| html! { <>{ c.theme(&r.theme).map_or("", |th| th.name.get(lang)) }{ " " }{ reading_mark(&state, r.basis) }{ " " }</> }) }
                                    </li>
                                }) }
                            </ul>
                        </li>
                    }) }
                </ul>
            </details>
            if let Some((track, items)) = selected {
                <article class="omk-detail" aria-labelledby="omk-track-title" ref={chosen}>
                    <H depth={2} id="omk-track-title">{ track.name.plain(lang) }</H>
                    { for track.text.as_ref().map(|text| html! { <p>{ prose(&state, text) }</p> }) }
                    { source_note(&state, track.source) }
                    <H depth={3}>{ ui.items_heading.get(lang) }</H>
                    <ul class="omk-list">
                        { for items.iter().map(|(x, rels)| html! {
                            <li class="omk-item" data-topic={x.id.as_str()}>
                                <p class="omk-item__title">{ prose(&state, &x.name) }</p>
                                if rels.is_empty() { <p>{ ui.no_theme.get(lang) }</p> }
                                { for rels.iter().map(|r| html! {
                                    <p>{ c.theme(&r.theme).map_or("", |th| th.name.get(lang)) }{ ": " }{ prose(&state, &r.note) }{ " " }{ reading_mark(&state, r.basis) }</p>
                                }) }
                                { source_note(&state, x.source) }
                            </li>
                        }) }
                    </ul>
                </article>
            }
        </section>
    }
}
