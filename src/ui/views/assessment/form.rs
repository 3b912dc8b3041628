//! The assessment's form: the session (name, date), the group or round and the participant
//! being scored, and one group of radio buttons per development point (real form controls with
//! labels, so mouse, touch and keyboard all work).

use super::Handle;
use crate::assessment::workshop::{Action, Existing, Workshop};
use crate::assessment::MAX_SCORE;
use crate::content::{fill, Lang};
use crate::ui::components::heading::H;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

fn texts() -> &'static crate::content::ui_text::AssessmentTexts {
    &crate::embedded::full().views.assessment_view
}

/// "2026-11-24" as "24 november 2026"; other text as it is.
pub fn long_date(date: &str, lang: Lang) -> String {
    crate::assessment::names::long_date(date, lang, &crate::embedded::full().ui.months)
}

fn send<E: 'static>(model: &Handle, f: impl Fn(E) -> Option<Action> + 'static) -> Callback<E> {
    let model = model.clone();
    Callback::from(move |e| {
        if let Some(action) = f(e) {
            model.dispatch(action);
        }
    })
}

/// A one-field form that adds a group or a participant: the field's words, or `fallback`; `note`
/// says by the field that the name was there already (WCAG 3.3.1).
fn add_form(model: &Handle, id: &'static str, label: &str, button: &str, required: bool, note: Option<String>, make: impl Fn(String) -> Option<Action> + 'static) -> Html {
    let note_id = format!("{id}-note");
    let input = NodeRef::default();
    let onsubmit = {
        let input = input.clone();
        send(model, move |e: SubmitEvent| {
            e.prevent_default();
            let field = input.cast::<HtmlInputElement>()?;
            let value = field.value();
            field.set_value("");
            make(value)
        })
    };
    html! {
        <form class="omk-field omk-field--add" {onsubmit}>
            <label for={id}>{ label }</label>
            <span class="omk-field__row">
                <input {id} type="text" ref={input} maxlength="80" autocomplete="off" {required}
                    aria-describedby={note.is_some().then(|| note_id.clone())} />
                <button type="submit" class="omk-button omk-button--secondary">{ button }</button>
            </span>
            if let Some(note) = note {
                <p class="omk-note omk-field__note" id={note_id}>{ note }</p>
            }
        </form>
    }
}

/// What the field says when the name added was there already (the group field, or the
/// participant field).
pub fn existing(w: &Workshop, lang: Lang, group: bool) -> Option<String> {
    let t = texts();
    match (&w.existing, group) {
        (Some(Existing::Group(name)), true) => Some(fill(t.group_exists.get(lang), &[("name", name)])),
        (Some(Existing::Participant(name)), false) => Some(fill(t.participant_exists.get(lang), &[("name", name)])),
        _ => None,
    }
}

