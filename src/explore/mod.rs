//! The map across the documents, without a browser: which topics of which document connect to
//! which omkering theme (the documents × themes matrix), the same along time, and what a theme's
//! page lists. Views only draw what this gives.

use crate::content::{Actor, Date, Document, Event, Full, Relation, Theme, Topic};
use crate::route::Filter;

/// A topic in a cell, with the relation that puts it there (none in the column of topics that
/// belong to no theme).
#[derive(Clone, Copy, Debug)]
pub struct Item {
    pub topic: &'static Topic,
    pub relation: Option<&'static Relation>,
}

/// One cell: a document's topics for one theme (`theme: None`: for no theme).
#[derive(Clone, Debug)]
pub struct Cell {
    pub theme: Option<&'static Theme>,
    pub items: Vec<Item>,
}

#[derive(Clone, Debug)]
pub struct Row {
    pub doc: &'static Document,
    pub cells: Vec<Cell>,
}

impl Row {
    /// Every topic of the row that passes the filter, once.
    pub fn count(&self) -> usize {
        let mut ids: Vec<&str> = self.cells.iter().flat_map(|c| c.items.iter().map(|i| i.topic.id.as_str())).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }
}

/// The documents × themes matrix under a filter: a row per document, a column per theme and,
/// unless a theme is chosen, a last column for the topics that belong to no theme.
#[derive(Clone, Debug)]
pub struct Matrix {
    pub columns: Vec<Option<&'static Theme>>,
    pub rows: Vec<Row>,
}

/// Every topic of every list, in content order.
pub fn topics(c: &'static Full) -> impl Iterator<Item = &'static Topic> {
    c.topic_lists.iter().flat_map(|l| l.topics.iter())
}

/// The relations of a topic to the themes.
pub fn relations_of<'a>(c: &'static Full, topic: &'a str) -> impl Iterator<Item = &'static Relation> + 'a {
    c.relations.iter().filter(move |r| r.topic == topic)
}

fn passes(filter: &Filter, topic: &Topic) -> bool {
    filter.actor.is_none_or(|a| topic.actors.iter().any(|x| *x == a))
}

pub fn matrix(c: &'static Full, filter: &Filter) -> Matrix {
    let mut columns: Vec<Option<&'static Theme>> =
        c.themes.iter().filter(|t| filter.theme.is_none_or(|f| t.id == f)).map(Some).collect();
    if filter.theme.is_none() {
        columns.push(None);
    }
    let rows = c
        .documents
        .iter()
        .filter(|d| filter.doc.is_none_or(|f| d.id == f))
        .map(|doc| Row { doc, cells: columns.iter().map(|theme| cell(c, filter, doc, *theme)).collect() })
        .collect();
    Matrix { columns, rows }
}

/// The topics of one document for one theme (or for no theme) under a filter.
pub fn cell(c: &'static Full, filter: &Filter, doc: &Document, theme: Option<&'static Theme>) -> Cell {
    let of_doc = topics(c).filter(|t| t.source.doc == doc.id && passes(filter, t));
    let items = match theme {
        Some(th) => of_doc
            .filter_map(|topic| relations_of(c, &topic.id).find(|r| r.theme == th.id).map(|r| Item { topic, relation: Some(r) }))
            .collect(),
        None => of_doc.filter(|t| relations_of(c, &t.id).next().is_none()).map(|topic| Item { topic, relation: None }).collect(),
    };
    Cell { theme, items }
}

/// The topics of one document for one theme (or, `None`, for no theme), unfiltered.
pub fn topics_for(c: &'static Full, doc: &Document, theme: Option<&'static Theme>) -> Vec<&'static Topic> {
    cell(c, &Filter::NONE, doc, theme).items.iter().map(|i| i.topic).collect()
}

/// Where a document stands in time: at its own date, where its text dates itself, or in a lane
/// of its own (most texts give no date of their own). The dates a text mentions (what happened
/// or is planned then) never place it: a text about the year 2026 is not from 2026.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Placement {
    Dated(Date),
    Undated,
}

impl Placement {
    pub fn of(doc: &Document) -> Placement {
        doc.date.map_or(Placement::Undated, Placement::Dated)
    }

    /// The order: by own date, a year before its months and a month before its days; the
    /// documents without a date of their own after them, in content order.
    fn key(self) -> (u8, u16, u8, u8) {
        match self {
            Placement::Dated(d) => (0, d.year, d.month.unwrap_or(0), d.day.unwrap_or(0)),
            Placement::Undated => (1, 0, 0, 0),
        }
    }
}

/// The rows of a matrix in time order (stable: documents with the same date keep content order).
pub fn along_time(matrix: &Matrix) -> Vec<(&Row, Placement)> {
    let mut rows: Vec<_> = matrix.rows.iter().map(|r| (r, Placement::of(r.doc))).collect();
    rows.sort_by_key(|(_, p)| p.key());
    rows
}

