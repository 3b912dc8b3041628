//! The presentation mode: the tour's slides filling the screen (or, embedded, the element), a
//! bar of controls, the black screen, the overview to jump from, and the presenter view in a
//! window of its own (`presenter.rs`). The position is in the route (`/present/<n>/<step>`),
//! so a reload (clickers send F5) keeps the slide.

mod keys;
pub(crate) mod notes;
mod overview;
mod presenter;
mod slide;
mod theme_slide;
mod timing;

pub use presenter::PresenterView;

use crate::content::fill;
use crate::present::deck::Deck;
use crate::present::keys::Command;
use crate::state::Action;
use crate::route::{Route, View};
use crate::ui::app::{use_app, AppState};
use crate::ui::components::link::standalone_href;
use keys::{use_keys, use_show};
use yew::prelude::*;

/// Its position is the route's (`View::Present`); the rest of the running show is the state's.
#[function_component]
pub fn PresentView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let t = &c.views.present_view;
    let root = use_node_ref();
    let (show, run) = use_show(&state, root.clone());
    let onkeydown = use_keys(&state, run.clone(), root.clone(), show.black || show.help);
    let settings = state.show.settings;
    let blocked = use_state_eq(|| false);
    let menu = show.menu;
    let more = use_node_ref();
    let shared = use_state_eq(|| None as crate::ui::components::share::Outcome);
    let standalone = state.config.standalone;
    let (calm, moved) = use_calm(!menu && !show.overview);
    // The session's time against its plan in the control bar, for a single screen (a mirrored
    // laptop without the presenter window). It ticks every second but shows whole minutes, so
    // the page changes once a minute; the slide (a component with the same props) is not
    // rendered again.
    let now = crate::web::present::use_clock();
    let (started, _, _) = crate::web::session_clock::use_session_clock();
    crate::web::present::use_wake_lock();
    {
        // Take the focus, so the keys work at once; not when an embed starts in the
        // presentation (that would take the focus from the host page).
        let root = root.clone();
        let starts_here = !standalone && matches!(state.config.start.view, View::Present { .. });
        use_effect_with((), move |_| {
            if !starts_here {
                if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    {
        // The menu closed (Escape, or one of its buttons) while the focus was in it: the focus
        // goes back to its button, not to the page.
        let (root, more, was) = (root.clone(), more.clone(), use_mut_ref(|| false));
        use_effect_with(menu, move |open| {
            if std::mem::replace(&mut *was.borrow_mut(), *open) && !*open && !focus_within(&root) {
                if let Some(el) = more.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    {
        // Leaving the overview (Escape, or a slide chosen in it) gives the focus back to the show,
        // where the keys work.
        let (root, was) = (root.clone(), use_mut_ref(|| false));
        use_effect_with(show.overview, move |open| {
            if std::mem::replace(&mut *was.borrow_mut(), *open) && !*open {
                if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let session = crate::route::session_of(state.route.view);
    let deck = Deck::new(c, session);
    let total = deck.len();
    let index = deck.index(show.at.slide).unwrap_or_default();
    let steps = deck.slides.get(show.at.slide).map_or(1, |s| s.steps);
    let (first, last) = (show.at == deck.first(), show.at == deck.last());
    // A button runs its command (which closes the menu it may be in: `Show::apply`).
    let press = |cmd: Command| {
        let run = run.clone();
        Callback::from(move |_: MouseEvent| run.emit(cmd))
    };
    let toggle = |f: fn(&mut crate::present::keys::Settings)| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let mut s = settings;
            f(&mut s);
            state.dispatch(Action::ShowSettings(s));
        })
    };
    let presenter = {
        let (state, blocked, run) = (state.clone(), blocked.clone(), run.clone());
        Callback::from(move |_: MouseEvent| {
            run.emit(Command::Menu(false));
            let hash = Route { view: show.at.presenter(session), ..state.route }.format(state.config.lang, state.content);
            blocked.set(!crate::web::present::open_presenter(&hash));
        })
    };
    let url = public_url(&state);
    let states = [t.switch_on.get(lang), t.switch_off.get(lang)];
    let counter = fill(t.counter.get(lang), &[("n", &(show.at.slide + 1).to_string()), ("total", &total.to_string())]);
    let step = (steps > 1 && show.at.step > 0).then(|| fill(c.ui.step_label.get(lang), &[("n", &show.at.step.to_string()), ("total", &(steps - 1).to_string())]));
    html! {
        <div class={classes!("omk-show", settings.contrast.then_some("omk-theme--contrast"), show.black.then_some("omk-show--black"), calm.then_some("omk-show--calm"))}
            tabindex="-1" ref={root} {onkeydown} onpointermove={moved} role="region" aria-roledescription={c.ui.present.title.get(lang)}
            aria-label={slide::title(index, lang)} aria-describedby="omk-show-keys">
            <p class="omk-visually-hidden" id="omk-show-keys">{ t.keys_hint.get(lang) }</p>
            <div class="omk-show__stage">
                if show.overview {
                    <overview::Overview at={show.at} {session} run={run.clone()} />
                } else {
                    <slide::Slide {index} step={show.at.step} url={url} />
                }
            </div>
            <div class="omk-show__bar" role="group" aria-label={t.controls_label.get(lang)}>
                <button type="button" class="omk-button omk-button--secondary" aria-disabled={first.to_string()} onclick={press(Command::Prev)}>{ t.prev.get(lang) }</button>
                <p class="omk-show__counter" aria-live="polite"><span>{ counter }</span>{ for step.map(|s| html! { <><span class="omk-visually-hidden">{ ", " }</span><span>{ s }</span></> }) }</p>
                <button type="button" class="omk-button" aria-disabled={last.to_string()} onclick={press(Command::Next)}>{ t.next.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary" aria-pressed={show.overview.to_string()} onclick={press(Command::Overview)}>{ t.overview.get(lang) }</button>
                <div class="omk-show__more">
                    <button type="button" class="omk-button omk-button--secondary" aria-expanded={menu.to_string()} aria-controls="omk-show-more"
                        ref={more} onclick={press(Command::Menu(!menu))}>{ t.settings.get(lang) }</button>
                    if menu {
                        <div class="omk-show__more-list" id="omk-show-more">
                            <button type="button" class="omk-button omk-button--secondary" onclick={press(Command::Fullscreen)}>{ t.fullscreen.get(lang) }</button>
                            if standalone {
                                <button type="button" class="omk-button omk-button--secondary" onclick={presenter}>{ t.presenter.get(lang) }</button>
                                if let Some(href) = crate::present::deck::offline_package(&crate::web::mount::base()) {
                                    <a class="omk-button omk-button--secondary" href={href} download="omkering-offline.zip">{ t.offline_package.get(lang) }</a>
                                }
                            }
                            // "Link kopiëren": this slide of this session, as on every view.
                            { crate::ui::components::share::copy_link(&state, &shared) }
                            { crate::ui::components::link::link(&state, View::Session { session }, classes!("omk-button", "omk-button--secondary"), None, html! { { c.ui.session.title.get(lang) } }) }
                            // The self-assessment, to enter the room's scores (the presentation's
                            // assessment slide shows them).
                            { crate::ui::components::link::link(&state, View::Assessment, classes!("omk-button", "omk-button--secondary"), None, html! { { c.ui.assessment.title.get(lang) } }) }
                            { switch(t.contrast.get(lang), settings.contrast, toggle(|s| s.contrast = !s.contrast), states) }
                            { switch(t.letters.get(lang), settings.letters, toggle(|s| s.letters = !s.letters), states) }
                        </div>
                    }
                </div>
                <button type="button" class="omk-button omk-button--secondary" onclick={leave(&state)}>{ t.leave.get(lang) }</button>
                { timing::timing_line(&deck, show.at.slide, now - started, lang) }
            </div>
            if !standalone {
                <p class="omk-show__note">{ t.standalone_note.get(lang) }{ " " }
                    <a href={standalone_href(&state, show.at.present(session))} target="_blank" rel="noopener">{ t.standalone_link.get(lang) }</a></p>
            }
            if *blocked {
                <p class="omk-show__note" role="alert">{ t.window_blocked.get(lang) }</p>
            }
            if show.help {
                <div class="omk-show__help" role="note" aria-labelledby="omk-show-help-title">
                    <p class="omk-show__help-title" id="omk-show-help-title">{ t.keys_help_title.get(lang) }</p>
                    <p>{ t.keys_hint.get(lang) }</p>
                    <p>{ t.keys_help_dismiss.get(lang) }{ " " }
                        <button type="button" class="omk-button omk-button--secondary" onclick={press(Command::Escape)}>{ t.keys_help_close.get(lang) }</button></p>
                </div>
            }
            if let Some(n) = show.typed {
                <p class="omk-show__typed">{ fill(t.typed.get(lang), &[("n", &n.to_string())]) }</p>
            }
            if show.black {
                <div class="omk-show__black"></div>
            }
            // On the page from the start (WCAG 4.1.3): the black screen and a slide number being
            // typed are said here.
            <p class="omk-visually-hidden" role="status" data-status="present">
                { if show.black { t.black.get(lang).to_string() } else { show.typed.map(|n| fill(t.typed.get(lang), &[("n", &n.to_string())])).unwrap_or_default() } }
            </p>
        </div>
    }
}

/// A setting of the "Meer" menu as a switch: its name, and its state (on or off) in words beside
/// it, which the switch's role says to screen readers.
fn switch(name: &str, on: bool, onclick: Callback<MouseEvent>, [yes, no]: [&str; 2]) -> Html {
    html! {
        <button type="button" role="switch" class="omk-button omk-button--secondary omk-switch" aria-checked={on.to_string()} {onclick}>
            <span>{ name.to_string() }</span>
            <span class="omk-switch__state" aria-hidden="true">{ if on { yes } else { no } }</span>
        </button>
    }
}

/// Whether the keyboard focus is inside `root` (this instance's tree).
fn focus_within(root: &NodeRef) -> bool {
    let active = crate::web::focus::active(root);
    root.cast::<web_sys::Node>().zip(active).is_some_and(|(r, a)| r.contains(Some(&a)))
}

/// How long the control bar stays after the pointer last moved, while the presentation runs.
const CALM_MS: u32 = 3_000;

/// Whether the control bar may hide (the pointer has not moved for [`CALM_MS`] while `may` is
/// true), and the handler that shows it again on pointer movement. Keyboard focus inside the bar
/// shows it too (CSS `:focus-within`), so it stays reachable by keyboard.
#[hook]
fn use_calm(may: bool) -> (bool, Callback<PointerEvent>) {
    let calm = use_state_eq(|| false);
    let timer = use_mut_ref(|| None::<gloo_timers::callback::Timeout>);
    let arm = {
        let (calm, timer) = (calm.clone(), timer.clone());
        move || {
            let calm = calm.clone();
            *timer.borrow_mut() = Some(gloo_timers::callback::Timeout::new(CALM_MS, move || calm.set(true)));
        }
    };
    {
        let (arm, calm, timer) = (arm.clone(), calm.clone(), timer.clone());
        use_effect_with(may, move |may| {
            calm.set(false);
            if *may {
                arm();
            } else {
                *timer.borrow_mut() = None;
            }
            move || *timer.borrow_mut() = None
        });
    }
    let moved = {
        let calm = calm.clone();
        Callback::from(move |_: PointerEvent| {
            calm.set(false);
            if may {
                arm();
            }
        })
    };
    (*calm && may, moved)
}

/// The Stoppen button: the state leaves for the explainer's view of the slide, as Escape does;
/// full screen ends as the show's view goes (`keys::use_show`).
fn leave(state: &AppState) -> Callback<MouseEvent> {
    let state = state.clone();
    Callback::from(move |_| state.dispatch(crate::state::Change::command(crate::present::keys::Command::Leave)))
}

/// The address the QR slide shows: the element's `public-url`, else the content's, else the
/// page's own address (without the route); empty when there is none (from disk).
pub(crate) fn public_url(state: &AppState) -> AttrValue {
    let page = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let attribute = state.config.public_url;
    let url = crate::present::deck::public_url(attribute.as_ref().map(|u| u.as_str()), crate::embedded::full(), &page);
    AttrValue::from(url.unwrap_or_default().to_string())
}
