//! The content model: every item the explainer shows, with its source.
//!
//! Each struct here mirrors a table in a file under `content/` (see `content/README.md`). Ids are
//! lowercase slugs; a field that names another item holds that item's id, and validation checks
//! that it resolves.

use super::prose::Prose;
use super::text::{List, Str, Text, ToRust, Visit, VisitPath};
use super::ui_text::{Ui, ViewTexts};

content_enum! {
    /// Whether a source text states something itself, or the explainer reads it into the texts.
    /// The views show `Reading` as "onze lezing" / "our reading".
    pub enum Basis {
        Stated = "stated",
        Reading = "reading",
    }
}

content_struct! {
    /// Where an item comes from: a document id and the section (a heading of that document,
    /// verbatim; empty where the passage comes before the first heading).
    pub struct Source {
        pub doc: Str,
        pub section: Str,
    }
}

content_struct! {
    /// A date as precise as the text gives it: a year, optionally a month, optionally a day.
    pub struct Date {
        pub year: u16,
        pub month: Option<u8>,
        pub day: Option<u8>,
    }
}

content_struct! {
    /// One of the five source documents.
    pub struct Document {
        pub id: Str,
        /// The file name of the source text in `shared/seeds/`.
        pub seed: Str,
        pub title: Text,
        pub organisation: Text,
        /// Whether the text names its organisation itself or the explainer infers it.
        pub organisation_basis: Basis,
        pub kind: Text,
        /// The document's own date, only where the text gives it.
        pub date: Option<Date>,
        /// Where that date comes from, shown beside it where it is not a date the text gives
        /// itself in so many words (the G40 page: the year of its "© 2023 G40").
        pub date_note: Option<Text>,
        /// The latest date the text mentions; places an undated document on the timeline.
        pub latest_date_mentioned: Option<Date>,
    }
}

content_struct! {
    /// The texts of a document that only the views in the chunk show (the context view, the
    /// search, the glossary): [`Full::document_texts`], in the order of the documents.
    pub struct DocumentTexts {
        pub summary: Prose,
    }
}

content_struct! {
    /// A party in the omkering: inwoners, a layer of government, an umbrella organisation or a
    /// city network.
    pub struct Actor {
        pub id: Str,
        pub name: Text,
        /// The umbrella organisation or short name the texts use (IPO, UvW, VNG), if any.
        pub short: Option<Text>,
        /// The label in the omkering diagram where it differs from the name
        /// ("Inwoners en hun leefwereld").
        pub diagram_name: Option<Text>,
        pub summary: Prose,
        pub sources: List<Source>,
    }
}

content_struct! {
    /// What one actor does in one mode.
    pub struct Role {
        pub actor: Str,
        pub text: Prose,
        pub basis: Basis,
        pub source: Source,
    }
}

content_struct! {
    /// An arrow in the omkering diagram: from one actor to another.
    pub struct Flow {
        pub from: Str,
        pub to: Str,
        pub label: Text,
        pub basis: Basis,
    }
}

content_struct! {
    /// One step of a mode, as the stepper tells it.
    pub struct Step {
        pub id: Str,
        pub title: Text,
        pub text: Prose,
        /// The actors this step highlights.
        pub actors: List<Str>,
        pub flows: List<Flow>,
        /// The conditions of the omkering that this step needs (ids); the pairing is the
        /// explainer's reading.
        #[serde(default)]
        pub conditions: List<Str>,
        pub basis: Basis,
        pub source: Source,
    }
}

content_struct! {
    /// Where a mode places the actors in the diagram: one actor id per slot. The slots are the
    /// top, the two ends of the base (`left`, `right`) and a place below each end.
    pub struct Placement {
        pub top: Str,
        pub left: Str,
        pub right: Str,
        pub below_left: Str,
        pub below_right: Str,
    }
}

