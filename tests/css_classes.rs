//! Every class the stylesheet styles is one the explainer sets (issue 22: no dead selectors): it
//! is written in the source (Rust, the shipped JavaScript and HTML), or built there from a slide's
//! kind (`omk-slide--<kind>`). And one block of rules for forced colours.
#![cfg(not(target_arch = "wasm32"))]

use omkering::content::SlideKind;
use std::path::Path;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

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

fn stylesheet() -> String {
    let css = std::fs::read_to_string(Path::new(ROOT).join("assets/omkering.css")).unwrap();
    // Without comments: they may name classes.
    let mut out = String::new();
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn every_class_in_the_stylesheet_is_set_by_the_explainer() {
    let css = stylesheet();
    let mut source = String::new();
    files(&Path::new(ROOT).join("src"), &["rs"], &mut source);
    files(&Path::new(ROOT).join("assets"), &["js", "html"], &mut source);
    source.push_str(&std::fs::read_to_string(Path::new(ROOT).join("index.html")).unwrap());
    let built: Vec<String> = SlideKind::ALL.iter().map(|k| format!("omk-slide--{}", k.key())).collect();
    let mut classes: Vec<&str> = css
        .match_indices(".omk-")
        .map(|(i, _)| {
            let name = &css[i + 1..];
            &name[..name.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(name.len())]
        })
        .collect();
    classes.sort_unstable();
    classes.dedup();
    assert!(classes.len() > 100, "only {} classes found in the stylesheet", classes.len());
    let unused: Vec<&str> = classes.into_iter().filter(|c| !source.contains(c) && !built.iter().any(|b| b == c)).collect();
    assert!(unused.is_empty(), "classes no view sets: {unused:?}");
}

#[test]
fn forced_colours_are_one_block() {
    assert_eq!(stylesheet().matches("@media (forced-colors: active)").count(), 1);
}
