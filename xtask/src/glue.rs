//! The text edits of generated JavaScript: content hashes in the names of the built files, and
//! the one mention of each old name in the files that load it pointed at the new name.
//!
//! **The gap it works around.** trunk hashes file names only of the files it writes itself, and
//! we build with `filehash = false` (the loader imports fixed names, and the wasm chunks come
//! from outside trunk: `split.rs`); wasm-bindgen and wasm-split write fixed names and import
//! each other by them. So xtask renames the files and edits the names in wasm-bindgen's glue
//! (`from "./__wasm_split.js"`), in wasm-split's chunk loader (`"./omkering.js"`, each
//! `"./split_<name>.wasm"`) and in our loader, each exactly once ([`point`]): when a tool's
//! output names a file differently, or twice, the build fails and says which name in which file.
//!
//! **The tests that fail when the upstream output changes**: the build (above); the unit tests
//! below; `tests/e2e/split.spec.mjs` (the chunk loads once, by its hashed name, never on the
//! start page) and `tests/e2e/offline.spec.mjs` (releases never mix files).

use crate::bundle::{fnv1a, io, read_text};
use std::fs;
use std::path::Path;

/// The files the loader loads by name: (name in the loader, stem, extension). `omkering.js` is
/// named with the chunk loader (see [`split_names`]).
const LOADED: &[(&str, &str, &str)] =
    &[("omkering_bg.wasm", "omkering_bg", "wasm"), ("omkering.css", "omkering", "css"), ("omkering-lazy.css", "omkering-lazy", "css")];
/// The loader of the wasm chunks that wasm-split writes; `omkering.js` imports it.
const SPLIT_JS: &str = "__wasm_split.js";

/// The hash in a built file's name: 48 bits of FNV-1a, as 12 hex digits. `deploy/nginx.conf`
/// keeps files named so for a year (`-[0-9a-f]{12}`; a test below keeps the two equal).
pub fn hash(bytes: &[u8]) -> String {
    format!("{:012x}", fnv1a(bytes) >> 16)
}

/// Renames the built files by their content and points every mention at the new names. Returns
/// the new names of the stylesheets (the start sheet first).
pub fn name_by_content(dist: &Path) -> Result<Vec<String>, String> {
    let loader_path = dist.join("omkering-loader.js");
    let mut loader = read_text(&loader_path)?;
    let mut css = Vec::new();
    for (name, stem, ext) in LOADED {
        let path = dist.join(name);
        let bytes = fs::read(&path).map_err(|e| io(&path, e))?;
        let hashed = format!("{stem}-{}.{ext}", hash(&bytes));
        fs::rename(&path, dist.join(&hashed)).map_err(|e| io(&path, e))?;
        loader = point(&loader, "omkering-loader.js", name, &hashed)?;
        if *ext == "css" {
            css.push(hashed);
        }
    }
    // The start view painted into the page links the start sheet from its shadow root
    // (`prerender.rs`).
    let index_path = dist.join("index.html");
    let index = read_text(&index_path)?;
    let index = point(&index, "index.html", "omkering.css", css.first().map_or("omkering.css", String::as_str))?;
    fs::write(&index_path, index).map_err(|e| io(&index_path, e))?;
    let js = split_names(dist)?;
    loader = point(&loader, "omkering-loader.js", "./omkering.js", &format!("./{js}"))?;
    fs::write(&loader_path, loader).map_err(|e| io(&loader_path, e))?;
    Ok(css)
}

/// Names the wasm chunks by their content, and `omkering.js` with the split loader
/// (`__wasm_split.js`) by both their contents: they import each other, and a cached copy of
/// either must never meet a new copy of the other. Returns the new name of `omkering.js`.
fn split_names(dist: &Path) -> Result<String, String> {
    let js_path = dist.join("omkering.js");
    let split_path = dist.join(SPLIT_JS);
    let mut js = read_text(&js_path)?;
    let mut split = read_text(&split_path)?;
    let mut chunks = Vec::new();
    for entry in fs::read_dir(dist).map_err(|e| io(dist, e))? {
        let path = entry.map_err(|e| io(dist, e))?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if let Some(chunk) = name.strip_prefix("split_").and_then(|n| n.strip_suffix(".wasm")) {
            chunks.push((name.clone(), chunk.to_string(), path));
        }
    }
    chunks.sort();
    for (name, chunk, path) in &chunks {
        let bytes = fs::read(path).map_err(|e| io(path, e))?;
        let hashed = format!("omkering-{chunk}-{}.wasm", hash(&bytes));
        fs::rename(path, dist.join(&hashed)).map_err(|e| io(path, e))?;
        split = point(&split, SPLIT_JS, &format!("./{name}"), &format!("./{hashed}"))?;
    }
    let both = [js.as_bytes(), split.as_bytes()].concat();
    let hash = hash(&both);
    let (js_name, split_name) = (format!("omkering-{hash}.js"), format!("omkering-split-{hash}.js"));
    split = point(&split, SPLIT_JS, "./omkering.js", &format!("./{js_name}"))?;
    // Only the import statement: the same name also keys the wasm's imports, which stay.
    js = point(&js, "omkering.js", &format!("from \"./{SPLIT_JS}\""), &format!("from \"./{split_name}\""))?;
    for (old, new, text) in [(&js_path, &js_name, &js), (&split_path, &split_name, &split)] {
        fs::write(dist.join(new), text).map_err(|e| io(old, e))?;
        fs::remove_file(old).map_err(|e| io(old, e))?;
    }
    Ok(js_name)
}

/// `text` (the file `file`) with the one quoted mention of `name` pointed at `new` (or, where
/// `name` holds its own quotes, the one mention of it).
fn point(text: &str, file: &str, name: &str, new: &str) -> Result<String, String> {
    let quoted = |q: &str, n: &str| format!("{q}{n}{q}");
    let quotes: &[&str] = if name.contains('"') { &[""] } else { &["'", "\""] };
    for q in quotes {
        let literal = quoted(q, name);
        match text.matches(&literal).count() {
            0 => continue,
            1 => return Ok(text.replace(&literal, &quoted(q, new))),
            _ => break,
        }
    }
    Err(format!("{file} must name {name} exactly once, to point it at {new}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_name_is_pointed_only_where_it_is_named_once() {
        let js = "import * as import1 from \"./__wasm_split.js\"";
        assert_eq!(super::point(js, "a.js", "./__wasm_split.js", "./s-1.js").unwrap(), "import * as import1 from \"./s-1.js\"");
        assert!(super::point(js, "a.js", "./other.js", "./x.js").unwrap_err().contains("exactly once"));
        assert!(super::point("'a' 'a'", "a.js", "a", "b").is_err(), "twice is refused");
    }

    #[test]
    fn the_server_keeps_the_hashed_names_for_a_year() {
        let digits = super::hash(b"omkering").len();
        let conf = std::fs::read_to_string(crate::root().join("deploy/nginx.conf")).unwrap();
        for ext in ["wasm", "(js|css)"] {
            assert!(conf.contains(&format!("location ~ \"-[0-9a-f]{{{digits}}}\\.{ext}$\"")), "deploy/nginx.conf, the {ext} location");
        }
    }
}
