//! Each validation rule rejects a broken content file with a message that names the file, the
//! line (where it can be known), the item and the problem. Every case starts from a copy of the
//! real content and breaks one thing.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use omkering::content::{completeness, load, readability, validate};
use std::path::{Path, PathBuf};

const CONTENT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content");

/// A copy of the real content with `from` replaced by `to` (once) in `file`.
fn broken(case: &str, file: &str, from: &str, to: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("content-rules").join(case);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(CONTENT).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} no longer holds {from:?}; update this test");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
    dir
}

/// All messages for a content folder: parse errors, or else validation errors.
fn messages(dir: &Path) -> Vec<String> {
    match load::load_dir(dir) {
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
        Ok(loaded) => validate::validate(&loaded).0.iter().map(ToString::to_string).collect(),
    }
}

/// Asserts that one message names the file, a line, and the problem.
fn rejects(case: &str, file: &str, from: &str, to: &str, problem: &str) {
    let all = messages(&broken(case, file, from, to));
    let hit = all.iter().find(|m| m.contains(problem));
    let Some(hit) = hit else { panic!("{case}: no message says {problem:?}; got {all:#?}") };
    assert!(hit.starts_with(&format!("content/{file}:")), "{case}: the message names no file and line: {hit}");
    let line: String = hit[format!("content/{file}:").len()..].chars().take_while(char::is_ascii_digit).collect();
    assert!(!line.is_empty(), "{case}: the message names no line: {hit}");
}

#[test]
fn a_duplicate_id_is_rejected() {
    rejects("dup", "themes.toml", "id = \"kansengelijkheid-jeugd\"", "id = \"bestaanszekerheid\"", "the id is used twice");
}

#[test]
fn an_id_that_is_not_a_slug_is_rejected() {
    rejects("slug", "themes.toml", "id = \"bestaanszekerheid\"", "id = \"Bestaans Zekerheid\"", "may hold only a-z");
}

#[test]
fn a_reference_to_a_missing_actor_is_rejected() {
    rejects("actor", "omkering.toml", "actor = \"rijk\"", "actor = \"koning\"", "refers to actor `koning`, which does not exist");
}

#[test]
fn a_relation_to_a_missing_theme_or_topic_is_rejected() {
    rejects("theme", "relations.toml", "theme = \"bestaanszekerheid\"", "theme = \"armoede\"", "refers to theme `armoede`");
    rejects("topic", "relations.toml", "topic = \"resolutie-bestaanszekerheid\"", "topic = \"weg\"", "refers to topic `weg`");
}

#[test]
fn a_source_naming_a_missing_document_is_rejected() {
    rejects("doc", "themes.toml", "doc = \"verenigingsstrategie\"", "doc = \"onbekend-stuk\"", "source names document `onbekend-stuk`");
}

#[test]
fn an_empty_translation_is_rejected() {
    rejects("empty", "themes.toml", "en = \"Livelihood security\"", "en = \"  \"", "the en text is empty");
}

#[test]
fn a_missing_language_is_rejected() {
    rejects("lang", "themes.toml", ", en = \"Livelihood security\"", "", "missing field `en`");
}

#[test]
fn an_item_without_a_source_is_rejected() {
    rejects("source", "development-points.toml", "source = {", "bron = {", "unknown field `bron`");
    rejects(
        "nosource",
        "themes.toml",
        "source = { doc = \"verenigingsstrategie\", section = \"Omkering\" }\n",
        "",
        "missing field `source`",
    );
}

#[test]
fn placeholder_text_is_rejected() {
    rejects("todo", "themes.toml", "en = \"Livelihood security\"", "en = \"TODO\"", "placeholder `todo`");
}

#[test]
fn an_impossible_date_is_rejected() {
    rejects("date", "documents.toml", "{ year = 2023, month = 12 }", "{ year = 2023, month = 13 }", "month 13 is not 1-12");
    rejects("day", "events.toml", "day = 17", "day = 32", "day 32 does not exist");
}