/// What a theme's page lists: per document, the topics that connect to the theme, and the actors
/// those topics name (in the order of `actors.toml`).
pub struct ThemePage {
    pub by_doc: Vec<(&'static Document, Vec<Item>)>,
    pub actors: Vec<&'static Actor>,
}

impl ThemePage {
    /// Whether a topic it links to the theme is linked by the explainer's reading.
    pub fn has_reading(&self) -> bool {
        self.by_doc.iter().flat_map(|(_, items)| items.iter()).any(|i| i.relation.is_some_and(|r| r.basis == crate::content::Basis::Reading))
    }
}

pub fn theme_page(c: &'static Full, theme: &'static Theme) -> ThemePage {
    let by_doc: Vec<_> = c
        .documents
        .iter()
        .map(|d| (d, cell(c, &Filter::NONE, d, Some(theme)).items))
        .filter(|(_, items)| !items.is_empty())
        .collect();
    let named = |a: &Actor| by_doc.iter().any(|(_, items)| items.iter().any(|i| i.topic.actors.iter().any(|x| *x == a.id)));
    let actors = c.actors.iter().filter(|a| named(a)).collect();
    ThemePage { by_doc, actors }
}

/// The actors that any topic names: the choices of the actor filter.
pub fn filter_actors(c: &'static Full) -> Vec<&'static Actor> {
    c.actors.iter().filter(|a| topics(c).any(|t| t.actors.iter().any(|x| *x == a.id))).collect()
}

/// A track of the joint preparation with its items, each with its relations to the themes.
pub type Track = (&'static Topic, Vec<(&'static Topic, Vec<&'static Relation>)>);

/// The tracks (the topics of the list `tracks` names), in content order, each with the topics
/// that are `part_of` it.
pub fn tracks(c: &'static Full) -> Vec<Track> {
    c.track_ids
        .iter()
        .filter_map(|id| topics(c).find(|t| t.id == *id))
        .map(|track| {
            let items = topics(c).filter(|t| t.part_of == Some(track.id)).map(|t| (t, relations_of(c, &t.id).collect())).collect();
            (track, items)
        })
        .collect()
}

/// A join of a track's item to a theme: (track, item, theme) as positions in `tracks` and the
/// content's themes, and whether it is our reading (no text says so).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TrackJoin {
    pub track: usize,
    pub item: usize,
    pub theme: usize,
    pub reading: bool,
}

/// Every join of the tracks' items to the themes, in the order of the tracks and their items.
pub fn track_joins(c: &'static Full, tracks: &[Track]) -> Vec<TrackJoin> {
    let mut joins = Vec::new();
    for (g, (_, items)) in tracks.iter().enumerate() {
        for (i, (_, rels)) in items.iter().enumerate() {
            for r in rels {
                if let Some(t) = c.themes.iter().position(|t| t.id == r.theme) {
                    joins.push(TrackJoin { track: g, item: i, theme: t, reading: r.basis == crate::content::Basis::Reading });
                }
            }
        }
    }
    joins
}

/// A line of the timeline: a document at its own date, or a date a document mentions.
pub enum TimeEntry {
    Doc(&'static Document, Date),
    /// A date a document mentions (the event's source names the document).
    Event(&'static Event),
}

impl TimeEntry {
    /// By date; at the same date a document before the dates mentioned.
    fn key(&self) -> (u16, u8, u8, u8) {
        let (d, event) = match self {
            TimeEntry::Doc(_, d) => (d, 0),
            TimeEntry::Event(e) => (&e.date, 1),
        };
        (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0), event)
    }
}

/// The timeline: the documents that date themselves and the dates the documents mention, in the
/// order of time; and the documents without a date of their own, in content order, each with the
/// dates it mentions.
pub struct Timeline {
    pub dated: Vec<TimeEntry>,
    pub undated: Vec<(&'static Document, Vec<&'static Event>)>,
}

pub fn timeline(c: &'static Full) -> Timeline {
    let mut dated: Vec<TimeEntry> = c
        .documents
        .iter()
        .filter_map(|d| d.date.map(|date| TimeEntry::Doc(d, date)))
        .chain(c.events.iter().map(TimeEntry::Event))
        .collect();
    dated.sort_by_key(TimeEntry::key);
    let undated = c
        .documents
        .iter()
        .filter(|d| d.date.is_none())
        .map(|d| {
            let mut mentions: Vec<&'static Event> = c.events.iter().filter(|e| e.source.doc == d.id).collect();
            mentions.sort_by_key(|e| (e.date.year, e.date.month.unwrap_or(0), e.date.day.unwrap_or(0)));
            (d, mentions)
        })
        .collect();
    Timeline { dated, undated }
}
