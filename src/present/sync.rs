//! What the windows of one presentation tell each other over the `BroadcastChannel`: where a
//! window is (session, slide, step, black screen), and the hello of a window that opens. Plain text
//! messages with the `omkering:` prefix, so other messages on the page's channels are ignored.

use super::session::Session;

/// Where a window of the presentation is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Beat {
    /// Its session, as read: `Session::checked` checks it before use.
    pub session: Session,
    pub slide: usize,
    pub step: usize,
    pub black: bool,
}

/// A window that opens asks the others where they are.
pub const HELLO: &str = "omkering:hello";

impl Beat {
    pub fn message(self) -> String {
        format!("omkering:at {} {} {} {}", self.slide, self.step, u8::from(self.black), self.session)
    }

    /// Reads a message of [`Beat::message`]; anything else is `None`.
    pub fn read(text: &str) -> Option<Beat> {
        let mut parts = text.strip_prefix("omkering:at ")?.split(' ');
        let mut number = || parts.next().filter(|p| p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit())).and_then(|p| p.parse::<usize>().ok());
        let (slide, step, black) = (number()?, number()?, number()?);
        let session = Session::read(parts.next()?)?;
        (black <= 1 && parts.next().is_none()).then_some(Beat { session, slide, step, black: black == 1 })
    }
}

/// The time since the start as "4:05" (minutes and seconds), or "1:04:05" from an hour on.
pub fn elapsed(ms: f64) -> String {
    super::timing::duration_text((ms.max(0.0) / 1000.0).floor() as u64)
}
