//! Which view shows each text of the content: one list for the search (where a result leads)
//! and the glossary (where a term is used). Pure.

use crate::content::{Full, Lang, Mark, Prose, Text, Ui};
use crate::route::{Select, View, ENTRIES};

/// A text of the content as one view shows it: its title, its text, and the glossary terms the
/// text marks.
#[derive(Clone, Copy)]
pub struct Item {
    pub view: View,
    pub title: &'static Text,
    pub body: Option<&'static Text>,
    /// The marks of the title (a topic's or condition's name) and of the text.
    pub title_marks: &'static [Mark],
    pub marks: &'static [Mark],
}

/// A title: a name (no marks) or a name that marks terms.
trait Title {
    fn parts(&'static self) -> (&'static Text, &'static [Mark]);
}
impl Title for Text {
    fn parts(&'static self) -> (&'static Text, &'static [Mark]) {
        (self, &[])
    }
}
impl Title for Prose {
    fn parts(&'static self) -> (&'static Text, &'static [Mark]) {
        (&self.text, self.marks.0)
    }
}

fn plain(view: View, title: &'static impl Title, body: Option<&'static Text>) -> Item {
    let (title, title_marks) = title.parts();
    Item { view, title, body, title_marks, marks: &[] }
}

fn prose(view: View, title: &'static impl Title, body: &'static Prose) -> Item {
    let (title, title_marks) = title.parts();
    Item { view, title, body: Some(&body.text), title_marks, marks: body.marks.0 }
}

/// Every item of the content with the view that shows it, in the order of the views.
pub fn items(c: &'static Full) -> Vec<Item> {
    let mut items = Vec::new();
    for m in c.modes.iter() {
        // The default mode's views are the view without a mode, as its links write it.
        let mode = (m.id != c.default_mode).then_some(m.id.as_str());
        items.push(prose(View::Omkering { mode, step: None, select: None }, &m.name, &m.summary));
        for (i, s) in m.steps.iter().enumerate() {
            items.push(prose(View::Omkering { mode, step: Some(i), select: None }, &s.title, &s.text));
            for f in s.flows.iter() {
                items.push(plain(View::Omkering { mode, step: Some(i), select: None }, &f.label, None));
            }
        }
        for r in m.roles.iter() {
            let name = c.actor(r.actor.as_str()).map(|a| &a.name);
            // An actor the diagram places opens its panel; the others' roles are in the text
            // version of the diagram only.
            let placed = m.placement.slots().iter().any(|(_, a)| *a == r.actor);
            let select = placed.then_some(Select::Actor(r.actor.as_str()));
            items.push(prose(View::Omkering { mode, step: None, select }, name.unwrap_or(&m.name), &r.text));
        }
    }
    for k in c.conditions.iter() {
        // The list of conditions shows a name as its heading (plain); a step that needs the
        // condition shows its name with its marks.
        items.push(prose(View::Omkering { mode: None, step: None, select: None }, &k.name.text, &k.text));
        for m in c.modes.iter() {
            let mode = (m.id != c.default_mode).then_some(m.id.as_str());
            if let Some(i) = m.steps.iter().position(|s| s.conditions.iter().any(|x| *x == k.id)) {
                items.push(plain(View::Omkering { mode, step: Some(i), select: None }, &k.name, None));
            }
        }
    }
    items.push(prose(View::Themes { theme: None }, &c.ui.themes.title, &c.themes_about.text));
    for t in c.themes.iter() {
        items.push(plain(View::Themes { theme: Some(t.id.as_str()) }, &t.name, None));
    }
    for r in c.relations.iter() {
        let topic = c.topic_lists.iter().flat_map(|l| l.topics.iter()).find(|t| t.id == r.topic);
        if let Some(topic) = topic {
            items.push(prose(View::Themes { theme: Some(r.theme.as_str()) }, &topic.name, &r.note));
        }
    }
    for u in c.unlinked.iter() {
        if let Some(topic) = c.topic_lists.iter().flat_map(|l| l.topics.iter()).find(|t| t.id == u.topic) {
            items.push(prose(View::Themes { theme: Some(u.theme.as_str()) }, &topic.name, &u.note));
        }
    }
    items.push(prose(View::Development { point: None }, &c.ui.development.title, &c.points_about.text));
    for (p, texts) in c.points() {
        let view = View::Development { point: Some(p.id.as_str()) };
        items.push(prose(view, &p.name, &texts.reading));
    }
    for (d, texts) in c.documents_with_texts() {
        items.push(prose(View::Context, &d.title, &texts.summary));
        items.push(plain(View::Context, &d.organisation, Some(&d.kind)));
    }
    let omkering = View::Omkering { mode: None, step: None, select: None };
    for a in c.actors.iter() {
        items.push(prose(View::Context, &a.name, &a.summary));
        if let Some(name) = &a.diagram_name {
            items.push(plain(omkering, name, None));
        }
        if let Some(short) = &a.short {
            items.push(plain(View::Context, short, None));
        }
    }
    for l in c.topic_lists.iter() {
        items.push(prose(View::Context, &l.name, &l.summary));
        for t in l.topics.iter() {
            match &t.text {
                Some(text) => items.push(prose(View::Context, &t.name, text)),
                None => items.push(plain(View::Context, &t.name, None)),
            }
        }
    }
    for l in c.layers.iter() {
        let view = View::Layers { layer: Some(l.actor.as_str()) };
        if let Some(a) = c.actor(l.actor.as_str()) {
            items.push(prose(view, &a.name, &l.role));
        }
        for d in l.in_doc.iter() {
            if let Some(doc) = c.documents.iter().find(|x| x.id == d.doc) {
                items.push(prose(view, &doc.title, &d.text));
            }
        }
    }
    items.push(prose(View::Layers { layer: None }, &c.views.layers_view.together_heading, &c.together.text));
    items.push(prose(View::Finance { on: 0 }, &c.ui.finance.title, &c.balance.start));
    for (i, ask) in c.asks.iter().enumerate().take(8) {
        let topic = c.topic_lists.iter().flat_map(|l| l.topics.iter()).find(|t| t.id == ask.topic);
        if let Some(topic) = topic {
            // The balance names an ask in a label: plain.
            items.push(prose(View::Finance { on: 1 << i }, &topic.name.text, &ask.effect));
        }
    }
    // What the balance says while an ask that changes only how the money comes is on.
    if let Some(i) = c.asks.iter().take(8).position(|a| a.pan == crate::content::Pan::How) {
        items.push(prose(View::Finance { on: 1 << i }, &c.ui.finance.title, &c.views.finance_view.how));
    }
    for e in c.events.iter() {
        items.push(prose(View::Context, &e.label, &e.text));
    }
    for t in c.glossary.iter() {
        items.push(plain(View::Glossary { term: Some(t.slug()) }, &t.term, Some(&t.explanation)));
    }
    // The views' own headings and introductions (the search and the presentation show none).
    for entry in ENTRIES.iter().filter(|e| !matches!(e.bare, View::Search | View::Present { .. } | View::Presenter { .. })) {
        let text = entry.bare.texts(&c.ui);
        items.push(prose(entry.bare, &text.title, &text.intro));
    }
    items
}

/// Where each glossary term is used (by the term's index): each view that shows a text marking
/// it, once, with the title of the first such item, in the order of [`items`].
pub fn uses(c: &'static Full) -> Vec<Vec<(View, &'static Text)>> {
    let mut uses: Vec<Vec<(View, &'static Text)>> = vec![Vec::new(); c.glossary.len()];
    for item in items(c) {
        for m in item.marks.iter().chain(item.title_marks) {
            if let Some(views) = uses.get_mut(m.term as usize) {
                if !views.iter().any(|(v, _)| *v == item.view) {
                    views.push((item.view, item.title));
                }
            }
        }
    }
    uses
}

/// How a link to a place names it: the view's title, and the item's where the view shows one
/// item of many ("Thema's: Sociaal domein").
pub fn place_name(ui: &Ui, view: View, title: &Text, lang: Lang) -> String {
    let page = view.texts(ui).title.get(lang);
    let item = title.get(lang);
    if view == view.page() || item == page {
        page.to_string()
    } else {
        format!("{page}: {item}")
    }
}
