//! The names the self-assessment gives what it hands out: its files ("zelfevaluatie-2026-11-24.csv")
//! and the printed handout's title. The words come from `content/` (`ui.assessment_view`).

use crate::content::fill;

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
