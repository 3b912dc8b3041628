//! The text of routes: percent-encoding, and the search text a route carries.

/// Percent-decodes one segment; `None` for broken encoding or text that is not UTF-8.
pub(super) fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            if !hex.iter().all(u8::is_ascii_hexdigit) {
                return None;
            }
            out.push(u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Percent-encodes a value for a route: letters, digits and `-._~` stay, the rest is encoded
/// byte by byte (so `decode` gives it back exactly).
pub(super) fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A short text kept inline: at most `N` bytes (below 256), cut at a character boundary, so
/// that a route or the settings stay a plain value (`Copy`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Inline<const N: usize> {
    bytes: [u8; N],
    len: u8,
}

/// The text a visitor searches for, as a route holds it.
pub type SearchText = Inline<80>;

impl<const N: usize> Inline<N> {
    pub const CAPACITY: usize = N;
    pub const EMPTY: Inline<N> = Inline { bytes: [0; N], len: 0 };

    /// The text without spaces around it, cut to the capacity where it is longer.
    pub fn new(text: &str) -> Inline<N> {
        let text = text.trim();
        let mut end = text.len().min(Self::CAPACITY);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let text = text[..end].trim_end();
        let end = text.len();
        let mut bytes = [0; N];
        bytes[..end].copy_from_slice(&text.as_bytes()[..end]);
        Inline { bytes, len: end as u8 }
    }

    pub fn as_str(&self) -> &str {
        // Only `new` writes the bytes: a prefix of a `str` cut at a character boundary.
        std::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl<const N: usize> std::fmt::Debug for Inline<N> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}
