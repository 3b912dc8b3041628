//! `content/sources.toml`: what each source document gives, item by item, so a test can check
//! that the content model holds all of it and that each item really is in the source text.

use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesFile {
    pub source: Vec<SourceDoc>,
}

/// One source document.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceDoc {
    /// The document id in `documents.toml`.
    pub doc: String,
    /// The file name in `shared/seeds/`.
    pub seed: String,
    /// The title, verbatim.
    pub title: String,
    /// Every date phrase the text gives, verbatim ("14 juni 2023", "2021-2025").
    #[serde(default)]
    pub dates: Vec<String>,
    #[serde(default)]
    pub list: Vec<SourceList>,
}

/// One list of a source document, bulleted, numbered or written out in a sentence.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceList {
    pub name: String,
    pub items: Vec<String>,
}
