//! Autosave: every change to the open draft reaches storage within a second, and at once when
//! the page is hidden. One save runs at a time; a change during a save is saved after it.

use std::time::Duration;

use leptos::prelude::*;

use super::{Drafts, browser};
use crate::app::FormSession;
use crate::drafts::{Draft, Progress, UnixMillis, display_title};
use crate::engine::FormState;
use crate::i18n::{Msg, UiLanguage, text};
use crate::storage::{ChangeNotice, StorageError};

/// Wait this long after a change for the next one before saving.
const DEBOUNCE_MS: f64 = 400.0;
/// Never let a change wait longer than this while the user keeps typing.
const MAX_DELAY_MS: f64 = 1000.0;

/// Where the open draft stands with storage, for the status line.
#[derive(Debug, Clone, PartialEq)]
pub enum SaveStatus {
    /// Nothing changed since the draft was opened.
    Opened,
    /// A change waits for its save.
    Pending,
    /// Everything is stored, as of this time.
    Saved(UnixMillis),
    /// Storage is full: the draft is only in memory.
    QuotaFull,
    /// Another tab saved (or, with revision 0, deleted) this draft: autosave stopped so that
    /// neither copy overwrites the other.
    Conflict {
        /// The revision now stored.
        stored_revision: u64,
    },
    /// Any other failure, in words; the draft is still in memory.
    Failed(String),
}

/// The draft open on this page and its autosave. Cheap to copy; every handle is the same
/// session. Created by [`super::OpenDraft`].
#[derive(Clone, Copy)]
pub struct DraftSession {
    drafts: Drafts,
    draft: StoredValue<Draft, LocalStorage>,
    status: RwSignal<SaveStatus>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// When the oldest unsaved change was made (`performance`-free: `Date.now()`).
    pending_since: StoredValue<Option<f64>>,
    saving: StoredValue<bool>,
    dirty: StoredValue<bool>,
}

impl DraftSession {
    /// Starts the session for `draft`: saves when the page is hidden, and follows what other
    /// tabs do to the same draft. Ends (and stops listening) with the calling owner.
    pub(super) fn start(drafts: Drafts, draft: Draft) -> DraftSession {
        let session = DraftSession {
            drafts,
            draft: StoredValue::new_local(draft),
            status: RwSignal::new(SaveStatus::Opened),
            timer: StoredValue::new(None),
            pending_since: StoredValue::new(None),
            saving: StoredValue::new(false),
            dirty: StoredValue::new(false),
        };
        let hidden = window_event_listener_untyped("visibilitychange", move |_| {
            if browser::page_hidden() {
                session.save_now();
            }
        });
        let pagehide = window_event_listener_untyped("pagehide", move |_| session.save_now());
        // Only notices that arrive from now on: one heard before this draft was loaded is
        // already reflected in what was loaded.
        Effect::new(move |previous: Option<()>| {
            let notice = drafts.notice.get();
            if let (Some(()), Some(notice)) = (previous, notice) {
                session.hear(&notice);
            }
        });
        drafts.open.set_value(Some(session));
        on_cleanup(move || {
            hidden.remove();
            pagehide.remove();
            if let Some(Some(timer)) = session.timer.try_get_value() {
                timer.clear();
            }
            let _ = drafts.open.try_set_value(None);
        });
        session
    }

    /// The save status, for display.
    pub fn status(self) -> Signal<SaveStatus> {
        self.status.into()
    }

    /// A copy of the draft as it is now.
    pub fn draft(self) -> Option<Draft> {
        self.draft.try_get_value()
    }

    /// Records the engine's answers after a change (typed, cleared, a row added or removed):
    /// every answer that differs goes into the edit history (with the deployment's user), and
    /// progress and display title follow. Call it after every accepted edit.
    pub fn record_answers(self, state: &FormState) {
        let user = self.drafts.config.with_value(|config| config.user.clone());
        let now = browser::now();
        let completion = state.completion();
        let changed = self.draft.try_update_value(|draft| {
            let changed = draft.answers != *state.answers();
            draft.record_answers(state.answers(), now, user);
            draft.progress = Progress::from_counts(completion.answered, completion.total);
            draft.display_title = display_title(state.form().definition(), &draft.answers);
            changed
        });
        if changed == Some(true) {
            self.changed();
        }
    }

    /// Follows the form view's `form` session: puts it back on the draft's `section`, then
    /// records the answers after every accepted edit (its `version` counts them) and the section
    /// and language whenever they change.
    pub fn follow(self, form: FormSession, section: usize) {
        if form.with_state(|state| state.section_relevant(section)) {
            form.section.set(section);
        }
        Effect::new(move || {
            form.version.track();
            form.with_state(|state| self.record_answers(state));
        });
        // The first run only notes where the view starts (a new draft opened with `&lang=`
        // is not stored before its first change); later runs are the user moving.
        Effect::new(move |previous: Option<()>| {
            let section = form.section.get();
            form.language
                .with(|language| self.record_place(section, language, previous.is_some()));
        });
    }

