//! The session in the browser's storage: one `localStorage` key, [`KEY`], holding JSON with a
//! format name and version, the session, and where the facilitator was (group, participant,
//! the groups hidden in the chart), and since version 2 the start of the presentation's clock
//! (`present::timing`), so the elapsed time survives a reload of either window. Version 1 data
//! (no clock) is read as it is. The browser side only reads and writes the text.

use super::json::{check, envelope};
use super::problem::ImportError;
use super::workshop::Workshop;
use super::Session;
use serde::{Deserialize, Serialize};

/// The only `localStorage` key the explainer uses (README, "Opslag").
pub const KEY: &str = "omkering";
pub const FORMAT: &str = "omkering-opslag";
pub const VERSION: u32 = 2;
/// The oldest version this release reads.
pub const OLDEST: u32 = 1;

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Stored {
    format: String,
    version: u32,
    pub session: Session,
    pub group: usize,
    pub participant: usize,
    pub hidden: Vec<String>,
    /// When the presentation's clock started (milliseconds since 1970, UTC).
    #[serde(default)]
    pub clock: Option<u64>,
}

/// [`Stored`] as it is written: borrowed from the workshop (a large session is not copied).
#[derive(Serialize)]
struct Writing<'a> {
    format: &'a str,
    version: u32,
    session: &'a Session,
    group: usize,
    participant: usize,
    hidden: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    clock: Option<u64>,
}

pub fn encode(w: &Workshop) -> String {
    let stored = Writing { format: FORMAT, version: VERSION, session: &w.session, group: w.group, participant: w.participant, hidden: &w.hidden, clock: w.clock };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// The saved data, or what is wrong with it (another version, broken JSON, a rule broken).
pub fn decode(text: &str, points: &[&str]) -> Result<Stored, ImportError> {
    let text = super::problem::text(text.as_bytes())?;
    let mut stored: Stored = envelope(text, FORMAT, OLDEST..=VERSION)?;
    stored.session = std::mem::take(&mut stored.session).cleaned();
    stored.hidden = stored.hidden.iter().map(|h| super::clean(h)).collect();
    check(&stored.session, points, text)?;
    Ok(stored)
}

/// The storage's text with the presentation's clock set to `clock`, the rest as it was: `None`
/// where the storage is missing or holds data this release cannot read (it is not written over;
/// the clock then lives only as long as the page).
pub fn with_clock(opened: &super::workshop::Opened, clock: u64, points: &[&str]) -> Option<String> {
    use super::workshop::Opened;
    let (session, group, participant, hidden) = match opened {
        Opened::Unavailable => return None,
        Opened::Nothing => (Session::default(), 0, 0, Vec::new()),
        Opened::Text(text) => {
            let s = decode(text, points).ok()?;
            (s.session, s.group, s.participant, s.hidden)
        }
    };
    let writing = Writing { format: FORMAT, version: VERSION, session: &session, group, participant, hidden: &hidden, clock: Some(clock) };
    serde_json::to_string(&writing).ok()
}

/// The start of the presentation's clock the storage keeps, if it holds readable data with one.
pub fn clock(opened: &super::workshop::Opened, points: &[&str]) -> Option<u64> {
    match opened {
        super::workshop::Opened::Text(text) => decode(text, points).ok()?.clock,
        _ => None,
    }
}
