//! One slide of the tour, as the presentation and the presenter view show it: the title slide,
//! the omkering at a step (the diagram laid out for the slide's room and font), the themes, a
//! theme (`theme_slide.rs`), the development points, the self-assessment's radar, the QR code, the closing slide.
//! Slides only show; the keys and buttons around them act.

use crate::content::{fill, Lang, SlideKind};
use crate::diagram::{omkering_frame, omkering_frame_fit};
use crate::present::qr;
use crate::ui::app::{use_app, AppState};
use crate::ui::components::source::{reading_mark, source_note};
use crate::ui::views::assessment;
use crate::ui::views::omkering::diagram::picture;
use crate::web::size::{use_size, Size};
use yew::prelude::*;

/// The slide's title (`present::deck::title`, from the whole content).
pub fn title(index: usize, lang: Lang) -> &'static str {
    crate::present::deck::title(crate::embedded::full(), index, lang)
}

#[derive(Properties, PartialEq)]
pub struct SlideProps {
    pub index: usize,
    pub step: usize,
    /// The address the QR slide shows.
    pub url: AttrValue,
    /// A small copy in the presenter view: its ids are left out, so they stay unique.
    #[prop_or_default]
    pub preview: bool,
}

#[function_component]
pub fn Slide(props: &SlideProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let Some(s) = c.tour.slides.get(props.index) else { return Html::default() };
    let item = s.item.map(|i| i.as_str());
    let id = (!props.preview).then(|| format!("omk-slide-{}", props.index));
    let heading = html! { <h2 class="omk-slide__title" id={id.clone()}>{ title(props.index, lang) }</h2> };
    let text = c.slide(props.index).and_then(|t| t.text.as_ref()).map(|t| html! { <p class="omk-slide__lead">{ t.get(lang) }</p> });
    let body = match s.kind {
        SlideKind::Title | SlideKind::Closing => html! { <>{ heading }{ text }</> },
        SlideKind::Omkering => html! { <>{ heading }<OmkeringSlide mode={item.map(AttrValue::Static)} step={props.step} /></> },
        SlideKind::Themes => html! { <>{ heading }<super::theme_slide::ThemeSlide theme={None::<&'static str>} /></> },
        SlideKind::Theme => match c.themes.iter().find(|t| Some(t.id.as_str()) == item) {
            Some(theme) => html! { <>{ heading }<super::theme_slide::ThemeSlide theme={Some(theme.id.as_str())} /></> },
            None => heading,
        },
        SlideKind::Development => names(
            &state,
            heading,
            c.development_points.iter().map(|p| p.name.get(lang)),
            c.development_points.first().map(|p| p.source),
        ),
        SlideKind::Assessment => html! { <>{ heading }<AssessmentSlide /></> },
        SlideKind::Qr => html! { <>{ heading }{ text }{ qr_code(&props.url, lang) }</> },
        // A background slide (switched off in the standard tour): like the themes slide, with a lead.
        SlideKind::Finance | SlideKind::Layers | SlideKind::Tracks | SlideKind::List => match crate::present::background::cards(c, s.kind, item, lang) {
            Some(cards) => names(&state, html! { <>{ heading }<p class="omk-slide__text">{ cards.lead.plain(lang) }</p></> }, cards.items.into_iter(), Some(cards.source)),
            None => heading,
        },
    };
    html! {
        <section class={classes!("omk-slide", format!("omk-slide--{}", s.kind.key()))} aria-labelledby={id} data-slide={props.index.to_string()}>
            { body }
        </section>
    }
}

/// Up to this many names, a slide's cards show them in large type.
const FEW: usize = 6;

/// A slide that lists names (the development points, a background slide's items) as numbered
/// cards that fill the slide.
fn names(state: &AppState, heading: Html, names: impl Iterator<Item = &'static str>, source: Option<crate::content::Source>) -> Html {
    let names: Vec<&str> = names.collect();
    // A few names fill the slide in large type; a long list keeps the body size.
    let few = names.len() <= FEW;
    html! {
        <>
            { heading }
            <ol class={classes!("omk-slide__names", few.then_some("omk-slide__names--few"))}>{ for names.iter().map(|n| html! { <li>{ *n }</li> }) }</ol>
            { for source.map(|s| source_note(state, s)) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct OmkeringProps {
    mode: Option<AttrValue>,
    step: usize,
}

/// The omkering diagram at a step, laid out for the room below the title at the slide's font
/// size, with the step's text beside or below it. Before the first step (the overview) the slide
/// shows both ways of working side by side, the other mode first in the content's order (classic
/// medebewind, then the omkering), so the room sees what changes; the steps then walk this mode.
#[function_component]
fn OmkeringSlide(props: &OmkeringProps) -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let mode = c.mode(props.mode.as_deref());
    let step = props.step.checked_sub(1);
    let ways: Vec<&'static crate::content::Mode> = if step.is_none() && c.modes.len() > 1 { c.modes.iter().collect() } else { vec![mode] };
    let node = use_node_ref();
    let size = use_size(node.clone(), Size { width: 960.0, height: 400.0, font: 24.0 });
    // The names at the slide's font (at least 20 px); the short names below them at 18 px or more.
    let font = size.font.max(20.0);
    let frame = use_memo((size.width.round() as i32, (font * 10.0).round() as i32, lang), move |(w, f, lang)| omkering_frame(c, *lang, *w as f32, *f as f32 / 10.0));
    // The two ways side by side share half the room each: laid out to fit it at their own size,
    // with no text below the slide's least (90 % of its body text, never below 18 px).
    let least = crate::present::least_text(font);
    let key = (size.width.round() as i32, size.height.round() as i32, (font * 10.0).round() as i32, lang);
    let fitted = use_memo(key, move |(w, h, f, lang)| omkering_frame_fit(c, *lang, *w as f32, *h as f32, *f as f32 / 10.0, least));
    let label = fill(state.content.ui.step_label.get(lang), &[("n", &(props.step).to_string()), ("total", &mode.steps.len().to_string())]);
    // The diagram's name says which step it shows and what its arrows carry, in words (the slide
    // has no room to write them out beside it at 4:3).
    let (text, basis, source, name) = match step.and_then(|i| mode.steps.get(i)) {
        Some(s) => (html! { <><p class="omk-slide__step">{ &label }</p>
            <p class="omk-slide__text"><strong>{ s.title.get(lang) }</strong>{ " " }{ s.text.plain(lang) }</p></> }, s.basis, s.source,
            format!("{}, {}: {}. {}", mode.name.get(lang), label, s.title.get(lang), crate::ui::views::omkering::flows::flow_words(&state, s))),
        None => (html! { <p class="omk-slide__text">{ mode.summary.plain(lang) }</p> }, mode.basis, mode.source, mode.name.get(lang).to_string()),
    };
    let compare = ways.len() > 1;
    html! {
        <div class={classes!("omk-slide__omkering", compare.then_some("omk-slide__omkering--compare"))}>
            if compare {
                <div class="omk-slide__ways">
                    { for ways.iter().enumerate().map(|(i, way)| html! {
                        <figure class="omk-slide__way" data-mode={way.id.as_str()}>
                            <div class="omk-slide__diagram" ref={(i == 0).then(|| node.clone()).unwrap_or_default()}>
                                { picture(&fitted, way, None, least, if way.id == mode.id { way.name.get(lang).to_string() } else { format!("{}. {}", way.name.get(lang), way.summary.plain(lang)) }) }
                            </div>
                            <figcaption class="omk-slide__way-name">{ way.name.get(lang) }{ " " }{ reading_mark(&state, way.basis) }</figcaption>
                        </figure>
                    }) }
                </div>
            } else {
                <div class="omk-slide__diagram" ref={node}>
                    { picture(&frame, mode, step, 18.0, name) }
                </div>
            }
            <div class="omk-slide__side">
                { text }
                { reading_mark(&state, basis) }
                { source_note(&state, source) }
            </div>
        </div>
    }
}

/// The self-assessment's radar of the groups, from the data this browser keeps.
#[function_component]
fn AssessmentSlide() -> Html {
    let lang = use_app().lang();
    let memory = crate::ui::memory::use_memory();
    let model = use_reducer(move || assessment::open(lang, &memory));
    let node = use_node_ref();
    let size = use_size(node.clone(), Size { width: 960.0, height: 400.0, font: 24.0 });
    // Who scores what, in one sentence (the view says it in full).
    let minutes = crate::present::deck::planned_minutes(crate::embedded::full(), crate::content::SlideKind::Assessment).unwrap_or_default().to_string();
    let who = fill(crate::embedded::full().views.assessment_view.who_slide.get(lang), &[("minutes", &minutes)]);
    html! {
        <>
            <p class="omk-slide__text" data-assessment="who">{ who }</p>
            <div class="omk-slide__radar" ref={node}>
                <assessment::chart::Chart model={model} slide={Some(size.font.max(18.0))} />
            </div>
        </>
    }
}

/// The QR code of the address, and the address as text.
fn qr_code(url: &str, lang: Lang) -> Html {
    let c = crate::embedded::full();
    if url.is_empty() {
        return html! { <p class="omk-slide__text">{ c.views.present_view.no_address.get(lang) }</p> };
    }
    let Some(code) = qr::encode(url) else { return html! { <p class="omk-slide__url">{ url.to_string() }</p> } };
    html! {
        <figure class="omk-slide__qr">
            <svg class="omk-qr" viewBox={format!("0 0 {0} {0}", code.size)} role="img"
                aria-label={fill(c.views.present_view.qr_label.get(lang), &[("url", url)])} shape-rendering="crispEdges">
                <rect width={code.size.to_string()} height={code.size.to_string()} fill="#ffffff" />
                <path d={code.path} fill="#000000" />
            </svg>
            <figcaption class="omk-slide__url">{ url.to_string() }</figcaption>
        </figure>
    }
}
