//! Search over every text of the content, in both languages: built once into an index, then
//! asked on every keystroke. A query matches an item when each of its words begins a word of the
//! item (so "schuld" finds "schuldhulpverlening"), ignoring case and accents. Pure: the view only
//! asks and draws.

use crate::content::{Full, Lang};
use crate::route::View;

/// One searchable item in one language: what a result shows and where it leads.
struct Entry {
    view: View,
    lang: Lang,
    title: &'static str,
    body: &'static str,
    /// Title and body folded (lower case, no accents), joined by a newline.
    folded: String,
    /// Where the words of `folded` begin.
    starts: Vec<u32>,
}

/// A result: the item's title and text, the byte ranges of each to mark, and the view it opens.
#[derive(Clone, PartialEq, Debug)]
pub struct Hit {
    pub view: View,
    pub lang: Lang,
    pub title: &'static str,
    pub body: &'static str,
    pub title_marks: Vec<(usize, usize)>,
    pub body_marks: Vec<(usize, usize)>,
}

pub struct Index {
    entries: Vec<Entry>,
}

impl Index {
    /// Every item of the content, in the order of the views, the current language first.
    pub fn build(c: &'static Full) -> Index {
        let items = crate::shown::items(c);
        let mut entries = Vec::with_capacity(items.len() * 2);
        for lang in [Lang::Nl, Lang::En] {
            for item in &items {
                entries.push(Entry::new(item.view, lang, item.title.get(lang), item.body.map_or("", |b| b.get(lang))));
            }
        }
        Index { entries }
    }

    /// The items that match every word of `query`, at most `limit`; items in `lang` first, each
    /// title and text once (the same text under two routes, or a name in both languages, shows
    /// once). An empty query finds nothing.
    pub fn search(&self, query: &str, lang: Lang, limit: usize) -> Vec<Hit> {
        let (folded, _) = fold(query);
        let terms: Vec<&str> = folded.split(|ch: char| !is_word(ch)).filter(|t| !t.is_empty()).collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let mut hits: Vec<Hit> = Vec::new();
        let ordered = self.entries.iter().filter(|e| e.lang == lang).chain(self.entries.iter().filter(|e| e.lang != lang));
        for e in ordered {
            let Some(ranges) = e.matches(&terms) else { continue };
            if hits.iter().any(|h| h.title == e.title && h.body == e.body) {
                continue;
            }
            // Folded ranges back to the original text, only for the few results shown.
            let (title_folded, title_origin) = fold(e.title);
            let (_, body_origin) = fold(e.body);
            let split = title_folded.len();
            let back = |origin: &[u32], len: usize, (a, b): (usize, usize)| {
                (origin[a] as usize, origin.get(b).map_or(len, |&o| o as usize))
            };
            let title_marks = ranges.iter().filter(|r| r.0 < split).map(|&r| back(&title_origin, e.title.len(), r)).collect();
            let body_marks = ranges
                .iter()
                .filter(|r| r.0 > split)
                .map(|&(a, b)| back(&body_origin, e.body.len(), (a - split - 1, b - split - 1)))
                .collect();
            hits.push(Hit { view: e.view, lang: e.lang, title: e.title, body: e.body, title_marks, body_marks });
            if hits.len() == limit {
                break;
            }
        }
        hits
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl Entry {
    fn new(view: View, lang: Lang, title: &'static str, body: &'static str) -> Entry {
        let mut folded = fold(title).0;
        folded.push('\n');
        folded.push_str(&fold(body).0);
        let starts = word_starts(&folded);
        Entry { view, lang, title, body, folded, starts }
    }

    /// The ranges of `folded` that the terms mark, or `None` when a term begins no word.
    fn matches(&self, terms: &[&str]) -> Option<Vec<(usize, usize)>> {
        let mut marks = Vec::new();
        for term in terms {
            let before = marks.len();
            for &s in &self.starts {
                let s = s as usize;
                if self.folded[s..].starts_with(term) {
                    marks.push((s, s + term.len()));
                }
            }
            if marks.len() == before {
                return None;
            }
        }
        marks.sort_unstable();
        // Overlapping marks ("omk" and "omkering" in one word) become one.
        let mut merged: Vec<(usize, usize)> = Vec::with_capacity(marks.len());
        for (a, b) in marks {
            match merged.last_mut() {
                Some(last) if a <= last.1 => last.1 = last.1.max(b),
                _ => merged.push((a, b)),
            }
        }
        Some(merged)
    }
}

/// `text` in lower case without accents (the Latin letters of Dutch and English; other letters
/// stay as they are, which keeps Unicode's case tables out of the download), and for each byte of the result the byte of `text` it
/// came from (a letter that folds to two, like "æ", maps both to the same byte).
pub fn fold(text: &str) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (i, ch) in text.char_indices() {
        let before = out.len();
        match plain(ch) {
            Some(p) => out.push_str(p),
            None => out.push(ch.to_ascii_lowercase()),
        }
        origin.resize(out.len(), i as u32);
        debug_assert!(out.len() > before);
    }
    (out, origin)
}

/// The plain letters of an accented Latin letter (lower case).
fn plain(ch: char) -> Option<&'static str> {
    Some(match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => "a",
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => "i",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => "u",
        'ý' | 'ÿ' | 'Ý' => "y",
        'ç' | 'Ç' => "c",
        'ñ' | 'Ñ' => "n",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ß' => "ss",
        'ĳ' | 'Ĳ' => "ij",
        _ => return None,
    })
}

/// Whether a character of folded text belongs to a word: letters and digits, and any other
/// character beyond ASCII except the dashes, quotes and spaces that the texts use as punctuation.
fn is_word(ch: char) -> bool {
    ch.is_ascii_alphanumeric()
        || (!ch.is_ascii() && !matches!(ch, '\u{a0}' | '–' | '—' | '‘' | '’' | '“' | '”' | '„' | '…' | '·' | '•' | '€'))
}

/// Byte offsets where a word begins: a word character after one that is not.
fn word_starts(folded: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut prev_word = false;
    for (i, ch) in folded.char_indices() {
        let word = is_word(ch);
        if word && !prev_word {
            out.push(i as u32);
        }
        prev_word = word;
    }
    out
}

/// The part of `text` to show for a result: about `width` bytes around the first mark, cut at
/// spaces, as (start, end, cut at the start, cut at the end).
pub fn window(text: &str, marks: &[(usize, usize)], width: usize) -> (usize, usize, bool, bool) {
    if text.len() <= width {
        return (0, text.len(), false, false);
    }
    let first = marks.first().map_or(0, |m| m.0);
    let mut start = first.saturating_sub(width / 3);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    if start > 0 {
        start = text[..start].rfind(' ').map_or(0, |i| i + 1);
    }
    let mut end = (start + width).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    if end < text.len() {
        end = text[..end].rfind(' ').filter(|&i| i > first).unwrap_or(end);
    }
    (start, end, start > 0, end < text.len())
}

/// `text[start..end]` in pieces, each marked or not, by the marks that fall in that range.
pub fn pieces<'a>(text: &'a str, marks: &[(usize, usize)], start: usize, end: usize) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = start;
    for &(a, b) in marks {
        let (a, b) = (a.max(at), b.min(end));
        if a >= b {
            continue;
        }
        if a > at {
            out.push((&text[at..a], false));
        }
        out.push((&text[a..b], true));
        at = b;
    }
    if at < end {
        out.push((&text[at..end], false));
    }
    out
}