impl Placement {
    /// The actor ids with their slot, in slot order.
    pub fn slots(&self) -> [(Slot, Str); 5] {
        [
            (Slot::Top, self.top),
            (Slot::Left, self.left),
            (Slot::Right, self.right),
            (Slot::BelowLeft, self.below_left),
            (Slot::BelowRight, self.below_right),
        ]
    }

    /// The slot of an actor, if this placement has it.
    pub fn slot_of(&self, actor: &str) -> Option<Slot> {
        self.slots().into_iter().find(|(_, a)| *a == actor).map(|(s, _)| s)
    }
}

/// A place in the omkering diagram; see [`Placement`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Slot {
    Top,
    Left,
    Right,
    BelowLeft,
    BelowRight,
}

content_struct! {
    /// A way of working between the layers: classic medebewind or the omkering.
    pub struct Mode {
        pub id: Str,
        pub name: Text,
        pub summary: Prose,
        pub basis: Basis,
        pub source: Source,
        pub placement: Placement,
        pub roles: List<Role>,
        pub steps: List<Step>,
    }
}

content_struct! {
    /// One of the five omkering themes.
    pub struct Theme {
        pub id: Str,
        pub name: Text,
        pub source: Source,
    }
}

content_struct! {
    /// One of the five development points of the association strategy.
    pub struct DevelopmentPoint {
        pub id: Str,
        pub name: Text,
        pub source: Source,
    }
}

content_struct! {
    /// A topic the explainer does not link to a theme although a word suggests it
    /// (`[[unlinked]]` in `relations.toml`), and why: the check of `[[keyword]]` reads these.
    pub struct Unlinked {
        pub topic: Str,
        pub theme: Str,
        /// Why not, in the explainer's words (shown as our reading).
        pub note: Prose,
        pub source: Source,
    }
}

content_struct! {
    /// Words that tie a topic to a theme (`[[keyword]]` in `relations.toml`): a topic whose
    /// Dutch name uses one is linked to the theme or listed as `[[unlinked]]` with why
    /// (`tests/relations.rs`). Not shown.
    pub struct Keyword {
        pub theme: Str,
        pub words: List<Str>,
    }
}

content_struct! {
    /// What the texts say about all five themes, or all five development points, at once: the
    /// texts give only their names, so this is said once (`[about]` in `themes.toml` and
    /// `development-points.toml`), not repeated for each.
    pub struct About {
        pub text: Prose,
        pub source: Source,
    }
}

content_struct! {
    /// The texts of a development point that only the views in the chunk show (the development
    /// points and the self-assessment): [`Full::point_texts`], in the order of the points.
    pub struct PointTexts {
        /// What the name can mean, in plain words: the explainer's reading.
        pub reading: Prose,
        /// What the scores 1 and 5 of the self-assessment stand for: the explainer's.
        pub low: Text,
        pub high: Text,
    }
}

content_enum! {
    /// What a slide of the presentation tour shows.
    pub enum SlideKind {
        /// The title slide: its own title and text.
        Title = "title",
        /// The omkering step by step: each step of the mode is a fragment of the slide.
        Omkering = "omkering",
        /// The five themes around the omkering.
        Themes = "themes",
        /// One theme (`item`: its id).
        Theme = "theme",
        Development = "development",
        Assessment = "assessment",
        /// The explainer's public address as a QR code.
        Qr = "qr",
        Closing = "closing",
        /// Background: the financial asks on the balance of tasks and means.
        Finance = "finance",
        /// Background: the layers of government.
        Layers = "layers",
        /// Background: the three tracks of the joint preparation.
        Tracks = "tracks",
        /// Background: a list of one of the other documents (`item`: its id), such as the G40's or the G32's points.
        List = "list",
    }
}

content_struct! {
    /// A slide of the presentation tour. The notes are the explainer's own words for the
    /// presenter.
    pub struct Slide {
        pub id: Str,
        pub kind: SlideKind,
        /// A theme's id for `theme`; a mode's id for `omkering` (none: the default mode).
        pub item: Option<Str>,
    }
}

