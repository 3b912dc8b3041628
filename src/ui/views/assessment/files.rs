//! Files in and out of the assessment, all inside the browser: the scores as a table for Excel,
//! as CSV and JSON to read back in, the chart as SVG and as a projector-size PNG, a printed handout; reading
//! files back (merged into the session, or replacing it after a yes); and clearing everything.

use super::{form::long_date, points, Handle};
use crate::assessment::workshop::Action;
use crate::assessment::{self, csv, json, table};
use crate::content::{fill, Lang};
use crate::diagram::radar_chart::{export_svg, ExportTexts, Series, EXPORT_SIZE};
use crate::ui::app::use_app;
use crate::ui::components::heading::H;
use crate::web::files;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FilesProps {
    pub model: Handle,
}

/// A file name for the session in the visitor's language: "zelfevaluatie-2026-11-24.csv".
fn file_name(date: &str, ext: &str, lang: Lang) -> String {
    crate::assessment::names::file_name(crate::embedded::full().views.assessment_view.file_stem.get(lang), date, ext)
}

/// The chart as a standalone SVG document, with the groups the chart shows.
fn chart_svg(model: &Handle, lang: Lang) -> String {
    let c = crate::embedded::full();
    let t = &c.views.assessment_view;
    let w = &model.w;
    let labels: Vec<&str> = c.development_points.iter().map(|p| p.name.get(lang)).collect();
    let points = points();
    let series: Vec<Series> = w.shown().map(|(i, g)| Series { name: &g.name, index: i, stats: g.stats(&points) }).collect();
    let title = super::handout_title(&w.session.name, lang);
    let subtitle = fill(t.handout_date.get(lang), &[("date", &long_date(&w.session.date, lang))]);
    let texts = ExportTexts { title: &title, subtitle: &subtitle, labels: &labels, legend: t.show_heading.get(lang), key: t.chart_key.get(lang) };
    export_svg(&texts, &series)
}

#[function_component]
pub fn Files(props: &FilesProps) -> Html {
    let lang = use_app().lang();
    let t = &crate::embedded::full().views.assessment_view;
    let merge = use_state_eq(|| true);
    let png_failed = use_state_eq(|| false);
    let model = &props.model;
    let click = |f: Box<dyn Fn(&Handle)>| {
        let model = model.clone();
        Callback::from(move |_: MouseEvent| f(&model))
    };
    let export_csv = click(Box::new(move |m| {
        files::download(&file_name(&m.w.session.date, "csv", lang), "text/csv;charset=utf-8", csv::write(&m.w.session, &points()).as_bytes())
    }));
    let export_excel = click(Box::new(move |m| {
        let c = crate::embedded::full();
        let t = &c.views.assessment_view;
        let columns: Vec<(&str, &str)> = c.development_points.iter().map(|p| (p.id.as_str(), p.name.get(lang))).collect();
        let headers = table::Headers { session: t.excel_session.get(lang), date: t.excel_date.get(lang), group: t.excel_group.get(lang), participant: t.excel_participant.get(lang), mean: t.excel_mean.get(lang) };
        let name = crate::assessment::names::file_name(t.excel_file_stem.get(lang), &m.w.session.date, "csv");
        files::download(&name, "text/csv;charset=utf-8", table::write(&m.w.session, &columns, &headers, lang).as_bytes())
    }));
    let export_json = click(Box::new(move |m| files::download(&file_name(&m.w.session.date, "json", lang), "application/json", json::write(&m.w.session).as_bytes())));
    let download_svg = click(Box::new(move |m| files::download(&file_name(&m.w.session.date, "svg", lang), "image/svg+xml", chart_svg(m, lang).as_bytes())));
    let download_png = {
        let failed = png_failed.clone();
        click(Box::new(move |m| {
            let failed = failed.clone();
            failed.set(false);
            files::download_png(&file_name(&m.w.session.date, "png", lang), &chart_svg(m, lang), EXPORT_SIZE, move || failed.set(true));
        }))
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(w) = web_sys::window() {
            _ = w.print();
        }
    });
    let reset = click(Box::new(|m| m.dispatch(Action::Reset)));
    let wipe = click(Box::new(|m| m.dispatch(Action::Wipe)));
    let onimport = {
        let model = model.clone();
        let merge = *merge;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let chosen: Vec<web_sys::File> = input.files().map(|list| (0..list.length()).filter_map(|i| list.item(i)).collect()).unwrap_or_default();
            // The same file can be chosen again after a fix.
            input.set_value("");
            let model = model.clone();
            wasm_bindgen_futures::spawn_local(async move {
                for file in chosen {
                    let name = file.name();
                    // A file too large is refused by its size, before it is read into memory.
                    let result = match assessment::problem::size(file.size()) {
                        Err(e) => Err(e),
                        Ok(()) => match files::bytes(file).await {
                            Ok(bytes) => assessment::read(&bytes, &points()),
                            Err(_) => Err(assessment::ImportError::at(0, assessment::Problem::Unreadable)),
                        },
                    };
                    model.dispatch(Action::Import { file: name, result, merge });
                }
            });
        })
    };
    let mode = |value: bool, label: &str| {
        let merge = merge.clone();
        let id = if value { "omk-import-merge" } else { "omk-import-replace" };
        html! {
            <span class="omk-score__option">
                <input type="radio" {id} name="omk-import-mode" checked={*merge == value} onchange={Callback::from(move |_: Event| merge.set(value))} />
                <label for={id}>{ label.to_string() }</label>
            </span>
        }
    };
    html! {
        <div class="omk-assessment__files omk-no-print">
            <H depth={2}>{ t.files_heading.get(lang) }</H>
            <p class="omk-note">{ t.files_intro.get(lang) }</p>
            <div class="omk-actions">
                <button type="button" class="omk-button omk-button--secondary" onclick={export_excel} data-export="excel">{ t.export_excel.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary" onclick={export_csv} data-export="csv">{ t.export_csv.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary" onclick={export_json} data-export="json">{ t.export_json.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary" onclick={download_svg} data-export="svg">{ t.download_svg.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary" onclick={download_png} data-export="png">{ t.download_png.get(lang) }</button>
                <button type="button" class="omk-button omk-button--secondary" onclick={print} data-export="print">{ t.print.get(lang) }</button>
            </div>
            if *png_failed {
                <p class="omk-notice" role="status">{ t.png_failed.get(lang) }</p>
            }
            <fieldset class="omk-import">
                <legend>{ t.import_label.get(lang) }</legend>
                <div class="omk-score__options">
                    { mode(true, t.import_merge.get(lang)) }
                    { mode(false, t.import_replace.get(lang)) }
                </div>
                <input type="file" id="omk-import" multiple=true accept=".csv,.json,text/csv,application/json" onchange={onimport}
                    aria-label={t.import_label.get(lang)} />
            </fieldset>
            <div class="omk-actions">
                <button type="button" class="omk-button omk-button--secondary" onclick={reset} data-reset="">{ t.reset.get(lang) }</button>
            </div>
            <p class="omk-note">{ t.wipe_note.get(lang) }</p>
            <div class="omk-actions">
                <button type="button" class="omk-button omk-button--secondary" onclick={wipe} data-wipe="">{ t.wipe.get(lang) }</button>
            </div>
        </div>
    }
}
