//! Paragraph texts that mark the glossary terms they use (issue 24).
//!
//! In a content file a paragraph field marks a term by writing its words in double brackets:
//! `[[medebewind]]` (the words are one of the term's `forms` in that language) or
//! `[[gemeenten|gemeente]]` (shown words, then the term's slug). Loading resolves every mark to
//! its term and keeps the text without brackets plus the marks as byte ranges, so the plain text
//! costs nothing to read and a mark can never name a term that does not exist: an unknown or
//! ambiguous mark stops the build with the file and line.
//!
//! Only [`Prose`] fields take marks (a validation rule refuses brackets in every other text):
//! names, titles, labels and diagram texts stay plain, see `content/README.md`.

use super::text::{List, Str, Text, ToRust, Visit, VisitPath};
use serde::{Deserialize, Deserializer};
use std::cell::RefCell;
use std::fmt::Write as _;

/// One marked term: the bytes `start..end` of the text (in the language `en` says) show the
/// glossary term at index `term` of `Full::glossary` (and of `Content::term_slugs`). `id`
/// numbers every mark of the content (from 0, in the order the files are read), so a view can
/// name the marks that open an explanation in a few bits (`state::TermMarks`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Mark {
    pub start: u16,
    pub end: u16,
    pub id: u16,
    pub term: u8,
    pub en: bool,
}

/// The most marks the content may hold (a view keeps a bit per mark).
pub const MAX_MARKS: usize = 1024;

/// A paragraph text in both languages with the glossary terms it marks.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Prose {
    /// The text without marks.
    pub text: Text,
    /// The marks of both languages, each language's in the order of its text.
    pub marks: List<Mark>,
}

/// A piece of a paragraph: plain words, or the words of a marked term.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    Plain(&'static str),
    Term { words: &'static str, term: u8, id: u16 },
}

impl Prose {
    /// The text without marks: for labels, search, diagrams and everything that is not a
    /// paragraph.
    pub fn plain(&self, lang: super::text::Lang) -> &'static str {
        self.text.get(lang)
    }

    /// The text in `lang` cut at its marks, in order.
    pub fn parts(&self, lang: super::text::Lang) -> Vec<Part> {
        let text = self.text.get(lang);
        let en = lang == super::text::Lang::En;
        let mut parts = Vec::new();
        let mut at = 0;
        for m in self.marks.iter().filter(|m| m.en == en) {
            let (start, end) = (m.start as usize, m.end as usize);
            // Marks are made by the loader within the text; a range off it is skipped, not a panic.
            let (Some(before), Some(words)) = (text.get(at..start), text.get(start..end)) else { continue };
            if !before.is_empty() {
                parts.push(Part::Plain(before));
            }
            parts.push(Part::Term { words, term: m.term, id: m.id });
            at = end;
        }
        if let Some(rest) = text.get(at..) {
            if !rest.is_empty() {
                parts.push(Part::Plain(rest));
            }
        }
        parts
    }

    /// The terms this text marks, in either language.
    pub fn terms(&self) -> impl Iterator<Item = u8> + '_ {
        self.marks.iter().map(|m| m.term)
    }
}

/// What a mark may name while the content loads: per term, its slug and its forms in each
/// language.
pub struct Resolver {
    pub slugs: Vec<&'static str>,
    pub forms_nl: Vec<Vec<&'static str>>,
    pub forms_en: Vec<Vec<&'static str>>,
    /// The marks read so far: the next mark's id.
    pub marks: usize,
}

thread_local! {
    static RESOLVER: RefCell<Option<Resolver>> = const { RefCell::new(None) };
}

/// Runs `parse` with the glossary's terms as what marks may name (the loader parses the glossary
/// first).
pub fn with_resolver<T>(resolver: Resolver, parse: impl FnOnce() -> T) -> T {
    RESOLVER.with(|r| *r.borrow_mut() = Some(resolver));
    let out = parse();
    RESOLVER.with(|r| *r.borrow_mut() = None);
    out
}

/// Cuts the marks out of one language's text: the plain text and its marks.
pub fn parse_marks(raw: &str, en: bool, resolve: &dyn Fn(&str, Option<&str>) -> Result<u8, String>) -> Result<(String, Vec<Mark>), String> {
    let mut plain = String::with_capacity(raw.len());
    let mut marks = Vec::new();
    let mut rest = raw;
    while let Some(open) = rest.find("[[") {
        let (before, after) = rest.split_at(open);
        if before.contains("]]") {
            return Err(format!("`]]` without `[[` in {raw:?}"));
        }
        plain.push_str(before);
        let after = &after[2..];
        let close = after.find("]]").ok_or_else(|| format!("`[[` without `]]` in {raw:?}"))?;
        let inner = &after[..close];
        if inner.contains("[[") {
            return Err(format!("a mark inside a mark in {raw:?}"));
        }
        let (words, key) = match inner.split_once('|') {
            Some((w, k)) => (w, Some(k.trim())),
            None => (inner, None),
        };
        if words.trim().is_empty() || words != words.trim() {
            return Err(format!("the mark `[[{inner}]]` must start and end with its words"));
        }
        let term = resolve(words, key)?;
        let start = plain.len();
        plain.push_str(words);
        let to_u16 = |n: usize| u16::try_from(n).map_err(|_| "the text is too long for marks".to_string());
        marks.push(Mark { start: to_u16(start)?, end: to_u16(plain.len())?, id: 0, term, en });
        rest = &after[close + 2..];
    }
    if rest.contains("]]") {
        return Err(format!("`]]` without `[[` in {raw:?}"));
    }
    plain.push_str(rest);
    Ok((plain, marks))
}