content_struct! {
    /// The texts of a slide, which only the presentation (in the chunk) shows:
    /// [`Full::slide_texts`], in the order of the slides. `say` and `questions` are the
    /// presenter's notes: the explainer's own words, `basis` says whether `say` connects what the
    /// texts do not (shown as our reading).
    pub struct SlideTexts {
        /// The heading, where the slide has its own (required for `title`, `qr`, `closing`).
        pub title: Option<Text>,
        pub text: Option<Text>,
        /// The planned time of the slide, in whole minutes.
        pub minutes: u8,
        pub say: Prose,
        pub basis: Basis,
        pub questions: List<Question>,
    }
}

content_struct! {
    /// A question for the room in a slide's notes; `critical` marks one that weighs the strategy
    /// rather than explains it.
    pub struct Question {
        pub text: Prose,
        pub critical: bool,
    }
}

content_struct! {
    /// A session a facilitator can choose (`[[session]]` in `tour.toml`): its id and its slides
    /// in order, as indices into [`Tour::slides`]. The first session is the one a presentation
    /// opens with.
    pub struct SessionPlan {
        pub id: Str,
        pub slides: List<u8>,
    }
}

content_struct! {
    /// The presentation tour (`tour.toml`).
    pub struct Tour {
        /// The address the QR slide shows; empty: the address the page was opened at.
        pub public_url: Str,
        /// Every slide `tour.toml` lists; the sessions choose from them.
        pub slides: List<Slide>,
        pub sessions: List<SessionPlan>,
    }
}

content_struct! {
    /// A condition the omkering needs, as the strategy names it.
    pub struct Condition {
        pub id: Str,
        pub name: Prose,
        pub text: Prose,
        pub source: Source,
    }
}

content_struct! {
    /// An item of a list in one of the other documents.
    pub struct Topic {
        pub id: Str,
        /// The item's name; in Dutch verbatim from the text.
        pub name: Prose,
        /// A short explanation in the explainer's own words, where the text says more.
        pub text: Option<Prose>,
        /// The actors the text connects to this item.
        pub actors: List<Str>,
        /// The topic this one belongs to (a burning issue belongs to its track).
        pub part_of: Option<Str>,
        pub source: Source,
    }
}

content_struct! {
    /// A list from one document: the speerpunten, the G32 asks, the tracks, and so on.
    pub struct TopicList {
        pub id: Str,
        pub name: Text,
        pub summary: Prose,
        pub source: Source,
        pub topics: List<Topic>,
    }
}

content_struct! {
    /// A link between a topic and an omkering theme.
    pub struct Relation {
        pub topic: Str,
        pub theme: Str,
        pub basis: Basis,
        /// Why they connect, in the explainer's words.
        pub note: Prose,
        pub source: Source,
    }
}

content_struct! {
    /// A dated event that a text mentions.
    pub struct Event {
        pub id: Str,
        pub date: Date,
        /// The end of a period, for events that span years (an agenda 2019-2022).
        pub until: Option<Date>,
        pub label: Text,
        pub text: Prose,
        pub source: Source,
        /// The route of the view that explains the event (a host test opens each).
        pub view: Str,
    }
}

content_struct! {
    /// What a document says about one layer of government.
    pub struct LayerDoc {
        pub doc: Str,
        pub text: Prose,
        pub basis: Basis,
        pub source: Source,
    }
}

content_struct! {
    /// A layer of government: its actor, its umbrella organisation, its city networks, its role
    /// in the omkering and what each document says about it.
    pub struct Layer {
        pub actor: Str,
        /// The umbrella organisation's actor id, or "" where the layer has none.
        pub umbrella: Str,
        pub networks: List<Str>,
        pub role: Prose,
        pub role_basis: Basis,
        pub role_source: Source,
        pub in_doc: List<LayerDoc>,
    }
}

content_struct! {
    /// What connects the layers: working "als één overheid".
    pub struct Together {
        pub text: Prose,
        pub basis: Basis,
        pub source: Source,
    }
}

