//! The map's part of a route: `/map[/<document>/<theme>|/<document>/outside]` and the filters
//! `?doc=<id>&actor=<id>&theme=<id>`.

use super::{lookup, Problem, View};
use crate::content::Content;

/// The query parameters of the map.
pub(super) const PARAMS: [&str; 3] = ["doc", "actor", "theme"];
/// The path segment of the column of topics that belong to no theme.
const OUTSIDE: &str = "outside";

/// What the map shows: only one document, one actor's topics, one theme (each optional).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Filter {
    pub doc: Option<&'static str>,
    pub actor: Option<&'static str>,
    pub theme: Option<&'static str>,
}

impl Filter {
    pub const NONE: Filter = Filter { doc: None, actor: None, theme: None };
}

/// A cell of the documents × themes matrix; `theme: None` is the column of topics outside the
/// themes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct MapCell {
    pub doc: &'static str,
    pub theme: Option<&'static str>,
}

pub(super) fn parse(rest: &[String], params: &[(&str, String)], content: &'static Content) -> (View, usize, Option<Problem>) {
    let mut problem = None;
    let mut pick = |key: &str, ids: &mut dyn Iterator<Item = &'static str>| {
        let value = params.iter().rev().find(|(k, _)| *k == key)?;
        let found = lookup(ids, &value.1);
        if found.is_none() {
            problem.get_or_insert(Problem::UnknownItem);
        }
        found
    };
    let filter = Filter {
        doc: pick("doc", &mut content.documents.iter().map(|d| d.id.as_str())),
        actor: pick("actor", &mut content.actors.iter().map(|a| a.id.as_str())),
        theme: pick("theme", &mut content.themes.iter().map(|t| t.id.as_str())),
    };
    let (cell, used) = match rest {
        [] => (None, 0),
        [doc, theme, ..] => {
            let doc = lookup(content.documents.iter().map(|d| d.id.as_str()), doc);
            let theme = if theme == OUTSIDE { Some(None) } else { lookup(content.themes.iter().map(|t| t.id.as_str()), theme).map(Some) };
            match (doc, theme) {
                (Some(doc), Some(theme)) => (Some(MapCell { doc, theme }), 2),
                _ => {
                    problem.get_or_insert(Problem::UnknownItem);
                    (None, 2)
                }
            }
        }
        [_] => {
            problem.get_or_insert(Problem::Malformed);
            (None, 1)
        }
    };
    (View::Map { filter, cell }, used, problem)
}

/// Writes what follows `map`: the cell, and the filters as parameters.
pub(super) fn format(out: &mut String, filter: Filter, cell: Option<MapCell>, params: &mut Vec<(&'static str, String)>) {
    if let Some(cell) = cell {
        out.push('/');
        out.push_str(cell.doc);
        out.push('/');
        out.push_str(cell.theme.unwrap_or(OUTSIDE));
    }
    for (key, value) in PARAMS.iter().zip([filter.doc, filter.actor, filter.theme]) {
        if let Some(id) = value {
            params.push((key, id.to_string()));
        }
    }
}
