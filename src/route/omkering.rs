//! The omkering view's part of a route: `/omkering[/<mode>][/stap/<n>][/actor/<id>|/thema/<id>]`.

use super::{lookup, Problem, Select, View};
use crate::content::Content;

/// The omkering view named by the segments after `omkering`, how many it used, and the problem.
pub(super) fn parse(rest: &[String], content: &'static Content) -> (View, usize, Option<Problem>) {
    let mut used = 0;
    let mut mode: Option<&'static crate::content::Mode> = None;
    if let Some(first) = rest.first() {
        if !["stap", "actor", "thema"].contains(&first.as_str()) {
            match content.modes.iter().find(|m| m.id.as_str() == first) {
                Some(m) => mode = Some(m),
                None => return (View::Omkering { mode: None, step: None, select: None }, 1, Some(Problem::UnknownItem)),
            }
            used = 1;
        }
    }
    let mode_id = mode.map(|m| m.id.as_str()).filter(|m| *m != content.default_mode.as_str());
    let steps = content.mode(mode_id).steps.len();
    let mut view = View::Omkering { mode: mode_id, step: None, select: None };
    let mut problem = None;
    if rest.get(used).map(String::as_str) == Some("stap") {
        // Only plain digits: `parse` would also take "+1".
        let number = rest.get(used + 1).filter(|s| s.bytes().all(|b| b.is_ascii_digit())).and_then(|s| s.parse::<usize>().ok());
        match number {
            Some(n) if (1..=steps).contains(&n) => view = View::Omkering { mode: mode_id, step: Some(n - 1), select: None },
            _ => problem = Some(Problem::StepOutOfRange),
        }
        used += 2;
    }
    if problem.is_none() {
        if let Some(kind @ ("actor" | "thema")) = rest.get(used).map(String::as_str) {
            let id = rest.get(used + 1).map(String::as_str).unwrap_or("");
            let found = if kind == "actor" {
                lookup(content.mode(mode_id).placement.slots().iter().map(|(_, a)| a.as_str()), id).map(Select::Actor)
            } else {
                lookup(content.themes.iter().map(|t| t.id.as_str()), id).map(Select::Theme)
            };
            match found {
                Some(sel) => {
                    if let View::Omkering { select, .. } = &mut view {
                        *select = Some(sel);
                    }
                }
                None => problem = Some(Problem::UnknownItem),
            }
            used += 2;
        }
    }
    (view, used, problem)
}

/// Writes what follows `omkering`: the mode, the step and the selection.
pub(super) fn format(view: View, out: &mut String) {
    let View::Omkering { mode, step, select } = view else { return };
    if let Some(m) = mode {
        out.push('/');
        out.push_str(m);
    }
    if let Some(s) = step {
        out.push_str(&format!("/stap/{}", s + 1));
    }
    let (kind, id) = match select {
        Some(Select::Actor(a)) => ("actor", a),
        Some(Select::Theme(t)) => ("thema", t),
        None => return,
    };
    out.push('/');
    out.push_str(kind);
    out.push('/');
    out.push_str(id);
}
