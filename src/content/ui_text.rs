//! The texts of the explainer's own interface (`content/ui.toml`): labels, headings, notices.
//!
//! Every field is required, so a missing label fails the build instead of showing an empty
//! button. A text may hold placeholders in braces (`{n}`), filled by [`super::fill`].

use super::prose::Prose;
use super::text::{List, Str, Text, ToRust, Visit, VisitPath};

content_struct! {
    /// The heading and introduction of one view.
    pub struct ViewText {
        pub title: Text,
        pub intro: Prose,
    }
}

content_struct! {
    /// What the visitor reads when a link or an attribute could not be used as it was.
    pub struct RouteTexts {
        /// Shown above the view that opened instead; `{reason}` is one of the reasons below.
        pub notice: Text,
        pub malformed: Text,
        pub unknown_view: Text,
        pub unknown_item: Text,
        pub step_out_of_range: Text,
        pub unknown_language: Text,
    }
}

content_struct! {
    /// What the widget shows when it fails.
    pub struct ErrorTexts {
        pub title: Text,
        pub body: Text,
        pub reload: Text,
    }
}

content_struct! {
    /// The themes explorer and the map across the documents.
    pub struct ExploreTexts {
        pub ring_title: Text,
        pub ring_center: Text,
        pub ring_hint: Text,
        pub ring_text: Text,
        pub text_version: Text,
        pub strategy_says: Text,
        pub connected_heading: Text,
        pub connected_intro: Text,
        pub unlinked_heading: Text,
        pub unlinked_intro: Text,
        pub actors_heading: Text,
        pub actors_intro: Text,
        pub no_actors: Text,
        pub sources_heading: Text,
        pub on_map: Text,
        pub all_themes: Text,
        pub filters_heading: Text,
        pub filter_doc: Text,
        pub filter_actor: Text,
        pub filter_theme: Text,
        pub filter_all: Text,
        pub filters_reset: Text,
        pub caption: Text,
        pub doc_column: Text,
        pub outside_column: Text,
        /// "{n} onderwerpen".
        pub count: Text,
        pub count_one: Text,
        pub count_zero: Text,
        pub themes_source: Text,
        /// "{doc}: {theme}".
        pub cell_heading: Text,
        pub cell_empty: Text,
        pub close_cell: Text,
        pub source_link: Text,
        pub all_reading: Text,
        pub time_heading: Text,
        pub time_intro: Text,
        pub no_own_date: Text,
        pub time_none: Text,
    }
}

content_struct! {
    /// The layers-of-government view.
    pub struct LayersTexts {
        pub diagram_title: Text,
        pub together: Text,
        pub together_heading: Text,
        pub hint: Text,
        pub umbrella: Text,
        pub networks: Text,
        pub no_umbrella: Text,
        pub role_heading: Text,
        pub docs_heading: Text,
        pub lists_heading: Text,
        pub lists_intro: Text,
        pub text_version: Text,
    }
}

content_struct! {
    /// The tasks-against-means view.
    pub struct FinanceTexts {
        pub diagram_title: Text,
        pub tasks: Text,
        pub means: Text,
        pub asks_heading: Text,
        pub start_heading: Text,
        pub tasks_heavier: Text,
        pub level: Text,
        pub how: Prose,
        pub drawing_reading: Text,
        pub pan_means: Text,
        pub pan_tasks: Text,
        pub pan_both: Text,
        pub pan_how: Text,
    }
}

content_struct! {
    /// The three tracks view.
    pub struct TracksTexts {
        pub diagram_title: Text,
        pub hint: Text,
        pub themes: Text,
        pub items_heading: Text,
        pub no_theme: Text,
        pub text_version: Text,
    }
}

content_struct! {
    /// The timeline view.
    pub struct TimelineTexts {
        pub document: Text,
        pub event: Text,
        pub dated_heading: Text,
        pub undated_heading: Text,
        pub undated_intro: Text,
        pub mentioned_in: Text,
        pub mentions: Text,
        pub no_mentions: Text,
        pub explains: Text,
        pub lists: Text,
    }
}

