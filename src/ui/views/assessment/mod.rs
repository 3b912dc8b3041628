//! The workshop self-assessment: the score form, the radar of the groups, files in and out, and
//! the messages about saving, imports and questions that wait for a yes. The working state is
//! `assessment::workshop::Workshop` (pure, host-tested); this view renders it and sends actions.

pub(crate) mod chart;
mod files;
mod form;
mod grid;
mod messages;

use crate::assessment::workshop::{Action, Defaults, Workshop};
use crate::content::{fill, Lang};
use crate::ui::app::use_app;
use crate::ui::components::heading::H;
use crate::ui::memory::{use_memory, Memory};
use crate::web::storage;
use std::rc::Rc;
use crate::ui::components::prose::prose;
use yew::prelude::*;

/// The workshop and what a new session starts with.
#[derive(Clone, PartialEq)]
pub struct Model {
    pub w: Workshop,
    pub defaults: Defaults,
    /// Counts the changes, so the saving effect can follow them without copying and comparing
    /// the whole workshop (a session can hold tens of thousands of participants).
    pub revision: u64,
}

impl Reducible for Model {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        next.w.apply(action, &next.defaults);
        if next == *self {
            self
        } else {
            next.revision += 1;
            Rc::new(next)
        }
    }
}

pub type Handle = UseReducerHandle<Model>;

/// The ids of the development points, in content order.
pub fn points() -> Vec<&'static str> {
    crate::embedded::full().point_ids()
}

fn today() -> String {
    let d = js_sys::Date::new_0();
    crate::assessment::names::iso_day(d.get_full_year(), d.get_month() + 1, d.get_date())
}

fn defaults(lang: Lang) -> Defaults {
    let ui = &crate::embedded::full().views.assessment_view;
    Defaults { date: today(), group: ui.default_group.get(lang).to_string(), participant: fill(ui.default_participant.get(lang), &[("n", "1")]), points: points() }
}

/// The workshop as this instance last had it for the visit (`memory`), else as the storage has it.
pub(crate) fn open(lang: Lang, memory: &Memory) -> Model {
    let defaults = defaults(lang);
    let kept = memory.workshop().filter(|w| !matches!(w.saving, crate::assessment::workshop::Saving::On));
    let w = kept.unwrap_or_else(|| Workshop::open(storage::read(), &points(), &defaults));
    Model { w, defaults, revision: 0 }
}

#[function_component]
pub fn AssessmentView() -> Html {
    let state = use_app();
    let lang = state.lang();
    let c = crate::embedded::full();
    let memory = use_memory();
    let model = { let memory = memory.clone(); use_reducer(move || open(lang, &memory)) };
    use_save(&model, memory, state.config.standalone);
    let ui = &c.views.assessment_view;
    let no = use_node_ref();
    messages::use_focus_question(model.w.pending.is_some(), no.clone());
    let section = use_node_ref();
    crate::web::focus::use_return_focus(model.w.report.clone(), section.clone());
    html! {
        <section class="omk-section omk-assessment" aria-labelledby="omk-view-title" ref={section}>
            <div class="omk-print-only">
                <p class="omk-print-only__title">{ handout_title(&model.w.session.name, lang) }</p>
                <p>{ fill(ui.handout_date.get(lang), &[("date", &form::long_date(&model.w.session.date, lang))]) }</p>
            </div>
            <H depth={1} id="omk-view-title" class="omk-no-print">{ c.ui.assessment.title.get(lang) }</H>
            <p class="omk-lead omk-no-print">{ prose(&state, &c.ui.assessment.intro) }</p>
            <p class="omk-no-print" data-assessment="who">{ who(lang) }</p>
            <p class="omk-note omk-no-print" data-assessment="privacy">{ ui.privacy.get(lang) }</p>
            <p class="omk-no-print">{ crate::ui::components::link::link(&state, crate::route::View::Session { session: crate::present::session::Session::DEFAULT }, classes!(), None, html! { { c.ui.session.title.get(lang) } }) }</p>
            { messages::status(&model, lang) }
            { messages::saving(&model, lang) }
            { messages::pending(&model, lang, no) }
            { messages::report(&model, lang) }
            { form::session(&model, lang) }
            <grid::Grid model={model.clone()} />
            <chart::Chart model={model.clone()} />
            { form::scores(&model, lang) }
            <files::Files model={model.clone()} />
        </section>
    }
}

/// Who scores what, and how long it takes in the presentation (where the tour has an assessment
/// slide).
fn who(lang: Lang) -> String {
    let t = &crate::embedded::full().views.assessment_view;
    match crate::present::deck::planned_minutes(crate::embedded::full(), crate::content::SlideKind::Assessment) {
        Some(m) => format!("{} {}", t.who.get(lang), fill(t.who_time.get(lang), &[("minutes", &m.to_string())])),
        None => t.who.get(lang).to_string(),
    }
}

/// The handout's title: with the session's name, or the view's title when it has none.
pub fn handout_title(name: &str, lang: Lang) -> String {
    let c = crate::embedded::full();
    crate::assessment::names::handout_title(name, c.views.assessment_view.handout_title.get(lang), c.ui.assessment.title.get(lang))
}

/// Saves the visitor's changes (opening the view writes nothing), after taking in what other
/// writers of the storage saved meanwhile; hears their writes as they happen; keeps the
/// workshop in memory for the visit; and, after the yes to wiping the device, removes the key
/// (and on the standalone page the offline copy).
#[hook]
fn use_save(model: &Handle, memory: Memory, standalone: bool) {
    let dispatcher = model.dispatcher();
    let me = storage::use_other_writers(Callback::from(move |stored| dispatcher.dispatch(Action::External(stored))));
    let handle = model.clone();
    use_effect_with(model.revision, move |_| {
        let w = &handle.w;
        // Kept for the visit only where the storage does not keep it.
        memory.keep((!matches!(w.saving, crate::assessment::workshop::Saving::On)).then(|| w.clone()));
        if w.to_remove {
            storage::remove(me);
            if standalone {
                wasm_bindgen_futures::spawn_local(crate::web::wipe::offline_copy());
            }
            handle.dispatch(Action::Removed);
        } else if let Some(text) = &w.to_write {
            handle.dispatch(if storage::write(text, me) { Action::Saved } else { Action::SaveFailed });
        } else if w.dirty && w.saves() {
            handle.dispatch(Action::Save(storage::read()));
        }
    });
}
