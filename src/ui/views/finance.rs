//! Tasks against means: the resolution's financial asks beside a balance. Each ask is a real
//! checkbox; switching it on changes the route (so a view can be shared), the drawing and the
//! words under it. The texts give no amounts, so the drawing counts no money (diagram/balance.rs).

use crate::content::{Basis, Pan as AskPan};
use crate::diagram::balance::{load, Balance};
use crate::diagram::geometry::{svg_number as n, svg_points, Point, Rect};
use crate::route::View;
use crate::state::Action;
use crate::ui::app::use_app;
use crate::ui::components::{
    heading::H,
    source::{reading_legend, reading_mark, source_note},
};
use crate::web::size::use_width;
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FinanceProps {
    pub on: u8,
}

#[function_component]
pub fn FinanceView(props: &FinanceProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.finance_view;
    let on = props.on;
    let load = load(c, on);
    let container = use_node_ref();
    let width = use_width(container.clone(), 640.0);
    let b = Balance::new(width, load);
    let rect = |r: &Rect, class: &'static str| html! {
        <rect {class} x={n(r.x)} y={n(r.y)} width={n(r.w)} height={n(r.h)} />
    };
    let pan = |p: &crate::diagram::balance::Pan, label: &str, general: bool| {
        let t = p.tray;
        html! {
            <g class="omk-balance__pan">
                <polyline class="omk-balance__string" points={svg_points(&[Point::new(t.x, t.y), p.hook, Point::new(t.right(), t.y)])} />
                { rect(&t, "omk-balance__tray") }
                { for p.blocks.iter().map(|r| rect(r, if general { "omk-balance__block omk-balance__block--general" } else { "omk-balance__block" })) }
                <text x={n(t.x + t.w / 2.0)} y={n(t.bottom() + 18.0)} text-anchor="middle">{ label.to_string() }</text>
            </g>
        }
    };
    // The picture never tips past level (diagram::balance).
    let state_text = if b.tilt > 0.0 { ui.tasks_heavier.get(lang) } else { ui.level.get(lang) };
    let asks = c.asks.iter().enumerate().take(8).map(|(i, ask)| {
        let checked = on & (1 << i) != 0;
        let topic = crate::explore::topics(c).find(|t| t.id == ask.topic);
        let id = format!("omk-ask-{i}");
        let onchange = {
            let state = state.clone();
            Callback::from(move |_: Event| state.dispatch(Action::Navigate(View::Finance { on: on ^ (1 << i) })))
        };
        let what = match ask.pan {
            AskPan::Means => &ui.pan_means,
            AskPan::Tasks => &ui.pan_tasks,
            AskPan::Both => &ui.pan_both,
            AskPan::How => &ui.pan_how,
        };
        html! {
            <li class={classes!("omk-item", checked.then_some("omk-item--current"))} data-ask={ask.topic.as_str()}>
                <input type="checkbox" id={id.clone()} {checked} {onchange} />
                { " " }<label for={id}>{ topic.map_or("", |t| t.name.plain(lang)) }</label>
                if checked {
                    <p>{ what.get(lang) }{ " " }{ reading_mark(&state, ask.pan_basis) }</p>
                    <p>{ prose(&state, &ask.effect) }{ " " }{ reading_mark(&state, ask.effect_basis) }</p>
                    { source_note(&state, ask.source) }
                }
            </li>
        }
    });
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.finance.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.finance.intro) }</p>
            <div class="omk-balance">
                <div class="omk-balance__canvas" ref={container}>
                    <svg class="omk-svg" width={n(b.width)} height={n(b.height)} role="img" aria-labelledby="omk-balance-title omk-balance-state"
                        viewBox={format!("0 0 {} {}", n(b.width), n(b.height))} data-tilt={n(b.tilt)}>
                        <title id="omk-balance-title">{ ui.diagram_title.get(lang) }</title>
                        <polygon class="omk-balance__stand" points={svg_points(&b.stand)} />
                        <line class="omk-balance__beam" x1={n(b.beam.0.x)} y1={n(b.beam.0.y)} x2={n(b.beam.1.x)} y2={n(b.beam.1.y)} />
                        { pan(&b.tasks, ui.tasks.get(lang), false) }
                        { pan(&b.means, ui.means.get(lang), load.how) }
                    </svg>
                </div>
                <p class="omk-balance__state" id="omk-balance-state" role="status">
                    { state_text }
                    if load.how { { " " }{ prose(&state, &ui.how) } }
                </p>
                { reading_legend(&state) }
                <p class="omk-note">{ ui.drawing_reading.get(lang) }{ " " }{ reading_mark(&state, Basis::Reading) }</p>
            </div>
            <H depth={2}>{ ui.asks_heading.get(lang) }</H>
            <ul class="omk-list omk-asks">{ for asks }</ul>
            <H depth={2}>{ ui.start_heading.get(lang) }</H>
            <p>{ prose(&state, &c.balance.start) }{ " " }{ reading_mark(&state, c.balance.start_basis) }</p>
            { source_note(&state, c.balance.source) }
        </section>
    }
}
