//! The facilitator's guide of a session (`/guide`, with the session as in `/session`), made for
//! A4 through the browser's print: the session and its total, the plan (slides in order with
//! their minutes and the minute each starts), then per slide one block that never breaks across
//! pages: its time window, what the slide shows, and the presenter's notes (what to say,
//! questions, background and the terms with their explanations), from the same data as the
//! presenter view (`present::notes`).

use super::present::notes::notes;
use super::print::print_control;
use crate::content::fill;
use crate::present::deck::{listed_title, plan, Deck};
use crate::present::timing;
use crate::present::session::Session;
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::{heading::H, link::link, prose::prose};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct GuideProps {
    pub session: Session,
}

#[function_component]
pub fn GuideView(props: &GuideProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.print_view;
    let s = &c.views.session_view;
    let session = props.session;
    let deck = Deck::new(c, session);
    let minutes = plan(c, &deck);
    let (starts, total) = (timing::starts(&minutes), timing::total(&minutes));
    let name = session.preset_index(c).and_then(|i| c.session_names.get(i)).map_or(s.own_choice.get(lang), |n| n.get(lang));
    let view = View::Guide { session };
    html! {
        <section class="omk-section omk-guide" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.guide.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.guide.intro) }</p>
            <p class="omk-guide__session" data-guide="session">
                { fill(t.session.get(lang), &[("name", name)]) }{ " · " }
                { fill(s.total.get(lang), &[("min", &total.to_string()), ("n", &deck.len().to_string())]) }
            </p>
            { print_control(&state, view) }
            <p class="omk-no-print">{ link(&state, View::Session { session }, classes!(), None, html! { { c.ui.session.title.get(lang) } }) }</p>
            <table class="omk-guide__plan" data-guide="plan">
                <caption>{ t.plan_heading.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t.plan_number.get(lang) }</th>
                        <th scope="col">{ t.plan_slide.get(lang) }</th>
                        <th scope="col">{ t.plan_minutes.get(lang) }</th>
                        <th scope="col">{ t.plan_from.get(lang) }</th>
                    </tr>
                </thead>
                <tbody>
                    { for deck.slides.iter().enumerate().map(|(i, slide)| html! {
                        <tr>
                            <td>{ i + 1 }</td>
                            <th scope="row">{ listed_title(c, slide.index, lang) }</th>
                            <td>{ minutes[i] }</td>
                            <td>{ starts[i] }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
            { for deck.slides.iter().enumerate().map(|(i, slide)| {
                let (Some(s), Some(texts)) = (c.tour.slides.get(slide.index), c.slide(slide.index)) else { return Html::default() };
                let id = format!("omk-guide-{i}");
                let window = fill(t.window.get(lang), &[("from", &starts[i].to_string()), ("to", &(starts[i] + u32::from(minutes[i])).to_string())]);
                html! {
                    <article class="omk-guide__slide" aria-labelledby={id.clone()} data-slide={s.id.as_str()}>
                        <H depth={2} id={id.clone()}>{ format!("{}. {}", i + 1, listed_title(c, slide.index, lang)) }</H>
                        <p class="omk-guide__window">{ window }</p>
                        if let Some(text) = texts.text.as_ref() {
                            <p><strong>{ t.on_slide.get(lang) }{ ": " }</strong>{ text.get(lang) }</p>
                        }
                        { notes(&state, s, texts, &format!("{id}-notes"), state.heading_level(3)) }
                    </article>
                }
            }) }
        </section>
    }
}
