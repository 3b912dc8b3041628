//! The participants' handout (`/handout`): one A4 page through the browser's print, in the
//! visitor's language: the omkering diagram with its summary (the slide's picture, reading
//! arrows dashed), the five themes, the five
//! development points, and the explainer's address with its QR code where there is an address
//! (the QR slide's: `public-url`, the content's, or the page's own on the web).

use super::print::print_control;
use crate::diagram::omkering_frame;
use crate::present::qr;
use crate::route::View;
use crate::ui::app::use_app;
use crate::ui::components::source::{reading_mark, source_note};
use crate::ui::components::{heading::H, prose::prose};
use crate::ui::views::omkering::diagram::picture;
use yew::prelude::*;

/// The diagram is laid out for the width of an A4 page's text (180 mm at 96 px per inch) at a
/// type size that reads on paper; on screen it scales to its box.
const PAPER_WIDTH: f32 = 680.0;
const PAPER_FONT: f32 = 15.0;

#[function_component]
pub fn HandoutView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.print_view;
    let mode = c.mode(None);
    let frame = use_memo(lang, |lang| omkering_frame(c, *lang, PAPER_WIDTH, PAPER_FONT));
    let url = super::present::public_url(&state);
    let code = (!url.is_empty()).then(|| qr::encode(&url)).flatten();
    let name = format!("{}: {}", mode.name.get(lang), mode.summary.plain(lang));
    html! {
        <section class="omk-section omk-handout" aria-labelledby="omk-view-title">
            <div class="omk-no-print">
                <H depth={1} id="omk-view-title">{ c.ui.handout.title.get(lang) }</H>
                <p class="omk-lead">{ prose(&state, &c.ui.handout.intro) }</p>
                { print_control(&state, View::Handout) }
            </div>
            <article class="omk-handout__page" aria-labelledby="omk-handout-title">
                <H depth={2} id="omk-handout-title" class="omk-handout__title">{ c.ui.app_title.get(lang) }</H>
                <p class="omk-handout__subtitle">{ c.ui.app_subtitle.get(lang) }</p>
                <figure class="omk-handout__diagram">
                    { picture(&frame, mode, None, PAPER_FONT, name) }
                    <figcaption>
                        { mode.summary.plain(lang) }{ " " }{ reading_mark(&state, mode.basis) }
                        { source_note(&state, mode.source) }
                    </figcaption>
                </figure>
                <div class="omk-handout__lists">
                    <section aria-labelledby="omk-handout-themes">
                        <H depth={3} id="omk-handout-themes">{ c.ui.themes.title.get(lang) }</H>
                        <ol>{ for c.themes.iter().map(|th| html! { <li>{ th.name.get(lang) }</li> }) }</ol>
                        { for c.themes.first().map(|th| source_note(&state, th.source)) }
                    </section>
                    <section aria-labelledby="omk-handout-points">
                        <H depth={3} id="omk-handout-points">{ c.ui.development.title.get(lang) }</H>
                        <ol>{ for c.development_points.iter().map(|p| html! { <li>{ p.name.get(lang) }</li> }) }</ol>
                        { for c.development_points.first().map(|p| source_note(&state, p.source)) }
                    </section>
                </div>
                if !url.is_empty() {
                    <section class="omk-handout__address" aria-labelledby="omk-handout-address">
                        <div>
                            <H depth={3} id="omk-handout-address">{ t.address_heading.get(lang) }</H>
                            <p>{ t.address_text.get(lang) }</p>
                            <p class="omk-handout__url">{ url.to_string() }</p>
                        </div>
                        { for code.map(|code| html! {
                            <svg class="omk-handout__qr" viewBox={format!("0 0 {0} {0}", code.size)} role="img"
                                aria-label={crate::content::fill(c.views.present_view.qr_label.get(lang), &[("url", &url)])} shape-rendering="crispEdges">
                                <rect width={code.size.to_string()} height={code.size.to_string()} fill="#ffffff" />
                                <path d={code.path} fill="#000000" />
                            </svg>
                        }) }
                    </section>
                }
            </article>
        </section>
    }
}