content_enum! {
    /// What a financial ask changes in the balance of tasks and means.
    pub enum Pan {
        Means = "means",
        Tasks = "tasks",
        Both = "both",
        How = "how",
    }
}

content_struct! {
    /// A financial ask of the resolution, for the tasks-against-means balance.
    pub struct Ask {
        /// The topic (of the list of financial asks) this ask is.
        pub topic: Str,
        pub pan: Pan,
        pub pan_basis: Basis,
        pub effect: Prose,
        pub effect_basis: Basis,
        pub source: Source,
    }
}

content_struct! {
    /// The balance before any ask is switched on.
    pub struct Balance {
        pub start: Prose,
        pub start_basis: Basis,
        pub source: Source,
    }
}

content_enum! {
    /// Where a glossary entry's explanation comes from. The views show `General` with its own
    /// marker, "algemene uitleg" / "general explanation": the one place where knowledge that no
    /// source text gives may enter the explainer.
    pub enum TermBasis {
        /// A source text explains the term or writes out the abbreviation (the entry's `source`).
        Source = "source",
        /// No source text explains it: a short, neutral explanation of a general term of Dutch
        /// public administration, checkable in public reference works (`source`: where it is used).
        General = "general",
        /// The texts use it and its meaning is not certain: the entry says what the source says
        /// and that the explainer does not explain it further.
        Unexplained = "unexplained",
    }
}

content_struct! {
    /// A term of the glossary (`glossary.toml`).
    pub struct Term {
        pub id: Str,
        pub term: Text,
        /// What an abbreviation stands for.
        pub full: Option<Text>,
        /// The word forms the visible texts use for it, as written there ("koepels",
        /// "koepelorganisaties"): a mark `[[koepels]]` names the term by them, and the
        /// difficult-words check reads them.
        pub forms: Forms,
        pub basis: TermBasis,
        pub explanation: Text,
        pub source: Source,
    }
}

content_struct! {
    /// A term's word forms in each language.
    pub struct Forms {
        pub nl: List<Str>,
        pub en: List<Str>,
    }
}


content_struct! {
    /// The start content: what the start module (routes, the frame, the start and omkering
    /// views) needs. The views in the chunk read [`Full`], which holds this and the rest; the
    /// start module cannot name what it does not hold.
    pub struct Content {
        pub documents: List<Document>,
        pub actors: List<Actor>,
        pub modes: List<Mode>,
        /// The mode the omkering view opens in.
        pub default_mode: Str,
        pub themes: List<Theme>,
        pub themes_about: About,
        pub development_points: List<DevelopmentPoint>,
        pub conditions: List<Condition>,
        /// The actors of [`Full::layers`], in order: derived by the loader, kept in the start
        /// content so routes can name a layer without the layers' texts.
        pub layer_actors: List<Str>,
        /// The topics of [`Full::asks`], in order: derived by the loader, kept in the start
        /// content so routes can name asks without their texts.
        pub ask_topics: List<Str>,
        /// The id of the topic list whose topics are the tracks of the joint preparation.
        pub tracks: Str,
        /// The glossary's terms as routes name them (their ids without `begrip-`), derived by
        /// the loader and kept in the start content so routes can name a term without its texts.
        pub term_slugs: List<Str>,
        /// The ids of those tracks, derived by the loader and kept in the start content.
        pub track_ids: List<Str>,
        pub tour: Tour,
        pub ui: Ui,
    }
}

impl Content {
    /// The development points' ids, in content order (what a self-assessment scores).
    pub fn point_ids(&self) -> Vec<&str> {
        self.development_points.iter().map(|p| p.id.as_str()).collect()
    }

    /// A mode by id; `None` (or an unknown id) gives the default mode.
    pub fn mode(&self, id: Option<&str>) -> &Mode {
        let want = id.unwrap_or(self.default_mode.as_str());
        self.modes.iter().find(|m| m.id == want).or_else(|| self.modes.iter().find(|m| m.id == self.default_mode)).unwrap_or(&self.modes.0[0])
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.iter().find(|a| a.id == id)
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.themes.iter().find(|t| t.id == id)
    }

