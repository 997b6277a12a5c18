//! Drafts: a half-filled form as a plain, serialisable value, with its edit history.
//!
//! A [`Draft`] holds everything needed to resume a form later: the answers, where the user
//! was (section, language), which definition it was filled against (id, version and
//! [`definition_hash`]), when it was created and last changed, a `revision` counter that
//! storage uses to notice two tabs editing the same draft, and the edit history.
//!
//! This module is plain Rust: no clock (times come from the caller, as unix milliseconds), no
//! IO, no browser. `src/storage/` (wasm only) keeps drafts in browser storage, encrypted when
//! the deployment asks for a passphrase. See `docs/drafts.md`.
//!
//! Stored drafts are wrapped in a versioned envelope, `{"caseforms_draft": 1, ...}`, so a value
//! that is not ours, or was written by a newer caseforms, is recognised as such by
//! [`Draft::from_stored`] instead of being misread.

mod diff;
mod envelope;
mod error;
mod hash;
mod history;
mod reopen;

pub use diff::{AnswerChange, changed_answers};
pub use envelope::{DRAFT_ENVELOPE_VERSION, DRAFT_MARKER, SEALED_MARKER, check_envelope_version};
pub use error::DraftError;
pub use hash::{canonical_json, definition_hash};
pub use history::{COALESCE_WINDOW_MS, Edit, FieldPath, RowRef, record_edit};
pub use reopen::{DefinitionChange, Reopened, compare_definition, reopen};

use serde::{Deserialize, Serialize};

use crate::answers::{Answer, Answers};
use crate::definition::FormDefinition;

/// A point in time: milliseconds since 1970-01-01T00:00:00Z, as given by the caller
/// (`Date.now()` in the browser). The core has no clock.
pub type UnixMillis = u64;

/// The id of a draft: a UUID (or any id of 1 to 64 ASCII letters, digits, `-` and `_`)
/// chosen by the caller, for example with `crypto.randomUUID()`.
///
/// It is part of storage keys and of the data bound to a ciphertext, so it may not contain
/// `:` or anything outside that alphabet; [`DraftId::new`] checks it, and so does parsing.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct DraftId(String);

/// The longest draft id accepted, in characters (a UUID has 36).
pub const DRAFT_ID_MAX_LEN: usize = 64;

impl DraftId {
    /// Checks `id` and wraps it.
    pub fn new(id: impl Into<String>) -> Result<DraftId, DraftError> {
        let id = id.into();
        let reason = if id.is_empty() {
            Some("it is empty")
        } else if id.len() > DRAFT_ID_MAX_LEN {
            Some("it is longer than 64 characters")
        } else if !id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        {
            Some("only ASCII letters, digits, '-' and '_' are allowed")
        } else {
            None
        };
        match reason {
            Some(reason) => Err(DraftError::InvalidId { id, reason }),
            None => Ok(DraftId(id)),
        }
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for DraftId {
    type Error = DraftError;

    fn try_from(id: String) -> Result<Self, Self::Error> {
        DraftId::new(id)
    }
}

impl From<DraftId> for String {
    fn from(id: DraftId) -> String {
        id.0
    }
}

impl std::fmt::Display for DraftId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// How far a draft is: answered fields out of the fields that currently count (the engine
/// computes both; the list of drafts shows them).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Fields answered.
    pub answered: u32,
    /// Fields that count towards completion.
    pub total: u32,
}

impl Progress {
    /// From the engine's counts (`Completion::answered`, `Completion::total`).
    pub fn from_counts(answered: usize, total: usize) -> Progress {
        Progress {
            answered: u32::try_from(answered).unwrap_or(u32::MAX),
            total: u32::try_from(total).unwrap_or(u32::MAX),
        }
    }

