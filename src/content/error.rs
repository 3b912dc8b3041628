//! Errors in the content files, each naming the file, the line, the item and the problem.

use std::fmt;

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file name inside `content/`, e.g. `themes.toml`.
    pub file: String,
    /// The 1-based line, where it is known.
    pub line: Option<usize>,
    /// The id (or other name) of the item, empty when the problem is with the file as a whole.
    pub item: String,
    pub problem: String,
}

impl ContentError {
    pub fn new(file: &str, line: Option<usize>, item: &str, problem: impl Into<String>) -> Self {
        ContentError { file: file.to_string(), line, item: item.to_string(), problem: problem.into() }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "content/{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if !self.item.is_empty() {
            write!(f, ": item `{}`", self.item)?;
        }
        write!(f, ": {}", self.problem)
    }
}

/// All problems found in one run, so an editor sees them at once.
#[derive(Debug, Default, Clone)]
pub struct ContentErrors(pub Vec<ContentError>);

impl ContentErrors {
    pub fn push(&mut self, e: ContentError) {
        self.0.push(e);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} problem(s) in the content files:", self.0.len())?;
        for e in &self.0 {
            writeln!(f, "  {e}")?;
        }
        Ok(())
    }
}
