//! The names the self-assessment gives what it hands out: its files ("zelfevaluatie-2026-11-24.csv")
//! and the printed handout's title and date. The words come from `content/` (`views.assessment_view`,
//! `ui.months`).

use crate::content::ui_text::MonthNames;
use crate::content::{fill, format_date, Lang};

/// A file's name: `stem`, the session's day if it has one (only digits and dashes, at most 10:
/// never a path or a strange character from a typed date), and the extension.
pub fn file_name(stem: &str, date: &str, ext: &str) -> String {
    let day: String = date.chars().filter(|c| c.is_ascii_digit() || *c == '-').take(10).collect();
    if day.is_empty() {
        format!("{stem}.{ext}")
    } else {
        format!("{stem}-{day}.{ext}")
    }
}

/// The handout's title: `template` with the session's `name`, or `untitled` (the view's title)
/// when the session has no name.
pub fn handout_title(name: &str, template: &str, untitled: &str) -> String {
    if name.trim().is_empty() {
        untitled.to_string()
    } else {
        fill(template, &[("name", name)])
    }
}

/// The session's day in words ("24 november 2026"), or the date as typed when it is no day.
pub fn long_date(date: &str, lang: Lang, months: &MonthNames) -> String {
    super::day(date).map_or_else(|| date.to_string(), |d| format_date(&d, None, lang, months))
}

/// A day as the session stores it: "2026-11-24" (month and day from 1).
pub fn iso_day(year: u32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}
