//! The omkering view: classic medebewind against the omkering, who does what in each, the
//! steps, and the conditions the omkering needs.

use crate::content::{fill, Mode, Str};
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::{
    heading::H,
    link::RouteLink,
    source::{ReadingMark, SourceNote},
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OmkeringProps {
    pub mode: Option<&'static str>,
    pub step: Option<usize>,
}

#[function_component]
pub fn OmkeringView(props: &OmkeringProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let ui = &c.ui;
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ ui.omkering.title.get(lang) }</H>
            <p class="omk-lead">{ ui.omkering.intro.get(lang) }</p>
            <H depth={2}>{ ui.modes_heading.get(lang) }</H>
            <div class="omk-modes">
                { for c.modes.iter().map(|m| html! {
                    <ModePanel mode={*m} current={props.mode == Some(m.id.as_str())} step={props.step} />
                }) }
            </div>
            <H depth={2}>{ ui.conditions_heading.get(lang) }</H>
            <ul class="omk-list">
                { for c.conditions.iter().map(|cond| html! {
                    <li class="omk-item">
                        <H depth={3} class="omk-item__title">{ cond.name.get(lang) }</H>
                        <p>{ cond.text.get(lang) }</p>
                        <SourceNote source={cond.source} />
                    </li>
                }) }
            </ul>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ModeProps {
    mode: Mode,
    current: bool,
    step: Option<usize>,
}

#[function_component]
fn ModePanel(props: &ModeProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let ui = &c.ui;
    let m = &props.mode;
    let actor_name = |id: Str| c.actors.iter().find(|a| a.id == id).map_or(id.as_str(), |a| a.name.get(lang));
    let total = m.steps.len().to_string();
    let class = classes!("omk-mode", props.current.then_some("omk-mode--current"));
    html! {
        <article {class} aria-labelledby={format!("omk-mode-{}", m.id)}>
            <H depth={3} id={format!("omk-mode-{}", m.id)}>
                <RouteLink to={View::Omkering { mode: Some(m.id.as_str()), step: None }}>{ m.name.get(lang) }</RouteLink>
                { " " }<ReadingMark basis={m.basis} />
            </H>
            <p>{ m.summary.get(lang) }</p>
            <SourceNote source={m.source} />
            <H depth={4}>{ ui.roles_heading.get(lang) }</H>
            <dl class="omk-roles">
                { for m.roles.iter().map(|r| html! {
                    <div class="omk-roles__row">
                        <dt>{ actor_name(r.actor) }</dt>
                        <dd>{ r.text.get(lang) }{ " " }<ReadingMark basis={r.basis} /></dd>
                    </div>
                }) }
            </dl>
            <H depth={4}>{ ui.steps_heading.get(lang) }</H>
            <ol class="omk-steps">
                { for m.steps.iter().enumerate().map(|(i, s)| {
                    let selected = props.current && props.step == Some(i);
                    let label = fill(ui.step_label.get(lang), &[("n", &(i + 1).to_string()), ("total", &total)]);
                    html! {
                        <li class={classes!("omk-step", selected.then_some("omk-step--current"))}>
                            <p class="omk-step__number">
                                <RouteLink to={View::Omkering { mode: Some(m.id.as_str()), step: Some(i) }}
                                    current={selected.then_some("step")}>{ label }</RouteLink>
                            </p>
                            <p class="omk-step__title">{ s.title.get(lang) }{ " " }<ReadingMark basis={s.basis} /></p>
                            <p>{ s.text.get(lang) }</p>
                            if !s.flows.is_empty() {
                                <ul class="omk-flows" aria-label={ui.flows_label.get(lang)}>
                                    { for s.flows.iter().map(|f| html! {
                                        <li>
                                            { actor_name(f.from) }{ " → " }{ actor_name(f.to) }{ ": " }
                                            { f.label.get(lang) }{ " " }<ReadingMark basis={f.basis} />
                                        </li>
                                    }) }
                                </ul>
                            }
                            <SourceNote source={s.source} />
                        </li>
                    }
                }) }
            </ol>
        </article>
    }
}
