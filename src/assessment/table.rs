//! The scores as a table to read in Excel, not to read back in: one row per participant with
//! the development points as columns by their names, then each group's mean per point. Headers
//! in the visitor's language; the same CSV conventions as `csv.rs` (UTF-8 with a byte order mark,
//! `;` between fields, CRLF, cells a spreadsheet would run as formulas behind an apostrophe), and
//! a decimal comma in Dutch, as Dutch Excel reads numbers.

use super::csv::field;
use super::Session;
use crate::content::Lang;

/// The table's words: the first four column headers and the label of a group's mean row.
pub struct Headers<'a> {
    pub session: &'a str,
    pub date: &'a str,
    pub group: &'a str,
    pub participant: &'a str,
    /// "Gemiddelde", in the participant column of a group's mean row.
    pub mean: &'a str,
}

/// The table: `points` are the development points as (id, name), in the content's order.
pub fn write(session: &Session, points: &[(&str, &str)], headers: &Headers, lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    let mut row = |cells: Vec<String>| {
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    };
    let head = [headers.session, headers.date, headers.group, headers.participant];
    row(head.iter().map(|h| h.to_string()).chain(points.iter().map(|(_, name)| name.to_string())).collect());
    let start = |group: &str| vec![session.name.clone(), session.date.clone(), group.to_string()];
    for group in &session.groups {
        for p in &group.participants {
            let mut cells = start(&group.name);
            cells.push(p.name.clone());
            cells.extend(points.iter().map(|(id, _)| p.scores.get(*id).map(u8::to_string).unwrap_or_default()));
            row(cells);
        }
    }
    // The means below the participants, after an empty row, as a reader of the sheet expects
    // totals at the bottom; a group without scores has none.
    let ids: Vec<&str> = points.iter().map(|(id, _)| *id).collect();
    let means: Vec<_> = session.groups.iter().map(|g| (g, g.stats(&ids))).filter(|(_, stats)| stats.iter().any(Option::is_some)).collect();
    if !means.is_empty() {
        row(vec![String::new()]);
    }
    for (group, stats) in means {
        let mut cells = start(&group.name);
        cells.push(headers.mean.to_string());
        cells.extend(stats.iter().map(|s| s.map(|s| decimal(s.mean, lang)).unwrap_or_default()));
        row(cells);
    }
    out
}

/// A mean with one decimal, with the decimal sign of the language ("3,5" in Dutch).
pub fn decimal(x: f32, lang: Lang) -> String {
    let s = format!("{:.1}", x);
    match lang {
        Lang::Nl => s.replace('.', ","),
        Lang::En => s,
    }
}
