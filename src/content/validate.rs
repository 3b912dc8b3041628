//! The validation rules for loaded content. Run by `build.rs` (the build stops on any error) and
//! by the host tests.
//!
//! Rules: every id is a slug and unique; every reference resolves; every item has a source whose
//! document exists; every text has both languages and neither is empty nor a placeholder; every
//! date is a real date; placeholders in braces match between the languages.

use super::error::{ContentError, ContentErrors};
use super::load::{line_of_id, Loaded};
use super::model::*;
use super::text::{Text, Visit, VisitPath};
use super::ui_text::MonthNames;
use std::collections::{HashMap, HashSet};

/// The content file a top-level field of [`Full`] comes from.
pub fn file_of(top: &str) -> &'static str {
    match top {
        "documents" => "documents.toml",
        "actors" => "actors.toml",
        "modes" => "omkering.toml",
        "themes" | "themes_about" => "themes.toml",
        "development_points" | "points_about" => "development-points.toml",
        "conditions" => "conditions.toml",
        "topic_lists" => "topics.toml",
        "relations" | "unlinked" | "keywords" => "relations.toml",
        "events" => "events.toml",
        "layers" | "together" => "layers.toml",
        "asks" | "balance" => "finance.toml",
        "tour" => "tour.toml",
        "glossary" => "glossary.toml",
        _ => "ui.toml",
    }
}

/// Path words of the omkering route, which a mode id must not take.
pub const RESERVED_MODE_IDS: &[&str] = &["stap", "actor", "thema"];

/// Words that mark unfinished text; none may appear in the content.
const PLACEHOLDERS: &[&str] = &["todo", "tbd", "fixme", "lorem ipsum", "xxx", "placeholder"];