content_struct! {
    /// The search view's box and results.
    pub struct SearchTexts {
        pub label: Text,
        pub hint: Text,
        /// The keys of the results list; not shown on touch screens.
        pub keys_hint: Text,
        pub empty: Text,
        pub no_results: Text,
        /// "{count} resultaten".
        pub results: Text,
        /// Marks a result in the other language.
        pub other_lang: Text,
    }
}

content_struct! {
    /// What a view shows while its code loads (views load on demand), and when it cannot load.
    pub struct LoadTexts {
        pub loading: Text,
        pub failed: Text,
        pub retry: Text,
    }
}

content_struct! {
    /// The presentation mode and the presenter view (loaded with the chunk).
    pub struct PresentTexts {
        pub controls_label: Text,
        pub prev: Text,
        pub next: Text,
        /// "Dia {n} van {total}".
        pub counter: Text,
        pub overview: Text,
        pub overview_heading: Text,
        pub overview_hint: Text,
        pub fullscreen: Text,
        pub presenter: Text,
        /// The link to the offline package (`omkering-offline.zip`, standalone page only).
        pub offline_package: Text,
        pub settings: Text,
        pub contrast: Text,
        pub letters: Text,
        /// The state of a switch in the "Meer" menu: "aan", "uit".
        pub switch_on: Text,
        pub switch_off: Text,
        pub leave: Text,
        pub keys_hint: Text,
        /// The key help on the first slide of a run (its text is `keys_hint`).
        pub keys_help_title: Text,
        pub keys_help_dismiss: Text,
        pub keys_help_close: Text,
        pub black: Text,
        pub black_button: Text,
        /// "Naar dia {n}: druk op Enter".
        pub typed: Text,
        pub standalone_note: Text,
        pub standalone_link: Text,
        /// "QR-code met het adres {url}".
        pub qr_label: Text,
        /// The QR slide where there is no web address (the offline package).
        pub no_address: Text,
        pub now: Text,
        pub upcoming: Text,
        pub last_slide: Text,
        pub notes: Text,
        pub elapsed: Text,
        pub clock: Text,
        pub restart_timer: Text,
        pub presenter_hint: Text,
        pub window_blocked: Text,
        /// The plan with times (`present::timing`), in the presenter view and the control bar.
        pub timing_label: Text,
        pub planned: Text,
        pub left: Text,
        pub over_time: Text,
        pub ahead: Text,
        pub behind: Text,
        pub on_time: Text,
        pub bar_planned: Text,
        pub bar_left: Text,
        pub bar_over: Text,
        pub bar_ahead: Text,
        pub bar_behind: Text,
        pub clock_kept: Text,
        pub clock_not_kept: Text,
        /// The presenter's notes and their background (`present::notes`).
        pub say_heading: Text,
        pub questions_heading: Text,
        pub critical: Text,
        pub background_heading: Text,
        pub linked_heading: Text,
        pub silent: Text,
        pub unlinked_heading: Text,
        pub outside_heading: Text,
        pub terms_heading: Text,
    }
}

content_struct! {
    /// The labels of the omkering diagram, its stepper and its panels.
    pub struct DiagramTexts {
        /// The diagram's accessible title; `{mode}` is the mode's name.
        pub title: Text,
        /// Said when an actor or theme is chosen: `{name}`.
        pub detail_announce: Text,
        pub mode_label: Text,
        pub overview: Text,
        pub previous: Text,
        pub next: Text,
        pub play: Text,
        pub pause: Text,
        pub keys_hint: Text,
        pub text_version: Text,
        /// Announced on a step change: `{n}`, `{total}`, `{title}`.
        pub announce: Text,
        /// Announced when the overview opens: `{mode}`.
        pub overview_announce: Text,
        pub actor_hint: Text,
        /// Above the diagram on touch screens, where the keys hint is not shown.
        pub touch_hint: Text,
        pub actor_heading: Text,
        /// Where a mode has no role for an actor: `{mode}`.
        pub no_role: Text,
        pub themes_label: Text,
        pub themes_hint: Text,
        pub step_conditions: Text,
        pub step_conditions_reading: Text,
        pub legend_stated: Text,
        pub legend_reading: Text,
        pub placement_note: Text,
        /// The tooltip of an arrow: `{from}`, `{to}`, `{label}`.
        pub arrow_title: Text,
        pub conditions_intro: Text,
    }
}

