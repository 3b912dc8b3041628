//! A theme's page: the topics of the other documents that connect to it (each marked as stated
//! or as our reading), the actors those topics name, and the sources. What the texts say about
//! the themes (only their names) the themes view says once, above.

use crate::content::{Source, Theme};
use crate::explore::theme_page;
use crate::route::{Filter, View};
use crate::ui::app::use_app;
use crate::ui::components::{
    heading::H,
    link::link,
    source::{reading_legend, reading_mark, source_in, source_note},
};
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DetailProps {
    pub theme: &'static Theme,
}

#[function_component]
pub fn ThemeDetail(props: &DetailProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.explore;
    let t = props.theme;
    let page = theme_page(c, t);
    let mut sources: Vec<Source> = vec![t.source];
    for (_, items) in &page.by_doc {
        for i in items {
            sources.extend(i.relation.map(|r| r.source));
        }
    }
    let mut docs: Vec<&str> = sources.iter().map(|s| s.doc.as_str()).collect();
    docs.dedup();
    let docs: Vec<_> = c.documents.iter().filter(|d| docs.contains(&d.id.as_str())).collect();
    // Topics a word ties to this theme that the explainer does not link to it, and why.
    let unlinked: Vec<_> = c
        .unlinked
        .iter()
        .filter(|u| u.theme == t.id)
        .filter_map(|u| crate::explore::topics(c).find(|x| x.id == u.topic).map(|topic| (u, topic)))
        .collect();
    html! {
        <article class="omk-detail" aria-labelledby="omk-theme-title">
            <H depth={2} id="omk-theme-title">{ t.name.get(lang) }</H>
            <H depth={3}>{ ui.connected_heading.get(lang) }</H>
            if page.by_doc.is_empty() {
                <p>{ c.views.lists.no_related_topics.get(lang) }</p>
            } else {
                <p>{ ui.connected_intro.get(lang) }</p>
            }
            // Where the first mark of the page is: before the linked topics, or before the
            // unlinked ones when no linked topic is a reading.
            if page.has_reading() || !unlinked.is_empty() {
                { reading_legend(&state) }
            }
            if !page.by_doc.is_empty() {
                { for page.by_doc.iter().map(|(doc, items)| html! {
                    <section class="omk-group">
                        <H depth={4}>{ doc.title.get(lang) }</H>
                        <ul class="omk-list">
                            { for items.iter().map(|i| html! {
                                <li class="omk-item">
                                    <p class="omk-item__title">{ prose(&state, &i.topic.name) }
                                        { for i.relation.map(|r| html! { <>{ " " }{ reading_mark(&state, r.basis) }</> }) }</p>
                                    { for i.relation.map(|r| html! { <p>{ prose(&state, &r.note) }</p> }) }
                                    { source_in(&state, i.topic.source, doc.id.as_str()) }
                                </li>
                            }) }
                        </ul>
                    </section>
                }) }
            }
            if !unlinked.is_empty() {
                <H depth={3}>{ ui.unlinked_heading.get(lang) }{ " " }{ reading_mark(&state, crate::content::Basis::Reading) }</H>
                <p>{ ui.unlinked_intro.get(lang) }</p>
                <ul class="omk-list">
                    { for unlinked.iter().map(|(u, topic)| html! {
                        <li class="omk-item" data-unlinked={u.topic.as_str()}>
                            <p class="omk-item__title">{ prose(&state, &topic.name) }</p>
                            <p>{ prose(&state, &u.note) }</p>
                            { source_note(&state, u.source) }
                        </li>
                    }) }
                </ul>
            }
            <H depth={3}>{ ui.actors_heading.get(lang) }</H>
            if page.actors.is_empty() {
                <p>{ ui.no_actors.get(lang) }</p>
            } else {
                <p>{ ui.actors_intro.get(lang) }</p>
                <ul class="omk-chips omk-chips--static">
                    { for page.actors.iter().map(|a| html! { <li class="omk-chip">{ a.name.get(lang) }</li> }) }
                </ul>
            }
            <H depth={3}>{ ui.sources_heading.get(lang) }</H>
            <ul class="omk-list omk-list--compact">
                { for docs.iter().map(|d| html! { <li><cite>{ d.title.get(lang) }</cite>{ " (" }{ d.organisation.get(lang) }{ ")" }</li> }) }
            </ul>
            <p>
                { link(&state, View::Map { filter: Filter { theme: Some(t.id.as_str()), ..Filter::NONE }, cell: None }, Classes::new(), None, html! { <>{ ui.on_map.get(lang) }</> }) }
            </p>
        </article>
    }
}
