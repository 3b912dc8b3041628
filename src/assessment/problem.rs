//! What is wrong with an imported file or with the saved data: one kind of problem for CSV, JSON
//! and storage, with the 1-based line it is on (0 where it concerns the file as a whole), so the
//! visitor reads one kind of message whatever the file was.

/// The largest file that is read at all (a session of a big room is a few kilobytes).
pub const MAX_BYTES: usize = 1 << 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// The bytes are not UTF-8 (a file saved as Windows-1252, say).
    NotUtf8,
    /// Saved as UTF-16 ("Unicode text" in Excel).
    Utf16,
    /// The first line of a CSV file is not the header.
    Header,
    /// A CSV row with this many fields instead of six.
    Columns(usize),
    /// A score that is not a whole number from 1 to 5.
    Score(String),
    /// A development point that the content does not have.
    UnknownPoint(String),
    /// A participant twice in one group (in CSV: the same point scored twice).
    Duplicate { group: String, participant: String },
    /// A CSV row of another session or date than the first row.
    OtherSession,
    /// An empty group or participant name.
    EmptyName,
    /// A CSV field opened with a quote that does not close.
    Quote,
    /// Not JSON, or JSON that is not a session.
    Syntax(Syntax),
    /// JSON of another kind of file (its `format`).
    Format(String),
    /// A format version this explainer does not know (an older or newer one).
    Version(u32),
    /// The browser could not read the chosen file (moved, removed, or not allowed).
    Unreadable,
}

/// What kind of JSON problem a file has, in words of the visitor's language (not the parser's
/// English).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// The text is not JSON.
    NotJson,
    /// The JSON stops before it is complete.
    EndsEarly,
    /// JSON, but a part of it is not what a session has (a field unknown or missing, a wrong type).
    Shape,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError {
    pub line: usize,
    pub problem: Problem,
}

impl ImportError {
    pub fn at(line: usize, problem: Problem) -> ImportError {
        ImportError { line, problem }
    }
}

impl ImportError {
    /// The problem in the visitor's words (`content/ui.toml`, `[views.assessment_view.problems]`),
    /// with its line where it has one.
    pub fn message(&self, t: &crate::content::ui_text::ProblemTexts, lang: crate::content::Lang) -> String {
        use crate::content::fill;
        let (template, value) = match &self.problem {
            Problem::Empty => (&t.empty, String::new()),
            Problem::TooLarge => (&t.too_large, String::new()),
            Problem::NotUtf8 => (&t.not_utf8, String::new()),
            Problem::Utf16 => (&t.utf16, String::new()),
            Problem::Header => (&t.header, String::new()),
            Problem::Columns(n) => (&t.columns, n.to_string()),
            Problem::Score(v) => (&t.score, v.clone()),
            Problem::UnknownPoint(v) => (&t.unknown_point, v.clone()),
            Problem::Duplicate { .. } => (&t.duplicate, String::new()),
            Problem::OtherSession => (&t.other_session, String::new()),
            Problem::EmptyName => (&t.empty_name, String::new()),
            Problem::Quote => (&t.quote, String::new()),
            Problem::Syntax(Syntax::NotJson) => (&t.syntax_json, String::new()),
            Problem::Syntax(Syntax::EndsEarly) => (&t.syntax_end, String::new()),
            Problem::Syntax(Syntax::Shape) => (&t.syntax_shape, String::new()),
            Problem::Format(v) => (&t.format, v.clone()),
            Problem::Version(v) => (&t.version, v.to_string()),
            Problem::Unreadable => (&t.unreadable, String::new()),
        };
        let (group, participant) = match &self.problem {
            Problem::Duplicate { group, participant } => (group.as_str(), participant.as_str()),
            _ => ("", ""),
        };
        let text = fill(template.get(lang), &[("value", &value), ("group", group), ("participant", participant)]);
        if self.line == 0 {
            text
        } else {
            fill(t.at_line.get(lang), &[("line", &self.line.to_string()), ("problem", &text)])
        }
    }
}

/// The 1-based line of the byte at `offset`.
pub fn line_at(bytes: &[u8], offset: usize) -> usize {
    1 + bytes[..offset.min(bytes.len())].iter().filter(|b| **b == b'\n').count()
}

/// Whether a file of `bytes` may be read at all; asked with the file's size before it is read
/// into memory, and again of the bytes.
pub fn size(bytes: f64) -> Result<(), ImportError> {
    if bytes > MAX_BYTES as f64 {
        Err(ImportError::at(0, Problem::TooLarge))
    } else {
        Ok(())
    }
}

/// The checks before a file is read as text: size, UTF-16, UTF-8 (naming the line of the first
/// bad byte); the text without a byte order mark.
pub fn text(bytes: &[u8]) -> Result<&str, ImportError> {
    size(bytes.len() as f64)?;
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(ImportError::at(1, Problem::Utf16));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| ImportError::at(line_at(bytes, e.valid_up_to()), Problem::NotUtf8))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::at(0, Problem::Empty));
    }
    Ok(text)
}
