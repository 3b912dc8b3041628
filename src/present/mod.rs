//! The presentation mode without a browser: the deck built from the tour in `content/tour.toml`
//! (`deck.rs`), the keys presentation software uses (`keys.rs`), the state of a running
//! presentation (`show.rs`), the session's slides (`session.rs`), the QR code of the public address (`qr.rs`), and the messages that keep
//! the presentation and the presenter window in step (`sync.rs`).

pub mod background;
pub mod deck;
pub mod keys;
pub mod notes;
pub mod qr;
pub mod session;
pub mod show;
pub mod sync;
pub mod timing;

/// The least size (px) of a slide's text beside its body text of `font` px: 90 % of it, never
/// below 18 px (the floor `omkering-lazy.css` gives the slides' smallest text). The diagrams on
/// slides lay out so that none of their text is smaller.
pub fn least_text(font: f32) -> f32 {
    (font * 0.9).max(18.0)
}