#[test]
fn broken_toml_is_rejected_with_its_line() {
    rejects("syntax", "themes.toml", "[[theme]]", "[[theme]", "");
}

#[test]
fn placeholders_must_match_between_languages() {
    rejects("braces", "ui.toml", "Step {n} of {total}", "Step {n} of {count}", "different {placeholders}");
}

#[test]
fn sources_toml_must_agree_with_the_documents() {
    rejects("seed", "sources.toml", "seed = \"000_8b0c1e8c89773d59.txt\"", "seed = \"999.txt\"", "differs from documents.toml");
}

#[test]
fn an_arrow_from_an_actor_to_itself_is_rejected() {
    rejects("self", "omkering.toml", "{ from = \"rijk\", to = \"gemeenten\"", "{ from = \"rijk\", to = \"rijk\"", "goes from `rijk` to itself");
}

#[test]
fn a_missing_file_is_named() {
    let dir = broken("missing", "events.toml", "[[event]]", "[[event]]");
    std::fs::remove_file(dir.join("events.toml")).unwrap();
    let all = messages(&dir);
    assert!(all.iter().any(|m| m.starts_with("content/events.toml: cannot read the file")), "{all:#?}");
}

#[test]
fn a_long_dutch_sentence_is_named_with_its_item() {
    let long = "Dit is een zin die veel te lang is omdat er steeds meer woorden bij komen en nog meer en nog meer tot hij niet meer te volgen is voor iemand";
    let dir = broken("b1", "conditions.toml", "text = { nl = \"", &format!("text = {{ nl = \"{long}. "));
    let loaded = load::load_dir(&dir).unwrap();
    let errors: Vec<String> = readability::check(&loaded).iter().map(ToString::to_string).collect();
    assert!(errors.iter().any(|e| e.contains("item `voorwaarde-gedeeld-eigenaarschap`") && e.contains("a Dutch sentence has")), "{errors:#?}");
}

#[test]
fn completeness_finds_a_missing_item_and_an_invented_one() {
    let Some(seeds) = common::seeds("completeness_finds_a_missing_item_and_an_invented_one") else { return };
    let dir = broken("renamed", "themes.toml", "nl = \"Bestaanszekerheid\"", "nl = \"Zekerheid\"");
    let errors: Vec<String> = completeness::check(&load::load_dir(&dir).unwrap(), &seeds).iter().map(ToString::to_string).collect();
    assert!(errors.iter().any(|e| e.contains("no topic, theme, point or condition of this document is named \"Bestaanszekerheid\"")), "{errors:#?}");
    let dir = broken("invented", "sources.toml", "items = [\n", "items = [\n  \"Gratis fietsen voor iedereen\",\n");
    let errors: Vec<String> = completeness::check(&load::load_dir(&dir).unwrap(), &seeds).iter().map(ToString::to_string).collect();
    assert!(errors.iter().any(|e| e.contains("\"Gratis fietsen voor iedereen\" is not in")), "{errors:#?}");
}

#[test]
fn the_tour_names_real_themes_and_modes_and_gives_title_slides_a_title() {
    rejects("tour-theme", "tour.toml", "item = \"bestaanszekerheid\"", "item = \"onbekend\"", "refers to theme `onbekend`, which does not exist");
    rejects("tour-no-item", "tour.toml", "item = \"bestaanszekerheid\"\n", "", "a `theme` slide names its theme in `item`");
    rejects("tour-mode", "tour.toml", "kind = \"omkering\"\n", "kind = \"omkering\"\nitem = \"geen-modus\"\n", "names mode `geen-modus`");
    rejects("tour-stray", "tour.toml", "kind = \"development\"\n", "kind = \"development\"\nitem = \"bestaanszekerheid\"\n", "a `development` slide takes no `item`");
    rejects("tour-title", "tour.toml", "title = { nl = \"Dank u wel\", en = \"Thank you\" }\n", "", "a `closing` slide needs a title");
    rejects("tour-kind", "tour.toml", "kind = \"qr\"", "kind = \"video\"", "unknown variant");
}