/// Finds the term a mark names: by its slug when the mark gives one, else by its words among the
/// forms of the language (an abbreviation, any capital in the form, exactly; other forms whatever
/// their case).
fn resolve(words: &str, key: Option<&str>, en: bool) -> Result<u8, String> {
    RESOLVER.with(|r| {
        let r = r.borrow();
        let r = r.as_ref().ok_or("marks can only be read together with the glossary")?;
        let index = |i: usize| u8::try_from(i).map_err(|_| "too many glossary terms for marks (at most 256)".to_string());
        if let Some(key) = key {
            return match r.slugs.iter().position(|s| *s == key) {
                Some(i) => index(i),
                None => Err(format!("the mark `[[{words}|{key}]]` names `{key}`, which is no glossary term's slug")),
            };
        }
        let forms = if en { &r.forms_en } else { &r.forms_nl };
        let same = |f: &str| if f.chars().any(char::is_uppercase) { f == words } else { f.to_lowercase() == words.to_lowercase() };
        let found: Vec<usize> = forms.iter().enumerate().filter(|(_, fs)| fs.iter().any(|f| same(f))).map(|(i, _)| i).collect();
        match found.as_slice() {
            [i] => index(*i),
            [] => Err(format!(
                "the mark `[[{words}]]` is no form of a glossary term in {}: add it to a term's forms or write `[[{words}|<slug>]]`",
                if en { "English" } else { "Dutch" }
            )),
            many => Err(format!(
                "the mark `[[{words}]]` is a form of several terms ({}): write `[[{words}|<slug>]]`",
                many.iter().map(|i| r.slugs[*i]).collect::<Vec<_>>().join(", ")
            )),
        }
    })
}

impl<'de> Deserialize<'de> for Prose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            nl: String,
            en: String,
        }
        let raw = Raw::deserialize(d)?;
        let (nl, mut marks) = parse_marks(&raw.nl, false, &|w, k| resolve(w, k, false)).map_err(serde::de::Error::custom)?;
        let (en, en_marks) = parse_marks(&raw.en, true, &|w, k| resolve(w, k, true)).map_err(serde::de::Error::custom)?;
        marks.extend(en_marks);
        let first = RESOLVER.with(|r| {
            r.borrow_mut().as_mut().map(|r| {
                let first = r.marks;
                r.marks += marks.len();
                first
            })
        });
        let first = first.unwrap_or(0);
        if first + marks.len() > MAX_MARKS {
            return Err(serde::de::Error::custom(format!("more than {MAX_MARKS} marks in the content: raise MAX_MARKS in src/content/prose.rs")));
        }
        for (i, m) in marks.iter_mut().enumerate() {
            m.id = (first + i) as u16;
        }
        let leak = |s: String| Str(Box::leak(s.into_boxed_str()));
        Ok(Prose { text: Text { nl: leak(nl), en: leak(en) }, marks: List(Box::leak(marks.into_boxed_slice())) })
    }
}

impl ToRust for Mark {
    fn to_rust(&self, out: &mut String) {
        let _ = write!(out, "Mark{{start:{},end:{},id:{},term:{},en:{}}}", self.start, self.end, self.id, self.term, self.en);
    }
}

impl ToRust for Prose {
    fn to_rust(&self, out: &mut String) {
        out.push_str("Prose{text:");
        self.text.to_rust(out);
        out.push_str(",marks:");
        self.marks.to_rust(out);
        out.push('}');
    }
}

impl Visit for Mark {}

/// The walk sees a paragraph itself (for the marks) and then its plain text as a [`Text`], so
/// every check on texts (both languages, plain language, placeholders) reads paragraphs too.
impl Visit for Prose {
    fn visit(&self, path: &mut VisitPath, f: &mut dyn FnMut(&VisitPath, &dyn std::any::Any)) {
        f(path, self as &dyn std::any::Any);
        f(path, &self.text as &dyn std::any::Any);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_form(words: &str, key: Option<&str>) -> Result<u8, String> {
        match (words, key) {
            (_, Some("gemeente")) => Ok(1),
            ("medebewind", None) => Ok(0),
            _ => Err(format!("unknown {words}")),
        }
    }

    #[test]
    fn marks_become_ranges_of_the_plain_text() {
        let (plain, marks) = parse_marks("Dit is [[medebewind]] voor [[gemeenten|gemeente]].", false, &by_form).unwrap();
        assert_eq!(plain, "Dit is medebewind voor gemeenten.");
        assert_eq!(&plain[marks[0].start as usize..marks[0].end as usize], "medebewind");
        assert_eq!(marks[1].term, 1);
        assert_eq!(&plain[marks[1].start as usize..marks[1].end as usize], "gemeenten");
    }

    #[test]
    fn broken_marks_are_errors() {
        for bad in ["[[medebewind", "medebewind]]", "[[ medebewind]]", "[[]]", "[[a [[b]]]]", "[[onbekend]]", "a]] [[medebewind]]"] {
            assert!(parse_marks(bad, false, &by_form).is_err(), "{bad:?} was accepted");
        }
        assert_eq!(parse_marks("geen merk", false, &by_form).unwrap(), ("geen merk".to_string(), vec![]));
    }

    #[test]
    fn parts_cut_the_text_at_its_marks() {
        let (plain, marks) = parse_marks("[[medebewind]] en meer", false, &by_form).unwrap();
        let p = Prose { text: Text { nl: Str(Box::leak(plain.into_boxed_str())), en: Str("x") }, marks: List(Box::leak(marks.into_boxed_slice())) };
        assert_eq!(p.parts(super::super::text::Lang::Nl), [Part::Term { words: "medebewind", term: 0, id: 0 }, Part::Plain(" en meer")]);
        assert_eq!(p.parts(super::super::text::Lang::En), [Part::Plain("x")]);
    }
}
