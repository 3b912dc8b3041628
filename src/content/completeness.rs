//! Checks `content/sources.toml` against the source texts and the content model: every title,
//! date, list item and section heading it names is really in the source text (so nothing is
//! invented), and the content model holds each of them (so nothing is left out).

use super::error::ContentError;
use super::format::format_date;
use super::load::Loaded;
use super::model::{Date, Full, Source};
use super::text::{Lang, Visit, VisitPath};
use std::collections::HashSet;
use std::path::Path;

/// Lower case, one kind of quote and dash, single spaces, no surrounding punctuation: the form in
/// which a verbatim item is compared with the source text and the content.
pub fn normalize(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '‘' | '’' | '`' | '´' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            '\u{a0}' => ' ',
            c => c,
        })
        .collect();
    let words: Vec<&str> = mapped.split_whitespace().collect();
    words.join(" ").to_lowercase().trim_matches(|c: char| ".,;:!?".contains(c)).trim().to_string()
}

/// Every Dutch name in the content that can stand for a verbatim list item, with the document
/// its item comes from: an item counts only for a list of that same document.
fn names(content: &Full) -> HashSet<(String, String)> {
    let mut out = HashSet::new();
    let mut add = |t: &super::text::Text, s: &Source| {
        out.insert((s.doc.to_string(), normalize(&t.nl)));
    };
    content.themes.iter().for_each(|t| add(&t.name, &t.source));
    content.development_points.iter().for_each(|p| add(&p.name, &p.source));
    content.conditions.iter().for_each(|c| add(&c.name.text, &c.source));
    content.topic_lists.iter().flat_map(|l| l.topics.iter()).for_each(|t| add(&t.name.text, &t.source));
    out
}

/// Every date in the content, formatted in Dutch as the texts write them.
fn dates(content: &Full) -> HashSet<String> {
    let m = &content.ui.months;
    let mut out = HashSet::new();
    let mut add = |d: &Date, until: Option<&Date>| {
        out.insert(normalize(&format_date(d, until, Lang::Nl, m)));
    };
    for e in content.events.iter() {
        add(&e.date, e.until.as_ref());
    }
    for d in content.documents.iter() {
        d.date.iter().chain(d.latest_date_mentioned.iter()).for_each(|x| add(x, None));
    }
    out
}

/// Runs every completeness check; `seeds` is the folder with the source texts.
pub fn check(loaded: &Loaded, seeds: &Path) -> Vec<ContentError> {
    let c = &loaded.content;
    let mut errors = Vec::new();
    let names = names(c);
    let dates = dates(c);
    let mut err = |item: &str, problem: String| errors.push(ContentError::new("sources.toml", None, item, problem));
    let mut seed_texts = Vec::new();
    for s in &loaded.sources.source {
        let text = match std::fs::read_to_string(seeds.join(&s.seed)) {
            Ok(t) => t,
            Err(e) => {
                err(&s.doc, format!("cannot read the source text {}: {e}", seeds.join(&s.seed).display()));
                continue;
            }
        };
        let in_seed = normalize(&text);
        let doc = c.documents.iter().find(|d| d.id.as_str() == s.doc);
        if !in_seed.contains(&normalize(&s.title)) {
            err(&s.doc, format!("the title \"{}\" is not in {}", s.title, s.seed));
        }
        if doc.is_some_and(|d| normalize(&d.title.nl) != normalize(&s.title)) {
            err(&s.doc, format!("documents.toml gives another Dutch title than \"{}\"", s.title));
        }
        for date in &s.dates {
            if !in_seed.contains(&normalize(date)) {
                err(&s.doc, format!("the date \"{date}\" is not in {}", s.seed));
            }
            if !dates.contains(&normalize(date)) {
                err(&s.doc, format!("no event or document in the content has the date \"{date}\""));
            }
        }
        for list in &s.list {
            for item in &list.items {
                if !in_seed.contains(&normalize(item)) {
                    err(&s.doc, format!("list \"{}\": the item \"{item}\" is not in {}", list.name, s.seed));
                }
                if !names.contains(&(s.doc.clone(), normalize(item))) {
                    err(&s.doc, format!("list \"{}\": no topic, theme, point or condition of this document is named \"{item}\"", list.name));
                }
            }
        }
        // The other way round: every bulleted or numbered line of the text is an item of one of
        // this document's lists (lists written out in sentences are curated by hand).
        let items: Vec<String> = s.list.iter().flat_map(|l| l.items.iter().map(|i| normalize(i))).collect();
        for line in text.lines().filter_map(list_line) {
            let line = normalize(line);
            if !items.iter().any(|i| line.contains(i.as_str())) {
                err(&s.doc, format!("the list item \"{line}\" of {} is in no list of sources.toml", s.seed));
            }
        }
        seed_texts.push((s.doc.clone(), text));
    }
    errors.extend(sections(c, &seed_texts));
    errors
}

/// The text of a bulleted (`•`, `-`, `*`) or numbered (`1.`, `1)`) line, without its mark.
fn list_line(line: &str) -> Option<&str> {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix('•').or_else(|| t.strip_prefix("- ")).or_else(|| t.strip_prefix("* ")) {
        return Some(rest.trim());
    }
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = &t[digits..];
    (digits > 0 && digits < 3).then(|| rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") "))).flatten().map(str::trim)
}

/// Every source's section must be a line of its document's text (a heading), or empty.
fn sections(content: &Full, seeds: &[(String, String)]) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut path = VisitPath::default();
    content.visit(&mut path, &mut |path, value| {
        let Some(s) = value.downcast_ref::<Source>() else { return };
        let Some((_, text)) = seeds.iter().find(|(d, _)| d == s.doc.as_str()) else { return };
        if s.section.is_empty() || text.lines().any(|l| normalize(l) == normalize(&s.section)) {
            return;
        }
        let file = super::validate::file_of(path.top());
        let problem = format!("section \"{}\" is not a heading of document `{}`", s.section, s.doc);
        errors.push(ContentError::new(file, None, &path.item(), problem));
    });
    errors
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn list_lines_are_found_with_their_marks_removed() {
        assert_eq!(super::list_line("  • wonen"), Some("wonen"));
        assert_eq!(super::list_line("  1. Fysiek – investeren"), Some("Fysiek – investeren"));
        assert_eq!(super::list_line("- punt"), Some("punt"));
        assert_eq!(super::list_line("2023 was een jaar"), None);
        assert_eq!(super::list_line("Spoor 1: een spoor"), None);
    }

    #[test]
    fn normalizes_quotes_case_and_spaces() {
        assert_eq!(normalize("  Kansengelijkheid/Jeugd. "), "kansengelijkheid/jeugd");
        assert_eq!(normalize("‘Huis van  Thorbecke op orde’"), "'huis van thorbecke op orde'");
        assert_eq!(normalize("2021–2025"), "2021-2025");
    }
}
