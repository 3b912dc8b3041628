//! The self-assessment as a facilitator works with it: the session, the group and participant
//! being scored, the groups hidden in the chart, whether changes are saved, and a question that
//! waits for confirmation. Every change that would lose data (reset, replacing the session by a
//! file, dropping unreadable saved data) waits for [`Action::Confirm`]; nothing is lost before.
//!
//! The saved data has other writers: another tab, or another explainer on the same page. Before
//! it writes, an instance takes in what they changed since it last read or wrote the storage
//! ([`Action::Save`]), and it takes in their writes as they happen ([`Action::External`]); the
//! merge is `merge.rs`. Only the visitor's own changes make an instance write, so two instances
//! never answer each other's writes for ever.

use super::problem::ImportError;
use super::{store, Group, Participant, Session};
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq)]
pub struct Workshop {
    pub session: Session,
    /// The group and participant the score form is for (indexes, kept in range).
    pub group: usize,
    pub participant: usize,
    /// Groups (by name) left out of the chart.
    pub hidden: Vec<String>,
    pub saving: Saving,
    pub pending: Option<Pending>,
    pub report: Option<Report>,
    /// The text the storage held when this instance last read or wrote it: the base of a merge,
    /// read back only when another writer changed the storage (comparing texts is cheap; a
    /// session of 30,000 participants is a megabyte).
    pub base: Rc<str>,
    /// A change of the visitor's own that is not saved yet.
    pub dirty: bool,
    /// The text to write to the storage now (after [`Action::Save`]).
    pub to_write: Option<Rc<str>>,
    /// A name just added that was there already: its group or participant opened instead.
    pub existing: Option<Existing>,
    /// The start of the presentation's clock, as the storage holds it: only passed on (the
    /// presentation sets it, `store::with_clock`), so a save of the scores never loses it.
    pub clock: Option<u64>,
    /// The storage key is to be removed now (after the yes to [`Action::Wipe`]).
    pub to_remove: bool,
}

/// A group or participant the visitor added under a name that was taken.
#[derive(Clone, Debug, PartialEq)]
pub enum Existing {
    Group(String),
    Participant(String),
}

/// Whether the session is saved in the browser.
#[derive(Clone, Debug, PartialEq)]
pub enum Saving {
    /// Every change is saved.
    On,
    /// The browser gives no storage (blocked in a frame, private mode): the session lasts the
    /// visit.
    Unavailable,
    /// The last save failed (the storage is full); the next change tries again.
    Failed,
    /// The saved data could not be read: it stays untouched, and nothing is saved, until the
    /// visitor confirms that it may be replaced.
    Held(ImportError),
}

/// A change that waits for the visitor's yes.
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    Reset,
    Replace { file: String, session: Session },
    RemoveParticipant,
    /// Start saving again over the unreadable saved data.
    Discard,
    /// Remove everything the explainer stored on this device.
    Wipe,
}

/// What the last import or confirmation did, for a message.
#[derive(Clone, Debug, PartialEq)]
pub enum Report {
    Merged { file: String, added: usize, duplicates: Vec<(String, String)> },
    Replaced { file: String },
    Refused { file: String, error: ImportError },
    Reset,
    Wiped,
}

/// What the first group and participant of a new session are called, and the development points
/// (ids, in content order) a session may score.
#[derive(Clone, Debug, PartialEq)]
pub struct Defaults {
    pub date: String,
    pub group: String,
    pub participant: String,
    pub points: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Rename(String),
    Date(String),
    /// A score for a point (by id) of the current participant; 0 takes the score away.
    Score { point: String, score: u8 },
    /// A score for a point of the participant at this index in the current group (the grid of
    /// the group), who becomes the current participant; an index the group lacks does nothing.
    ScoreFor { participant: usize, point: String, score: u8 },
    /// Adds a group, or opens the one with this name.
    AddGroup(String),
    SelectGroup(usize),
    /// Adds a participant to the current group, or opens the one with this name.
    AddParticipant(String),
    /// Adds a participant without a name: the template ("Deelnemer {n}") with the first free
    /// number of the current group, beside the ones there (nothing personal in exported files).
    AddNumbered(String),
    SelectParticipant(usize),
    RemoveParticipant,
    /// Shows or hides a group (by index) in the chart.
    ToggleGroup(usize),
    /// A file was read: merge it, or replace the session with it.
    Import { file: String, result: Result<Session, ImportError>, merge: bool },
    Reset,
    Discard,
    /// Asks to remove everything the explainer stored on this device (a shared venue laptop).
    Wipe,
    /// The storage key was removed (after [`Workshop::to_remove`]).
    Removed,
    Confirm,
    Cancel,
    DismissReport,
    SaveFailed,
    Saved,
    /// Time to save: what the storage holds now, to merge with before writing.
    Save(Opened),
    /// Another writer changed the storage (another tab, or another explainer on this page).
    External(Opened),
}

