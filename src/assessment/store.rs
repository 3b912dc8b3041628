//! The session in the browser's storage: one `localStorage` key, [`KEY`], holding JSON with a
//! format name and version, the session, and where the facilitator was (group, participant,
//! the groups hidden in the chart). The browser side only reads and writes the text.

use super::json::{check, envelope};
use super::problem::ImportError;
use super::workshop::Workshop;
use super::Session;
use serde::{Deserialize, Serialize};

/// The only `localStorage` key the explainer uses (README, "Opslag").
pub const KEY: &str = "omkering";
pub const FORMAT: &str = "omkering-opslag";
pub const VERSION: u32 = 1;

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Stored {
    format: String,
    version: u32,
    pub session: Session,
    pub group: usize,
    pub participant: usize,
    pub hidden: Vec<String>,
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
}

pub fn encode(w: &Workshop) -> String {
    let stored = Writing { format: FORMAT, version: VERSION, session: &w.session, group: w.group, participant: w.participant, hidden: &w.hidden };
    serde_json::to_string(&stored).unwrap_or_default()
}

/// The saved data, or what is wrong with it (another version, broken JSON, a rule broken).
pub fn decode(text: &str, points: &[&str]) -> Result<Stored, ImportError> {
    let text = super::problem::text(text.as_bytes())?;
    let mut stored: Stored = envelope(text, FORMAT, VERSION)?;
    stored.session = std::mem::take(&mut stored.session).cleaned();
    stored.hidden = stored.hidden.iter().map(|h| super::clean(h)).collect();
    check(&stored.session, points, text)?;
    Ok(stored)
}
