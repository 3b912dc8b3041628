//! What a background slide shows (the finance balance's asks, the layers of government, the three
//! tracks, a list of another document such as the G40's or the G32's points): a lead paragraph,
//! the names of its items as cards, and the source. Taken from the content the background views
//! show, never retyped; the view renders it like the themes slide.

use crate::content::prose::Prose;
use crate::content::{Full, Lang, SlideKind, Source, TopicList};

/// A background slide's content.
#[derive(Clone, Debug, PartialEq)]
pub struct Cards {
    pub title: &'static str,
    pub lead: &'static Prose,
    pub items: Vec<&'static str>,
    pub source: Source,
}

fn list(c: &'static Full, id: &str) -> Option<&'static TopicList> {
    c.topic_lists.iter().find(|l| l.id == id)
}

fn topic_cards(list: &'static TopicList, title: &'static str, lang: Lang) -> Cards {
    Cards { title, lead: &list.summary, items: list.topics.iter().map(|t| t.name.plain(lang)).collect(), source: list.source }
}

/// The cards of a background slide of `kind` (with its `item`); `None` for the other kinds, and
/// for a list that does not exist (the content's validation refuses one).
pub fn cards(c: &'static Full, kind: SlideKind, item: Option<&str>, lang: Lang) -> Option<Cards> {
    match kind {
        SlideKind::Finance => {
            // The list the asks are topics of, with the asks in the balance's order.
            let first = c.asks.first()?.topic;
            let asks = c.topic_lists.iter().find(|l| l.topics.iter().any(|t| t.id == first))?;
            let items = c.asks.iter().filter_map(|a| asks.topics.iter().find(|t| t.id == a.topic)).map(|t| t.name.plain(lang)).collect();
            Some(Cards { items, ..topic_cards(asks, c.ui.finance.title.get(lang), lang) })
        }
        SlideKind::Tracks => Some(topic_cards(list(c, c.tracks.as_str())?, c.ui.tracks.title.get(lang), lang)),
        SlideKind::List => {
            let l = list(c, item?)?;
            Some(topic_cards(l, l.name.get(lang), lang))
        }
        SlideKind::Layers => Some(Cards {
            title: c.ui.layers.title.get(lang),
            lead: &c.together.text,
            items: c.layers.iter().filter_map(|l| c.actor(&l.actor)).map(|a| a.name.get(lang)).collect(),
            source: c.together.source,
        }),
        _ => None,
    }
}
