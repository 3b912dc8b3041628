//! The themes view: the five omkering themes as a diagram, a theme's page when one is chosen,
//! and otherwise the topics that fit no theme (the explorer does not hide them).

mod detail;
mod ring;

use crate::content::{Full, Topic};
use crate::ui::app::use_app;
use crate::ui::components::{heading::H, source::{source_in, source_note}};
use detail::ThemeDetail;
use ring::ThemeRing;
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ThemesProps {
    pub theme: Option<&'static str>,
}

#[function_component]
pub fn ThemesView(props: &ThemesProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.ui;
    let selected = props.theme.and_then(|id| c.themes.iter().find(|t| t.id == id));
    let outside = topics_outside_themes(c);
    let ui_x = &c.views.explore;
    let detail = use_node_ref();
    crate::web::reveal::use_reveal(crate::route::View::Themes { theme: props.theme }, selected.is_some(), state.away_from_start(), detail.clone());
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title">
            <H depth={1} id="omk-view-title">{ ui.themes.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &ui.themes.intro) }</p>
            <H depth={2}>{ c.views.explore.strategy_says.get(lang) }</H>
            <p>{ prose(&state, &c.themes_about.text) }</p>
            { source_note(&state, c.themes_about.source) }
            <ThemeRing theme={props.theme} />
            if let Some(theme) = selected {
                <div ref={detail}><ThemeDetail {theme} /></div>
            } else {
                <H depth={2}>{ crate::embedded::full().views.lists.outside_themes_heading.get(lang) }</H>
                <p>{ crate::embedded::full().views.lists.outside_themes_intro.get(lang) }</p>
                // Folded per document (about 80 topics would make the page some 10,000 px tall on
                // a phone); the group names the document, each topic only its place in it.
                { for c.documents.iter().filter_map(|d| {
                    let topics: Vec<&Topic> = outside.iter().copied().filter(|t| t.source.doc == d.id).collect();
                    (!topics.is_empty()).then(|| html! {
                        <details class="omk-fold" data-doc={d.id.as_str()}>
                            <summary>{ d.title.get(lang) }{ " · " }{ crate::content::format::count(topics.len(), ui_x.count_zero.get(lang), ui_x.count_one.get(lang), ui_x.count.get(lang)) }</summary>
                            <ul class="omk-list omk-list--compact">
                                { for topics.iter().map(|t| html! {
                                    <li class="omk-item">
                                        <span class="omk-item__title">{ prose(&state, &t.name) }</span>
                                        { source_in(&state, t.source, d.id.as_str()) }
                                    </li>
                                }) }
                            </ul>
                        </details>
                    })
                }) }
            }
        </section>
    }
}

/// Topics that no relation connects to a theme, in content order.
fn topics_outside_themes(c: &'static Full) -> Vec<&'static Topic> {
    c.topic_lists
        .iter()
        .flat_map(|l| l.topics.iter())
        .filter(|t| !c.relations.iter().any(|r| r.topic == t.id))
        .collect()
}
