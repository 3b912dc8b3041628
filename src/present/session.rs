//! A session: the slides of `tour.toml` a presentation shows, in order. One of the content's
//! sessions (`[[session]]`), or slides a facilitator chose by hand. A session is a small value
//! (a route and the windows' messages carry it): the slides' indices in `tour.toml`, or none for
//! the content's first session.
//!
//! Every session from outside (a link, another window's message, the chooser) passes
//! [`Session::checked`], the one function that drops slides that do not exist and cuts a
//! session to its longest; the positions in it then pass `Deck::clamp`.

use crate::content::{Content, MAX_SESSION_SLIDES};

/// A change the chooser makes to a session: a slide (by its place in the session) one up, one
/// down or removed, or a slide of `tour.toml` (by its index there) added at the end.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Edit {
    Up(usize),
    Down(usize),
    Remove(usize),
    Add(usize),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Session {
    slides: [u8; MAX_SESSION_SLIDES],
    /// 0: the content's first session.
    len: u8,
}

impl Session {
    /// The content's first session, the one a presentation opens with.
    pub const DEFAULT: Session = Session { slides: [0; MAX_SESSION_SLIDES], len: 0 };

    /// The session of these slides (indices into `tour.toml`'s slides), with whether any was
    /// dropped: an index the tour does not have, or one beyond the longest session. No slide
    /// left, or the first session's slides: [`Session::DEFAULT`]. The one checking function for
    /// a session from outside.
    pub fn checked(indices: impl IntoIterator<Item = usize>, content: &Content) -> (Session, bool) {
        let mut session = Session::DEFAULT;
        let mut dropped = false;
        for index in indices {
            let exists = index < content.tour.slides.len();
            match u8::try_from(index) {
                Ok(i) if exists && usize::from(session.len) < MAX_SESSION_SLIDES => {
                    session.slides[usize::from(session.len)] = i;
                    session.len += 1;
                }
                _ => dropped = true,
            }
        }
        (session.canonical(content), dropped)
    }

    /// The content's session at `index` (its first for an index it does not have).
    pub fn preset(index: usize, content: &Content) -> Session {
        content.tour.sessions.get(index).map_or(Session::DEFAULT, |p| Session::checked(p.slides.iter().map(|i| usize::from(*i)), content).0)
    }

    /// The same session checked again against `content` (a value from a route or a message that
    /// may come from another build of the content).
    pub fn rechecked(&self, content: &Content) -> (Session, bool) {
        Session::checked(self.slides(content), content)
    }

    /// Which of the content's sessions this is, if any.
    pub fn preset_index(&self, content: &Content) -> Option<usize> {
        content.tour.sessions.iter().position(|p| p.slides[..] == *self.list(content))
    }

    /// The slides of the session, as indices into `tour.toml`'s slides.
    pub fn slides<'a>(&'a self, content: &'a Content) -> impl Iterator<Item = usize> + 'a {
        self.list(content).iter().map(|i| usize::from(*i))
    }

    fn list<'a>(&'a self, content: &'a Content) -> &'a [u8] {
        match content.tour.sessions.first() {
            Some(first) if self.len == 0 => &first.slides[..],
            _ => &self.slides[..usize::from(self.len)],
        }
    }

    /// How many slides the session has.
    pub fn len(&self, content: &Content) -> usize {
        self.list(content).len()
    }

    pub fn is_default(self) -> bool {
        self.len == 0
    }

    /// The session after one of the chooser's edits, checked. A move past either end, removing
    /// the last slide and adding a slide to a full session change nothing.
    pub fn edit(&self, edit: Edit, content: &Content) -> Session {
        let mut slides: Vec<usize> = self.slides(content).collect();
        match edit {
            Edit::Up(i) if i > 0 && i < slides.len() => slides.swap(i, i - 1),
            Edit::Down(i) if i + 1 < slides.len() => slides.swap(i, i + 1),
            Edit::Remove(i) if slides.len() > 1 && i < slides.len() => _ = slides.remove(i),
            Edit::Add(index) if slides.len() < MAX_SESSION_SLIDES => slides.push(index),
            _ => return *self,
        }
        Session::checked(slides, content).0
    }

    /// The first session's slides are written as the default (none).
    fn canonical(self, content: &Content) -> Session {
        let first = content.tour.sessions.first().map(|p| &p.slides[..]);
        if self.len == 0 || first == Some(&self.slides[..usize::from(self.len)]) {
            Session::DEFAULT
        } else {
            self
        }
    }
}

impl std::fmt::Display for Session {
    /// The indices separated by `,` (the windows' messages), `-` for the default.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.len == 0 {
            return f.write_str("-");
        }
        for (n, i) in self.slides[..usize::from(self.len)].iter().enumerate() {
            if n > 0 {
                f.write_str(",")?;
            }
            write!(f, "{i}")?;
        }
        Ok(())
    }
}

impl Session {
    /// Reads what [`Session`]'s `Display` writes (`-`: the default); `None` for anything else.
    /// Only the form is checked here: whether the slides exist is [`Session::checked`]'s, which
    /// every use of the result goes through.
    pub fn read(text: &str) -> Option<Session> {
        let mut session = Session::DEFAULT;
        if text == "-" {
            return Some(session);
        }
        for part in text.split(',') {
            let digits = !part.is_empty() && part.len() <= 3 && part.bytes().all(|b| b.is_ascii_digit());
            let index = part.parse::<u8>().ok().filter(|_| digits)?;
            *session.slides.get_mut(usize::from(session.len))? = index;
            session.len += 1;
        }
        Some(session)
    }
}
