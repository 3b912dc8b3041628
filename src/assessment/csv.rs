//! The session as CSV that Dutch Excel opens as it is: UTF-8 with a byte order mark, `;` between
//! fields, CRLF line ends, a header and one row per score:
//! `session;date;group;participant;point;score`. Reading gives the session back exactly, or the
//! first problem with its line, and never half a session. A cell a spreadsheet would run as a
//! formula is written behind an apostrophe, which reading takes away again.

use super::problem::{ImportError, Problem};
use super::{cleaned, Group, Participant, Session, MAX_SCORE, MIN_SCORE};
use std::collections::HashMap;

pub const HEADER: [&str; 6] = ["session", "date", "group", "participant", "point", "score"];
const BOM: &str = "\u{feff}";

pub fn write(session: &Session, points: &[&str]) -> String {
    let mut out = String::from(BOM);
    out.push_str(&HEADER.join(";"));
    out.push_str("\r\n");
    for group in &session.groups {
        for p in &group.participants {
            for point in points {
                if let Some(score) = p.scores.get(*point) {
                    let fields = [&session.name, &session.date, &group.name, &p.name, *point, &score.to_string()];
                    out.push_str(&fields.iter().map(|f| field(f)).collect::<Vec<_>>().join(";"));
                    out.push_str("\r\n");
                }
            }
        }
    }
    out
}

/// What makes a spreadsheet take a cell as a formula (Excel, LibreOffice): `=`, `+`, `-`, `@`,
/// tab or carriage return at its start. A name such as `=HYPERLINK(…)` would otherwise become a
/// live link when the facilitator opens the export.
const FORMULA: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `s` needs an apostrophe in front: it starts as a formula, or it is such a text behind
/// apostrophes already (those get one more, so that reading takes exactly one away and every
/// text comes back as it was; `'s-Hertogenbosch` is written as it is).
fn guarded(s: &str) -> bool {
    s.trim_start_matches('\'').starts_with(FORMULA)
}

/// A cell's text as it was before [`field`] guarded it.
fn unguard(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if guarded(s) => rest,
        _ => s,
    }
}

/// A field: behind an apostrophe where a spreadsheet would take it as a formula, quoted where it
/// holds a separator, a quote or a line break.
pub(crate) fn field(s: &str) -> String {
    let s = if guarded(s) { format!("'{s}") } else { s.to_string() };
    if s.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub fn read(bytes: &[u8], points: &[&str]) -> Result<Session, ImportError> {
    let at = ImportError::at;
    let text = super::problem::text(bytes)?;
    let rows = records(text)?;
    let Some((_, header)) = rows.first() else { return Err(at(0, Problem::Empty)) };
    if header.iter().map(|h| h.trim().to_lowercase()).ne(HEADER.iter().map(|h| h.to_string())) {
        return Err(at(1, Problem::Header));
    }
    let mut session = Session::default();
    // Where each group and each participant of a group is, so every row is found in constant
    // time (a file of 1 MiB holds tens of thousands of participants).
    let mut groups: HashMap<String, usize> = HashMap::new();
    let mut people: Vec<HashMap<String, usize>> = Vec::new();
    let mut first = true;
    for (line, row) in rows.iter().skip(1) {
        let line = *line;
        if row.len() == 1 && row[0].trim().is_empty() {
            continue;
        }
        let [name, date, group, participant, point, score] = row.as_slice() else {
            return Err(at(line, Problem::Columns(row.len())));
        };
        let [name, date, group, participant] = [name, date, group, participant].map(|f| cleaned(unguard(f)));
        if first {
            (session.name, session.date, first) = (name.into_owned(), date.into_owned(), false);
        } else if *name != session.name || *date != session.date {
            return Err(at(line, Problem::OtherSession));
        }
        if group.trim().is_empty() || participant.trim().is_empty() {
            return Err(at(line, Problem::EmptyName));
        }
        let Some(point) = points.iter().find(|p| **p == point.trim()) else {
            return Err(at(line, Problem::UnknownPoint(point.clone())));
        };
        let value: u8 = score.trim().parse().ok().filter(|v| (MIN_SCORE..=MAX_SCORE).contains(v)).ok_or_else(|| at(line, Problem::Score(score.clone())))?;
        let g = match groups.get(group.as_ref()) {
            Some(&g) => g,
            None => {
                session.groups.push(Group { name: group.to_string(), participants: Vec::new() });
                people.push(HashMap::new());
                groups.insert(group.to_string(), session.groups.len() - 1);
                session.groups.len() - 1
            }
        };
        let participants = &mut session.groups[g].participants;
        let i = match people[g].get(participant.as_ref()) {
            Some(&i) => i,
            None => {
                participants.push(Participant { name: participant.to_string(), ..Default::default() });
                people[g].insert(participant.to_string(), participants.len() - 1);
                participants.len() - 1
            }
        };
        let p = &mut participants[i];
        if p.scores.insert(point.to_string(), value).is_some() {
            return Err(at(line, Problem::Duplicate { group: group.to_string(), participant: participant.to_string() }));
        }
    }
    if first {
        return Err(at(0, Problem::Empty));
    }
    Ok(session)
}

/// The records of a CSV text with `;` between fields, each with the line it starts on; quoted
/// fields may hold separators, doubled quotes and line breaks.
fn records(text: &str) -> Result<Vec<(usize, Vec<String>)>, ImportError> {
    let mut out = Vec::new();
    let mut fields = Vec::new();
    let mut current = String::new();
    let (mut line, mut start) = (1, 1);
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                current.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                current.push(c);
            }
            (false, '"') if current.is_empty() => quoted = true,
            (false, ';') => fields.push(std::mem::take(&mut current)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                fields.push(std::mem::take(&mut current));
                out.push((start, std::mem::take(&mut fields)));
                line += 1;
                start = line;
            }
            (false, c) => current.push(c),
        }
    }
    if quoted {
        return Err(ImportError::at(start, Problem::Quote));
    }
    if !current.is_empty() || !fields.is_empty() {
        fields.push(current);
        out.push((start, fields));
    }
    Ok(out)
}
