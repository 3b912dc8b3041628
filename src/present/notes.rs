//! What the presenter's notes add to a slide's own texts, computed from the content: for a theme
//! slide the topics the other texts link to the theme (our reading, as the relations are), the
//! texts that link nothing to it and the topics a word suggests but that are not linked; for the
//! themes slide the topics that belong to no theme; for every slide the glossary terms its shown
//! texts and notes mark, as background for the room's questions.

use crate::content::prose::Prose;
use crate::content::{Document, Full, Slide, SlideKind, SlideTexts, Term, Topic, Unlinked};
use crate::explore::topics_for;

/// A theme slide's background.
#[derive(Clone, Debug, PartialEq)]
pub struct ThemeNotes {
    /// Per document, the topics it has that connect to the theme.
    pub linked: Vec<(&'static Document, Vec<&'static Topic>)>,
    /// The documents with lists of topics that connect none of them to the theme.
    pub silent: Vec<&'static Document>,
    /// Topics a word ties to the theme that the explainer does not link to it, and why.
    pub unlinked: Vec<(&'static Topic, &'static Unlinked)>,
}

/// The documents that have lists of topics (the other texts: the strategy's own lists are the
/// themes and points).
fn with_topics(c: &'static Full) -> impl Iterator<Item = &'static Document> {
    c.documents.iter().filter(move |d| crate::explore::topics(c).any(|t| t.source.doc == d.id))
}

/// The background of the slide of theme `id`; `None` for a theme that does not exist.
pub fn theme(c: &'static Full, id: &str) -> Option<ThemeNotes> {
    let theme = c.themes.iter().find(|t| t.id == id)?;
    let mut linked = Vec::new();
    let mut silent = Vec::new();
    for doc in with_topics(c) {
        let topics = topics_for(c, doc, Some(theme));
        if topics.is_empty() {
            silent.push(doc);
        } else {
            linked.push((doc, topics));
        }
    }
    let unlinked = c
        .unlinked
        .iter()
        .filter(|u| u.theme == theme.id)
        .filter_map(|u| crate::explore::topics(c).find(|t| t.id == u.topic).map(|t| (t, u)))
        .collect();
    Some(ThemeNotes { linked, silent, unlinked })
}

/// Per document, the topics that connect to none of the themes (where the texts say something the
/// themes do not cover), for the themes slide.
pub fn outside_themes(c: &'static Full) -> Vec<(&'static Document, Vec<&'static Topic>)> {
    with_topics(c)
        .map(|doc| (doc, topics_for(c, doc, None)))
        .filter(|(_, topics)| !topics.is_empty())
        .collect()
}

/// What the presenter view lists under "background" for a slide: a theme's links and silences
/// (theme slides), the topics outside the themes (the themes slide), and the terms it marks.
#[derive(Clone, Debug, PartialEq)]
pub struct Background {
    pub theme: Option<ThemeNotes>,
    pub outside: Vec<(&'static Document, Vec<&'static Topic>)>,
    pub terms: Vec<&'static Term>,
}

impl Background {
    pub fn is_empty(&self) -> bool {
        self.theme.is_none() && self.outside.is_empty() && self.terms.is_empty()
    }
}

/// The background of a slide with its texts.
pub fn background(c: &'static Full, slide: &Slide, texts: &SlideTexts) -> Background {
    let theme = match (slide.kind, slide.item) {
        (SlideKind::Theme, Some(item)) => theme(c, item.as_str()),
        _ => None,
    };
    let outside = if slide.kind == SlideKind::Themes { outside_themes(c) } else { Vec::new() };
    Background { theme, outside, terms: terms(c, slide, texts) }
}

/// The paragraphs a slide shows besides its notes, whose marked terms are background too.
fn shown(c: &'static Full, slide: &Slide) -> Vec<&'static Prose> {
    let item = slide.item.map(|i| i.as_str());
    match slide.kind {
        SlideKind::Omkering => {
            let mode = c.mode(item);
            std::iter::once(&mode.summary).chain(mode.steps.iter().map(|s| &s.text)).collect()
        }
        SlideKind::Themes | SlideKind::Theme => vec![&c.themes_about.text],
        SlideKind::Development | SlideKind::Assessment => vec![&c.points_about.text],
        SlideKind::Finance | SlideKind::Tracks | SlideKind::Layers | SlideKind::List => {
            super::background::cards(c, slide.kind, item, crate::content::Lang::Nl).map(|cards| cards.lead).into_iter().collect()
        }
        SlideKind::Title | SlideKind::Qr | SlideKind::Closing => Vec::new(),
    }
}

/// The glossary terms a slide's shown paragraphs and its notes mark, each once, in the order they
/// first appear (shown texts first).
pub fn terms(c: &'static Full, slide: &Slide, texts: &SlideTexts) -> Vec<&'static Term> {
    let notes = std::iter::once(&texts.say).chain(texts.questions.iter().map(|q| &q.text));
    let mut found: Vec<&'static Term> = Vec::new();
    for prose in shown(c, slide).into_iter().chain(notes) {
        for mark in prose.marks.iter() {
            if let Some(term) = c.glossary.get(usize::from(mark.term)) {
                if !found.iter().any(|t| t.id == term.id) {
                    found.push(term);
                }
            }
        }
    }
    found
}
