//! The themes diagram: the omkering in the middle, the five themes around it. Each theme is a
//! link (by mouse, touch and keyboard) to its page; a text version lists the same.

use crate::content::Content;
use crate::diagram::geometry::{svg_number as n, svg_points};
use crate::diagram::ring::Ring;
use crate::diagram::FONT;
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::link::{link, target};
use crate::ui::components::svg::{self, Align};
use crate::web::size::use_width;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RingProps {
    pub theme: Option<&'static str>,
}

#[function_component]
pub fn ThemeRing(props: &RingProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c: &'static Content = crate::embedded::full();
    let ui = &c.ui.explore;
    let container = use_node_ref();
    let width = use_width(container.clone(), 640.0);
    let ring = use_memo((width.round() as i32, lang), move |(w, lang)| {
        let labels: Vec<&str> = c.themes.iter().map(|t| t.name.get(*lang)).collect();
        Ring::new(*w as f32, FONT, c.ui.explore.ring_center.get(*lang), &labels)
    });
    let lines = |lines: &[String], rect| svg::lines(lines, rect, ring.line_height, Align::Middle);
    let nodes = c.themes.iter().zip(&ring.nodes).map(|(t, node)| {
        let view = View::Themes { theme: Some(t.id.as_str()) };
        let current = props.theme == Some(t.id.as_str());
        let (href, route) = target(&state, view);
        let r = node.rect;
        html! {
            <a {href} class={classes!("omk-ring__theme", current.then_some("omk-ring__theme--current"))}
                aria-current={current.then_some("page")} data-theme={t.id.as_str()} data-omk-route={route}>
                <rect class="omk-focus-ring" x={n(r.x - 4.0)} y={n(r.y - 4.0)} width={n(r.w + 8.0)} height={n(r.h + 8.0)} rx="8" />
                <rect class="omk-ring__box" x={n(r.x)} y={n(r.y)} width={n(r.w)} height={n(r.h)} rx="6" />
                { lines(&node.lines, r) }
            </a>
        }
    });
    html! {
        <div class="omk-ring">
            <p class="omk-note">{ ui.ring_hint.get(lang) }</p>
            <div class="omk-ring__canvas" ref={container}>
                <svg class="omk-svg" width={n(ring.width)} height={n(ring.height)} role="group" aria-labelledby="omk-ring-title"
                    viewBox={format!("0 0 {} {}", n(ring.width), n(ring.height))}>
                    <title id="omk-ring-title">{ ui.ring_title.get(lang) }</title>
                    <g class="omk-ring__spokes" aria-hidden="true">
                        { for ring.spokes.iter().map(|s| html! { <polyline points={svg_points(s)} /> }) }
                    </g>
                    <g class="omk-ring__center" aria-hidden="true">
                        <rect x={n(ring.center.rect.x)} y={n(ring.center.rect.y)} width={n(ring.center.rect.w)} height={n(ring.center.rect.h)} rx="24" />
                        { lines(&ring.center.lines, ring.center.rect) }
                    </g>
                    { for nodes }
                </svg>
            </div>
            <details class="omk-text-version">
                <summary>{ ui.text_version.get(lang) }</summary>
                <p>{ ui.ring_text.get(lang) }</p>
                <ul>
                    { for c.themes.iter().map(|t| html! {
                        <li>{ link(&state, View::Themes { theme: Some(t.id.as_str()) }, Classes::new(), None, html! { <>{ t.name.get(lang) }</> }) }</li>
                    }) }
                </ul>
            </details>
        </div>
    }
}
