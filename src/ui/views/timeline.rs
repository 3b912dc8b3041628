//! The documents and the dated events they mention, in the order of time. No text dates itself:
//! each document stands at the latest date it mentions, marked "no date in the text", and one
//! that names no year comes last. Each event links to the view that explains it.

use crate::content::{fill, format_date};
use crate::explore::{timeline, Placement, TimeEntry};
use crate::route::{Route, View};
use crate::ui::app::use_app;
use crate::ui::components::{heading::H, link::link, source::source_note};
use crate::ui::views;
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[function_component]
pub fn TimelineView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.timeline_view;
    let entries = timeline(c);
    let item = |entry: &TimeEntry| match entry {
        TimeEntry::Doc(d, placed) => {
            let when = match placed {
                Placement::Dated(x) => format_date(x, None, lang, &c.ui.months),
                Placement::LatestMentioned(x) => fill(c.views.explore.placed_by.get(lang), &[("date", &format_date(x, None, lang, &c.ui.months))]),
                Placement::Undated => c.views.explore.no_year.get(lang).to_string(),
            };
            html! {
                <li class="omk-timeline__item omk-timeline__item--doc" data-doc={d.id.as_str()}>
                    <p class="omk-timeline__date">{ when }</p>
                    <H depth={2} class="omk-item__title"><span class="omk-timeline__kind">{ ui.document.get(lang) }{ ": " }</span>{ d.title.get(lang) }</H>
                    if let Some(texts) = crate::embedded::full().document_texts_of(&d.id) {
                        <p>{ prose(&state, &texts.summary) }</p>
                    }
                    <p>{ link(&state, View::Context, Classes::new(), None, html! { <>{ ui.lists.get(lang) }</> }) }</p>
                </li>
            }
        }
        TimeEntry::Event(e) => {
            let view = Route::parse(e.view.as_str(), lang, state.content).route.view;
            html! {
                <li class="omk-timeline__item" data-event={e.id.as_str()}>
                    <p class="omk-timeline__date">{ format_date(&e.date, e.until.as_ref(), lang, &c.ui.months) }</p>
                    <H depth={2} class="omk-item__title"><span class="omk-timeline__kind">{ ui.event.get(lang) }{ ": " }</span>{ e.label.get(lang) }</H>
                    <p>{ prose(&state, &e.text) }</p>
                    { source_note(&state, e.source) }
                    <p>{ link(&state, view, classes!("omk-timeline__go"), None, html! { <>{ ui.explains.get(lang) }{ ": " }{ views::title(c, view).get(lang) }</> }) }</p>
                </li>
            }
        }
    };
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.timeline.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.timeline.intro) }</p>
            <ol class="omk-timeline">{ for entries.iter().map(item) }</ol>
        </section>
    }
}
