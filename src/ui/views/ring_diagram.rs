//! A ring diagram: a middle box and items around it (a column under it in narrow containers),
//! each item a link (by mouse, touch and keyboard) to its view; a text version lists the same.
//! The themes view and the development points view draw their diagrams with it.

use crate::diagram::geometry::{svg_number as n, svg_points};
use crate::diagram::ring::Ring;
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::link::{link, target};
use crate::ui::components::svg::{self, Align};
use crate::web::size::use_text_box;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub struct RingItem {
    pub id: &'static str,
    pub label: &'static str,
    pub view: View,
}

#[derive(Properties, PartialEq)]
pub struct RingDiagramProps {
    pub items: Vec<RingItem>,
    pub current: Option<&'static str>,
    pub center: &'static str,
    pub title: &'static str,
    pub hint: &'static str,
    pub text_version: &'static str,
    /// The text version's introduction.
    #[prop_or_default]
    pub text: Option<&'static str>,
    /// The name of the items' data attribute (`data-theme`, `data-point`), for tests and styles.
    pub kind: &'static str,
}

#[function_component]
pub fn RingDiagram(props: &RingDiagramProps) -> Html {
    let state = use_app();
    let container = use_node_ref();
    // Measured in the type the labels are drawn in (they take the container's font size), so the
    // boxes grow with the visitor's text size and spacing (WCAG 1.4.4, 1.4.12).
    let text = use_text_box(container.clone(), 640.0);
    let labels: Vec<&'static str> = props.items.iter().map(|i| i.label).collect();
    let ring = use_memo((text.key(), props.center, labels), move |(_, center, labels)| Ring::new(text.width, text.font(text.font), center, labels));
    let lines = |lines: &[String], rect| svg::lines(lines, rect, ring.line_height, Align::Middle);
    let title_id = format!("omk-ring-title-{}", props.kind);
    let nodes = props.items.iter().zip(&ring.nodes).map(|(item, node)| {
        let current = props.current == Some(item.id);
        let (href, route) = target(&state, item.view);
        let r = node.rect;
        let (theme, point) = if props.kind == "theme" { (Some(item.id), None) } else { (None, Some(item.id)) };
        html! {
            <a {href} class={classes!("omk-ring__theme", current.then_some("omk-ring__theme--current"))}
                aria-current={current.then_some("page")} data-theme={theme} data-point={point} data-omk-route={route}>
                <rect class="omk-focus-ring" x={n(r.x - 4.0)} y={n(r.y - 4.0)} width={n(r.w + 8.0)} height={n(r.h + 8.0)} rx="8" />
                <rect class="omk-ring__box" x={n(r.x)} y={n(r.y)} width={n(r.w)} height={n(r.h)} rx="6" />
                { lines(&node.lines, r) }
            </a>
        }
    });
    html! {
        <div class="omk-ring">
            <p class="omk-note omk-instruction">{ props.hint }</p>
            <div class="omk-ring__canvas" ref={container}>
                <svg class="omk-svg" width={n(ring.width)} height={n(ring.height)} role="group" aria-labelledby={title_id.clone()}
                    aria-details={format!("{title_id}-text")}
                    viewBox={format!("0 0 {} {}", n(ring.width), n(ring.height))}>
                    <title id={title_id.clone()}>{ props.title }</title>
                    { hub(&ring) }
                    { for nodes }
                </svg>
            </div>
            <details class="omk-text-version" id={format!("{title_id}-text")}>
                <summary>{ props.text_version }</summary>
                if let Some(text) = props.text {
                    <p>{ text }</p>
                }
                <ul>
                    { for props.items.iter().map(|i| html! {
                        <li>{ link(&state, i.view, Classes::new(), (props.current == Some(i.id)).then_some("page"), html! { <>{ i.label }</> }) }</li>
                    }) }
                </ul>
            </details>
        </div>
    }
}

/// The ring's spokes and its centre, drawn the same in the view and on the presentation's
/// slides (hidden from screen readers: the centre's words are the diagram's name).
pub(crate) fn hub(ring: &Ring) -> Html {
    html! {
        <>
            <g class="omk-ring__spokes" aria-hidden="true">
                { for ring.spokes.iter().map(|s| html! { <polyline points={svg_points(s)} /> }) }
            </g>
            <g class="omk-ring__center" aria-hidden="true">
                <rect x={n(ring.center.rect.x)} y={n(ring.center.rect.y)} width={n(ring.center.rect.w)} height={n(ring.center.rect.h)} rx="24" />
                { svg::lines(&ring.center.lines, ring.center.rect, ring.line_height, Align::Middle) }
            </g>
        </>
    }
}