pub fn session(model: &Handle, lang: Lang) -> Html {
    let t = texts();
    let w = &model.w;
    let rename = send(model, |e: InputEvent| Some(Action::Rename(e.target_unchecked_into::<HtmlInputElement>().value())));
    let date = send(model, |e: Event| Some(Action::Date(e.target_unchecked_into::<HtmlInputElement>().value())));
    let group = send(model, |e: Event| e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok().map(Action::SelectGroup));
    let participant = send(model, |e: Event| e.target_unchecked_into::<HtmlSelectElement>().value().parse().ok().map(Action::SelectParticipant));
    let remove = send(model, |_: MouseEvent| Some(Action::RemoveParticipant));
    let names: Vec<String> = w.current_group().participants.iter().map(|p| p.name.clone()).collect();
    let template = t.default_participant.get(lang);
    // "Deelnemer 2": a participant without a name (nothing personal in the exported files).
    let anonymous = send(model, move |_: MouseEvent| Some(Action::AddNumbered(template.to_string())));
    html! {
        <div class="omk-assessment__session omk-no-print">
            <H depth={2}>{ t.session_heading.get(lang) }</H>
            <div class="omk-fields">
                <div class="omk-field">
                    <label for="omk-session-name">{ t.session_name.get(lang) }</label>
                    <input id="omk-session-name" type="text" maxlength="120" value={w.session.name.clone()} oninput={rename} autocomplete="off" />
                </div>
                <div class="omk-field">
                    <label for="omk-session-date">{ t.session_date.get(lang) }</label>
                    <input id="omk-session-date" type="date" value={w.session.date.clone()} onchange={date} />
                </div>
            </div>
            <div class="omk-fields">
                <div class="omk-field">
                    <label for="omk-group">{ t.group_label.get(lang) }</label>
                    <select id="omk-group" onchange={group}>
                        { for w.session.groups.iter().enumerate().map(|(i, g)| html! {
                            <option value={i.to_string()} selected={i == w.group}>{ g.name.clone() }</option>
                        }) }
                    </select>
                </div>
                { add_form(model, "omk-new-group", t.new_group.get(lang), t.add_group.get(lang), true, existing(w, lang, true), |name| Some(Action::AddGroup(name))) }
            </div>
            <div class="omk-fields">
                <div class="omk-field">
                    <label for="omk-participant">{ t.participant_label.get(lang) }</label>
                    <select id="omk-participant" onchange={participant}>
                        { for w.current_group().participants.iter().enumerate().map(|(i, p)| html! {
                            <option value={i.to_string()} selected={i == w.participant}>{ p.name.clone() }</option>
                        }) }
                    </select>
                </div>
                { add_form(model, "omk-new-participant", t.new_participant.get(lang), t.add_participant.get(lang), false, existing(w, lang, false), move |name| {
                    let name = if name.trim().is_empty() { Workshop::free_name(names.clone().into_iter(), template) } else { name };
                    Some(Action::AddParticipant(name))
                }) }
                <button type="button" class="omk-button omk-button--secondary omk-field__end" onclick={anonymous} data-anonymous="">{ t.add_anonymous.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary omk-field__end" onclick={remove}>{ t.remove_participant.get(lang) }</button>
            </div>
        </div>
    }
}

/// One fieldset per point: "Geen score" and 1 to 5, with what 1 and 5 stand for (marked as the
/// explainer's).
pub fn scores(model: &Handle, lang: Lang) -> Html {
    let t = texts();
    let c = crate::embedded::full();
    let w = &model.w;
    let who = w.current().map_or("", |p| p.name.as_str());
    let heading = fill(t.scores_heading.get(lang), &[("participant", who), ("group", &w.current_group().name)]);
    html! {
        <div class="omk-assessment__scores omk-no-print">
            <H depth={2}>{ heading }</H>
            // The legend of the "onze lezing" label, where it first appears in this view.
            { crate::ui::components::source::reading_legend_in(&c.ui, lang) }
            <p class="omk-note" id="omk-scale-note">{ t.scale_note.get(lang) }{ " " }<span class="omk-reading">{ c.ui.reading_badge.get(lang) }</span></p>
            { for c.points().enumerate().map(|(i, (p, texts))| {
                let id = p.id.as_str();
                let current = w.current().and_then(|x| x.scores.get(id)).copied().unwrap_or(0);
                let scale = format!("omk-scale-{i}");
                html! {
                    <fieldset class="omk-score" data-point={id} aria-describedby={scale.clone()}>
                        <legend>{ format!("{}. {}", i + 1, p.name.get(lang)) }</legend>
                        <div class="omk-score__options">
                            { for (0..=MAX_SCORE).map(|s| {
                                let input_id = format!("omk-score-{i}-{s}");
                                let onchange = send(model, move |_: Event| Some(Action::Score { point: id.to_string(), score: s }));
                                html! {
                                    <span class={classes!("omk-score__option", (s == 0).then_some("omk-score__option--none"))}>
                                        <input type="radio" id={input_id.clone()} name={format!("omk-score-{i}")} value={s.to_string()} checked={current == s} {onchange} />
                                        <label for={input_id}>{ if s == 0 { t.no_score.get(lang).to_string() } else { s.to_string() } }</label>
                                    </span>
                                }
                            }) }
                        </div>
                        <p class="omk-score__scale" id={scale}>
                            <span>{ "1: " }{ texts.low.get(lang) }</span>
                            <span>{ format!("{MAX_SCORE}: ") }{ texts.high.get(lang) }</span>
                        </p>
                    </fieldset>
                }
            }) }
        </div>
    }
}