    /// Records where the user is: the section shown and the language chosen; with `save`,
    /// a move is a change to store.
    fn record_place(self, section: usize, language: &str, save: bool) {
        let moved = self
            .draft
            .with_value(|draft| draft.section != section || draft.language != language);
        if moved {
            let now = browser::now();
            self.draft.update_value(|draft| {
                draft.section = section;
                draft.language = language.to_string();
                if save {
                    draft.updated_at = draft.updated_at.max(now);
                }
            });
            if save {
                self.changed();
            }
        }
    }

    /// Marks the draft changed and schedules its save: [`DEBOUNCE_MS`] after the last change,
    /// but no later than [`MAX_DELAY_MS`] after the first unsaved one.
    fn changed(self) {
        self.dirty.set_value(true);
        if matches!(self.status.get_untracked(), SaveStatus::Conflict { .. }) {
            return;
        }
        self.status.set(SaveStatus::Pending);
        let now = js_sys::Date::now();
        let since = self.pending_since.get_value().unwrap_or(now);
        self.pending_since.set_value(Some(since));
        let delay = DEBOUNCE_MS.min((since + MAX_DELAY_MS - now).max(0.0));
        if let Some(timer) = self.timer.get_value() {
            timer.clear();
        }
        let timer =
            set_timeout_with_handle(move || self.save_now(), Duration::from_millis(delay as u64));
        self.timer.set_value(timer.ok());
    }

    /// Saves at once (page hidden, about to lock), unless a save is already running: that
    /// one saves again when it finishes if something changed meanwhile.
    pub fn save_now(self) {
        if let Some(Some(timer)) = self.timer.try_get_value() {
            timer.clear();
        }
        leptos::task::spawn_local(async move { self.save().await });
    }

    /// Runs the saves: one at a time, until nothing is left unsaved or a save fails.
    pub(super) async fn save(self) {
        if self.saving.try_get_value() != Some(false) {
            return;
        }
        self.saving.set_value(true);
        while self.dirty.try_get_value() == Some(true)
            && !matches!(
                self.status.try_get_untracked(),
                Some(SaveStatus::Conflict { .. })
            )
        {
            self.dirty.set_value(false);
            self.pending_since.set_value(None);
            let (Some(mut copy), Some(store)) = (
                self.draft.try_get_value(),
                self.drafts.store.try_get_value(),
            ) else {
                return;
            };
            let result = store.save(&mut copy).await;
            // The page may have moved on while the save ran: every handle is tried.
            let status = match result {
                Ok(()) => {
                    self.draft
                        .try_update_value(|draft| draft.revision = copy.revision);
                    SaveStatus::Saved(copy.updated_at)
                }
                Err(error) => {
                    self.dirty.try_set_value(true);
                    match error {
                        StorageError::QuotaFull => SaveStatus::QuotaFull,
                        StorageError::Conflict {
                            stored_revision, ..
                        } => SaveStatus::Conflict { stored_revision },
                        StorageError::Locked => {
                            self.drafts.refresh_encryption();
                            SaveStatus::Failed(error.to_string())
                        }
                        other => SaveStatus::Failed(other.to_string()),
                    }
                }
            };
            let failed = !matches!(status, SaveStatus::Saved(_));
            self.status.try_set(status);
            if failed {
                break;
            }
        }
        self.saving.try_set_value(false);
    }

    /// Another tab changed storage: if it was this draft, stop autosaving and say so.
    fn hear(self, notice: &ChangeNotice) {
        let Some((form_id, id, revision)) = self
            .draft
            .try_with_value(|d| (d.form_id.clone(), d.id.clone(), d.revision))
        else {
            return;
        };
        let stored_revision = match notice {
            ChangeNotice::Saved {
                form_id: f,
                draft_id,
                revision: theirs,
            } if *f == form_id && *draft_id == id && *theirs > revision => *theirs,
            ChangeNotice::Deleted {
                form_id: f,
                draft_id,
            } if *f == form_id && *draft_id == id => 0,
            ChangeNotice::Forgotten => 0,
            _ => return,
        };
        self.status.set(SaveStatus::Conflict { stored_revision });
    }

    /// "Keep mine" after a conflict: this copy replaces what the other tab stored.
    pub fn keep_mine(self) {
        if let SaveStatus::Conflict { stored_revision } = self.status.get_untracked() {
            self.draft
                .update_value(|draft| draft.revision = stored_revision);
            self.dirty.set_value(true);
            self.status.set(SaveStatus::Pending);
            self.save_now();
        }
    }

    /// "Save to a file": the draft as a download (encrypted with the device key when drafts
    /// are encrypted). Returns the error in words (in `ui` where they are the app's own).
    pub async fn rescue(self, ui: UiLanguage) -> Result<(), String> {
        let (Some(draft), Some(store)) = (self.draft(), self.drafts.store.try_get_value()) else {
            return Err(text(ui, Msg::DraftNoLongerOpen).to_string());
        };
        let file = store
            .rescue_file(&draft)
            .await
            .map_err(|error| error.to_string())?;
        browser::download(&file)
    }
}
