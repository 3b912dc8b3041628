//! The session as JSON, with the format's name and version, so a later version can tell an old
//! file from a broken one. Reading checks what the CSV reader checks: scores from 1 to 5, known
//! points, no participant twice in a group.

use super::{Session, MAX_SCORE, MIN_SCORE};
use serde::{Deserialize, Serialize};

pub const FORMAT: &str = "omkering-zelfevaluatie";
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    session: Session,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    /// Not JSON, or not a session: serde's message, at a line and column.
    Syntax { line: usize, column: usize, message: String },
    /// Another kind of file.
    Format(String),
    /// A version this explainer does not know (a newer one, say).
    Version(u32),
    Score { participant: String, point: String, score: u8 },
    UnknownPoint(String),
    Duplicate { group: String, participant: String },
}

pub fn write(session: &Session) -> String {
    let file = File { format: FORMAT.into(), version: VERSION, session: session.clone() };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

pub fn read(bytes: &[u8], points: &[&str]) -> Result<Session, Problem> {
    let text = std::str::from_utf8(bytes).map_err(|e| Problem::Syntax { line: 1, column: e.valid_up_to() + 1, message: "not UTF-8".into() })?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(Problem::Empty);
    }
    // The envelope first, so an old or foreign file is named as such, not as a syntax error.
    let envelope: serde_json::Value = serde_json::from_str(text).map_err(syntax)?;
    match envelope.get("format").and_then(|f| f.as_str()) {
        Some(FORMAT) => {}
        other => return Err(Problem::Format(other.unwrap_or("").to_string())),
    }
    match envelope.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        v => return Err(Problem::Version(v.and_then(|v| u32::try_from(v).ok()).unwrap_or(0))),
    }
    let file: File = serde_json::from_str(text).map_err(syntax)?;
    let session = file.session;
    for g in &session.groups {
        for (i, p) in g.participants.iter().enumerate() {
            if g.participants[..i].iter().any(|x| x.name == p.name) {
                return Err(Problem::Duplicate { group: g.name.clone(), participant: p.name.clone() });
            }
            for (point, score) in &p.scores {
                if !points.contains(&point.as_str()) {
                    return Err(Problem::UnknownPoint(point.clone()));
                }
                if !(MIN_SCORE..=MAX_SCORE).contains(score) {
                    return Err(Problem::Score { participant: p.name.clone(), point: point.clone(), score: *score });
                }
            }
        }
    }
    Ok(session)
}

fn syntax(e: serde_json::Error) -> Problem {
    Problem::Syntax { line: e.line(), column: e.column(), message: e.to_string() }
}