content_struct! {
    /// The development points diagram and the panel of a point.
    pub struct DevelopmentTexts {
        pub diagram_title: Text,
        pub center: Text,
        pub hint: Text,
        pub text_version: Text,
        pub says_heading: Text,
        pub reading_heading: Text,
        /// Above the descriptions of the scores 1 and 5.
        pub scale_heading: Text,
        pub to_assessment: Text,
        /// What the self-assessment is, beside the link to it.
        pub assessment_intro: Text,
    }
}

content_struct! {
    /// What is wrong with an imported file or the saved data. `{line}` is the line, `{value}`
    /// the value named, `{group}` and `{participant}` names.
    pub struct ProblemTexts {
        /// `{problem}` on line `{line}`.
        pub at_line: Text,
        pub empty: Text,
        pub too_large: Text,
        pub not_utf8: Text,
        pub utf16: Text,
        pub header: Text,
        pub columns: Text,
        pub score: Text,
        pub unknown_point: Text,
        pub duplicate: Text,
        /// The browser could not read the chosen file.
        pub unreadable: Text,
        pub other_session: Text,
        pub empty_name: Text,
        pub quote: Text,
        /// Not JSON; stops too early; not the shape of a session.
        pub syntax_json: Text,
        pub syntax_end: Text,
        pub syntax_shape: Text,
        pub format: Text,
        pub version: Text,
    }
}

content_struct! {
    /// The workshop self-assessment.
    pub struct AssessmentTexts {
        /// The downloaded files' names: `<file_stem>-<date>.csv`.
        pub file_stem: Text,
        /// The name of the download of saved data that could not be read: `<stem>.json`.
        pub storage_file_stem: Text,
        pub session_heading: Text,
        pub session_name: Text,
        pub session_date: Text,
        pub group_label: Text,
        pub new_group: Text,
        pub add_group: Text,
        /// The first group of a new session.
        pub default_group: Text,
        pub participant_label: Text,
        pub new_participant: Text,
        pub add_participant: Text,
        /// A group or participant added under a name that was there already: `{name}`.
        pub group_exists: Text,
        pub participant_exists: Text,
        /// A participant added without a name: `{n}`.
        pub default_participant: Text,
        pub remove_participant: Text,
        /// `{participant}`, `{group}`.
        pub scores_heading: Text,
        pub scale_note: Text,
        pub no_score: Text,
        pub chart_heading: Text,
        pub chart_title: Text,
        pub show_heading: Text,
        /// What the line and the band of a group mean.
        pub chart_key: Text,
        pub no_scores: Text,
        pub table_caption: Text,
        pub table_point: Text,
        /// `{mean}`, `{min}`, `{max}`, `{n}`.
        pub table_cell: Text,
        pub table_none: Text,
        pub files_heading: Text,
        pub files_intro: Text,
        /// The group's score grid (views/assessment/grid.rs): "Scores van de groep {group}", how
        /// to use it, the label of its score buttons ("Score voor {participant}, {point}"), and
        /// what shows for a group too large for it (`{n}` participants).
        pub grid_heading: Text,
        pub grid_hint: Text,
        pub grid_bar: Text,
        pub grid_too_large: Text,
        pub export_csv: Text,
        /// The table for Excel (`assessment::table`): its button, file name and words.
        pub export_excel: Text,
        pub excel_file_stem: Text,
        pub excel_session: Text,
        pub excel_date: Text,
        pub excel_group: Text,
        pub excel_participant: Text,
        pub excel_mean: Text,
        pub export_json: Text,
        pub download_svg: Text,
        pub download_png: Text,
        pub print: Text,
        pub import_label: Text,
        pub import_merge: Text,
        pub import_replace: Text,
        pub reset: Text,
        /// Who scores what, on the view and the assessment slide; how long it takes (`{minutes}`).
        pub who: Text,
        pub who_time: Text,
        /// The same in one sentence for the assessment slide, with `{minutes}`.
        pub who_slide: Text,
        /// Names end up in exported files; participants can be added without one.
        pub privacy: Text,
        pub add_anonymous: Text,
        /// Removing everything the explainer stored on this device (a shared laptop).
        pub wipe: Text,
        pub wipe_note: Text,
        pub confirm_wipe: Text,
        pub wiped: Text,
        pub confirm_reset: Text,
        /// `{file}`.
        pub confirm_replace: Text,
        /// `{participant}`, `{group}`.
        pub confirm_remove: Text,
        pub confirm_discard: Text,
        pub confirm_yes: Text,
        pub confirm_no: Text,
        /// `{file}`, `{n}`.
        pub merged: Text,
        /// `{names}`.
        pub duplicates: Text,
        pub replaced: Text,
        /// `{file}`, `{problem}`.
        pub refused: Text,
        pub reset_done: Text,
        pub saved: Text,
        pub unavailable: Text,
        pub failed: Text,
        /// `{problem}`.
        pub held: Text,
        pub download_held: Text,
        pub discard: Text,
        pub png_failed: Text,
        /// The heading of the printed handout: `{name}`.
        pub handout_title: Text,
        /// `{date}`.
        pub handout_date: Text,
        pub problems: ProblemTexts,
    }
}

