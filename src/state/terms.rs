//! Which marked glossary terms of the current view open an explanation, and which explanation
//! is open (issue 24). The first marked occurrence of each term in the view opens one; which
//! that is, the view reports after it has rendered (`TermMarks::from_firsts`, from the marks in
//! the order it shows them), because the view is built from many components and none of them
//! knows what stands above it.

use crate::content::prose::MAX_MARKS;

/// Where in a view a mark is shown: in the view's own texts, or again in the text version of
/// its diagram (which repeats texts the view shows; a mark shown twice is two places).
pub const SLOTS: usize = 2;

/// The key of a mark shown in a slot: what the view's marks are named by.
pub fn key(id: u16, slot: u8) -> u32 {
    id as u32 * SLOTS as u32 + slot as u32
}

/// A bit per mark of the content (`Mark::id`) and slot: set for the marks that open an
/// explanation.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TermMarks {
    first: [u64; MAX_MARKS * SLOTS / 64],
    /// The mark (its key) whose explanation is open.
    pub open: Option<u32>,
}

impl Default for TermMarks {
    fn default() -> Self {
        TermMarks { first: [0; MAX_MARKS * SLOTS / 64], open: None }
    }
}

impl TermMarks {
    /// The marks of a view, in the order it shows them (`(term, mark key)`): the first of each
    /// term opens an explanation. The open explanation stays open when its mark still does.
    pub fn seen<T: PartialEq>(&self, marks: &[(T, u32)]) -> TermMarks {
        let mut next = TermMarks::default();
        let mut terms: Vec<&T> = Vec::new();
        for (term, key) in marks {
            if !terms.contains(&term) && (*key as usize) < MAX_MARKS * SLOTS {
                terms.push(term);
                next.first[*key as usize / 64] |= 1u64 << (key % 64);
            }
        }
        next.open = self.open.filter(|key| next.is_first(*key));
        next
    }

    pub fn is_first(&self, key: u32) -> bool {
        (key as usize) < MAX_MARKS * SLOTS && self.first[key as usize / 64] & (1u64 << (key % 64)) != 0
    }

    /// Opens the explanation of a mark that opens one, or closes it when it is open.
    pub fn toggle(&self, id: u32) -> TermMarks {
        let open = if self.open == Some(id) || !self.is_first(id) { None } else { Some(id) };
        TermMarks { open, ..*self }
    }
}

#[cfg(test)]
mod tests {
    use super::TermMarks;

    #[test]
    fn the_first_mark_of_each_term_opens_its_explanation() {
        let marks = [("rijk", 7u32), ("vng", 3), ("rijk", 1), ("vng", 900), ("ipo", 2047)];
        let t = TermMarks::default().seen(&marks);
        assert!(t.is_first(7) && t.is_first(3) && t.is_first(2047));
        assert!(!t.is_first(1) && !t.is_first(900) && !t.is_first(2) && !t.is_first(5000));
        // A mark shown again in the text version is another place with its own key.
        assert_ne!(super::key(7, 0), super::key(7, 1));
    }

    #[test]
    fn an_explanation_opens_only_on_a_first_mark_and_closes_when_it_goes() {
        let t = TermMarks::default().seen(&[("rijk", 7u32), ("rijk", 1)]);
        assert_eq!(t.toggle(1).open, None);
        let open = t.toggle(7);
        assert_eq!(open.open, Some(7));
        assert_eq!(open.toggle(7).open, None);
        // The view changed and the mark is no longer first (or gone): the explanation closes.
        assert_eq!(open.seen(&[("rijk", 1u32), ("rijk", 7)]).open, None);
        assert_eq!(open.seen(&[("rijk", 7u32)]).open, Some(7));
    }
}