/// What the storage holds under the key.
#[derive(Clone, Debug, PartialEq)]
pub enum Opened {
    Unavailable,
    Nothing,
    Text(String),
}

impl Workshop {
    pub fn new(defaults: &Defaults, saving: Saving) -> Workshop {
        let mut session = Session { name: String::new(), date: defaults.date.clone(), groups: Vec::new() };
        session.group_mut(&defaults.group).participants.push(Participant { name: defaults.participant.clone(), ..Default::default() });
        let mut w = Workshop { session, group: 0, participant: 0, hidden: Vec::new(), saving, pending: None, report: None, base: Rc::from(""), dirty: false, to_write: None, existing: None, clock: None, to_remove: false };
        w.base = store::encode(&w).into();
        w
    }

    /// The workshop as the storage gives it back, or a new one (holding on to unreadable data).
    pub fn open(opened: Opened, points: &[&str], defaults: &Defaults) -> Workshop {
        match opened {
            Opened::Unavailable => Workshop::new(defaults, Saving::Unavailable),
            Opened::Nothing => Workshop::new(defaults, Saving::On),
            Opened::Text(text) => match store::decode(&text, points) {
                Ok(s) => {
                    let mut w = Workshop::new(defaults, Saving::On);
                    if !s.session.groups.is_empty() {
                        (w.session, w.group, w.participant, w.hidden) = (s.session, s.group, s.participant, s.hidden);
                    }
                    w.clock = s.clock;
                    w.clamp();
                    w.base = text.into();
                    w
                }
                Err(e) => Workshop::new(defaults, Saving::Held(e)),
            },
        }
    }

    pub fn current_group(&self) -> &Group {
        &self.session.groups[self.group]
    }

    pub fn current(&self) -> Option<&Participant> {
        self.current_group().participants.get(self.participant)
    }

    /// Whether any score was given (a session without one loses nothing when replaced).
    pub fn has_scores(&self) -> bool {
        self.session.groups.iter().flat_map(|g| &g.participants).any(|p| !p.scores.is_empty())
    }

    /// The groups with at least one score (the chart can show them); with their index.
    pub fn scored(&self) -> impl Iterator<Item = (usize, &Group)> {
        self.session.groups.iter().enumerate().filter(|(_, g)| g.participants.iter().any(|p| !p.scores.is_empty()))
    }

    /// The groups the chart shows: scored and not hidden.
    pub fn shown(&self) -> impl Iterator<Item = (usize, &Group)> {
        self.scored().filter(|(_, g)| !self.hidden.contains(&g.name))
    }

    /// `template` with `{n}` the first number that names no participant of the current group yet.
    pub fn free_name(names: impl Iterator<Item = String> + Clone, template: &str) -> String {
        (1..).map(|n| template.replace("{n}", &n.to_string())).find(|name| !names.clone().any(|x| x == *name)).unwrap_or_default()
    }

    /// Whether the storage should be written after this state (saving on or retrying).
    pub fn saves(&self) -> bool {
        matches!(self.saving, Saving::On | Saving::Failed)
    }

    /// Gives participant `i` of the current group `score` for `point` (outside 1 to 5: takes
    /// the score away); false when the group has no such participant.
    fn set_score(&mut self, i: usize, point: String, score: u8) -> bool {
        let Some(p) = self.session.groups[self.group].participants.get_mut(i) else { return false };
        if (super::MIN_SCORE..=super::MAX_SCORE).contains(&score) {
            p.scores.insert(point, score);
        } else {
            p.scores.remove(&point);
        }
        true
    }