content_struct! {
    pub struct Ui {
        pub app_title: Text,
        pub app_subtitle: Text,
        pub skip_link: Text,
        pub nav_label: Text,
        pub language_label: Text,
        /// The name of each language in that language: "Nederlands", "English".
        pub language_name: Text,
        pub start: ViewText,
        pub omkering: ViewText,
        pub themes: ViewText,
        pub map: ViewText,
        pub search: ViewText,
        pub layers: ViewText,
        pub finance: ViewText,
        pub tracks: ViewText,
        pub timeline: ViewText,
        pub glossary: ViewText,
        pub development: ViewText,
        pub assessment: ViewText,
        pub present: ViewText,
        pub presenter: ViewText,
        /// Preparing a session: choosing its slides (`/session`).
        pub session: ViewText,
        /// The facilitator's guide of a session, for print (`/guide`).
        pub guide: ViewText,
        /// The participants' handout, one A4 page (`/handout`).
        pub handout: ViewText,
        pub context: ViewText,
        /// The button that starts the presentation (in the frame, so in the start module).
        pub present_button: Text,
        /// The start view's link to the omkering view, under its answer.
        pub start_explore: Text,
        /// The start view's line above the cards of the other views.
        pub start_more: Text,
        /// "Link kopiëren": the button, what it says after copying or sharing, when neither
        /// worked, and the name of the field that then holds the address.
        pub share_button: Text,
        pub share_copied: Text,
        pub share_shared: Text,
        pub share_failed: Text,
        pub share_address: Text,
        /// Under each view: back to the navigation.
        pub to_top: Text,
        pub open_view: Text,
        pub source_label: Text,
        pub reading_badge: Text,
        pub reading_explanation: Text,
        pub roles_heading: Text,
        pub steps_heading: Text,
        /// "Stap {n} van {total}".
        pub step_label: Text,
        pub flows_label: Text,
        pub conditions_heading: Text,
        pub dismiss: Text,
        pub diagram: DiagramTexts,
        pub route: RouteTexts,
        pub error: ErrorTexts,
        pub load: LoadTexts,
        /// Month names, January first, as used in dates ("14 juni 2023").
        pub months: MonthNames,
    }
}

