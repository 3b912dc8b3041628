//! The radar of the groups: per shown group the mean as a polygon and the lowest-to-highest
//! scores as a band, in the group's colour and dash pattern; the choice of groups with their
//! legend; and the same numbers as a table (the chart's text alternative, and the handout's).

use super::{points, Handle};
use crate::assessment::workshop::Action;
use crate::content::{fill, Lang};
use crate::diagram::geometry::{svg_number as n, svg_points};
use crate::diagram::radar::{letter, Radar};
use crate::diagram::radar_chart::{band, decimal, mean, style};
use crate::diagram::FONT;
use crate::ui::app::use_app;
use crate::ui::components::heading::H;
use crate::web::size::use_width;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub model: Handle,
    /// On a slide: the labels at the slide's font size, no heading, no group choice, and the
    /// table for screen readers only.
    #[prop_or_default]
    pub slide: Option<f32>,
}

#[function_component]
pub fn Chart(props: &ChartProps) -> Html {
    let lang = use_app().lang();
    let c = crate::embedded::full();
    let t = &c.views.assessment_view;
    let container = use_node_ref();
    let width = use_width(container.clone(), 640.0);
    let labels: Vec<&'static str> = c.development_points.iter().map(|p| p.name.get(lang)).collect();
    let font = props.slide.unwrap_or(FONT);
    let radar = use_memo((width.round() as i32, (font * 10.0) as i32, labels.clone()), move |(w, _, labels)| Radar::new(*w as f32, font, labels));
    let w = &props.model.w;
    let points = points();
    let scored: Vec<(usize, &crate::assessment::Group)> = w.scored().collect();
    let series = w.shown().map(|(i, g)| {
        let stats = g.stats(&points);
        let (colour, dash) = style(i);
        html! {
            <g class="omk-radar__series" data-group={g.name.clone()}>
                <path class="omk-radar__band" d={band(&radar, &stats)} fill={colour} fill-rule="evenodd" />
                <polygon class="omk-radar__mean" points={svg_points(&mean(&radar, &stats))} stroke={colour} stroke-dasharray={dash} />
            </g>
        }
    });
    let label_lines = radar.label_lines().map(|(at, line)| html! {
        <text x={n(at.x)} y={n(at.y)} text-anchor="middle">{ line.to_string() }</text>
    });
    html! {
        <div class={classes!("omk-assessment__chart", props.slide.is_some().then_some("omk-assessment__chart--slide"))}>
            if props.slide.is_none() {
                <H depth={2}>{ t.chart_heading.get(lang) }</H>
            }
            if scored.is_empty() {
                <p class="omk-note">{ t.no_scores.get(lang) }</p>
            }
            <figure class="omk-radar">
                <div class="omk-radar__canvas" ref={container}>
                    <svg class="omk-svg omk-radar__svg" width={n(radar.width)} height={n(radar.height)} viewBox={format!("0 0 {} {}", n(radar.width), n(radar.height))}
                        role="img" aria-labelledby="omk-radar-title">
                        <title id="omk-radar-title">{ t.chart_title.get(lang) }</title>
                        <g class="omk-radar__grid">
                            { for (1..=crate::assessment::MAX_SCORE).map(|s| html! { <polygon points={svg_points(&radar.ring(s))} /> }) }
                            { for (0..radar.directions.len()).map(|i| {
                                let (a, b) = (radar.center, radar.point(i, 5.0));
                                html! { <line x1={n(a.x)} y1={n(a.y)} x2={n(b.x)} y2={n(b.y)} /> }
                            }) }
                        </g>
                        { for series }
                        <g class="omk-radar__labels">{ for label_lines }</g>
                    </svg>
                </div>
                if radar.numbered {
                    // The key of the lettered axes.
                    <ul class="omk-radar__names">{ for labels.iter().enumerate().map(|(i, l)| html! {
                        <li><span class="omk-radar__letter">{ letter(i) }</span>{ " " }{ *l }</li>
                    }) }</ul>
                }
                <figcaption class="omk-note">{ t.chart_key.get(lang) }</figcaption>
            </figure>
            // The groups' legend: on the slide, and on paper (on screen the choice of groups
            // below is the legend).
            if !scored.is_empty() {
                <ul class={classes!("omk-radar__key", props.slide.is_none().then_some("omk-print-only"))}>
                    { for w.shown().map(|(i, g)| {
                        let (colour, dash) = style(i);
                        html! {
                            <li>
                                { swatch(colour, dash) }
                                { g.name.clone() }
                            </li>
                        }
                    }) }
                </ul>
            }
            if props.slide.is_some() && !scored.is_empty() {
                <div class="omk-visually-hidden">{ table(&scored, &points, lang, false) }</div>
            }
            if props.slide.is_none() && !scored.is_empty() {
                <fieldset class="omk-legend-choice omk-no-print">
                    <legend>{ t.show_heading.get(lang) }</legend>
                    { for scored.iter().map(|(i, g)| {
                        let (colour, dash) = style(*i);
                        let id = format!("omk-show-{i}");
                        let model = props.model.clone();
                        let index = *i;
                        let onchange = Callback::from(move |_: Event| model.dispatch(Action::ToggleGroup(index)));
                        html! {
                            <span class="omk-legend-choice__item">
                                <input type="checkbox" id={id.clone()} checked={!w.hidden.contains(&g.name)} {onchange} data-group={g.name.clone()} />
                                <label for={id}>
                                    { swatch(colour, dash) }
                                    { g.name.clone() }
                                </label>
                            </span>
                        }
                    }) }
                </fieldset>
                { table(&scored, &points, lang, true) }
            }
        </div>
    }
}

/// A group's line in its colour and dash pattern, for the legend.
fn swatch(colour: &'static str, dash: &'static str) -> Html {
    html! {
        <svg class="omk-legend-choice__swatch" width="40" height="12" viewBox="0 0 40 12" aria-hidden="true" focusable="false">
            <line x1="2" y1="6" x2="38" y2="6" stroke={colour} stroke-dasharray={dash} />
        </svg>
    }
}

/// The means, ranges and counts per point and group; `scrolls` in a focusable region (on the
/// page), else plain (for screen readers on a slide).
fn table(groups: &[(usize, &crate::assessment::Group)], points: &[&str], lang: Lang, scrolls: bool) -> Html {
    let c = crate::embedded::full();
    let t = &c.views.assessment_view;
    let stats: Vec<_> = groups.iter().map(|(_, g)| g.stats(points)).collect();
    html! {
        <div class="omk-matrix__scroll" role={scrolls.then_some("region")} aria-labelledby={scrolls.then_some("omk-results-caption")} tabindex={scrolls.then_some("0")}>
            <table class="omk-matrix omk-results">
                <caption id="omk-results-caption">{ t.table_caption.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.table_point.get(lang) }</th>
                        { for groups.iter().map(|(_, g)| html! { <th scope="col">{ g.name.clone() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for c.development_points.iter().enumerate().map(|(i, p)| html! {
                        <tr data-point={p.id.as_str()}>
                            <th scope="row">{ format!("{}. {}", letter(i), p.name.get(lang)) }</th>
                            { for stats.iter().map(|s| html! {
                                <td>{ match s[i] {
                                    Some(s) => fill(t.table_cell.get(lang), &[
                                        ("mean", &decimal(s.mean, lang == Lang::Nl)),
                                        ("min", &s.min.to_string()),
                                        ("max", &s.max.to_string()),
                                        ("n", &s.n.to_string()),
                                    ]),
                                    None => t.table_none.get(lang).to_string(),
                                } }</td>
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