/// `count` copies of the `[[kind]]` block that starts at `start` in `file` (up to the next blank
/// line), each with `key = "<prefix>-<n>"`, as one text to put before that block.
/// A piece of a content file with its marks `[[words]]` and `[[words|slug]]` written as the
/// bare words (a `[[table]]` header, at the start of its line, stays).
fn unmarked(text: &str) -> String {
    text.lines()
        .map(|line| {
            let (head, mut rest) = if line.starts_with("[[") { line.split_at(line.find("]]").map_or(0, |i| i + 2)) } else { ("", line) };
            let mut out = head.to_string();
            while let Some(open) = rest.find("[[") {
                out.push_str(&rest[..open]);
                let close = rest[open..].find("]]").expect("a closed mark") + open;
                out.push_str(rest[open + 2..close].split('|').next().unwrap());
                rest = &rest[close + 2..];
            }
            out + rest + "\n"
        })
        .collect::<String>()
        .trim_end_matches('\n')
        .to_string()
}

fn copies(file: &str, start: &str, key: &str, values: &[String]) -> String {
    let text = std::fs::read_to_string(Path::new(CONTENT).join(file)).unwrap();
    let at = text.find(start).unwrap_or_else(|| panic!("{file} no longer holds {start:?}"));
    // The copies mark no glossary terms: hundreds of copies would pass the most marks the
    // content takes, which is not what these cases test.
    // The item runs to the next item of its kind (a slide's questions are tables of their own).
    let header = start.lines().next().unwrap();
    let rest = &text[at..];
    let end = rest[header.len()..].find(&format!("\n\n{header}")).map_or(rest.len(), |i| i + header.len());
    let block = unmarked(rest[..end].trim_end());
    let line = block.lines().find(|l| l.starts_with(&format!("{key} = "))).unwrap().to_string();
    values.iter().map(|v| format!("{}\n\n", block.replacen(&line, &format!("{key} = \"{v}\""), 1))).collect()
}

#[test]
fn content_beyond_what_a_link_can_hold_is_refused_with_the_limit() {
    // Issue 19: a ninth ask was dropped from finance links without a word, and a slide number
    // past 256 wrapped around.
    let start = "[[ask]]\ntopic = \"geld-opschalingskorting\"";
    let extra = copies("finance.toml", start, "topic", &["speerpunt-fysiek".into(), "speerpunt-sociaal".into(), "speerpunt-veiligheid".into()]);
    rejects("nine-asks", "finance.toml", start, &format!("{extra}{start}"), "the balance takes at most 8 asks");
    let start = "[[slide]]\nid = \"dia-themas\"";
    let ids: Vec<String> = (0..240).map(|i| format!("dia-extra-{i}")).collect();
    let extra = copies("tour.toml", start, "id", &ids);
    rejects("257-slides", "tour.toml", start, &format!("{extra}{start}"), "a tour has at most 256 slides");
    let start = "[[mode.step]]\nid = \"medebewind-rijk-maakt-beleid\"";
    let ids: Vec<String> = (0..255).map(|i| format!("medebewind-extra-{i}")).collect();
    let extra = copies("omkering.toml", start, "id", &ids);
    rejects("256-steps", "omkering.toml", start, &format!("{extra}{start}"), "a mode has at most 255 steps");
    // The real content is within both limits.
    assert!(messages(Path::new(CONTENT)).is_empty());
}

