//! The context view: the five documents, the actors, the lists of the other documents and the
//! dated events, in the order of time.

use crate::content::format::date_key;
use crate::content::{format_date, Basis, Document, TopicList};
use crate::ui::app::use_app;
use crate::route::View;
use crate::ui::components::{
    heading::H,
    link::link,
    source::{reading_legend, reading_mark, source_note},
};
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[function_component]
pub fn ContextView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.ui;
    let mut events: Vec<_> = c.events.iter().collect();
    events.sort_by_key(|e| date_key(&e.date));
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ ui.context.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &ui.context.intro) }</p>
            <ul class="omk-chips" aria-label={ui.context.title.get(lang)}>
                <li>{ link(&state, View::Layers { layer: None }, classes!("omk-chip"), None, html! { <>{ ui.layers.title.get(lang) }</> }) }</li>
                <li>{ link(&state, View::Finance { on: 0 }, classes!("omk-chip"), None, html! { <>{ ui.finance.title.get(lang) }</> }) }</li>
                <li>{ link(&state, View::Timeline, classes!("omk-chip"), None, html! { <>{ ui.timeline.title.get(lang) }</> }) }</li>
                <li>{ link(&state, View::Tracks { track: None }, classes!("omk-chip"), None, html! { <>{ ui.tracks.title.get(lang) }</> }) }</li>
                <li>{ link(&state, View::Glossary { term: None }, classes!("omk-chip"), None, html! { <>{ ui.glossary.title.get(lang) }</> }) }</li>
            </ul>
            <H depth={2}>{ crate::embedded::full().views.lists.documents_heading.get(lang) }</H>
            if c.documents.iter().any(|d| d.organisation_basis == Basis::Reading) { { reading_legend(&state) } }
            <ul class="omk-list">
                { for c.documents.iter().map(|d| html! { <DocumentItem document={d} /> }) }
            </ul>
            <H depth={2}>{ crate::embedded::full().views.lists.actors_heading.get(lang) }</H>
            <dl class="omk-roles">
                { for c.actors.iter().map(|a| html! {
                    <div class="omk-roles__row">
                        <dt>
                            { a.name.get(lang) }
                            if let Some(short) = a.short { { " (" }{ short.get(lang) }{ ")" } }
                        </dt>
                        <dd>
                            { prose(&state, &a.summary) }
                            { for a.sources.iter().map(|s| html! { { source_note(&state, *s) } }) }
                        </dd>
                    </div>
                }) }
            </dl>
            <H depth={2}>{ crate::embedded::full().views.lists.events_heading.get(lang) }</H>
            <ol class="omk-timeline">
                { for events.iter().map(|e| html! {
                    <li class="omk-timeline__event">
                        <p class="omk-timeline__date">{ format_date(&e.date, e.until.as_ref(), lang, &ui.months) }</p>
                        <p class="omk-item__title">{ e.label.get(lang) }</p>
                        <p>{ prose(&state, &e.text) }</p>
                        { source_note(&state, e.source) }
                    </li>
                }) }
            </ol>
            <H depth={2}>{ crate::embedded::full().views.lists.lists_heading.get(lang) }</H>
            { for c.topic_lists.iter().map(|l| html! { <ListItem list={l} /> }) }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct DocumentProps {
    document: &'static Document,
}

#[function_component]
fn DocumentItem(props: &DocumentProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let ui = &crate::embedded::full().ui;
    let d = props.document;
    let date = match (d.date, d.latest_date_mentioned) {
        (Some(date), _) => match d.date_note {
            Some(note) => format!("{} ({})", format_date(&date, None, lang, &ui.months), note.get(lang)),
            None => format_date(&date, None, lang, &ui.months),
        },
        (None, Some(latest)) => format!(
            "{} ({}: {})",
            crate::embedded::full().views.lists.no_date.get(lang),
            crate::embedded::full().views.lists.latest_date_label.get(lang),
            format_date(&latest, None, lang, &ui.months)
        ),
        (None, None) => crate::embedded::full().views.lists.no_date.get(lang).to_string(),
    };
    html! {
        <li class="omk-item">
            <H depth={3} class="omk-item__title"><cite>{ d.title.get(lang) }</cite></H>
            <p class="omk-meta">
                { d.organisation.get(lang) }
                if d.organisation_basis == Basis::Reading { { " " }{ reading_mark(&state, Basis::Reading) } }
                { " · " }{ d.kind.get(lang) }{ " · " }{ date }
            </p>
            if let Some(texts) = crate::embedded::full().document_texts_of(&d.id) {
                <p>{ prose(&state, &texts.summary) }</p>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ListProps {
    list: &'static TopicList,
}

#[function_component]
fn ListItem(props: &ListProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let l = props.list;
    let name_of = |id: &str| l.topics.iter().find(|t| t.id == id).map(|t| t.name.plain(lang));
    html! {
        <article class="omk-topic-list" aria-labelledby={format!("omk-list-{}", l.id)}>
            <H depth={3} id={format!("omk-list-{}", l.id)}>{ l.name.get(lang) }</H>
            <p>{ prose(&state, &l.summary) }</p>
            { source_note(&state, l.source) }
            <ul class="omk-list omk-list--compact">
                { for l.topics.iter().map(|t| html! {
                    <li class="omk-item">
                        <span class="omk-item__title">{ prose(&state, &t.name) }</span>
                        if let Some(parent) = t.part_of.and_then(|p| name_of(&p)) {
                            { " · " }{ c.views.lists.part_of_label.get(lang) }{ " " }{ parent }
                        }
                        if let Some(text) = &t.text { <p>{ prose(&state, text) }</p> }
                    </li>
                }) }
            </ul>
        </article>
    }
}