    pub fn apply(&mut self, action: Action, defaults: &Defaults) {
        // What the visitor does is saved; what only answers the storage or a message is not.
        let own = !matches!(
            action,
            Action::Saved
                | Action::SaveFailed
                | Action::Save(_)
                | Action::Removed
                | Action::External(_)
                | Action::DismissReport
                | Action::Cancel
                | Action::Import { result: Err(_), .. }
        );
        // The yes to writing over unreadable saved data writes at once, without reading it again.
        let discard = matches!((&action, &self.pending), (Action::Confirm, Some(Pending::Discard)));
        if own {
            self.existing = None;
        }
        match action {
            Action::Rename(name) => self.session.name = super::clean(&name),
            Action::Date(date) => self.session.date = super::clean(&date),
            Action::ScoreFor { participant, point, score } => {
                if self.set_score(participant, point, score) {
                    self.participant = participant;
                }
            }
            Action::Score { point, score } => _ = self.set_score(self.participant, point, score),
            Action::AddGroup(name) => {
                let name = super::clean(&name);
                let name = name.trim();
                if !name.is_empty() {
                    if self.session.groups.iter().any(|g| g.name == name) {
                        self.existing = Some(Existing::Group(name.to_string()));
                    }
                    // A new group starts with one participant to score.
                    let group = self.session.group_mut(name);
                    if group.participants.is_empty() {
                        group.participants.push(Participant { name: defaults.participant.clone(), ..Default::default() });
                    }
                    self.group = self.session.groups.iter().position(|g| g.name == name).unwrap_or(0);
                    self.participant = 0;
                }
            }
            Action::SelectGroup(i) => {
                self.group = i;
                self.participant = 0;
            }
            Action::AddParticipant(name) => {
                let name = super::clean(&name);
                let name = name.trim();
                if !name.is_empty() {
                    let group = &mut self.session.groups[self.group];
                    if group.participants.iter().any(|p| p.name == name) {
                        self.existing = Some(Existing::Participant(name.to_string()));
                    }
                    // The first named participant takes the place of the unscored one a group
                    // starts with.
                    if let [only] = group.participants.as_mut_slice() {
                        if only.name == defaults.participant && only.scores.is_empty() {
                            only.name = name.to_string();
                        }
                    }
                    self.participant = group.participants.iter().position(|p| p.name == name).unwrap_or_else(|| {
                        group.participants.push(Participant { name: name.to_string(), ..Default::default() });
                        group.participants.len() - 1
                    });
                }
            }
            Action::AddNumbered(template) => {
                let group = &mut self.session.groups[self.group];
                let name = Workshop::free_name(group.participants.iter().map(|p| p.name.clone()), &template);
                group.participants.push(Participant { name, ..Default::default() });
                self.participant = group.participants.len() - 1;
            }
            Action::SelectParticipant(i) => self.participant = i,
            Action::ToggleGroup(i) => {
                if let Some(name) = self.session.groups.get(i).map(|g| g.name.clone()) {
                    match self.hidden.iter().position(|h| *h == name) {
                        Some(at) => _ = self.hidden.remove(at),
                        None => self.hidden.push(name),
                    }
                }
            }
            Action::Import { file, result, merge } => match result {
                Err(error) => self.report = Some(Report::Refused { file, error }),
                Ok(session) if !self.has_scores() => self.replace(file, session),
                Ok(session) if merge => {
                    let before: usize = self.session.groups.iter().map(|g| g.participants.len()).sum();
                    let duplicates = self.session.merge(&session);
                    let added = self.session.groups.iter().map(|g| g.participants.len()).sum::<usize>() - before;
                    self.report = Some(Report::Merged { file, added, duplicates });
                }
                Ok(session) => self.pending = Some(Pending::Replace { file, session }),
            },
            Action::Reset => self.pending = Some(Pending::Reset),
            Action::RemoveParticipant => self.pending = Some(Pending::RemoveParticipant),
            Action::Discard => self.pending = Some(Pending::Discard),
            Action::Wipe => self.pending = Some(Pending::Wipe),
            Action::Removed => self.to_remove = false,
            Action::Confirm => match self.pending.take() {
                Some(Pending::Reset) => {
                    // The storage still holds what it held: the base of the next merge stays.
                    let base = self.base.clone();
                    *self = Workshop { saving: self.saving.clone(), report: Some(Report::Reset), base, ..Workshop::new(defaults, Saving::On) };
                }
                Some(Pending::Wipe) => {
                    // A new session that is not saved until the visitor changes it: the storage
                    // holds nothing once the key is removed.
                    let saving = if self.saving == Saving::Unavailable { Saving::Unavailable } else { Saving::On };
                    *self = Workshop { report: Some(Report::Wiped), to_remove: true, base: Rc::from(""), ..Workshop::new(defaults, saving) };
                }
                Some(Pending::Replace { file, session }) => self.replace(file, session),
                Some(Pending::RemoveParticipant) => {
                    let group = &mut self.session.groups[self.group];
                    if self.participant < group.participants.len() {
                        group.participants.remove(self.participant);
                    }
                    if group.participants.is_empty() {
                        group.participants.push(Participant { name: defaults.participant.clone(), ..Default::default() });
                    }
                }
                Some(Pending::Discard) => {
                    self.saving = Saving::On;
                    self.base = store::encode(self).into();
                    self.to_write = Some(self.base.clone());
                }
                None => {}
            },
            Action::Cancel => self.pending = None,
            Action::DismissReport => self.report = None,
            Action::SaveFailed => {
                self.saving = Saving::Failed;
                self.to_write = None;
                // Tried again at the next change.
                self.dirty = true;
            }
            Action::Saved => {
                if self.saving == Saving::Failed {
                    self.saving = Saving::On;
                }
                self.to_write = None;
            }
            Action::Save(stored) => self.save(stored, defaults),
            Action::External(stored) => self.take(stored, defaults),
        }
        if own && self.pending.is_none() && !discard && !self.to_remove {
            self.dirty = true;
        }
        self.clamp();
    }

