//! The map across the documents: filters (kept in the route), the documents × themes matrix as a
//! real table, the topics of a chosen cell, and the same relations along time.

use crate::content::{fill, format_date, Basis, Content, Lang};
use crate::explore::{along_time, filter_actors, matrix, Cell, Matrix, Placement};
use crate::route::{Filter, MapCell, View};
use crate::state::Action;
use crate::ui::app::{use_app, AppState};
use crate::ui::components::{
    heading::H,
    link::link,
    source::{reading_legend, reading_mark, source_note},
};
use web_sys::HtmlSelectElement;
use crate::ui::components::prose::prose;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MapProps {
    pub filter: Filter,
    pub cell: Option<MapCell>,
}

#[function_component]
pub fn MapView(props: &MapProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.explore;
    let filter = props.filter;
    let m = matrix(c, &filter);
    let all_reading = c.relations.iter().all(|r| r.basis == Basis::Reading);
    let section = use_node_ref();
    crate::web::focus::use_return_focus(props.cell, section.clone());
    let detail = use_node_ref();
    crate::web::reveal::use_reveal(View::Map { filter: Filter::NONE, cell: props.cell }, props.cell.is_some(), state.away_from_start(), detail.clone());
    html! {
        <section class="omk-section" aria-labelledby="omk-view-title" ref={section}>
            <H depth={1} id="omk-view-title">{ c.ui.map.title.get(lang) }</H>
            <p class="omk-lead">{ prose(&state, &c.ui.map.intro) }</p>
            { filters(&state, filter) }
            { reading_legend(&state) }
            if all_reading {
                <p class="omk-note">{ ui.all_reading.get(lang) }{ " " }{ reading_mark(&state, Basis::Reading) }</p>
            }
            { table(&state, &m, props) }
            <div ref={detail}>
                if let Some(cell) = props.cell {
                    { cell_panel(&state, filter, cell) }
                }
            </div>
            // The chosen cell's panel opens below the table: said here (WCAG 4.1.3).
            <p class="omk-visually-hidden" role="status" data-status="cell">{ props.cell.map(|cell| cell_heading(c, lang, cell)).unwrap_or_default() }</p>
            <H depth={2}>{ ui.time_heading.get(lang) }</H>
            <p>{ ui.time_intro.get(lang) }</p>
            { timeline(&state, &m, filter) }
        </section>
    }
}

fn filters(state: &AppState, filter: Filter) -> Html {
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.explore;
    let select = |id: &'static str, label: &str, current: Option<&'static str>, options: Vec<(&'static str, &'static str)>, set: fn(&mut Filter, Option<&'static str>)| {
        let onchange = {
            let state = state.clone();
            Callback::from(move |e: Event| {
                let value = e.target_unchecked_into::<HtmlSelectElement>().value();
                let mut next = filter;
                set(&mut next, options_id(&value, c));
                state.dispatch(Action::Navigate(View::Map { filter: next, cell: None }));
            })
        };
        html! {
            <div class="omk-filter">
                <label for={id}>{ label }</label>
                <select {id} {onchange}>
                    <option value="" selected={current.is_none()}>{ ui.filter_all.get(lang) }</option>
                    { for options.into_iter().map(|(value, name)| html! {
                        <option {value} selected={current == Some(value)}>{ name }</option>
                    }) }
                </select>
            </div>
        }
    };
    let docs = c.documents.iter().map(|d| (d.id.as_str(), d.title.get(lang))).collect();
    let actors = filter_actors(c).iter().map(|a| (a.id.as_str(), a.name.get(lang))).collect();
    let themes = c.themes.iter().map(|t| (t.id.as_str(), t.name.get(lang))).collect();
    html! {
        <form class="omk-filters" aria-labelledby="omk-filters-title">
            <H depth={2} id="omk-filters-title">{ ui.filters_heading.get(lang) }</H>
            { select("omk-filter-doc", ui.filter_doc.get(lang), filter.doc, docs, |f, v| f.doc = v) }
            { select("omk-filter-actor", ui.filter_actor.get(lang), filter.actor, actors, |f, v| f.actor = v) }
            { select("omk-filter-theme", ui.filter_theme.get(lang), filter.theme, themes, |f, v| f.theme = v) }
            if filter != Filter::NONE {
                { link(&state, View::Map { filter: Filter::NONE, cell: None }, classes!("omk-filters__reset"), None, html! { <>{ ui.filters_reset.get(lang) }</> }) }
            }
        </form>
    }
}

