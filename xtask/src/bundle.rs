//! What `cargo xtask build` adds to trunk's build: the embed bundle. The loader keeps its stable
//! name (the snippet points at it); the files it loads get their content hash in the name, so a
//! new release never meets an old file in a cache (`glue.rs`). The demo host page goes to
//! `dist/examples/`, the service worker gets its list of files, `target/omkering-embed.zip`
//! holds everything for sites that self-host, and last the package is made (`package.rs`).

use std::fs;
use std::path::{Path, PathBuf};

pub fn finish(root: &Path) -> Result<PathBuf, String> {
    let dist = root.join("dist");
    minify_css(root, &dist)?;
    crate::imports::shorten(&dist)?;
    crate::prerender::run(root, &dist)?;
    let css = crate::glue::name_by_content(&dist)?;
    minify_js(root, &dist)?;

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
    // Last: the package is made from the finished files, and neither the service worker's cache
    // nor the self-host bundle holds it.
    crate::package::write(&crate::package::Built { dist: &dist, css: &css })?;
    Ok(zip_path)
}

/// The stylesheets as browsers get them: minified by esbuild (npm, pinned in package.json) for
/// the browsers of package.json, as the package's script is. Their comments and spaces were 1.5
/// KB of the start page's 150 KB brotli (issue 28, measured); the sources keep every comment.
/// `page.css` stays as trunk writes it (trunk gives the page an integrity hash of it).
fn minify_css(root: &Path, dist: &Path) -> Result<(), String> {
    minify(root, dist, &["omkering.css", "omkering-lazy.css", "configurator.css"])
}

/// The scripts of the start page as browsers get them: minified by esbuild, as the stylesheets.
/// wasm-bindgen's glue keeps its comments and spaces, and our scripts theirs; minified, the start
/// page transfers about 4 KB brotli less (issue 23, measured). After the files are named, whose
/// edits (`glue.rs`) expect the tools' own spelling; the names stay content hashes of the source.
fn minify_js(root: &Path, dist: &Path) -> Result<(), String> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dist).map_err(|e| io(dist, e))? {
        let name = entry.map_err(|e| io(dist, e))?.file_name().to_string_lossy().into_owned();
        if name.starts_with("omkering") && name.ends_with(".js") && name != SW && name != KEEPS_LINT_NOTE {
            names.push(name);
        }
    }
    names.sort();
    minify(root, dist, &names)
}

/// Minifies each of `names` in `dist/` in place with esbuild, for the browsers of package.json.
fn minify(root: &Path, dist: &Path, names: &[impl AsRef<str>]) -> Result<(), String> {
    let package_json = root.join("package.json");
    let targets = crate::package::targets(&fs::read_to_string(&package_json).map_err(|e| io(&package_json, e))?)?;
    for name in names {
        let path = dist.join(name.as_ref());
        crate::cmd::Cmd::new(root.join("node_modules/.bin/esbuild"))
            .args([path.as_os_str()])
            .args(["--minify", "--log-level=warning", "--allow-overwrite"])
            .args([format!("--target={}", targets.join(",")), format!("--outfile={}", path.display())])
            .run()?;
    }
    Ok(())
}

/// The one script whose comment the compatibility lint of `dist/` must read: its Save-Data check
/// (`navigator.connection`, guarded, absent in Safari) carries an `eslint-disable` with its
/// reason, which minifying would drop. It stays as written (about 180 B brotli).
const KEEPS_LINT_NOTE: &str = "omkering-offline.js";

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

pub(crate) fn read_text(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| io(path, e))
}

pub(crate) fn io(path: &Path, e: std::io::Error) -> String {
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
pub(crate) fn fnv1a(bytes: &[u8]) -> u64 {
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
}
