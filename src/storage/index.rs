//! The index (`caseforms:v1:index`): one small entry per draft, so the list of drafts shows
//! titles and progress without reading (or decrypting) every draft.
//!
//! The index holds display titles — usually a child's name — so when drafts are encrypted the
//! whole index is encrypted too (associated data `caseforms:v1:index`).
//!
//! The index is a cache: the draft keys are the truth. Listing drops entries whose draft is
//! gone and rebuilds entries for drafts it lacks (a tab closed between writing a draft and
//! its index entry, or another tab's index write won a race).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::drafts::{Draft, DraftError, DraftId, Progress, UnixMillis};

const INDEX_MARKER: &str = "caseforms_index";
const INDEX_VERSION: u64 = 1;

/// What the list of drafts shows for one draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DraftSummary {
    /// The form's id.
    pub form_id: String,
    /// The draft's id.
    pub draft_id: DraftId,
    /// Where its definition was loaded from (`Draft::form_url`; empty when not known).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub form_url: String,
    /// The draft's display title (personal data: encrypted with the index).
    pub display_title: String,
    /// When the draft was created.
    pub created_at: UnixMillis,
    /// When the draft last changed.
    pub updated_at: UnixMillis,
    /// How far the draft is.
    pub progress: Progress,
    /// The revision last saved.
    pub revision: u64,
    /// Set when the draft exists but could not be read to build its entry (locked, damaged,
    /// or written by a newer app): the reason, to show instead of a title.
    #[serde(skip)]
    pub problem: Option<String>,
}

impl DraftSummary {
    /// The entry for `draft`.
    pub fn of(draft: &Draft) -> DraftSummary {
        DraftSummary {
            form_id: draft.form_id.clone(),
            draft_id: draft.id.clone(),
            form_url: draft.form_url.clone(),
            display_title: draft.display_title.clone(),
            created_at: draft.created_at,
            updated_at: draft.updated_at,
            progress: draft.progress,
            revision: draft.revision,
            problem: None,
        }
    }

    /// True when this entry is for the draft `form_id`/`draft_id`.
    pub(crate) fn is(&self, form_id: &str, draft_id: &DraftId) -> bool {
        self.form_id == form_id && &self.draft_id == draft_id
    }
}

/// The entries, as stored.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(crate) struct Index {
    pub drafts: Vec<DraftSummary>,
}

#[derive(Serialize)]
struct StoredIndex<'a> {
    caseforms_index: u64,
    drafts: &'a [DraftSummary],
}

impl Index {
    /// Reads the plain index.
    pub(crate) fn from_stored(stored: &str) -> Result<Index, DraftError> {
        let value: Value = serde_json::from_str(stored).map_err(|error| DraftError::NotJson {
            line: error.line(),
            column: error.column(),
            message: error.to_string(),
        })?;
        match value.get(INDEX_MARKER).map(Value::as_u64) {
            Some(Some(INDEX_VERSION)) => {}
            Some(found) => {
                return Err(DraftError::UnsupportedVersion {
                    found: found.unwrap_or(0),
                    supported: 1,
                });
            }
            None => {
                return Err(DraftError::NotOurs {
                    found: format!("a value without {INDEX_MARKER:?}"),
                });
            }
        }
        serde_json::from_value(value).map_err(|error| DraftError::Invalid {
            message: format!("index: {error}"),
        })
    }

    /// The plain index as stored.
    pub(crate) fn to_stored(&self) -> Result<String, DraftError> {
        serde_json::to_string(&StoredIndex {
            caseforms_index: INDEX_VERSION,
            drafts: &self.drafts,
        })
        .map_err(|error| DraftError::Serialise {
            message: error.to_string(),
        })
    }

    /// Replaces (or adds) the entry of `summary`'s draft.
    pub(crate) fn upsert(&mut self, summary: DraftSummary) {
        match self
            .drafts
            .iter_mut()
            .find(|entry| entry.is(&summary.form_id, &summary.draft_id))
        {
            Some(entry) => *entry = summary,
            None => self.drafts.push(summary),
        }
    }

    /// Removes the entry of a draft.
    pub(crate) fn remove(&mut self, form_id: &str, draft_id: &DraftId) {
        self.drafts.retain(|entry| !entry.is(form_id, draft_id));
    }
}