/// The content's own `'static` id equal to a chosen option, from any list the filters offer.
fn options_id(value: &str, c: &'static Content) -> Option<&'static str> {
    let ids = c.documents.iter().map(|d| d.id.as_str()).chain(c.actors.iter().map(|a| a.id.as_str())).chain(c.themes.iter().map(|t| t.id.as_str()));
    crate::route::lookup(ids, value)
}

fn count(ui: &crate::content::ui_text::ExploreTexts, lang: Lang, n: usize) -> String {
    crate::content::format::count(n, ui.count_zero.get(lang), ui.count_one.get(lang), ui.count.get(lang))
}

fn column_name(lang: Lang, theme: Option<&'static crate::content::Theme>) -> &'static str {
    theme.map_or(crate::embedded::full().views.explore.outside_column.get(lang), |t| t.name.get(lang))
}

fn table(state: &AppState, m: &Matrix, props: &MapProps) -> Html {
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.explore;
    let themes_source = c.themes.first().map(|t| t.source.doc.as_str());
    html! {
        <div class="omk-matrix__scroll" role="region" aria-labelledby="omk-matrix-caption" tabindex="0">
            <table class="omk-matrix">
                <caption id="omk-matrix-caption">{ ui.caption.get(lang) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ ui.doc_column.get(lang) }</th>
                        { for m.columns.iter().map(|t| html! { <th scope="col">{ column_name(lang, *t) }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for m.rows.iter().map(|row| html! {
                        <tr data-doc={row.doc.id.as_str()}>
                            <th scope="row">
                                { row.doc.title.get(lang) }
                                if themes_source == Some(row.doc.id.as_str()) {
                                    <span class="omk-matrix__note">{ ui.themes_source.get(lang) }</span>
                                }
                            </th>
                            { for row.cells.iter().map(|cell| cell_link(state, props, row.doc.id.as_str(), cell)) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn cell_link(state: &AppState, props: &MapProps, doc: &'static str, cell: &Cell) -> Html {
    let lang = state.lang();
    let ui = &crate::embedded::full().views.explore;
    let here = MapCell { doc, theme: cell.theme.map(|t| t.id.as_str()) };
    let current = props.cell == Some(here);
    let n = cell.items.len();
    html! {
        <td class={classes!((n == 0).then_some("omk-matrix__empty"))} data-theme={here.theme.unwrap_or("outside")} data-count={n.to_string()}>
            { link(&state, View::Map { filter: props.filter, cell: Some(here) }, classes!("omk-matrix__cell"), current.then_some("true"), html! { <>{ count(ui, lang, n) }</> }) }
        </td>
    }
}

/// The heading of a cell's panel: its document and its theme.
fn cell_heading(c: &'static crate::content::Content, lang: crate::content::Lang, cell: MapCell) -> String {
    let doc = c.documents.iter().find(|d| d.id == cell.doc).map_or("", |d| d.title.get(lang));
    let theme = cell.theme.and_then(|id| c.theme(id));
    fill(crate::embedded::full().views.explore.cell_heading.get(lang), &[("doc", doc), ("theme", column_name(lang, theme))])
}

fn cell_panel(state: &AppState, filter: Filter, cell: MapCell) -> Html {
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.explore;
    let Some(doc) = c.documents.iter().find(|d| d.id == cell.doc) else { return Html::default() };
    let theme = cell.theme.and_then(|id| c.theme(id));
    let items = crate::explore::cell(c, &filter, doc, theme).items;
    let heading = cell_heading(c, lang, cell);
    html! {
        <section class="omk-detail omk-cell" aria-labelledby="omk-cell-title" data-doc={cell.doc} data-theme={cell.theme.unwrap_or("outside")}>
            <H depth={2} id="omk-cell-title">{ heading }</H>
            if items.is_empty() {
                <p>{ ui.cell_empty.get(lang) }</p>
            } else {
                <ul class="omk-list">
                    { for items.iter().map(|i| html! {
                        <li class="omk-item" data-topic={i.topic.id.as_str()}>
                            <p class="omk-item__title">{ prose(&state, &i.topic.name) }
                                { for i.relation.map(|r| html! { <>{ " " }{ reading_mark(state, r.basis) }</> }) }</p>
                            { for i.relation.map(|r| html! { <p>{ prose(&state, &r.note) }</p> }) }
                            { source_note(state, i.topic.source) }
                            <p>{ link(&state, View::Context, Classes::new(), None, html! { <>{ ui.source_link.get(lang) }</> }) }</p>
                        </li>
                    }) }
                </ul>
            }
            <p>{ link(&state, View::Map { filter, cell: None }, Classes::new(), None, html! { <>{ ui.close_cell.get(lang) }</> }) }</p>
        </section>
    }
}

fn timeline(state: &AppState, m: &Matrix, filter: Filter) -> Html {
    let lang = state.lang();
    let c = crate::embedded::full();
    let ui = &c.views.explore;
    html! {
        <ol class="omk-timeline">
            { for along_time(m).into_iter().map(|(row, placed)| {
                let when = match placed {
                    Placement::Dated(d) => format_date(&d, None, lang, &c.ui.months),
                    Placement::Undated => ui.no_own_date.get(lang).to_string(),
                };
                let linked: Vec<_> = row.cells.iter().filter(|cl| cl.theme.is_some() && !cl.items.is_empty()).collect();
                html! {
                    <li class="omk-timeline__item" data-doc={row.doc.id.as_str()}>
                        <p class="omk-timeline__date">{ when }</p>
                        <p class="omk-item__title">{ row.doc.title.get(lang) }</p>
                        if linked.is_empty() {
                            <p>{ ui.time_none.get(lang) }</p>
                        } else {
                            <ul class="omk-list omk-list--compact">
                                { for linked.iter().map(|cl| {
                                    let here = MapCell { doc: row.doc.id.as_str(), theme: cl.theme.map(|t| t.id.as_str()) };
                                    html! {
                                        <li>
                                            { link(&state, View::Map { filter, cell: Some(here) }, Classes::new(), None, html! { <>{ column_name(lang, cl.theme) }</> }) }
                                            { ": " }{ count(ui, lang, cl.items.len()) }
                                        </li>
                                    }
                                }) }
                            </ul>
                        }
                    </li>
                }
            }) }
        </ol>
    }
}