    pub fn condition(&self, id: &str) -> Option<&Condition> {
        self.conditions.iter().find(|c| c.id == id)
    }
}

/// The whole content of the explainer: the start content (`start`, which `Full` derefs to) and
/// what only the views in the chunk show. Written as Rust by `build.rs` with `start` pointing at
/// the start content's own `static` (src/embedded.rs), so the two share the start texts.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Full {
    pub start: &'static Content,
    /// One per document, in their order.
    pub document_texts: List<DocumentTexts>,
    pub topic_lists: List<TopicList>,
    pub relations: List<Relation>,
    /// Topics not linked to a theme a word suggests, and why.
    pub unlinked: List<Unlinked>,
    /// The words the relation check reads (host tests only; the views never do).
    pub keywords: List<Keyword>,
    pub events: List<Event>,
    pub layers: List<Layer>,
    /// Working "als één overheid" (`layers.toml`).
    pub together: Together,
    pub asks: List<Ask>,
    pub balance: Balance,
    pub points_about: About,
    /// One per development point, in their order.
    pub point_texts: List<PointTexts>,
    /// One per slide of `tour.toml` (`Tour::slides`), in its order.
    pub slide_texts: List<SlideTexts>,
    /// The name of each session (`Tour::sessions`), in its order.
    pub session_names: List<Text>,
    pub views: ViewTexts,
    /// The terms of public administration the texts use, explained (`glossary.toml`).
    pub glossary: List<Term>,
}

impl std::ops::Deref for Full {
    type Target = Content;
    fn deref(&self) -> &Content {
        self.start
    }
}

/// What every glossary id begins with (ids are unique across the whole content, and some terms
/// are also, say, a theme's id).
pub const TERM_PREFIX: &str = "begrip-";

impl Layer {
    /// Whether its panel shows a reading of the explainer's: its role or what a text says of it.
    pub fn has_reading(&self) -> bool {
        self.role_basis == Basis::Reading || self.in_doc.iter().any(|d| d.basis == Basis::Reading)
    }
}

impl Term {
    /// The term as routes name it: `/begrippen/<slug>`.
    pub fn slug(&self) -> &'static str {
        let id: &'static str = self.id.as_str();
        id.strip_prefix(TERM_PREFIX).unwrap_or(id)
    }
}

impl Full {
    /// Each development point with its texts from the chunk.
    pub fn points(&self) -> impl Iterator<Item = (&DevelopmentPoint, &PointTexts)> {
        self.development_points.iter().zip(self.point_texts.iter())
    }

    /// A document's texts from the chunk, by the document's id.
    pub fn document_texts_of(&self, id: &str) -> Option<&DocumentTexts> {
        self.documents_with_texts().find(|(d, _)| d.id == id).map(|(_, t)| t)
    }

    /// Each document with its texts from the chunk.
    pub fn documents_with_texts(&self) -> impl Iterator<Item = (&Document, &DocumentTexts)> {
        self.documents.iter().zip(self.document_texts.iter())
    }

    /// The texts of the slide at `index` of `tour.toml` (`Tour::slides`).
    pub fn slide(&self, index: usize) -> Option<&SlideTexts> {
        self.slide_texts.get(index)
    }

    /// Every slide `tour.toml` lists, with its texts.
    pub fn all_slides(&self) -> impl Iterator<Item = (&Slide, &SlideTexts)> {
        self.tour.slides.iter().zip(self.slide_texts.iter())
    }
}

/// The name of the start content's `static`, which `Full::start` points at in generated code.
pub const START_STATIC: &str = "START";

