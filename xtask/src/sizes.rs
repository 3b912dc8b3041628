//! The size table of the build: every file raw, gzip and brotli, and the total.

use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Size {
    pub path: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

/// The sizes of every file under `dir`, sorted by path.
pub fn measure(dir: &Path) -> Result<Vec<Size>, String> {
    let mut files = Vec::new();
    walk(dir, &mut files).map_err(|e| format!("{}: {e}", dir.display()))?;
    files.sort();
    files
        .iter()
        .map(|f| {
            let bytes = std::fs::read(f).map_err(|e| format!("{}: {e}", f.display()))?;
            let path = f.strip_prefix(dir).unwrap_or(f).to_string_lossy().into_owned();
            Ok(Size { path, raw: bytes.len(), gzip: gzip(&bytes), brotli: brotli(&bytes) })
        })
        .collect()
}

/// Every served file under `dir`, recursively; dot files (trunk's lock file) are skipped.
pub fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        // Dot files (trunk's lock file) are build bookkeeping, not served.
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

pub fn gzip(bytes: &[u8]) -> usize {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).expect("writing to memory");
    enc.finish().expect("writing to memory").len()
}

pub fn brotli(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("compressing in memory");
    out.len()
}

/// The table as Markdown, with a total row.
pub fn table(dir: &Path) -> Result<String, String> {
    let sizes = measure(dir)?;
    let mut out = format!("Sizes of {} (bytes)\n\n| file | raw | gzip | brotli |\n|---|---:|---:|---:|\n", dir.display());
    for s in &sizes {
        out.push_str(&format!("| {} | {} | {} | {} |\n", s.path, s.raw, s.gzip, s.brotli));
    }
    let sum = |f: fn(&Size) -> usize| sizes.iter().map(f).sum::<usize>();
    out.push_str(&format!(
        "| **total** | {} | {} | {} |\n",
        sum(|s| s.raw),
        sum(|s| s.gzip),
        sum(|s| s.brotli)
    ));
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn compression_shrinks_repetitive_input() {
        let text = "omkering ".repeat(1000);
        assert!(super::brotli(text.as_bytes()) < 100);
        assert!(super::gzip(text.as_bytes()) < 200);
    }
}
