//! The workshop self-assessment, without a browser: a session of groups, each group of
//! participants who score the development points from 1 to 5; each group's mean, lowest and
//! highest score per point; merging sessions exported on several devices. The file formats are in
//! `csv.rs` (to read back in) and `json.rs`, the table for Excel in `table.rs`, the saved data in `store.rs`, the facilitator's
//! working state in `workshop.rs`.

pub mod csv;
pub mod grid;
pub mod json;
pub mod merge;
pub mod names;
pub mod problem;
pub mod store;
pub mod table;
pub mod workshop;

pub use problem::{ImportError, Problem};

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The lowest and highest score.
pub const MIN_SCORE: u8 = 1;
pub const MAX_SCORE: u8 = 5;

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub name: String,
    /// The day of the session as the facilitator typed it (`2026-11-23`).
    pub date: String,
    pub groups: Vec<Group>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub name: String,
    pub participants: Vec<Participant>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub name: String,
    /// Score per development point id.
    pub scores: BTreeMap<String, u8>,
}

/// One group's view of one point.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointStat {
    /// How many participants scored the point.
    pub n: usize,
    pub mean: f32,
    pub min: u8,
    pub max: u8,
}

impl Group {
    /// Mean, lowest and highest score per point, in the order of `points`; `None` where nobody
    /// in the group scored the point.
    pub fn stats(&self, points: &[&str]) -> Vec<Option<PointStat>> {
        points
            .iter()
            .map(|p| {
                let scores: Vec<u8> = self.participants.iter().filter_map(|x| x.scores.get(*p).copied()).collect();
                let n = scores.len();
                (n > 0).then(|| PointStat {
                    n,
                    mean: scores.iter().map(|s| f32::from(*s)).sum::<f32>() / n as f32,
                    min: *scores.iter().min().unwrap_or(&0),
                    max: *scores.iter().max().unwrap_or(&0),
                })
            })
            .collect()
    }
}

impl Session {
    /// The group with this name, made if it is not there yet.
    pub fn group_mut(&mut self, name: &str) -> &mut Group {
        match self.groups.iter().position(|g| g.name == name) {
            Some(i) => &mut self.groups[i],
            None => {
                self.groups.push(Group { name: name.to_string(), participants: Vec::new() });
                self.groups.last_mut().expect("just pushed")
            }
        }
    }

    /// Adds the participants of `other` (a file from another device) to this session. A
    /// participant already in the same group is a duplicate: it is left out and named in the
    /// result, so nothing that was there is overwritten.
    pub fn merge(&mut self, other: &Session) -> Vec<(String, String)> {
        let mut duplicates = Vec::new();
        for group in &other.groups {
            let target = self.group_mut(&group.name);
            for p in &group.participants {
                if target.participants.iter().any(|x| x.name == p.name) {
                    duplicates.push((group.name.clone(), p.name.clone()));
                } else {
                    target.participants.push(p.clone());
                }
            }
        }
        duplicates
    }
}

/// A name or date as it may be kept: without the control characters that XML (the chart's SVG,
/// and so its PNG) cannot hold, U+0000 to U+001F but tab and line feed, nor U+FFFE and U+FFFF.
/// Every way in cleans with it: typing and pasting (`Workshop::apply`), an imported file
/// (`csv::read`, `json::read`) and the saved data (`store::decode`).
pub fn clean(s: &str) -> String {
    cleaned(s).into_owned()
}

/// [`clean`] without a copy when there is nothing to clean.
pub fn cleaned(s: &str) -> std::borrow::Cow<'_, str> {
    let bad = |c: char| matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}');
    if s.contains(bad) {
        s.chars().filter(|c| !bad(*c)).collect::<String>().into()
    } else {
        s.into()
    }
}

impl Session {
    /// The session with every name and the date [`clean`]ed.
    pub fn cleaned(mut self) -> Session {
        self.name = clean(&self.name);
        self.date = clean(&self.date);
        for g in &mut self.groups {
            g.name = clean(&g.name);
            for p in &mut g.participants {
                p.name = clean(&p.name);
            }
        }
        self
    }
}

/// The session's date as a content date, where it is written `YYYY-MM-DD` (as a date field
/// gives it), so it can be written out as "24 november 2026".
pub fn day(date: &str) -> Option<crate::content::Date> {
    let parts: Vec<u16> = date.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts[..] {
        [year, month, day] if date.len() == 10 && (1..=12).contains(&month) && (1..=31).contains(&day) => {
            Some(crate::content::Date { year, month: Some(month as u8), day: Some(day as u8) })
        }
        _ => None,
    }
}

/// A file of either format: JSON when it starts with `{`, else CSV.
pub fn read(bytes: &[u8], points: &[&str]) -> Result<Session, ImportError> {
    let text = problem::text(bytes)?;
    if text.trim_start().starts_with('{') {
        json::read(bytes, points)
    } else {
        csv::read(bytes, points)
    }
}
