//! The step logic of the omkering diagram: which arrows a mode draws, what each step highlights,
//! and how the stepper moves. Pure: the view only asks and draws.

use crate::content::{Basis, Flow, Lang, Mode, Str};

/// An arrow of a mode: every flow of its steps between the same two actors, in one direction.
#[derive(Clone, PartialEq, Debug)]
pub struct Arrow {
    pub from: Str,
    pub to: Str,
    /// The steps (0-based) whose flows run along this arrow, with the flow.
    pub flows: Vec<(usize, Flow)>,
}

impl Arrow {
    pub fn key(&self) -> (Str, Str) {
        (self.from, self.to)
    }

    /// What runs along the arrow, each label once, in step order.
    pub fn labels(&self, lang: Lang) -> Vec<&'static str> {
        let mut out: Vec<&'static str> = Vec::new();
        for (_, f) in &self.flows {
            let label = f.label.get(lang);
            if !out.contains(&label) {
                out.push(label);
            }
        }
        out
    }

    /// Whether the arrow is drawn as the explainer's reading at `step`: the step's own flow on
    /// it is a reading, or (in the overview) every flow on it is.
    pub fn is_reading(&self, step: Option<usize>) -> bool {
        match step {
            Some(s) => self.flows.iter().any(|(i, f)| *i == s && f.basis == Basis::Reading),
            None => self.flows.iter().all(|(_, f)| f.basis == Basis::Reading),
        }
    }
}

/// The arrows of a mode, in the order their first flow appears.
pub fn arrows(mode: &Mode) -> Vec<Arrow> {
    let mut out: Vec<Arrow> = Vec::new();
    for (i, step) in mode.steps.iter().enumerate() {
        for flow in step.flows.iter() {
            match out.iter_mut().find(|a| a.from == flow.from && a.to == flow.to) {
                Some(a) => a.flows.push((i, *flow)),
                None => out.push(Arrow { from: flow.from, to: flow.to, flows: vec![(i, *flow)] }),
            }
        }
    }
    out
}

/// What a step brings forward. `None` for the overview, where nothing is dimmed.
#[derive(Clone, PartialEq, Debug)]
pub struct Highlight {
    pub actors: Vec<Str>,
    pub arrows: Vec<(Str, Str)>,
}

impl Highlight {
    pub fn of(mode: &Mode, step: Option<usize>) -> Option<Highlight> {
        let s = mode.steps.get(step?)?;
        Some(Highlight {
            actors: s.actors.iter().copied().collect(),
            arrows: s.flows.iter().map(|f| (f.from, f.to)).collect(),
        })
    }

    pub fn has_actor(&self, id: &str) -> bool {
        self.actors.iter().any(|a| *a == id)
    }

    pub fn has_arrow(&self, key: (Str, Str)) -> bool {
        self.arrows.contains(&key)
    }
}

/// The arrows of `from` that `to` turns around: `to` has an arrow the other way between the same
/// two actors.
pub fn reversed(from: &Mode, to: &Mode) -> Vec<(Str, Str)> {
    let target = arrows(to);
    arrows(from)
        .iter()
        .filter(|a| target.iter().any(|b| b.from == a.to && b.to == a.from))
        .map(Arrow::key)
        .collect()
}

/// A move of the stepper.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum StepMove {
    Next,
    Previous,
    First,
    Last,
}

impl StepMove {
    /// The move a key makes while the diagram has focus (`KeyboardEvent.key`), if any.
    pub fn from_key(key: &str) -> Option<StepMove> {
        match key {
            "ArrowRight" => Some(StepMove::Next),
            "ArrowLeft" => Some(StepMove::Previous),
            "Home" => Some(StepMove::First),
            "End" => Some(StepMove::Last),
            _ => None,
        }
    }
}

/// The step after a move. `None` is the overview, which comes before the first step; `total`
/// is the number of steps (at least 1).
pub fn move_step(step: Option<usize>, total: usize, mv: StepMove) -> Option<usize> {
    let last = total.saturating_sub(1);
    match (mv, step) {
        (StepMove::First, _) => Some(0),
        (StepMove::Last, _) => Some(last),
        (StepMove::Next, None) => Some(0),
        (StepMove::Next, Some(s)) => Some((s + 1).min(last)),
        (StepMove::Previous, None) | (StepMove::Previous, Some(0)) => None,
        (StepMove::Previous, Some(s)) => Some(s.min(last + 1) - 1),
    }
}

/// Whether playing can go on from `step`: there is a step after it.
pub fn can_advance(step: Option<usize>, total: usize) -> bool {
    step.map_or(total > 0, |s| s + 1 < total)
}
