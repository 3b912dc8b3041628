//! The themes view: the five omkering themes, what the texts say about each, the topics of the
//! other documents that connect to it, and the topics that fit no theme.

use crate::content::{Content, Theme, Topic};
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::{
    heading::H,
    link::RouteLink,
    source::{reading_mark, source_note},
};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ThemesProps {
    pub theme: Option<&'static str>,
}

#[function_component]
pub fn ThemesView(props: &ThemesProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let ui = &c.ui;
    let selected = props.theme.and_then(|id| c.themes.iter().find(|t| t.id == id));
    let outside = topics_outside_themes(c);
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ ui.themes.title.get(lang) }</H>
            <p class="omk-lead">{ ui.themes.intro.get(lang) }</p>
            <ul class="omk-chips">
                { for c.themes.iter().map(|t| {
                    let current = props.theme == Some(t.id.as_str());
                    html! {
                        <li>
                            <RouteLink to={View::Themes { theme: Some(t.id.as_str()) }} class="omk-chip"
                                current={current.then_some("page")}>{ t.name.get(lang) }</RouteLink>
                        </li>
                    }
                }) }
            </ul>
            if let Some(theme) = selected {
                <ThemeDetail theme={*theme} />
            } else {
                <H depth={2}>{ ui.outside_themes_heading.get(lang) }</H>
                <p>{ ui.outside_themes_intro.get(lang) }</p>
                <ul class="omk-list omk-list--compact">
                    { for outside.iter().map(|t| html! {
                        <li class="omk-item">
                            <span class="omk-item__title">{ t.name.get(lang) }</span>
                            { source_note(&state, t.source) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// Topics that no relation connects to a theme, in content order.
fn topics_outside_themes(c: &'static Content) -> Vec<&'static Topic> {
    c.topic_lists
        .iter()
        .flat_map(|l| l.topics.iter())
        .filter(|t| !c.relations.iter().any(|r| r.topic == t.id))
        .collect()
}

#[derive(Properties, PartialEq)]
struct DetailProps {
    theme: Theme,
}

#[function_component]
fn ThemeDetail(props: &DetailProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = state.content;
    let t = &props.theme;
    let related: Vec<_> = c.relations.iter().filter(|r| r.theme == t.id).collect();
    let topic = |id: &str| c.topic_lists.iter().flat_map(|l| l.topics.iter()).find(|x| x.id == id);
    html! {
        <article class="omk-detail" aria-labelledby="omk-theme-title">
            <H depth={2} id="omk-theme-title">{ t.name.get(lang) }</H>
            <p>{ t.summary.get(lang) }</p>
            { source_note(&state, t.source) }
            <H depth={3}>{ c.ui.related_topics_heading.get(lang) }</H>
            if related.is_empty() {
                <p>{ c.ui.no_related_topics.get(lang) }</p>
            } else {
                <ul class="omk-list">
                    { for related.iter().filter_map(|r| topic(&r.topic).map(|x| (r, x))).map(|(r, x)| html! {
                        <li class="omk-item">
                            <p class="omk-item__title">{ x.name.get(lang) }{ " " }{ reading_mark(&state, r.basis) }</p>
                            <p>{ r.note.get(lang) }</p>
                            { source_note(&state, x.source) }
                        </li>
                    }) }
                </ul>
            }
        </article>
    }
}
