//! What `cargo xtask build` adds to trunk's build: the embed bundle. The loader keeps its stable
//! name (the snippet points at it); the files it loads get their content hash in the name, so a
//! new release never meets an old file in a cache. The demo host page goes to `dist/examples/`,
//! and `target/omkering-embed.zip` holds everything for sites that self-host.

use std::fs;
use std::path::{Path, PathBuf};

/// The files the loader loads by name: (name in the loader, stem, extension). `omkering.js` is
/// named with the split loader (see [`split_names`]).
const LOADED: &[(&str, &str, &str)] = &[("omkering_bg.wasm", "omkering_bg", "wasm"), ("omkering.css", "omkering", "css")];
/// The loader of the wasm chunks that wasm-split writes; `omkering.js` imports it.
const SPLIT_JS: &str = "__wasm_split.js";

pub fn finish(root: &Path) -> Result<PathBuf, String> {
    let dist = root.join("dist");
    let loader_path = dist.join("omkering-loader.js");
    let mut loader = read_text(&loader_path)?;
    let mut css = String::new();
    for (name, stem, ext) in LOADED {
        let path = dist.join(name);
        let bytes = fs::read(&path).map_err(|e| io(&path, e))?;
        let hashed = format!("{stem}-{:012x}.{ext}", fnv1a(&bytes) >> 16);
        fs::rename(&path, dist.join(&hashed)).map_err(|e| io(&path, e))?;
        loader = point(&loader, "omkering-loader.js", name, &hashed)?;
        if *ext == "css" {
            css = hashed;
        }
    }
    let (js, split) = split_names(&dist)?;
    loader = point(&loader, "omkering-loader.js", "omkering.js", &js)?;
    fs::write(&loader_path, loader).map_err(|e| io(&loader_path, e))?;

    let examples = root.join("examples");
    let target = dist.join("examples");
    fs::create_dir_all(&target).map_err(|e| io(&target, e))?;
    for entry in fs::read_dir(&examples).map_err(|e| io(&examples, e))? {
        let path = entry.map_err(|e| io(&examples, e))?.path();
        if path.is_file() {
            fs::copy(&path, target.join(path.file_name().unwrap_or_default())).map_err(|e| io(&path, e))?;
        }
    }

    service_worker(root, &dist)?;

    let zip = crate::archive::write(&collect(&dist)?, crate::archive::source_time())?;
    let zip_path = root.join("target").join("omkering-embed.zip");
    fs::create_dir_all(root.join("target")).map_err(|e| io(&zip_path, e))?;
    fs::write(&zip_path, zip).map_err(|e| io(&zip_path, e))?;
    // Last: the offline package is made from the finished files, and neither the service
    // worker's cache nor the self-host bundle holds it.
    crate::offline::write(&crate::offline::Built { dist: &dist, glue: &js, split: &split, css: &css })?;
    Ok(zip_path)
}

/// Names the wasm chunks by their content, and `omkering.js` with the split loader
/// (`__wasm_split.js`) by both their contents: they import each other, and a cached copy of
/// either must never meet a new copy of the other. Returns the new names of `omkering.js` and
/// of the split loader.
fn split_names(dist: &Path) -> Result<(String, String), String> {
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
        let hashed = format!("omkering-{chunk}-{:012x}.wasm", fnv1a(&bytes) >> 16);
        fs::rename(path, dist.join(&hashed)).map_err(|e| io(path, e))?;
        split = point(&split, SPLIT_JS, &format!("./{name}"), &format!("./{hashed}"))?;
    }
    let both = [js.as_bytes(), split.as_bytes()].concat();
    let hash = fnv1a(&both) >> 16;
    let (js_name, split_name) = (format!("omkering-{hash:012x}.js"), format!("omkering-split-{hash:012x}.js"));
    split = point(&split, SPLIT_JS, "./omkering.js", &format!("./{js_name}"))?;
    // Only the import statement: the same name also keys the wasm's imports, which stay.
    js = point(&js, "omkering.js", &format!("from \"./{SPLIT_JS}\""), &format!("from \"./{split_name}\""))?;
    for (old, new, text) in [(&js_path, &js_name, &js), (&split_path, &split_name, &split)] {
        fs::write(dist.join(new), text).map_err(|e| io(old, e))?;
        fs::remove_file(old).map_err(|e| io(old, e))?;
    }
    Ok((js_name, split_name))
}

/// Writes `dist/omkering-sw.js` from `assets/omkering-sw.js`: the files of the standalone page
/// to cache (every file at the top of `dist/` but the configurator), and a version from their
/// contents, so a new release replaces the old cache.
fn service_worker(root: &Path, dist: &Path) -> Result<(), String> {
    let template = read_text(&root.join("assets").join(SW))?;
    let mut files = Vec::new();
    let mut contents = Vec::new();
    for entry in fs::read_dir(dist).map_err(|e| io(dist, e))? {
        let path = entry.map_err(|e| io(dist, e))?.path();
        let name = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        if path.is_file() && name != SW && !name.starts_with("configurator") {
            contents.extend(fs::read(&path).map_err(|e| io(&path, e))?);
            files.push(name);
        }
    }
    files.sort();
    let list: Vec<String> = std::iter::once("'./'".to_string()).chain(files.iter().map(|f| format!("'./{f}'"))).collect();
    let mark = |text: &str, marker: &str, value: &str| match text.matches(marker).count() {
        1 => Ok(text.replace(marker, value)),
        _ => Err(format!("assets/{SW} must hold {marker} exactly once")),
    };
    let sw = mark(&template, "/* files */", &list.join(", "))?;
    let sw = mark(&sw, "/* version */", &format!("{:012x}", fnv1a(&contents) >> 16))?;
    fs::write(dist.join(SW), sw).map_err(|e| io(&dist.join(SW), e))
}

/// The service worker (a template in `assets/`, filled in by [`service_worker`]).
const SW: &str = "omkering-sw.js";

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

fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| io(path, e))
}

fn io(path: &Path, e: std::io::Error) -> String {
    format!("{}: {e}", path.display())
}

/// Every served file under `dist`, named inside the archive, sorted.
fn collect(dist: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut paths = Vec::new();
    crate::sizes::walk(dist, &mut paths).map_err(|e| format!("{}: {e}", dist.display()))?;
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let name = path.strip_prefix(dist).unwrap_or(path).to_string_lossy().replace('\\', "/");
            Ok((format!("omkering/{name}"), fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?))
        })
        .collect()
}

/// FNV-1a, 64 bits: a content hash for file names (not for security).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_hash_follows_the_content() {
        assert_eq!(super::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(super::fnv1a(b"omkering 1"), super::fnv1a(b"omkering 2"));
    }

    #[test]
    fn a_name_is_pointed_only_where_it_is_named_once() {
        let js = "import * as import1 from \"./__wasm_split.js\"";
        assert_eq!(super::point(js, "a.js", "./__wasm_split.js", "./s-1.js").unwrap(), "import * as import1 from \"./s-1.js\"");
        assert!(super::point(js, "a.js", "./other.js", "./x.js").unwrap_err().contains("exactly once"));
        assert!(super::point("'a' 'a'", "a.js", "a", "b").is_err(), "twice is refused");
    }
}
