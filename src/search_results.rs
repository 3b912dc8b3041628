//! The search results as the search view lists them: grouped by the part of the explainer each
//! hit opens, in the order of the navigation, and a cursor that the arrow keys move through the
//! list (round at the ends), as in a listbox.

use crate::route::{View, SECTIONS};
use crate::search::Hit;

/// The hits in the order they are listed: by section in navigation order, within a section in
/// the order found.
pub fn in_order(hits: &[Hit]) -> Vec<Hit> {
    SECTIONS.iter().flat_map(|section| hits.iter().filter(|h| h.view.section() == *section).cloned()).collect()
}

/// The groups of listed hits (`in_order`): each section with the positions of its hits.
pub fn groups(listed: &[Hit]) -> Vec<(View, Vec<usize>)> {
    let mut groups: Vec<(View, Vec<usize>)> = Vec::new();
    for (i, hit) in listed.iter().enumerate() {
        match groups.last_mut() {
            Some((section, items)) if *section == hit.view.section() => items.push(i),
            _ => groups.push((hit.view.section(), vec![i])),
        }
    }
    groups
}

/// Where the cursor goes among `n` options from `active` with ArrowDown (`down`) or ArrowUp:
/// from nothing to the first or the last, past an end round to the other end; `None` without
/// options.
pub fn cursor(active: Option<usize>, n: usize, down: bool) -> Option<usize> {
    if n == 0 {
        return None;
    }
    Some(match (active.filter(|i| *i < n), down) {
        (None, true) => 0,
        (None, false) => n - 1,
        (Some(i), true) => (i + 1) % n,
        (Some(i), false) => (i + n - 1) % n,
    })
}
