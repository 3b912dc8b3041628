//! The two stylesheets (issue 22). Every class they style is one the explainer sets (no dead
//! selectors): written in the source (Rust, the shipped JavaScript and HTML), or built there from
//! a slide's kind (`omk-slide--<kind>`). The start sheet (`assets/omkering.css`, on every start
//! page) holds only rules the start module can use; a rule whose every selector needs a class that
//! only the views in the `lazy` chunk set is in `assets/omkering-lazy.css`, which loads with them.
//! And at most one block of rules for forced colours in each.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use omkering::content::SlideKind;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const SHEETS: [&str; 2] = ["assets/omkering.css", "assets/omkering-lazy.css"];

fn files(dir: &Path, ext: &[&str], out: &mut String) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, ext, out);
        } else if path.extension().is_some_and(|e| ext.iter().any(|x| e == *x)) {
            out.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
}

/// A stylesheet without its comments (they may name classes).
fn stylesheet(name: &str) -> String {
    let css = std::fs::read_to_string(Path::new(ROOT).join(name)).unwrap();
    let mut out = String::new();
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// The `omk-` classes a piece of CSS names.
fn classes(css: &str) -> Vec<&str> {
    let mut out: Vec<&str> = css
        .match_indices(".omk-")
        .map(|(i, _)| {
            let name = &css[i + 1..];
            &name[..name.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(name.len())]
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The selector lists of a stylesheet's style rules, inside at-rule blocks too (not keyframes).
fn selector_lists(css: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0;
    let mut skip_from = None;
    for (i, c) in css.char_indices() {
        match c {
            '{' => {
                let prelude = css[start..i].trim();
                if skip_from.is_none() && prelude.starts_with("@keyframes") {
                    skip_from = Some(depth);
                }
                if skip_from.is_none() && !prelude.starts_with('@') {
                    out.push(prelude);
                }
                depth += 1;
                start = i + 1;
            }
            '}' => {
                depth -= 1;
                if skip_from == Some(depth) {
                    skip_from = None;
                }
                start = i + 1;
            }
            ';' => start = i + 1,
            _ => {}
        }
    }
    out
}

/// The selectors of a list (commas inside parentheses do not split).
fn selectors(list: &str) -> Vec<&str> {
    let (mut out, mut depth, mut from) = (Vec::new(), 0, 0);
    for (i, c) in list.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                out.push(list[from..i].trim());
                from = i + 1;
            }
            _ => {}
        }
    }
    out.push(list[from..].trim());
    out
}

/// Whether `class` is in `source` as a whole word (not the start of a longer class), or built
/// there from a prefix ending in `--` and a `format!` argument.
fn sets(source: &str, class: &str) -> bool {
    let word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let whole = source.match_indices(class).any(|(i, _)| {
        !source[..i].ends_with(word) && !source[i + class.len()..].starts_with(word)
    });
    whole || class.rfind("--").is_some_and(|at| source.contains(&format!("{}{{", &class[..at + 2])))
}

#[test]
fn every_class_in_the_stylesheets_is_set_by_the_explainer() {
    let mut source = String::new();
    files(&Path::new(ROOT).join("src"), &["rs"], &mut source);
    files(&Path::new(ROOT).join("assets"), &["js", "html"], &mut source);
    source.push_str(&std::fs::read_to_string(Path::new(ROOT).join("index.html")).unwrap());
    let built: Vec<String> = SlideKind::ALL.iter().map(|k| format!("omk-slide--{}", k.key())).collect();
    for sheet in SHEETS {
        let css = stylesheet(sheet);
        let classes = classes(&css);
        assert!(classes.len() > 40, "only {} classes found in {sheet}", classes.len());
        let unused: Vec<&str> = classes.into_iter().filter(|c| !sets(&source, c) && !built.iter().any(|b| b == c)).collect();
        assert!(unused.is_empty(), "{sheet}: classes no view sets: {unused:?}");
    }
}

/// A selector the start module can match: every class in it is set by a start-module file (or
/// it has none: `:host`, elements).
fn for_start(start: &str, selector: &str) -> bool {
    classes(selector).iter().all(|c| sets(start, c))
}

#[test]
fn the_start_sheet_holds_only_what_the_start_module_shows_and_the_lazy_sheet_the_rest() {
    let mut start = String::new();
    for file in common::start_module_files() {
        start.push_str(&std::fs::read_to_string(file).unwrap());
    }
    files(&Path::new(ROOT).join("assets"), &["js", "html"], &mut start);
    let css = stylesheet(SHEETS[0]);
    let lists = selector_lists(&css);
    assert!(lists.len() > 100, "only {} rules found in the start sheet", lists.len());
    let lazy: Vec<&str> = lists.into_iter().filter(|l| !selectors(l).iter().any(|s| for_start(&start, s))).collect();
    assert!(lazy.is_empty(), "rules in the start sheet that only the lazy views can use (move them to {}): {lazy:#?}", SHEETS[1]);
    let css = stylesheet(SHEETS[1]);
    let lists = selector_lists(&css);
    assert!(lists.len() > 100, "only {} rules found in the lazy sheet", lists.len());
    let misplaced: Vec<&str> = lists.into_iter().flat_map(selectors).filter(|s| for_start(&start, s)).collect();
    assert!(misplaced.is_empty(), "selectors in the lazy sheet that the start module uses (move them to {}): {misplaced:#?}", SHEETS[0]);
}

#[test]
fn forced_colours_are_one_block_in_each_sheet() {
    for sheet in SHEETS {
        assert!(stylesheet(sheet).matches("@media (forced-colors: active)").count() <= 1, "{sheet}");
    }
}