    /// Whole percent done, 0 to 100 (0 when there is nothing to answer).
    pub fn percent(self) -> u32 {
        if self.total == 0 {
            return 0;
        }
        let answered = u64::from(self.answered.min(self.total));
        u32::try_from(answered * 100 / u64::from(self.total)).unwrap_or(100)
    }
}

/// The display title of a draft: the text answers of the form's `record_title` fields,
/// joined by spaces (for example "Amina Haddad"); empty when none is answered.
pub fn display_title(form: &FormDefinition, answers: &Answers) -> String {
    let parts: Vec<&str> = form
        .record_title
        .iter()
        .filter_map(|id| match answers.get(id) {
            Some(Answer::Text(text)) => Some(text.trim()),
            _ => None,
        })
        .filter(|text| !text.is_empty())
        .collect();
    parts.join(" ")
}

/// A form being filled in: answers plus everything needed to resume it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The draft's id, chosen by the caller (a UUID). It is also the record's client id, so a
    /// retried upload is never duplicated.
    pub id: DraftId,
    /// The id of the form definition (`FormDefinition::id`).
    pub form_id: String,
    /// The definition's version when the draft was last saved (`FormDefinition::version`).
    pub form_version: String,
    /// [`definition_hash`] of that definition: tells a changed definition even when its
    /// version was not bumped.
    pub form_hash: String,
    /// Where the app loaded the definition from (its `?form=` address), so the list of drafts
    /// can reopen it; empty when not known (drafts stored before this field existed).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub form_url: String,
    /// What the user entered.
    pub answers: Answers,
    /// The section (page) the user was on, as an index into the form's sections.
    pub section: usize,
    /// The language the user chose.
    pub language: String,
    /// When the draft was created.
    pub created_at: UnixMillis,
    /// When the draft last changed.
    pub updated_at: UnixMillis,
    /// How many times the draft has been saved. Storage increments it on every save and
    /// refuses a save whose revision differs from the stored one (another tab saved first).
    pub revision: u64,
    /// Every change, oldest first (see [`record_edit`]).
    pub history: Vec<Edit>,
    /// The title shown in the list of drafts (for example the child's name). It is personal
    /// data: storage encrypts it along with the draft.
    pub display_title: String,
    /// How far the draft is.
    pub progress: Progress,
}

impl Draft {
    /// A new, empty draft of `form`, in the form's default language, never saved (revision 0).
    pub fn new(id: DraftId, form: &FormDefinition, now: UnixMillis) -> Draft {
        Draft {
            id,
            form_id: form.id.clone(),
            form_version: form.version.clone(),
            form_hash: definition_hash(form),
            form_url: String::new(),
            answers: Answers::default(),
            section: 0,
            language: form.default_language.clone(),
            created_at: now,
            updated_at: now,
            revision: 0,
            history: Vec::new(),
            display_title: String::new(),
            progress: Progress::default(),
        }
    }

    /// Records that the answer at `path` changed from `old` to `new` at `at`, by `user`
    /// (coalescing rapid keystrokes, see [`record_edit`]), and moves `updated_at` forward.
    ///
    /// The answers themselves are changed by the caller (through the engine); this only keeps
    /// the history and the timestamp.
    pub fn record_edit(
        &mut self,
        path: FieldPath,
        old: Option<Answer>,
        new: Option<Answer>,
        at: UnixMillis,
        user: Option<String>,
    ) {
        record_edit(&mut self.history, path, old, new, at, user);
        self.updated_at = self.updated_at.max(at);
    }

    /// Takes `answers` (the engine's, after a change) as the draft's answers, recording in the
    /// history every answer that differs from before ([`changed_answers`]), at `at`, by `user`.
    pub fn record_answers(&mut self, answers: &Answers, at: UnixMillis, user: Option<String>) {
        for change in changed_answers(&self.answers, answers) {
            self.record_edit(change.path, change.old, change.new, at, user.clone());
        }
        if &self.answers != answers {
            self.answers = answers.clone();
            self.updated_at = self.updated_at.max(at);
        }
    }

    /// The draft in its stored form: the envelope `{"caseforms_draft": 1, ...fields}` as JSON.
    pub fn to_stored(&self) -> Result<String, DraftError> {
        envelope::to_stored(self)
    }

    /// Reads a stored value. Never panics: anything that is not a draft of a supported
    /// envelope version is a [`DraftError`] saying what it is instead.
    pub fn from_stored(stored: &str) -> Result<Draft, DraftError> {
        envelope::from_stored(stored)
    }

    /// [`Draft::from_stored`] for a value already parsed as JSON.
    pub fn from_stored_value(stored: serde_json::Value) -> Result<Draft, DraftError> {
        envelope::from_value(stored)
    }

    /// Marks the draft as filled against `form` from now on (after [`compare_definition`]
    /// reported a change and the user carried on with the newer definition).
    pub fn adopt_definition(&mut self, form: &FormDefinition) {
        self.form_id = form.id.clone();
        self.form_version = form.version.clone();
        self.form_hash = definition_hash(form);
    }
}
