//! The assessment's messages: whether changes are saved, what an import did, and the question
//! that waits for a yes (reset, replace, remove, overwrite unreadable saved data).

use super::Handle;
use crate::assessment::workshop::{Action, Opened, Pending, Report, Saving};
use crate::assessment::ImportError;
use crate::content::{fill, Lang};
use crate::web::{files, storage};
use yew::prelude::*;

fn texts() -> &'static crate::content::ui_text::AssessmentTexts {
    &crate::embedded::full().views.assessment_view
}

/// A problem with a file or the saved data in words, with its line where it has one.
fn problem_text(e: &ImportError, lang: Lang) -> String {
    e.message(&texts().problems, lang)
}

pub fn saving(model: &Handle, lang: Lang) -> Html {
    let t = texts();
    match &model.w.saving {
        Saving::On => html! { <p class="omk-note omk-no-print" data-saving="on">{ t.saved.get(lang) }</p> },
        Saving::Unavailable => warning("unavailable", t.unavailable.get(lang).to_string(), Html::default()),
        Saving::Failed => warning("failed", t.failed.get(lang).to_string(), Html::default()),
        Saving::Held(e) => {
            let download = Callback::from(move |_| {
                if let Opened::Text(text) = storage::read() {
                    files::download(&crate::assessment::names::file_name(t.storage_file_stem.get(lang), "", "json"), "application/json", text.as_bytes());
                }
            });
            let discard = {
                let model = model.clone();
                Callback::from(move |_| model.dispatch(Action::Discard))
            };
            let buttons = html! {
                <div class="omk-actions">
                    <button type="button" class="omk-button omk-button--secondary" onclick={download}>{ t.download_held.get(lang) }</button>
                    <button type="button" class="omk-button omk-button--secondary" onclick={discard}>{ t.discard.get(lang) }</button>
                </div>
            };
            warning("held", fill(t.held.get(lang), &[("problem", &problem_text(e, lang))]), buttons)
        }
    }
}

fn warning(kind: &'static str, text: String, extra: Html) -> Html {
    html! {
        <div class="omk-notice omk-no-print" data-saving={kind}>
            <p class="omk-notice__text">{ text }</p>
            { extra }
        </div>
    }
}

/// The kind of a report and its words.
fn report_text(report: &Report, lang: Lang) -> (&'static str, String) {
    let t = texts();
    match report {
        Report::Merged { file, added, duplicates } => {
            let mut text = fill(t.merged.get(lang), &[("file", file), ("n", &added.to_string())]);
            if !duplicates.is_empty() {
                let names: Vec<String> = duplicates.iter().map(|(g, p)| format!("{p} ({g})")).collect();
                text = format!("{text} {}", fill(t.duplicates.get(lang), &[("names", &names.join(", "))]));
            }
            ("merged", text)
        }
        Report::Replaced { file } => ("replaced", fill(t.replaced.get(lang), &[("file", file)])),
        Report::Refused { file, error } => ("refused", fill(t.refused.get(lang), &[("file", file), ("problem", &problem_text(error, lang))])),
        Report::Reset => ("reset", t.reset_done.get(lang).to_string()),
        Report::Wiped => ("wiped", t.wiped.get(lang).to_string()),
    }
}

/// What a file did (shown until dismissed; the words are also said by [`status`]).
pub fn report(model: &Handle, lang: Lang) -> Html {
    let Some(report) = &model.w.report else { return Html::default() };
    let (kind, text) = report_text(report, lang);
    let dismiss = {
        let model = model.clone();
        Callback::from(move |_| model.dispatch(Action::DismissReport))
    };
    html! {
        <div class="omk-notice omk-no-print" data-report={kind}>
            <p class="omk-notice__text">{ text }</p>
            <button type="button" class="omk-button omk-button--secondary" onclick={dismiss}>{ crate::embedded::full().ui.dismiss.get(lang) }</button>
        </div>
    }
}

/// The assessment's status region (WCAG 4.1.3): on the page from the start, without buttons, so
/// a screen reader says what changes in it: what an import did, a name that was there already,
/// saving that does not work.
pub fn status(model: &Handle, lang: Lang) -> Html {
    let t = texts();
    let w = &model.w;
    let text = match (&w.report, &w.existing, &w.saving) {
        (Some(report), _, _) => report_text(report, lang).1,
        (None, Some(_), _) => super::form::existing(w, lang, true).or_else(|| super::form::existing(w, lang, false)).unwrap_or_default(),
        (None, None, Saving::Failed) => t.failed.get(lang).to_string(),
        _ => String::new(),
    };
    html! { <p class="omk-visually-hidden" role="status" data-status="assessment">{ text }</p> }
}

/// The question that waits: its words and a yes and a no; the no button (`no`) takes the focus
/// (see `use_focus_question`), so a keyboard user is at the question and the safe answer is the
/// nearest.
pub fn pending(model: &Handle, lang: Lang, no: NodeRef) -> Html {
    let t = texts();
    let Some(pending) = &model.w.pending else { return Html::default() };
    let w = &model.w;
    let question = match pending {
        Pending::Reset => t.confirm_reset.get(lang).to_string(),
        Pending::Replace { file, .. } => fill(t.confirm_replace.get(lang), &[("file", file)]),
        Pending::RemoveParticipant => fill(
            t.confirm_remove.get(lang),
            &[("participant", w.current().map_or("", |p| p.name.as_str())), ("group", &w.current_group().name)],
        ),
        Pending::Discard => t.confirm_discard.get(lang).to_string(),
        Pending::Wipe => t.confirm_wipe.get(lang).to_string(),
    };
    let send = |action: Action| {
        let model = model.clone();
        Callback::from(move |_| model.dispatch(action.clone()))
    };
    html! {
        <div class="omk-confirm omk-no-print" role="alertdialog" aria-modal="false" aria-labelledby="omk-confirm-text">
            <p id="omk-confirm-text">{ question }</p>
            <div class="omk-actions">
                <button type="button" class="omk-button" onclick={send(Action::Confirm)}>{ t.confirm_yes.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary" onclick={send(Action::Cancel)} ref={no}>{ t.confirm_no.get(lang) }</button>
            </div>
        </div>
    }
}

/// Moves the focus to the no button when a question opens, and back to where it was when it
/// closes.
#[hook]
pub fn use_focus_question(open: bool, no: NodeRef) {
    let before = use_mut_ref(|| None::<web_sys::Element>);
    use_effect_with(open, move |open| {
        if *open {
            *before.borrow_mut() = crate::web::focus::active(&no);
            if let Some(button) = no.cast::<web_sys::HtmlElement>() {
                _ = button.focus();
            }
        } else if let Some(el) = before.borrow_mut().take() {
            crate::web::focus::focus(&el);
        }
    });
}
