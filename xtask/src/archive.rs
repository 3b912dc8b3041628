//! The zip archives of the build (the self-host bundle `target/omkering-embed.zip` and the
//! package `dist/omkering-offline.zip`), written by the `zip` crate.
//!
//! Every entry is dated with the time of the commit the build is made from (`git log -1
//! --format=%ct`), or `SOURCE_DATE_EPOCH` where it is set: the files are what that commit holds,
//! so that is their date, and building the same commit twice gives the same archive, byte for
//! byte (the build time would change the archive on every build without any file changing).
//! Outside a git checkout (a source archive) the build time is used.

use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// When the sources were last changed, in seconds since 1970 (UTC): `SOURCE_DATE_EPOCH`, else
/// the commit time of `HEAD`, else now.
pub fn source_time() -> i64 {
    let from_env = std::env::var("SOURCE_DATE_EPOCH").ok().and_then(|s| s.trim().parse().ok());
    let from_git = || {
        crate::cmd::Cmd::new("git").args(["log", "-1", "--format=%ct"]).probe().and_then(|s| s.parse().ok())
    };
    let now = || std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    from_env.or_else(from_git).unwrap_or_else(now)
}

/// The zip date of a time in seconds since 1970 (UTC; zip dates carry no time zone).
fn date(seconds: i64) -> Result<DateTime, String> {
    let t = time::OffsetDateTime::from_unix_timestamp(seconds).map_err(|e| format!("the time {seconds}: {e}"))?;
    DateTime::try_from(time::PrimitiveDateTime::new(t.date(), t.time()))
        .map_err(|e| format!("{t} cannot be a zip date (1980 to 2107): {e}"))
}

/// Writes the files (`name` inside the archive, bytes) as a zip archive, deflated, every entry
/// dated `seconds` (see [`source_time`]).
pub fn write(files: &[(String, Vec<u8>)], seconds: i64) -> Result<Vec<u8>, String> {
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(9))
        .last_modified_time(date(seconds)?)
        .unix_permissions(0o644);
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, bytes) in files {
        zip.start_file(name.as_str(), options).map_err(|e| format!("{name}: {e}"))?;
        zip.write_all(bytes).map_err(|e| format!("{name}: {e}"))?;
    }
    Ok(zip.finish().map_err(|e| e.to_string())?.into_inner())
}

#[cfg(test)]
mod tests {
    use std::io::{Cursor, Read};

    #[test]
    fn an_archive_reads_back_with_its_files_and_their_date() {
        let files = vec![("a.txt".to_string(), b"hallo hallo hallo".to_vec()), ("dir/b.bin".to_string(), (0..=255).collect())];
        // 2026-11-22 13:45:10 UTC
        let zip = super::write(&files, 1_795_355_110).unwrap();
        let mut archive = zip::ZipArchive::new(Cursor::new(zip)).expect("the zip crate reads it");
        assert_eq!(archive.len(), files.len());
        for (name, bytes) in &files {
            let mut entry = archive.by_name(name).unwrap();
            assert_eq!(entry.compression(), zip::CompressionMethod::Deflated, "{name}");
            let when = entry.last_modified().expect("a date");
            assert_eq!((when.year(), when.month(), when.day()), (2026, 11, 22), "{name}");
            assert_eq!((when.hour(), when.minute(), when.second()), (13, 45, 10), "{name}");
            let mut back = Vec::new();
            entry.read_to_end(&mut back).unwrap();
            assert_eq!(&back, bytes);
        }
    }

    #[test]
    fn the_sources_date_is_not_1980() {
        let when = super::date(super::source_time()).unwrap();
        assert!(when.year() > 2024, "{when:?}");
        assert!(super::date(0).is_err(), "1970 cannot be written: it must not turn into 1980 silently");
    }
}
