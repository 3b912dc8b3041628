//! What a view shows by name, for the standalone page's title: the chosen theme, development
//! point, layer, actor, map cell's document or omkering step ("Bestaanszekerheid · De omkering"),
//! so tabs, bookmarks and shared links say what they hold. Only names the start content has;
//! a view whose item's name is in the chunk (a track, a glossary term) is named by its view.

use super::{Select, View};
use crate::content::{Content, Lang};

impl View {
    /// The name of the item the view shows, if it shows one by name.
    pub fn item_name(self, c: &'static Content, lang: Lang) -> Option<&'static str> {
        let actor = |id: &str| c.actors.iter().find(|a| a.id == id).map(|a| a.name.get(lang));
        let theme = |id: &str| c.themes.iter().find(|t| t.id == id).map(|t| t.name.get(lang));
        match self {
            View::Omkering { select: Some(Select::Actor(a)), .. } => actor(a),
            View::Omkering { select: Some(Select::Theme(t)), .. } => theme(t),
            View::Omkering { mode, step: Some(s), select: None } => c.mode(mode).steps.get(s).map(|s| s.title.get(lang)),
            View::Themes { theme: Some(t) } => theme(t),
            View::Development { point: Some(p) } => c.development_points.iter().find(|x| x.id == p).map(|x| x.name.get(lang)),
            View::Layers { layer: Some(a) } => actor(a),
            View::Map { cell: Some(cell), .. } => c.documents.iter().find(|d| d.id == cell.doc).map(|d| d.title.get(lang)),
            _ => None,
        }
    }

    /// The standalone page's title: the item and the explainer ("Bestaanszekerheid · De
    /// omkering"), else the view and the explainer, else the explainer alone.
    pub fn page_title(self, c: &'static Content, lang: Lang) -> String {
        let app = c.ui.app_title.get(lang);
        let name = self.item_name(c, lang).unwrap_or_else(|| self.texts(&c.ui).title.get(lang));
        if name == app { app.to_string() } else { format!("{name} · {app}") }
    }
}