pub fn validate(loaded: &Loaded) -> ContentErrors {
    let c = &loaded.content;
    let mut v = Validator { loaded, errors: ContentErrors::default() };
    v.ids_unique_and_slugs();
    let docs: HashSet<&str> = c.documents.iter().map(|d| d.id.as_str()).collect();
    let actors: HashSet<&str> = c.actors.iter().map(|a| a.id.as_str()).collect();
    let themes: HashSet<&str> = c.themes.iter().map(|t| t.id.as_str()).collect();
    let topics: HashSet<&str> = c.topic_lists.iter().flat_map(|l| l.topics.iter()).map(|t| t.id.as_str()).collect();

    let mut path = VisitPath::default();
    c.visit(&mut path, &mut |path, value| {
        if let Some(t) = value.downcast_ref::<Text>() {
            v.text(path, t);
        } else if let Some(s) = value.downcast_ref::<Source>() {
            if !docs.contains(s.doc.as_str()) {
                v.err(path, format!("source names document `{}`, which is not in documents.toml", s.doc));
            }
        } else if let Some(d) = value.downcast_ref::<Date>() {
            if let Some(problem) = date_problem(d) {
                v.err(path, problem);
            }
        } else if let Some(m) = value.downcast_ref::<MonthNames>() {
            if m.nl.len() != 12 || m.en.len() != 12 {
                v.err(path, "months must list 12 month names in each language".to_string());
            }
        }
    });

    let conditions: HashSet<&str> = c.conditions.iter().map(|x| x.id.as_str()).collect();
    if !c.modes.iter().any(|m| m.id == c.default_mode) {
        v.file_err("omkering.toml", "default_mode", format!("default_mode `{}` is not a mode", c.default_mode));
    }
    let first_placed: Option<HashSet<&str>> =
        c.modes.iter().next().map(|m| m.placement.slots().iter().map(|(_, a)| a.as_str()).collect());
    for mode in c.modes.iter() {
        let id = mode.id.as_str();
        if RESERVED_MODE_IDS.contains(&id) {
            v.item_err("modes", id, format!("`{id}` is a word of the route and cannot be a mode id"));
        }
        let placed: HashSet<&str> = mode.placement.slots().iter().map(|(_, a)| a.as_str()).collect();
        for (_, a) in mode.placement.slots() {
            v.reference("modes", id, "actor", a.as_str(), &actors);
        }
        if placed.len() != 5 {
            v.item_err("modes", id, "the placement must name five different actors".into());
        } else if first_placed.as_ref().is_some_and(|f| *f != placed) {
            v.item_err("modes", id, "every mode must place the same five actors".into());
        }
        for step in mode.steps.iter() {
            let needed = step.actors.iter().chain(step.flows.iter().flat_map(|f| [&f.from, &f.to]));
            for a in needed {
                if !placed.contains(a.as_str()) && actors.contains(a.as_str()) {
                    v.item_err("modes", step.id.as_str(), format!("actor `{a}` takes part but the mode's placement has no place for it"));
                }
            }
            for cond in step.conditions.iter() {
                v.reference("modes", step.id.as_str(), "condition", cond.as_str(), &conditions);
            }
        }
    }
    for mode in c.modes.iter() {
        if mode.steps.is_empty() {
            v.item_err("modes", mode.id.as_str(), "a mode needs at least one step".into());
        }
        for role in mode.roles.iter() {
            v.reference("modes", mode.id.as_str(), "actor", role.actor.as_str(), &actors);
        }
        for step in mode.steps.iter() {
            for a in step.actors.iter() {
                v.reference("modes", step.id.as_str(), "actor", a.as_str(), &actors);
            }
            for flow in step.flows.iter() {
                v.reference("modes", step.id.as_str(), "actor", flow.from.as_str(), &actors);
                v.reference("modes", step.id.as_str(), "actor", flow.to.as_str(), &actors);
                if flow.from == flow.to {
                    v.item_err("modes", step.id.as_str(), format!("an arrow goes from `{}` to itself", flow.from));
                }
            }
        }
    }
    for list in c.topic_lists.iter() {
        for topic in list.topics.iter() {
            for a in topic.actors.iter() {
                v.reference("topic_lists", topic.id.as_str(), "actor", a.as_str(), &actors);
            }
            if let Some(p) = topic.part_of {
                v.reference("topic_lists", topic.id.as_str(), "topic", p.as_str(), &topics);
            }
        }
    }
    let mut pairs = HashSet::new();
    for r in c.relations.iter() {
        v.reference("relations", r.topic.as_str(), "topic", r.topic.as_str(), &topics);
        v.reference("relations", r.topic.as_str(), "theme", r.theme.as_str(), &themes);
        if !pairs.insert((r.topic, r.theme)) {
            v.item_err("relations", r.topic.as_str(), format!("the relation to theme `{}` is listed twice", r.theme));
        }
    }
    for layer in c.layers.iter() {
        let id = layer.actor.as_str();
        v.reference("layers", id, "actor", id, &actors);
        if !layer.umbrella.is_empty() {
            v.reference("layers", id, "actor", layer.umbrella.as_str(), &actors);
        }
        for n in layer.networks.iter() {
            v.reference("layers", id, "actor", n.as_str(), &actors);
        }
        for d in layer.in_doc.iter() {
            v.reference("layers", id, "document", d.doc.as_str(), &docs);
        }
    }
    if c.track_ids.is_empty() {
        v.file_err("topics.toml", "tracks", format!("`tracks` names list `{}`, which is not a list with topics", c.tracks));
    }
    for ask in c.asks.iter() {
        v.reference("asks", ask.topic.as_str(), "topic", ask.topic.as_str(), &topics);
    }
    for ask in c.asks.iter().skip(MAX_ASKS) {
        v.item_err("asks", ask.topic.as_str(), format!("one ask too many: the balance takes at most {MAX_ASKS} asks (a finance link keeps one bit per ask)"));
    }
    for slide in c.tour.slides.iter().skip(MAX_SLIDES) {
        v.item_err("tour", slide.id.as_str(), format!("one slide too many: a tour has at most {MAX_SLIDES} slides (a presentation link keeps the slide in a byte)"));
    }
    for mode in c.modes.iter().filter(|m| 1 + m.steps.len() > MAX_SLIDE_STEPS) {
        v.item_err("modes", mode.id.as_str(), format!("too many steps: a mode has at most {} steps (a presentation link keeps the step in a byte)", MAX_SLIDE_STEPS - 1));
    }
    for t in c.glossary.iter() {
        if !t.id.starts_with(TERM_PREFIX) {
            v.item_err("glossary", t.id.as_str(), format!("a term's id begins with `{TERM_PREFIX}`"));
        }
        // General knowledge enters only as a short, neutral explanation: no figures, no dates
        // (a number on its own; digits after a letter are a name, as in G40).
        let figures = |s: &str| {
            let chars: Vec<char> = s.chars().collect();
            chars.iter().enumerate().any(|(i, ch)| ch.is_ascii_digit() && (i == 0 || !chars[i - 1].is_alphanumeric()))
        };
        if t.basis == TermBasis::General && (figures(&t.explanation.nl) || figures(&t.explanation.en)) {
            v.item_err("glossary", t.id.as_str(), "a general explanation gives no figures or dates".into());
        }
        if t.forms.nl.is_empty() {
            v.item_err("glossary", t.id.as_str(), "`forms` lists the word forms the texts use for the term in each language".into());
        }
    }
    for d in c.documents.iter().filter(|d| d.date_note.is_some() && d.date.is_none()) {
        v.item_err("documents", d.id.as_str(), "`date_note` says where a `date` comes from: give the date too".into());
    }
    for e in c.events.iter() {
        if !e.view.starts_with('/') {
            v.item_err("events", e.id.as_str(), format!("view `{}` must be a route starting with /", e.view));
        }
    }
    for (slide, texts) in c.all_slides() {
        let id = slide.id.as_str();
        if !(1..=MAX_SLIDE_MINUTES).contains(&texts.minutes) {
            v.item_err("tour", id, format!("`minutes` is the slide's planned time: 1 to {MAX_SLIDE_MINUTES}"));
        }
        if texts.questions.is_empty() {
            v.item_err("tour", id, "the notes give the room at least one `[[slide.question]]`".into());
        }
        let needs_title = matches!(slide.kind, SlideKind::Title | SlideKind::Qr | SlideKind::Closing);
        if needs_title && texts.title.is_none() {
            v.item_err("tour", id, format!("a `{}` slide needs a title", slide.kind.key()));
        }
        match (slide.kind, slide.item) {
            (SlideKind::Theme, Some(t)) => v.reference("tour", id, "theme", t.as_str(), &themes),
            (SlideKind::Theme, None) => v.item_err("tour", id, "a `theme` slide names its theme in `item`".into()),
            (SlideKind::Omkering, Some(m)) if !c.modes.iter().any(|x| x.id == m) => {
                v.item_err("tour", id, format!("`item` names mode `{m}`, which is not in omkering.toml"))
            }
            (SlideKind::Omkering, _) => {}
            (SlideKind::List, Some(l)) if !c.topic_lists.iter().any(|x| x.id == l) => {
                v.item_err("tour", id, format!("`item` names list `{l}`, which is not in topics.toml"))
            }
            (SlideKind::List, Some(_)) => {}
            (SlideKind::List, None) => v.item_err("tour", id, "a `list` slide names its list of topics.toml in `item`".into()),
            (kind, Some(_)) => v.item_err("tour", id, format!("a `{}` slide takes no `item`", kind.key())),
            (_, None) => {}
        }
    }
    if c.tour.slides.is_empty() {
        v.file_err("tour.toml", "slide", "the tour needs at least one slide".into());
    }
    if c.tour.sessions.is_empty() {
        v.file_err("tour.toml", "session", "the tour needs at least one `[[session]]` (the first is the one a presentation opens with)".into());
    }
    let mut session_ids = HashSet::new();
    for slide in c.tour.slides.iter().filter(|s| s.id.len() > MAX_SLIDE_ID) {
        v.item_err("tour", slide.id.as_str(), format!("a slide's id has at most {MAX_SLIDE_ID} characters (a session's link names its slides)"));
    }
    for session in c.tour.sessions.iter() {
        let id = session.id.as_str();
        if !session_ids.insert(id) {
            v.item_err("tour", id, "two sessions have this id".into());
        }
        if session.slides.is_empty() || session.slides.len() > MAX_SESSION_SLIDES {
            v.item_err("tour", id, format!("a session has 1 to {MAX_SESSION_SLIDES} slides (a session travels in links)"));
        }
        if !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            v.item_err("tour", id, "a session's id is lower-case letters, digits and `-` (it is written in links)".into());
        }
    }
    let seeds: HashMap<&str, &str> = c.documents.iter().map(|d| (d.id.as_str(), d.seed.as_str())).collect();
    for s in &loaded.sources.source {
        match seeds.get(s.doc.as_str()) {
            None => v.file_err("sources.toml", &s.doc, format!("document `{}` is not in documents.toml", s.doc)),
            Some(seed) if *seed != s.seed => v.file_err(
                "sources.toml",
                &s.doc,
                format!("seed `{}` differs from documents.toml, which says `{seed}`", s.seed),
            ),
            Some(_) => {}
        }
    }
    v.errors
}

