//! The themes slide and a theme's slide: the themes diagram (with the theme lit), as large as its room allows at the
//! slide's font (`Ring::fit`), beside the theme's source and what the other texts link to it (by
//! document; marked as our reading, as the links are); the themes slide has what the strategy
//! says of its themes in general.

use crate::diagram::geometry::svg_number as n;
use crate::diagram::ring::Ring;
use crate::ui::app::use_app;
use crate::ui::components::source::{reading_mark, source_note};
use crate::ui::components::svg::{self, Align};
use crate::web::size::{use_size, Size};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ThemeSlideProps {
    /// The theme lit; none: the themes slide, with what the strategy says of its themes.
    pub theme: Option<&'static str>,
}

#[function_component]
pub fn ThemeSlide(props: &ThemeSlideProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let node = use_node_ref();
    let size = use_size(node.clone(), Size { width: 800.0, height: 500.0, font: 24.0 });
    let font = size.font.max(20.0);
    let center = c.views.explore.ring_center.get(lang);
    let labels: Vec<&'static str> = c.themes.iter().map(|t| t.name.get(lang)).collect();
    let key = (size.width.round() as i32, size.height.round() as i32, (font * 10.0).round() as i32);
    let least = crate::present::least_text(font);
    let ring = use_memo((key, labels), move |((w, h, f), labels)| Ring::fit(*w as f32, *h as f32, *f as f32 / 10.0, least, center, labels));
    let lines = |lines: &[String], rect| svg::lines(lines, rect, ring.line_height, Align::Middle);
    let theme = props.theme.and_then(|id| c.themes.iter().find(|t| t.id == id));
    let title = c.views.explore.ring_title.get(lang);
    let label = theme.map_or_else(|| title.to_string(), |t| format!("{title}: {}", t.name.get(lang)));
    let notes = theme.and_then(|t| crate::present::notes::theme(c, t.id.as_str()));
    let t = &c.views.present_view;
    html! {
        <div class="omk-slide__theme">
            <div class="omk-slide__ring" ref={node}>
                <svg class="omk-svg omk-ring" viewBox={format!("0 0 {} {}", n(ring.width), n(ring.height))} role="img"
                    aria-label={label}>
                    { crate::ui::views::ring_diagram::hub(&ring) }
                    { for c.themes.iter().zip(&ring.nodes).map(|(theme, node)| {
                        let r = node.rect;
                        html! {
                            <g class={classes!("omk-ring__theme", (Some(theme.id.as_str()) == props.theme).then_some("omk-ring__theme--current"))} data-theme={theme.id.as_str()}>
                                <rect class="omk-ring__box" x={n(r.x)} y={n(r.y)} width={n(r.w)} height={n(r.h)} rx="6" />
                                { lines(&node.lines, r) }
                            </g>
                        }
                    }) }
                </svg>
            </div>
            <div class="omk-slide__side">
                if let Some(theme) = theme {
                    { source_note(&state, theme.source) }
                } else {
                    <p class="omk-slide__text">{ c.themes_about.text.plain(lang) }</p>
                    { source_note(&state, c.themes_about.source) }
                }
                if let Some(notes) = notes.filter(|n| !n.linked.is_empty()) {
                    <p class="omk-slide__step">{ t.linked_heading.get(lang) }{ " " }{ reading_mark(&state, crate::content::Basis::Reading) }</p>
                    <ul class="omk-slide__links">
                        { for notes.linked.iter().map(|(doc, topics)| html! {
                            <li><strong>{ doc.title.get(lang) }</strong>{ ": " }{ topics.iter().map(|t| t.name.plain(lang)).collect::<Vec<_>>().join(" · ") }</li>
                        }) }
                    </ul>
                }
            </div>
        </div>
    }
}
