//! What `cargo xtask build` adds to trunk's build: the embed bundle. The loader keeps its stable
//! name (the snippet points at it); the files it loads get their content hash in the name, so a
//! new release never meets an old file in a cache. The demo host page goes to `dist/examples/`,
//! and `target/omkering-embed.zip` holds everything for sites that self-host.

use std::fs;
use std::path::{Path, PathBuf};

/// The files the loader loads by name: (name in the loader, stem, extension).
const LOADED: &[(&str, &str, &str)] =
    &[("omkering.js", "omkering", "js"), ("omkering_bg.wasm", "omkering_bg", "wasm"), ("omkering.css", "omkering", "css")];

pub fn finish(root: &Path) -> Result<PathBuf, String> {
    let dist = root.join("dist");
    let io = |p: &Path, e: std::io::Error| format!("{}: {e}", p.display());
    let loader_path = dist.join("omkering-loader.js");
    let mut loader = fs::read_to_string(&loader_path).map_err(|e| io(&loader_path, e))?;
    for (name, stem, ext) in LOADED {
        let path = dist.join(name);
        let bytes = fs::read(&path).map_err(|e| io(&path, e))?;
        let hashed = format!("{stem}-{:012x}.{ext}", fnv1a(&bytes) >> 16);
        fs::rename(&path, dist.join(&hashed)).map_err(|e| io(&path, e))?;
        let literal = format!("'{name}'");
        if loader.matches(&literal).count() != 1 {
            return Err(format!("omkering-loader.js must name {literal} exactly once, to point it at {hashed}"));
        }
        loader = loader.replace(&literal, &format!("'{hashed}'"));
    }
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

    let zip = crate::zip::write(&collect(&dist)?)?;
    let zip_path = root.join("target").join("omkering-embed.zip");
    fs::create_dir_all(root.join("target")).map_err(|e| io(&zip_path, e))?;
    fs::write(&zip_path, zip).map_err(|e| io(&zip_path, e))?;
    Ok(zip_path)
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
}