struct Validator<'a> {
    loaded: &'a Loaded,
    errors: ContentErrors,
}

impl Validator<'_> {
    fn file_err(&mut self, file: &str, item: &str, problem: String) {
        let line = line_of_id(self.loaded.file_text(file), item);
        self.errors.push(ContentError::new(file, line, item, problem));
    }

    fn item_err(&mut self, top: &str, item: &str, problem: String) {
        self.file_err(file_of(top), item, problem);
    }

    fn err(&mut self, path: &VisitPath, problem: String) {
        let field = path.fields.last().copied().unwrap_or("");
        let item = path.item();
        let named = field.is_empty() || item.rsplit('.').next() == Some(field);
        let problem = if named { problem } else { format!("`{field}`: {problem}") };
        self.item_err(path.top(), &item, problem);
    }

    fn reference(&mut self, top: &str, item: &str, kind: &str, target: &str, known: &HashSet<&str>) {
        if !known.contains(target) {
            self.item_err(top, item, format!("refers to {kind} `{target}`, which does not exist"));
        }
    }

    fn text(&mut self, path: &VisitPath, t: &Text) {
        for (lang, s) in [("nl", t.nl.as_str()), ("en", t.en.as_str())] {
            if s.trim().is_empty() {
                self.err(path, format!("the {lang} text is empty"));
                continue;
            }
            let lower = s.to_lowercase();
            if let Some(p) = PLACEHOLDERS.iter().find(|p| contains_word(&lower, p)) {
                self.err(path, format!("the {lang} text holds the placeholder `{p}`"));
            }
            // A paragraph's marks are cut out when it loads; brackets left in a text are marks
            // in a field that takes none (a name, a title, a label).
            if s.contains("[[") || s.contains("]]") {
                self.err(path, format!("the {lang} text holds `[[` or `]]`: only paragraph texts mark glossary terms (see content/README.md)"));
            }
        }
        if braces(&t.nl) != braces(&t.en) {
            self.err(path, "the nl and en texts have different {placeholders}".to_string());
        }
    }

    fn ids_unique_and_slugs(&mut self) {
        let mut seen: HashMap<&'static str, &'static str> = HashMap::new();
        let mut found = Vec::new();
        let mut path = VisitPath::default();
        self.loaded.content.visit(&mut path, &mut |path, _| {
            if path.fields.last() == Some(&"id") {
                if let Some(id) = path.ids.last() {
                    found.push((path.top(), *id));
                }
            }
        });
        for (top, id) in found {
            if !is_slug(id) {
                self.item_err(top, id, "an id may hold only a-z, 0-9 and -, and must not be empty".into());
            }
            if let Some(first) = seen.insert(id, top) {
                self.item_err(top, id, format!("the id is used twice (also in {})", file_of(first)));
            }
        }
    }
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(i, _)| {
        let before = haystack[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = haystack[i + word.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

fn is_slug(id: &str) -> bool {
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The `{name}` placeholders of a text, sorted.
fn braces(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(n, _)| n)).collect();
    out.sort_unstable();
    out
}

fn date_problem(d: &Date) -> Option<String> {
    if !(1900..=2100).contains(&d.year) {
        return Some(format!("year {} is outside 1900-2100", d.year));
    }
    let Some(m) = d.month else {
        return d.day.map(|_| "a date with a day needs a month".to_string());
    };
    if !(1..=12).contains(&m) {
        return Some(format!("month {m} is not 1-12"));
    }
    let days = match m {
        2 if d.year % 4 == 0 && (d.year % 100 != 0 || d.year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    match d.day {
        Some(day) if !(1..=days).contains(&day) => Some(format!("day {day} does not exist in month {m}")),
        _ => None,
    }
}