    /// Merges what another writer saved since this instance last read or wrote the storage,
    /// then has the result written. Unreadable data (another version, say) is held, not
    /// written over.
    fn save(&mut self, stored: Opened, defaults: &Defaults) {
        if !self.saves() {
            return;
        }
        if let Opened::Text(text) = stored {
            if *text != *self.base {
                match store::decode(&text, &defaults.points) {
                    Ok(theirs) => {
                        self.clock = theirs.clock;
                        self.merge(theirs.session, theirs.hidden, true, defaults)
                    }
                    Err(e) => {
                        self.saving = Saving::Held(e);
                        return;
                    }
                }
            }
        }
        // Nothing there (cleared, or never written) or no storage: this session as it is.
        self.base = store::encode(self).into();
        self.dirty = false;
        self.to_write = Some(self.base.clone());
    }

    /// Takes in what another writer saved.
    fn take(&mut self, stored: Opened, defaults: &Defaults) {
        let Opened::Text(text) = stored else { return };
        if *text == *self.base {
            return;
        }
        if self.to_write.take().is_some() {
            // A write made before this news would undo it: merge again first.
            self.dirty = true;
        }
        match store::decode(&text, &defaults.points) {
            Ok(theirs) => {
                if matches!(self.saving, Saving::Held(_)) {
                    // The saved data can be read again (another window chose to overwrite it).
                    self.saving = Saving::On;
                }
                self.clock = theirs.clock;
                let (session, hidden) = (theirs.session.clone(), theirs.hidden.clone());
                self.merge(theirs.session, theirs.hidden, false, defaults);
                // Changes of this instance that the other writer did not have are saved next.
                if self.session != session || self.hidden != hidden {
                    self.dirty = true;
                }
                self.base = text.into();
            }
            // Data this instance cannot read (a newer release in another tab): not written over.
            Err(e) if self.saving == Saving::On || self.saving == Saving::Failed => self.saving = Saving::Held(e),
            Err(_) => {}
        }
    }

    /// Merges the stored session with this one (`mine_later`: this instance's changes are the
    /// later ones), keeping the group and participant the form is on where they still exist.
    fn merge(&mut self, session: Session, hidden: Vec<String>, mine_later: bool, defaults: &Defaults) {
        let (base, base_hidden) = store::decode(&self.base, &defaults.points).map(|b| (b.session, b.hidden)).unwrap_or_default();
        if session == base && hidden == base_hidden {
            return;
        }
        let group = self.session.groups.get(self.group).map(|g| g.name.clone());
        let person = self.current().map(|p| p.name.clone());
        let (session, hidden) = if mine_later {
            (super::merge::sessions(&base, &session, &self.session), super::merge::hidden(&base_hidden, &hidden, &self.hidden))
        } else {
            (super::merge::sessions(&base, &self.session, &session), super::merge::hidden(&base_hidden, &self.hidden, &hidden))
        };
        (self.session, self.hidden) = (session, hidden);
        if self.session.groups.is_empty() {
            self.session.groups.push(Group::default());
        }
        self.group = group.and_then(|g| self.session.groups.iter().position(|x| x.name == g)).unwrap_or(0).min(self.session.groups.len() - 1);
        let participants = &self.session.groups[self.group].participants;
        self.participant = person.and_then(|p| participants.iter().position(|x| x.name == p)).unwrap_or(0);
    }

    fn replace(&mut self, file: String, session: Session) {
        self.session = session;
        (self.group, self.participant) = (0, 0);
        self.hidden.clear();
        self.report = Some(Report::Replaced { file });
    }

    /// Keeps the indexes in range and the session with at least one group.
    fn clamp(&mut self) {
        if self.session.groups.is_empty() {
            self.session.groups.push(Group::default());
        }
        self.group = self.group.min(self.session.groups.len() - 1);
        self.participant = self.participant.min(self.current_group().participants.len().saturating_sub(1));
    }
}
