//! Reads the TOML files of `content/` into a [`Content`] (build time and host tests only).

use super::error::{ContentError, ContentErrors};
use super::model::*;
use super::prose::{with_resolver, Prose, Resolver};
use super::sources::SourcesFile;
use super::text::List;
use super::ui_text::{Ui, ViewTexts};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The content files, in the order they are read.
pub const FILES: &[&str] = &[
    "documents.toml",
    "actors.toml",
    "omkering.toml",
    "conditions.toml",
    "themes.toml",
    "development-points.toml",
    "topics.toml",
    "relations.toml",
    "events.toml",
    "layers.toml",
    "finance.toml",
    "tour.toml",
    "ui.toml",
    "glossary.toml",
    "sources.toml",
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentsFile {
    document: List<RawDocument>,
}
/// A document as written in `documents.toml`: the start content's fields and the chunk's texts.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDocument {
    id: super::text::Str,
    seed: super::text::Str,
    title: super::text::Text,
    organisation: super::text::Text,
    organisation_basis: Basis,
    kind: super::text::Text,
    date: Option<Date>,
    date_note: Option<super::text::Text>,
    latest_date_mentioned: Option<Date>,
    summary: Prose,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorsFile {
    actor: List<Actor>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModesFile {
    default_mode: super::text::Str,
    mode: List<RawMode>,
}
/// A mode as written in `omkering.toml`, where roles and steps are `[[mode.role]]` and
/// `[[mode.step]]` tables.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMode {
    id: super::text::Str,
    name: super::text::Text,
    summary: Prose,
    basis: Basis,
    source: Source,
    placement: Placement,
    role: List<Role>,
    step: List<Step>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ConditionsFile {
    condition: List<Condition>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemesFile {
    about: About,
    theme: List<Theme>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PointsFile {
    about: About,
    point: List<RawPoint>,
}
/// A point as written in `development-points.toml`: the start content's fields and the chunk's
/// texts in one table.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPoint {
    id: super::text::Str,
    name: super::text::Text,
    reading: Prose,
    low: super::text::Text,
    high: super::text::Text,
    source: Source,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TopicsFile {
    tracks: super::text::Str,
    list: List<RawTopicList>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopicList {
    id: super::text::Str,
    name: super::text::Text,
    summary: Prose,
    source: Source,
    topic: List<Topic>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RelationsFile {
    relation: List<Relation>,
    unlinked: List<Unlinked>,
    keyword: List<Keyword>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    event: List<Event>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LayersFile {
    together: Together,
    layer: List<Layer>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FinanceFile {
    balance: Balance,
    ask: List<Ask>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TourFile {
    public_url: super::text::Str,
    session: List<RawSession>,
    slide: List<RawSlide>,
}
/// A session as written in `tour.toml`: its slides by id.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSession {
    id: super::text::Str,
    name: super::text::Text,
    slides: List<super::text::Str>,
}
/// A slide as written in `tour.toml`: its kind and item (start content) and its texts (chunk).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSlide {
    id: super::text::Str,
    kind: SlideKind,
    item: Option<super::text::Str>,
    title: Option<super::text::Text>,
    text: Option<super::text::Text>,
    minutes: u8,
    say: Prose,
    basis: Basis,
    question: List<Question>,
}

impl RawSlide {
    fn slide(&self) -> Slide {
        Slide { id: self.id, kind: self.kind, item: self.item }
    }

    fn texts(&self) -> SlideTexts {
        SlideTexts { title: self.title, text: self.text, minutes: self.minutes, say: self.say, basis: self.basis, questions: self.question }
    }
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    term: List<Term>,
}
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UiFile {
    ui: Ui,
    views: ViewTexts,
}

/// The loaded content, with the source texts of its files (for line numbers in errors).
pub struct Loaded {
    pub content: Full,
    pub sources: SourcesFile,
    pub files: Vec<(PathBuf, String)>,
}

impl Loaded {
    /// The text of a content file by its name, e.g. `"themes.toml"`.
    pub fn file_text(&self, name: &str) -> &str {
        self.files
            .iter()
            .find(|(p, _)| p.file_name().is_some_and(|f| f == name))
            .map(|(_, t)| t.as_str())
            .unwrap_or("")
    }
}

/// Reads and parses every content file of `dir`. Collects the errors of all files, so one run
/// names every broken file.
pub fn load_dir(dir: &Path) -> Result<Loaded, ContentErrors> {
    let mut errors = ContentErrors::default();
    let mut files = Vec::new();
    for name in FILES {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => files.push((path, text)),
            Err(e) => errors.push(ContentError::new(name, None, "", format!("cannot read the file: {e}"))),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let text = |name: &str| files.iter().find(|(p, _)| p.ends_with(name)).map(|(_, t)| t.as_str()).unwrap_or("");

    // The glossary first: the marks of every other file name its terms.
    let glossary: Option<GlossaryFile> = parse(&mut errors, "glossary.toml", text("glossary.toml"));
    let resolver = Resolver {
        slugs: glossary.iter().flat_map(|g| g.term.iter().map(Term::slug)).collect(),
        forms_nl: glossary.iter().flat_map(|g| g.term.iter().map(|t| t.forms.nl.iter().map(|f| f.as_str()).collect())).collect(),
        forms_en: glossary.iter().flat_map(|g| g.term.iter().map(|t| t.forms.en.iter().map(|f| f.as_str()).collect())).collect(),
        marks: 0,
    };
    let (documents, actors, modes, conditions, themes, points, topics, relations, events, layers, finance, tour, ui) = with_resolver(resolver, || {
        let documents: Option<DocumentsFile> = parse(&mut errors, "documents.toml", text("documents.toml"));
        let actors: Option<ActorsFile> = parse(&mut errors, "actors.toml", text("actors.toml"));
        let modes: Option<ModesFile> = parse(&mut errors, "omkering.toml", text("omkering.toml"));
        let conditions: Option<ConditionsFile> = parse(&mut errors, "conditions.toml", text("conditions.toml"));
        let themes: Option<ThemesFile> = parse(&mut errors, "themes.toml", text("themes.toml"));
        let points: Option<PointsFile> = parse(&mut errors, "development-points.toml", text("development-points.toml"));
        let topics: Option<TopicsFile> = parse(&mut errors, "topics.toml", text("topics.toml"));
        let relations: Option<RelationsFile> = parse(&mut errors, "relations.toml", text("relations.toml"));
        let events: Option<EventsFile> = parse(&mut errors, "events.toml", text("events.toml"));
        let layers: Option<LayersFile> = parse(&mut errors, "layers.toml", text("layers.toml"));
        let finance: Option<FinanceFile> = parse(&mut errors, "finance.toml", text("finance.toml"));
        let tour: Option<TourFile> = parse(&mut errors, "tour.toml", text("tour.toml"));
        let ui: Option<UiFile> = parse(&mut errors, "ui.toml", text("ui.toml"));
        (documents, actors, modes, conditions, themes, points, topics, relations, events, layers, finance, tour, ui)
    });
    let sources: Option<SourcesFile> = parse(&mut errors, "sources.toml", text("sources.toml"));

    let (
        Some(documents),
        Some(actors),
        Some(modes),
        Some(conditions),
        Some(themes),
        Some(points),
        Some(topics),
        Some(relations),
        Some(events),
        Some(layers),
        Some(finance),
        Some(tour),
        Some(ui),
        Some(glossary),
        Some(sources),
    ) = (documents, actors, modes, conditions, themes, points, topics, relations, events, layers, finance, tour, ui, glossary, sources)
    else {
        return Err(errors);
    };

    let modes_default = modes.default_mode;
    let modes: Vec<Mode> = modes
        .mode
        .iter()
        .map(|m| Mode {
            id: m.id,
            name: m.name,
            summary: m.summary,
            basis: m.basis,
            source: m.source,
            placement: m.placement,
            roles: m.role,
            steps: m.step,
        })
        .collect();
    let topic_lists: Vec<TopicList> = topics
        .list
        .iter()
        .map(|l| TopicList { id: l.id, name: l.name, summary: l.summary, source: l.source, topics: l.topic })
        .collect();
    // A session names its slides by id; the content keeps their indices (unknown ids: errors).
    let mut sessions = Vec::new();
    for session in tour.session.iter() {
        let mut slides = Vec::new();
        for id in session.slides.iter() {
            // A slide beyond the 256th is left out here; the validation names the limit.
            match tour.slide.iter().position(|s| s.id == *id).map(u8::try_from) {
                Some(Ok(i)) => slides.push(i),
                Some(Err(_)) => {}
                None => errors.push(ContentError::new("tour.toml", None, session.id.as_str(), format!("session `{}` names slide `{id}`, which is not a slide of the tour", session.id))),
            }
        }
        sessions.push(SessionPlan { id: session.id, slides: leak(slides) });
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let start = Content {
        documents: leak(
            documents
                .document
                .iter()
                .map(|d| Document {
                    id: d.id,
                    seed: d.seed,
                    title: d.title,
                    organisation: d.organisation,
                    organisation_basis: d.organisation_basis,
                    kind: d.kind,
                    date: d.date,
                    date_note: d.date_note,
                    latest_date_mentioned: d.latest_date_mentioned,
                })
                .collect(),
        ),
        actors: actors.actor,
        modes: List(Box::leak(modes.into_boxed_slice())),
        default_mode: modes_default,
        themes: themes.theme,
        themes_about: themes.about,
        development_points: leak(points.point.iter().map(|p| DevelopmentPoint { id: p.id, name: p.name, source: p.source }).collect()),
        conditions: conditions.condition,
        layer_actors: leak(layers.layer.iter().map(|l| l.actor).collect()),
        term_slugs: leak(glossary.term.iter().map(|t| super::text::Str(t.slug())).collect()),
        track_ids: leak(topics.list.iter().filter(|l| l.id == topics.tracks).flat_map(|l| l.topic.iter().map(|t| t.id)).collect()),
        tracks: topics.tracks,
        ask_topics: leak(finance.ask.iter().map(|a| a.topic).collect()),
        tour: Tour { public_url: tour.public_url, slides: leak(tour.slide.iter().map(RawSlide::slide).collect()), sessions: leak(sessions) },
        ui: ui.ui,
    };
    let content = Full {
        start: Box::leak(Box::new(start)),
        document_texts: leak(documents.document.iter().map(|d| DocumentTexts { summary: d.summary }).collect()),
        topic_lists: List(Box::leak(topic_lists.into_boxed_slice())),
        relations: relations.relation,
        unlinked: relations.unlinked,
        keywords: relations.keyword,
        events: events.event,
        layers: layers.layer,
        together: layers.together,
        asks: finance.ask,
        balance: finance.balance,
        points_about: points.about,
        point_texts: leak(points.point.iter().map(|p| PointTexts { reading: p.reading, low: p.low, high: p.high }).collect()),
        slide_texts: leak(tour.slide.iter().map(RawSlide::texts).collect()),
        session_names: leak(tour.session.iter().map(|s| s.name).collect()),
        views: ui.views,
        glossary: glossary.term,
    };
    Ok(Loaded { content, sources, files })
}

/// A list that lives as long as the program (the content is loaded once).
fn leak<T>(items: Vec<T>) -> List<T> {
    List(Box::leak(items.into_boxed_slice()))
}

fn parse<T: DeserializeOwned>(errors: &mut ContentErrors, name: &str, text: &str) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = e.span().map(|s| line_of_offset(text, s.start));
            errors.push(ContentError::new(name, line, "", e.message().to_string()));
            None
        }
    }
}

/// The 1-based line of a byte offset.
pub fn line_of_offset(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The 1-based line where an item is declared: the line `id = "…"` (or `topic`, `doc`) naming
/// it, or for a field path without an id (the UI texts, `route.notice`) the line of its last key.
pub fn line_of_id(text: &str, id: &str) -> Option<usize> {
    let needle = format!("\"{id}\"");
    let by_id = text.lines().position(|l| {
        let l = l.trim_start();
        ["id", "topic", "doc"].iter().any(|k| l.strip_prefix(k).is_some_and(|r| r.trim_start().starts_with('=')))
            && l.contains(&needle)
    });
    let key = id.rsplit('.').next().unwrap_or(id);
    let by_key = || {
        text.lines().position(|l| l.trim_start().strip_prefix(key).is_some_and(|r| r.trim_start().starts_with('=')))
    };
    by_id.or_else(by_key).map(|i| i + 1)
}