impl ToRust for Full {
    fn to_rust(&self, out: &mut String) {
        out.push_str("Full{start:&");
        out.push_str(START_STATIC);
        for (name, value) in [
            ("document_texts", &self.document_texts as &dyn ToRust),
            ("topic_lists", &self.topic_lists),
            ("relations", &self.relations),
            ("unlinked", &self.unlinked),
            ("keywords", &self.keywords),
            ("events", &self.events),
            ("layers", &self.layers),
            ("together", &self.together),
            ("asks", &self.asks),
            ("balance", &self.balance),
            ("points_about", &self.points_about),
            ("point_texts", &self.point_texts),
            ("slide_texts", &self.slide_texts),
            ("session_names", &self.session_names),
            ("views", &self.views),
            ("glossary", &self.glossary),
        ] {
            out.push(',');
            out.push_str(name);
            out.push(':');
            value.to_rust(out);
        }
        out.push('}');
    }
}

/// The walk over the whole content keeps the paths the content files have: a point's texts are
/// walked inside `development_points` under the point's id, a slide's inside `tour.slides` under
/// the slide's id, so checks name the item and file a text belongs to.
impl Visit for Full {
    fn visit(&self, path: &mut VisitPath, f: &mut dyn FnMut(&VisitPath, &dyn std::any::Any)) {
        self.start.visit(path, f);
        under(path, &["documents"], |p| {
            for (doc, texts) in self.documents_with_texts() {
                p.ids.push(doc.id.as_str());
                texts.visit(p, f);
                p.ids.pop();
            }
        });
        under(path, &["topic_lists"], |p| self.topic_lists.visit(p, f));
        under(path, &["relations"], |p| self.relations.visit(p, f));
        under(path, &["unlinked"], |p| self.unlinked.visit(p, f));
        under(path, &["keywords"], |p| self.keywords.visit(p, f));
        under(path, &["events"], |p| self.events.visit(p, f));
        under(path, &["layers"], |p| self.layers.visit(p, f));
        under(path, &["together"], |p| self.together.visit(p, f));
        under(path, &["asks"], |p| self.asks.visit(p, f));
        under(path, &["balance"], |p| self.balance.visit(p, f));
        under(path, &["points_about"], |p| self.points_about.visit(p, f));
        under(path, &["development_points"], |p| {
            for (point, texts) in self.development_points.iter().zip(self.point_texts.iter()) {
                p.ids.push(point.id.as_str());
                texts.visit(p, f);
                p.ids.pop();
            }
        });
        under(path, &["tour", "slides"], |p| {
            for (slide, texts) in self.tour.slides.iter().zip(self.slide_texts.iter()) {
                p.ids.push(slide.id.as_str());
                texts.visit(p, f);
                p.ids.pop();
            }
        });
        under(path, &["tour", "sessions"], |p| {
            for (session, name) in self.tour.sessions.iter().zip(self.session_names.iter()) {
                p.ids.push(session.id.as_str());
                name.visit(p, f);
                p.ids.pop();
            }
        });
        under(path, &["ui"], |p| self.views.visit(p, f));
        under(path, &["glossary"], |p| self.glossary.visit(p, f));
    }
}

/// Runs `walk` with `fields` on the path.
fn under(path: &mut VisitPath, fields: &[&'static str], walk: impl FnOnce(&mut VisitPath)) {
    path.fields.extend_from_slice(fields);
    walk(path);
    path.fields.truncate(path.fields.len() - fields.len());
}

/// The most asks the balance takes: a finance route keeps the switched-on asks as the bits of one
/// byte (`View::Finance`).
pub const MAX_ASKS: usize = 8;
/// The most slides a tour has, and steps an omkering slide has (its overview and one per step of
/// its mode): a presentation route keeps both in a byte (`View::Present`).
pub const MAX_SLIDES: usize = 256;
pub const MAX_SLIDE_STEPS: usize = 256;
/// The most slides a session has (a session travels in links and the windows' messages).
pub const MAX_SESSION_SLIDES: usize = 32;
/// The longest slide id, so that a session's link stays within `route::MAX_LEN`.
pub const MAX_SLIDE_ID: usize = 24;
/// The longest a slide is planned to take, in minutes.
pub const MAX_SLIDE_MINUTES: u8 = 60;
