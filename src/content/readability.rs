//! The plain-language check for Dutch texts (taalniveau B1): on average at most 15 words a
//! sentence, and no sentence over 25 words.

use super::error::ContentError;
use super::load::{line_of_id, Loaded};
use super::text::{Text, Visit, VisitPath};
use super::validate::file_of;

pub const MAX_AVERAGE_WORDS: f64 = 15.0;
pub const MAX_SENTENCE_WORDS: usize = 25;

/// The word counts of a text's sentences.
pub fn sentence_lengths(text: &str) -> Vec<usize> {
    let mut lengths = Vec::new();
    let mut words = 0;
    for token in text.split_whitespace() {
        if token.chars().any(char::is_alphanumeric) {
            words += 1;
        }
        let end = token.trim_end_matches(['"', '\'', ')', '”', '’', '»']);
        if end.ends_with(['.', '!', '?']) && words > 0 {
            lengths.push(words);
            words = 0;
        }
    }
    if words > 0 {
        lengths.push(words);
    }
    lengths
}

/// The problem with a Dutch text, if it is not plain enough.
pub fn problem(text: &str) -> Option<String> {
    let lengths = sentence_lengths(text);
    if lengths.is_empty() {
        return None;
    }
    if let Some(longest) = lengths.iter().copied().filter(|&n| n > MAX_SENTENCE_WORDS).max() {
        return Some(format!("a Dutch sentence has {longest} words (at most {MAX_SENTENCE_WORDS})"));
    }
    let average = lengths.iter().sum::<usize>() as f64 / lengths.len() as f64;
    (average > MAX_AVERAGE_WORDS)
        .then(|| format!("the Dutch sentences average {average:.1} words (at most {MAX_AVERAGE_WORDS})"))
}

/// Checks every Dutch text of the content.
pub fn check(loaded: &Loaded) -> Vec<ContentError> {
    let mut errors = Vec::new();
    let mut path = VisitPath::default();
    loaded.content.visit(&mut path, &mut |path, value| {
        let Some(t) = value.downcast_ref::<Text>() else { return };
        if let Some(p) = problem(&t.nl) {
            let file = file_of(path.top());
            let item = path.item();
            let field = path.fields.last().copied().unwrap_or("");
            let line = line_of_id(loaded.file_text(file), &item);
            errors.push(ContentError::new(file, line, &item, format!("`{field}`: {p}")));
        }
    });
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_words_per_sentence() {
        assert_eq!(sentence_lengths("Gemeenten signaleren. Het Rijk zorgt voor geld!"), vec![2, 5]);
        assert_eq!(sentence_lengths("Een naam zonder punt"), vec![4]);
        assert_eq!(sentence_lengths("Dit is 'een zin.' En nog een – met streep."), vec![4, 5]);
    }

    #[test]
    fn flags_long_sentences_and_long_averages() {
        let long = vec!["woord"; 26].join(" ") + ".";
        assert!(problem(&long).unwrap().contains("26 words"));
        let sixteen = vec!["woord"; 16].join(" ") + ".";
        assert!(problem(&sixteen).unwrap().contains("average 16.0"));
        assert_eq!(problem("Kort. Ook kort."), None);
    }
}
