//! The presenter view, for the laptop screen in a window of its own: the current slide and the
//! next one as small copies, the speaker notes (`notes.rs`), the session's time against its plan
//! (`timing.rs`; the clock's start is kept in storage, `web::session_clock`) and the clock.
//! It takes the same keys, and it and the presentation follow each other over the
//! `BroadcastChannel` (`web::present::use_channel`), either way round.

use super::keys::{use_keys, use_show};
use super::slide::{title, Slide};
use super::timing::timing_list;
use crate::content::fill;
use crate::present::deck::Deck;
use crate::present::keys::Command;
use crate::present::sync::elapsed;
use crate::ui::app::use_app;
use crate::web::present::{clock_text, use_clock};
use crate::web::session_clock::use_session_clock;
use yew::prelude::*;

/// Its position is the route's (`View::Presenter`); the rest of the running show is the state's.
#[function_component]
pub fn PresenterView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.present_view;
    let root = use_node_ref();
    let (show, run) = use_show(&state, root.clone());
    let onkeydown = use_keys(&state, run.clone(), root.clone(), show.black);
    let now = use_clock();
    let (started, kept, restart) = use_session_clock();
    let restart = restart.reform(|_: MouseEvent| ());
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let session = crate::route::session_of(state.route.view);
    let deck = Deck::new(c, session);
    let index = |p: crate::present::deck::Position| deck.index(p.slide).unwrap_or_default();
    let next = deck.upcoming(show.at);
    let total = deck.len();
    let press = |cmd: Command| {
        let run = run.clone();
        Callback::from(move |_: MouseEvent| run.emit(cmd))
    };
    let url = super::public_url(&state);
    let notes = c.tour.slides.get(index(show.at)).zip(c.slide(index(show.at)));
    html! {
        <div class="omk-presenter" tabindex="-1" ref={root} {onkeydown} aria-describedby="omk-presenter-hint">
            <h1 class="omk-presenter__title">{ c.ui.presenter.title.get(lang) }</h1>
            <p class="omk-note" id="omk-presenter-hint">{ t.presenter_hint.get(lang) }{ " " }{ t.keys_hint.get(lang) }</p>
            <div class="omk-presenter__slides">
                <figure class="omk-presenter__now" aria-labelledby="omk-presenter-now">
                    <figcaption id="omk-presenter-now">
                        { t.now.get(lang) }{ ": " }{ fill(t.counter.get(lang), &[("n", &(show.at.slide + 1).to_string()), ("total", &total.to_string())]) }
                        if show.black { <>{ " · " }{ t.black.get(lang) }</> }
                    </figcaption>
                    <div class="omk-presenter__frame"><Slide index={index(show.at)} step={show.at.step} url={url.clone()} preview=true /></div>
                </figure>
                <figure class="omk-presenter__next" aria-labelledby="omk-presenter-next">
                    <figcaption id="omk-presenter-next">{ t.upcoming.get(lang) }{ ": " }{ next.map_or(t.last_slide.get(lang), |p| title(index(p), lang)) }</figcaption>
                    if let Some(p) = next {
                        <div class="omk-presenter__frame"><Slide index={index(p)} step={0} url={url} preview=true /></div>
                    }
                </figure>
            </div>
            { for notes.map(|(slide, texts)| super::notes::notes(&state, slide, texts, "omk-presenter-notes", 2)) }
            <section class="omk-presenter__time" aria-labelledby="omk-presenter-time">
                <h2 id="omk-presenter-time">{ t.timing_label.get(lang) }</h2>
                <p>{ t.elapsed.get(lang) }{ ": " }<time class="omk-presenter__elapsed">{ elapsed(now - started) }</time></p>
                <p>{ t.clock.get(lang) }{ ": " }<time class="omk-presenter__clock">{ clock_text(now) }</time></p>
                { timing_list(&deck, show.at.slide, now - started, lang) }
                <p class="omk-note">{ if kept { t.clock_kept.get(lang) } else { t.clock_not_kept.get(lang) } }</p>
                <button type="button" class="omk-button omk-button--secondary" onclick={restart}>{ t.restart_timer.get(lang) }</button>
            </section>
            <div class="omk-show__bar" role="group" aria-label={t.controls_label.get(lang)}>
                <button type="button" class="omk-button omk-button--secondary" aria-disabled={(show.at == deck.first()).to_string()} onclick={press(Command::Prev)}>{ t.prev.get(lang) }</button>
                <button type="button" class="omk-button" aria-disabled={(show.at == deck.last()).to_string()} onclick={press(Command::Next)}>{ t.next.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary" aria-pressed={show.black.to_string()} onclick={press(Command::Black)}>{ t.black_button.get(lang) }</button>
            </div>
        </div>
    }
}
