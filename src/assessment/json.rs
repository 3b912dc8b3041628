//! The session as JSON, with the format's name and version, so a later version can tell an old
//! file from a broken one. Reading checks what the CSV reader checks (scores from 1 to 5, known
//! points, no participant twice in a group) and names the line where it can.

use super::problem::{ImportError, Problem, Syntax};
use super::{Group, Session, MAX_SCORE, MIN_SCORE};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use std::collections::HashMap;

pub const FORMAT: &str = "omkering-zelfevaluatie";
pub const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    session: Session,
}

pub fn write(session: &Session) -> String {
    let file = File { format: FORMAT.into(), version: VERSION, session: session.clone() };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

pub fn read(bytes: &[u8], points: &[&str]) -> Result<Session, ImportError> {
    let text = super::problem::text(bytes)?;
    let file: File = envelope(text, FORMAT, VERSION..=VERSION)?;
    let mut session = file.session.cleaned();
    // As in a CSV file, where a group is its name: entries with the same name are one group
    // (a participant in both is then a participant twice, which `check` names).
    let mut at: HashMap<String, usize> = HashMap::new();
    let mut groups: Vec<Group> = Vec::new();
    for g in std::mem::take(&mut session.groups) {
        match at.get(&g.name) {
            Some(&i) => groups[i].participants.extend(g.participants),
            None => {
                at.insert(g.name.clone(), groups.len());
                groups.push(g);
            }
        }
    }
    session.groups = groups;
    check(&session, points, text)?;
    // A file without a single score has nothing to import (a CSV file with only its header
    // neither).
    if session.groups.iter().all(|g| g.participants.iter().all(|p| p.scores.is_empty())) {
        return Err(ImportError::at(0, Problem::Empty));
    }
    Ok(session)
}

/// A JSON text as `T`, after checking its `format` and `version` first, so an old or foreign
/// file is named as such, not as a syntax error.
pub(crate) fn envelope<T: DeserializeOwned>(text: &str, format: &str, versions: std::ops::RangeInclusive<u32>) -> Result<T, ImportError> {
    // Only the two fields, the rest skipped unread (no `serde_json::Value`: it would bring
    // float parsing into the download).
    #[derive(Deserialize)]
    struct Envelope {
        format: Option<String>,
        version: Option<u32>,
    }
    let head: Envelope = serde_json::from_str(text).map_err(syntax)?;
    match head.format {
        Some(f) if f == format => {}
        other => return Err(ImportError::at(0, Problem::Format(other.unwrap_or_default()))),
    }
    match head.version {
        Some(v) if versions.contains(&v) => {}
        v => return Err(ImportError::at(0, Problem::Version(v.unwrap_or(0)))),
    }
    serde_json::from_str(text).map_err(syntax)
}

/// The rules serde does not check, with the line of the participant (found by its name in
/// `text`) where a rule is broken. One pass over the session; the text is searched only for the
/// participant that breaks a rule.
pub(crate) fn check(session: &Session, points: &[&str], text: &str) -> Result<(), ImportError> {
    for g in &session.groups {
        if g.name.trim().is_empty() {
            return Err(ImportError::at(line_of(text, &g.name, 1), Problem::EmptyName));
        }
        let mut seen: HashMap<&str, usize> = HashMap::new();
        for p in &g.participants {
            // How often this name came before in the group: the line is that of its next entry.
            let before = seen.get(p.name.as_str()).copied().unwrap_or(0);
            seen.insert(&p.name, before + 1);
            let line = || line_of(text, &p.name, 1 + before);
            if p.name.trim().is_empty() {
                return Err(ImportError::at(line(), Problem::EmptyName));
            }
            if before > 0 {
                return Err(ImportError::at(line(), Problem::Duplicate { group: g.name.clone(), participant: p.name.clone() }));
            }
            for (point, score) in &p.scores {
                if !points.contains(&point.as_str()) {
                    return Err(ImportError::at(line(), Problem::UnknownPoint(point.clone())));
                }
                if !(MIN_SCORE..=MAX_SCORE).contains(score) {
                    return Err(ImportError::at(line(), Problem::Score(score.to_string())));
                }
            }
        }
    }
    Ok(())
}

/// The line of the `nth` (1-based) `"name": <name>` in a JSON text, or 0.
fn line_of(text: &str, name: &str, nth: usize) -> usize {
    let needle = format!("\"name\": {}", serde_json::to_string(name).unwrap_or_default());
    let compact = needle.replacen(": ", ":", 1);
    let hits = |n: &str| text.match_indices(n).map(|(i, _)| i).collect::<Vec<_>>();
    let mut all = hits(&needle);
    all.extend(hits(&compact));
    all.sort_unstable();
    all.get(nth.saturating_sub(1)).map_or(0, |&i| super::problem::line_at(text.as_bytes(), i))
}

fn syntax(e: serde_json::Error) -> ImportError {
    use serde_json::error::Category;
    let kind = match e.classify() {
        Category::Eof => Syntax::EndsEarly,
        Category::Data => Syntax::Shape,
        Category::Syntax | Category::Io => Syntax::NotJson,
    };
    ImportError::at(e.line(), Problem::Syntax(kind))
}