content_struct! {
    /// The words of the lists of documents, actors, events and topics (the context, timeline and
    /// themes views: `[views.lists]`).
    pub struct ListTexts {
        pub no_date: Text,
        pub latest_date_label: Text,
        pub actors_heading: Text,
        pub documents_heading: Text,
        pub events_heading: Text,
        pub lists_heading: Text,
        pub no_related_topics: Text,
        pub outside_themes_heading: Text,
        pub outside_themes_intro: Text,
        pub part_of_label: Text,
    }
}

content_struct! {
    /// The interface texts only the views in the chunk show (`[views]` in `content/ui.toml`):
    /// [`super::model::Full::views`].
    pub struct ViewTexts {
        pub lists: ListTexts,
        pub explore: ExploreTexts,
        pub search_box: SearchTexts,
        pub layers_view: LayersTexts,
        pub finance_view: FinanceTexts,
        pub tracks_view: TracksTexts,
        pub timeline_view: TimelineTexts,
        pub development_view: DevelopmentTexts,
        pub assessment_view: AssessmentTexts,
        pub present_view: PresentTexts,
        pub glossary_view: GlossaryTexts,
        pub session_view: SessionTexts,
        pub print_view: PrintTexts,
    }
}

content_struct! {
    /// The facilitator's guide and the participants' handout (`[views.print_view]`).
    pub struct PrintTexts {
        /// The button that opens the browser's print dialog (print, or save as PDF).
        pub print: Text,
        /// On an embed: the link that opens the view on the standalone page, to print it there.
        pub print_elsewhere: Text,
        pub print_hint: Text,
        /// "Sessie: {name}".
        pub session: Text,
        pub plan_heading: Text,
        pub plan_number: Text,
        pub plan_slide: Text,
        pub plan_minutes: Text,
        pub plan_from: Text,
        /// "Minuut {from} tot {to}".
        pub window: Text,
        pub on_slide: Text,
        pub guide_link: Text,
        pub handout_link: Text,
        pub address_heading: Text,
        pub address_text: Text,
    }
}

content_struct! {
    /// Preparing a session (`[views.session_view]`): the sessions of the content, the chosen
    /// slides in order, the slides to add, the total time, and the links that start it.
    pub struct SessionTexts {
        pub sessions_label: Text,
        /// "{min} minuten, {n} dia's".
        pub total: Text,
        /// Shown for slides chosen by hand (no session of the content).
        pub own_choice: Text,
        pub chosen_heading: Text,
        pub add_heading: Text,
        pub add_hint: Text,
        /// "{min} min".
        pub minutes: Text,
        /// Before the title slide's title, which is the explainer's own.
        pub title_slide: Text,
        /// "{title} omhoog" and the like: each button names its slide.
        pub up: Text,
        pub down: Text,
        pub remove: Text,
        pub add: Text,
        pub last_slide: Text,
        pub full: Text,
        pub start: Text,
        pub presenter: Text,
        pub share_label: Text,
        pub share_note: Text,
    }
}

content_struct! {
    /// The glossary's words (`[views.glossary_view]`). `general_badge` marks an explanation that
    /// no source text gives: only a glossary entry shows it (in the glossary, and where a marked
    /// term opens its explanation).
    pub struct GlossaryTexts {
        pub list_heading: Text,
        pub full_label: Text,
        pub general_badge: Text,
        pub unexplained_badge: Text,
        /// Instead of "Bron" under a general explanation: the passage uses the term.
        pub used_in_label: Text,
        /// Before the links to the views whose texts mark the term.
        pub shown_in_label: Text,
        /// The link from an explanation opened in a text to the term's entry here.
        pub more_link: Text,
    }
}

content_struct! {
    pub struct MonthNames {
        pub nl: List<Str>,
        pub en: List<Str>,
    }
}