/// The texts only the chunk's views show (a point's reading, a slide's notes, `[views]`) live
/// beside the start content, not in it; they are checked like every other text and a problem is
/// named with its own file, line and item.
#[test]
fn a_problem_in_a_text_only_the_chunk_shows_names_its_file_and_item() {
    let reading = "en = \"The municipalities act together as one [[tier of government]]. They speak with one voice to the [[national government]] and the [[provinces]].\"";
    rejects("point-reading", "development-points.toml", reading, "en = \"TODO\"", "placeholder `todo`");
    let all = messages(&broken("point-reading-item", "development-points.toml", reading, "en = \"  \""));
    let at = std::fs::read_to_string(Path::new(CONTENT).join("development-points.toml")).unwrap().lines().position(|l| l == "id = \"punt-een-sterke-bestuurslaag\"").unwrap() + 1;
    let line = format!("content/development-points.toml:{at}:");
    assert!(all.iter().any(|m| m.starts_with(&line) && m.contains("item `punt-een-sterke-bestuurslaag`") && m.contains("the en text is empty")), "{all:#?}");
    let all = messages(&broken("slide-notes", "tour.toml", "en = \"Welcome the group.", "en = \"TODO Welcome the group."));
    assert!(all.iter().any(|m| m.starts_with("content/tour.toml:") && m.contains("item `dia-titel`") && m.contains("placeholder `todo`")), "{all:#?}");
    rejects("views", "ui.toml", "prev = { nl = \"Vorige\", en = \"Previous\" }", "prev = { nl = \"Vorige\", en = \"\" }", "the en text is empty");
    rejects("views-field", "ui.toml", "prev = { nl = \"Vorige\"", "vorige = { nl = \"Vorige\"", "unknown field `vorige`");
}

/// A general explanation (knowledge no source text gives) stays short and neutral: no figures,
/// no dates; a name with digits (G40) is not a figure. A term's id begins with `begrip-`.
#[test]
fn a_general_explanation_with_a_figure_and_a_term_without_its_prefix_are_rejected() {
    rejects("general-figure", "glossary.toml", "Een spil is de as waar iets om draait.", "Een spil is de as waar iets sinds 1990 om draait.", "a general explanation gives no figures or dates");
    rejects("term-prefix", "glossary.toml", "id = \"begrip-spilfunctie\"", "id = \"spilfunctie\"", "a term's id begins with `begrip-`");
}

/// A mark names a glossary term by one of its forms or by its slug; anything else stops the
/// build with the file and line, and a mark in a field that takes none (a name) is refused.
#[test]
fn marks_name_existing_terms_and_stand_only_in_paragraphs() {
    let summary = "text = { nl = \"";
    rejects("mark-unknown-form", "conditions.toml", summary, "text = { nl = \"[[bestuursakkoord]] ", "`[[bestuursakkoord]]` is no form of a glossary term in Dutch");
    rejects("mark-unknown-slug", "conditions.toml", summary, "text = { nl = \"[[het Rijk|rijkk]] ", "names `rijkk`, which is no glossary term's slug");
    rejects("mark-unclosed", "conditions.toml", summary, "text = { nl = \"[[Rijk ", "a mark inside a mark");
    rejects("mark-in-a-name", "themes.toml", "name = { nl = \"", "name = { nl = \"[[Rijk]] ", "only paragraph texts mark glossary terms");
    // A slug chooses the term where the words are no form of it.
    let dir = broken("mark-by-slug", "conditions.toml", summary, "text = { nl = \"[[het Rijk|rijk]] ");
    assert!(messages(&dir).is_empty(), "{:#?}", messages(&dir));
}

/// The content holds at most `MAX_MARKS` marks (a view keeps a bit per mark): one more stops
/// the build with the limit named.
#[test]
fn more_marks_than_a_view_can_keep_are_refused() {
    let start = "[[mode.step]]\nid = \"medebewind-rijk-maakt-beleid\"";
    let text = std::fs::read_to_string(Path::new(CONTENT).join("omkering.toml")).unwrap();
    let at = text.find(start).unwrap();
    let block = text[at..].split("\n\n").next().unwrap();
    let line = block.lines().find(|l| l.starts_with("text = ")).unwrap();
    let marked = line.replacen("{ nl = \"", "{ nl = \"[[Rijk]] [[VNG]] [[IPO]] [[G40]] ", 1);
    let extra: String = (0..300).map(|i| format!("{}\n\n", unmarked(block).replacen("id = \"medebewind-rijk-maakt-beleid\"", &format!("id = \"extra-{i}\""), 1).replacen(&unmarked(line), &marked, 1))).collect();
    rejects("too-many-marks", "omkering.toml", start, &format!("{extra}{start}"), "more than 1024 marks in the content");
}
