//! Two writers of the one saved workshop (two tabs, or two explainers on one page) merge their
//! changes instead of writing over each other. A three-way merge from the session both started
//! from (`base`): whatever the later writer changed wins; what the earlier writer changed and the
//! later one left alone comes in; an item that one writer removed and the other left as it was
//! stays removed. Groups are known by name, participants by name within their group, scores by
//! development point. Linear in the size of the sessions.

use super::{Group, Participant, Session};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The session with the changes of both writers.
pub fn sessions(base: &Session, earlier: &Session, later: &Session) -> Session {
    Session {
        name: pick(&base.name, &earlier.name, &later.name).clone(),
        date: pick(&base.date, &earlier.date, &later.date).clone(),
        groups: keyed(&base.groups, &earlier.groups, &later.groups, |g| &g.name, group),
    }
}

/// The groups hidden in the chart, after both writers: a name is hidden when the later writer
/// hid it, or the earlier one did and the later one did not show it again.
pub fn hidden(base: &[String], earlier: &[String], later: &[String]) -> Vec<String> {
    let (b, e, l): (HashSet<&String>, HashSet<&String>, HashSet<&String>) = (base.iter().collect(), earlier.iter().collect(), later.iter().collect());
    let keep = |name: &String| *pick(&b.contains(name), &e.contains(name), &l.contains(name));
    let mut out: Vec<String> = later.iter().filter(|n| keep(n)).cloned().collect();
    out.extend(earlier.iter().filter(|n| !l.contains(n) && keep(n)).cloned());
    out
}

/// The later writer's value where it changed it, else the earlier writer's.
fn pick<'a, T: PartialEq>(base: &T, earlier: &'a T, later: &'a T) -> &'a T {
    if later != base {
        later
    } else {
        earlier
    }
}

fn group(base: &Group, earlier: &Group, later: &Group) -> Group {
    Group { name: later.name.clone(), participants: keyed(&base.participants, &earlier.participants, &later.participants, |p| &p.name, participant) }
}

fn participant(base: &Participant, earlier: &Participant, later: &Participant) -> Participant {
    let points: HashSet<&String> = earlier.scores.keys().chain(later.scores.keys()).chain(base.scores.keys()).collect();
    let scores: BTreeMap<String, u8> = points
        .into_iter()
        .filter_map(|p| pick(&base.scores.get(p), &earlier.scores.get(p), &later.scores.get(p)).map(|s| (p.clone(), *s)))
        .collect();
    Participant { name: later.name.clone(), scores }
}

/// Three-way merge of lists whose items have unique keys: the later writer's items in its order,
/// then the items only the earlier writer has, in its order.
fn keyed<T: Clone + PartialEq + Default>(base: &[T], earlier: &[T], later: &[T], key: impl Fn(&T) -> &String, merge: impl Fn(&T, &T, &T) -> T) -> Vec<T> {
    let index = |list: &[T]| -> HashMap<String, usize> { list.iter().enumerate().map(|(i, x)| (key(x).clone(), i)).collect() };
    let (b, e, l) = (index(base), index(earlier), index(later));
    let empty = T::default();
    let mut out = Vec::with_capacity(later.len().max(earlier.len()));
    for x in later {
        let k = key(x);
        match (b.get(k).map(|&i| &base[i]), e.get(k).map(|&i| &earlier[i])) {
            (Some(was), Some(theirs)) => out.push(merge(was, theirs, x)),
            // The earlier writer removed it: gone, unless the later writer changed it since.
            (Some(was), None) => {
                if x != was {
                    out.push(x.clone());
                }
            }
            // Both added it.
            (None, Some(theirs)) => out.push(merge(&empty, theirs, x)),
            (None, None) => out.push(x.clone()),
        }
    }
    for x in earlier.iter().filter(|x| !l.contains_key(key(x))) {
        // The later writer removed what was there (its removal wins), or the earlier one added it.
        if !b.contains_key(key(x)) {
            out.push(x.clone());
        }
    }
    out
}
