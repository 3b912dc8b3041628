//! The documents and the dates they mention. Only the G40 page dates itself (by its "© 2023"):
//! it stands on the timeline at that year, with the dates the texts mention (each says which
//! text mentions it and links to the view that explains it). The texts without a date of their
//! own stand apart, in content order, each with the dates it mentions: a date a text mentions
//! never places the text.

use crate::content::{format_date, Document, Event};
use crate::explore::{timeline, TimeEntry};
use crate::route::{Route, View};
use crate::ui::app::{use_app, AppState};
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
    let line = timeline(c);
    let item = |entry: &TimeEntry| match entry {
        TimeEntry::Doc(d, date) => {
            let when = match d.date_note {
                Some(note) => format!("{} ({})", format_date(date, None, lang, &c.ui.months), note.get(lang)),
                None => format_date(date, None, lang, &c.ui.months),
            };
            html! {
                <li class="omk-timeline__item omk-timeline__item--doc" data-doc={d.id.as_str()}>
                    <p class="omk-timeline__date">{ when }</p>
                    { document(&state, d, 2) }
                </li>
            }
        }
        TimeEntry::Event(e) => event(&state, e),
    };
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ c.ui.timeline.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.timeline.intro) }</p>
            <H depth={2}>{ ui.dated_heading.get(lang) }</H>
            <ol class="omk-timeline" data-lane="dated">{ for line.dated.iter().map(item) }</ol>
            <H depth={2}>{ ui.undated_heading.get(lang) }</H>
            <p>{ ui.undated_intro.get(lang) }</p>
            <ul class="omk-list" data-lane="undated">
                { for line.undated.iter().map(|(d, mentions)| html! {
                    <li class="omk-item" data-doc={d.id.as_str()}>
                        { document(&state, d, 3) }
                        if mentions.is_empty() {
                            <p>{ ui.no_mentions.get(lang) }</p>
                        } else {
                            <p>{ ui.mentions.get(lang) }</p>
                            // Each date once on the line above; here what the text mentions.
                            <ul class="omk-list omk-list--compact" data-mentions={d.id.as_str()}>
                                { for mentions.iter().map(|e| html! {
                                    <li data-mention={e.id.as_str()}>{ format_date(&e.date, e.until.as_ref(), lang, &c.ui.months) }{ ": " }{ e.label.get(lang) }</li>
                                }) }
                            </ul>
                        }
                    </li>
                }) }
            </ul>
        </section>
    }
}

/// A document: its title, its summary and a link to its lists.
fn document(state: &AppState, d: &'static Document, depth: u8) -> Html {
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.timeline_view;
    html! {
        <>
            <H {depth} class="omk-item__title"><span class="omk-timeline__kind">{ ui.document.get(lang) }{ ": " }</span>{ d.title.get(lang) }</H>
            if let Some(texts) = c.document_texts_of(&d.id) {
                <p>{ prose(state, &texts.summary) }</p>
            }
            <p>{ link(state, View::Context, Classes::new(), None, html! { <>{ ui.lists.get(lang) }</> }) }</p>
        </>
    }
}

/// A date a text mentions: when, what, which text mentions it, and the view that explains it.
fn event(state: &AppState, e: &'static Event) -> Html {
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.timeline_view;
    let view = Route::parse(e.view.as_str(), lang, state.content).route.view;
    let by = c.documents.iter().find(|d| d.id == e.source.doc);
    html! {
        <li class="omk-timeline__item" data-event={e.id.as_str()}>
            <p class="omk-timeline__date">{ format_date(&e.date, e.until.as_ref(), lang, &c.ui.months) }</p>
            <H depth={2} class="omk-item__title"><span class="omk-timeline__kind">{ ui.event.get(lang) }{ ": " }</span>{ e.label.get(lang) }</H>
            <p>{ prose(state, &e.text) }</p>
            if let Some(by) = by {
                <p class="omk-meta">{ ui.mentioned_in.get(lang) }{ ": " }<cite>{ by.title.get(lang) }</cite></p>
            }
            { source_note(state, e.source) }
            <p>{ link(state, view, classes!("omk-timeline__go"), None, html! { <>{ ui.explains.get(lang) }{ ": " }{ views::title(c, view).get(lang) }</> }) }</p>
        </li>
    }
}
