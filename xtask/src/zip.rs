//! A minimal zip writer (deflate, no extras), enough for `omkering-embed.zip`.

use flate2::write::DeflateEncoder;
use flate2::{Compression, Crc};
use std::io::Write;

/// Writes the files (`name` inside the archive, bytes) as a zip archive.
pub fn write(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, bytes) in files {
        let mut crc = Crc::new();
        crc.update(bytes);
        let mut enc = DeflateEncoder::new(Vec::new(), Compression::best());
        enc.write_all(bytes).map_err(|e| e.to_string())?;
        let packed = enc.finish().map_err(|e| e.to_string())?;
        let offset = u32::try_from(out.len()).map_err(|_| "the archive is too large")?;
        let len = |n: usize| u32::try_from(n).map_err(|_| format!("{name} is too large"));
        let (size, packed_size) = (len(bytes.len())?, len(packed.len())?);
        let name_len = u16::try_from(name.len()).map_err(|_| format!("{name}: name too long"))?;
        // Local header: signature, version 2.0, no flags, deflate, time and date 0, crc, sizes.
        out.extend(0x0403_4b50u32.to_le_bytes());
        out.extend([20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
        out.extend(crc.sum().to_le_bytes());
        out.extend(packed_size.to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend(name_len.to_le_bytes());
        out.extend([0, 0]);
        out.extend(name.as_bytes());
        out.extend(&packed);
        // Central directory entry for the same file.
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend([20, 0, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0]);
        central.extend(crc.sum().to_le_bytes());
        central.extend(packed_size.to_le_bytes());
        central.extend(size.to_le_bytes());
        central.extend(name_len.to_le_bytes());
        central.extend([0u8; 12]);
        central.extend(offset.to_le_bytes());
        central.extend(name.as_bytes());
    }
    let count = u16::try_from(files.len()).map_err(|_| "too many files")?;
    let dir_offset = u32::try_from(out.len()).map_err(|_| "the archive is too large")?;
    let dir_len = u32::try_from(central.len()).map_err(|_| "the archive is too large")?;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0, 0, 0, 0]);
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend(dir_len.to_le_bytes());
    out.extend(dir_offset.to_le_bytes());
    out.extend([0, 0]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use flate2::read::DeflateDecoder;
    use std::io::Read;

    fn u16_at(b: &[u8], i: usize) -> usize {
        u16::from_le_bytes([b[i], b[i + 1]]) as usize
    }
    fn u32_at(b: &[u8], i: usize) -> usize {
        u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize
    }

    #[test]
    fn an_archive_reads_back_file_by_file() {
        let files = vec![("a.txt".to_string(), b"hallo hallo hallo".to_vec()), ("dir/b.bin".to_string(), (0..=255).collect())];
        let zip = super::write(&files).unwrap();
        // The end record names the central directory; walk it and unpack every file.
        let end = zip.len() - 22;
        assert_eq!(u32_at(&zip, end), 0x0605_4b50);
        assert_eq!(u16_at(&zip, end + 10), 2);
        let mut at = u32_at(&zip, end + 16);
        for (name, bytes) in &files {
            assert_eq!(u32_at(&zip, at), 0x0201_4b50);
            let name_len = u16_at(&zip, at + 28);
            assert_eq!(&zip[at + 46..at + 46 + name_len], name.as_bytes());
            let local = u32_at(&zip, at + 42);
            assert_eq!(u32_at(&zip, local), 0x0403_4b50);
            let packed = u32_at(&zip, local + 18);
            let start = local + 30 + u16_at(&zip, local + 26);
            let mut back = Vec::new();
            DeflateDecoder::new(&zip[start..start + packed]).read_to_end(&mut back).unwrap();
            assert_eq!(&back, bytes);
            let mut crc = flate2::Crc::new();
            crc.update(bytes);
            assert_eq!(u32_at(&zip, local + 14) as u32, crc.sum());
            at += 46 + name_len;
        }
    }
}
