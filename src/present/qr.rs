//! The QR code of the explainer's public address (generated here, no service): the modules of
//! `qrcodegen` as one SVG path, a square per dark module joined into runs per row, inside the
//! quiet zone of four modules that scanners need.

use qrcodegen::{QrCode, QrCodeEcc};

/// The light border around the code, in modules.
pub const QUIET: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// The width and height in modules, quiet zone included (the SVG's viewBox).
    pub size: usize,
    /// The dark modules as an SVG path in module units.
    pub path: String,
}

/// The code for `text` (medium error correction), or `None` when the text is too long for a QR
/// code.
pub fn encode(text: &str) -> Option<Qr> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if code.get_module(x, y) {
                let start = x;
                while x < n && code.get_module(x, y) {
                    x += 1;
                }
                let (px, py) = (start as usize + QUIET, y as usize + QUIET);
                path.push_str(&format!("M{px} {py}h{}v1h-{}z", x - start, x - start));
            } else {
                x += 1;
            }
        }
    }
    Some(Qr { size: n as usize + 2 * QUIET, path })
}

impl Qr {
    /// Whether the module at (x, y), quiet zone included, is dark: read back from the path (for
    /// tests and for a canvas).
    pub fn dark(&self) -> Vec<Vec<bool>> {
        let mut grid = vec![vec![false; self.size]; self.size];
        for run in self.path.split('M').filter(|r| !r.is_empty()) {
            let nums: Vec<usize> = run.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).filter_map(|s| s.parse().ok()).collect();
            if let [x, y, len, ..] = nums[..] {
                for cell in grid[y].iter_mut().skip(x).take(len) {
                    *cell = true;
                }
            }
        }
        grid
    }
}
