//! Listing, loading, saving and deleting drafts, and keeping the index in step.
//!
//! Every write first does its asynchronous work (serialising, encrypting), then checks and
//! writes in one synchronous step with no `await` in between, so nothing another tab of this
//! browser does can slip between the check and the write.

use web_sys::CryptoKey;

use super::StorageError;
use super::crypto::{self, OpenError, SealedEnvelope};
use super::index::{DraftSummary, Index};
use super::keys::{DRAFT_PREFIX, INDEX_AAD, INDEX_KEY, draft_aad, draft_key, parse_draft_key};
use super::notify::ChangeNotice;
use super::store::{DraftStore, Inner, StoredDraft, classify, should_quarantine};
use crate::drafts::{Draft, DraftError, DraftId, SEALED_MARKER};

/// How often an index update is retried when another tab wrote the index meanwhile.
const INDEX_RETRIES: usize = 3;

impl Inner {
    /// The revision stored under `key` (0: nothing stored). An unreadable value is moved
    /// aside and does not block the save (`None`); a newer app's value does.
    fn stored_revision(&mut self, key: &str) -> Result<Option<u64>, StorageError> {
        let Some(raw) = self.backend.get(key)? else {
            return Ok(Some(0));
        };
        if let Some(revision) = quick_revision(&raw) {
            return Ok(Some(revision));
        }
        match classify(&raw) {
            Ok(StoredDraft::Plain(draft)) => Ok(Some(draft.revision)),
            Ok(StoredDraft::Sealed(envelope)) => Ok(Some(envelope.revision.unwrap_or(0))),
            Err(reason) if should_quarantine(&reason) => {
                let quarantined = self.quarantine(key, &raw, reason);
                self.startup.push(quarantined);
                Ok(None)
            }
            Err(reason) => Err(StorageError::Draft(reason)),
        }
    }
}

/// Just the envelope marker and revision of a stored draft, skipping the rest.
#[derive(serde::Deserialize)]
struct RevisionOnly {
    caseforms_draft: Option<serde_json::Value>,
    caseforms_sealed: Option<serde_json::Value>,
    revision: Option<u64>,
}

/// The revision of a well-formed stored draft, plain or sealed, without building the draft
/// (a save checks it every time; a full parse of a large draft would double the save's
/// cost). `None` sends anything unusual to the full check.
fn quick_revision(raw: &str) -> Option<u64> {
    let found: RevisionOnly = serde_json::from_str(raw).ok()?;
    let marker = match (&found.caseforms_draft, &found.caseforms_sealed) {
        (Some(marker), None) | (None, Some(marker)) => marker,
        _ => return None,
    };
    crate::drafts::check_envelope_version(marker).ok()?;
    found.revision
}

impl DraftStore {
    /// Every draft on this device, most recently changed first, read from the index (one
    /// small value, decrypted once). The index is reconciled with the drafts actually stored:
    /// a draft missing from it is read to build its entry, or listed with a `problem`.
    pub async fn list(&self) -> Result<Vec<DraftSummary>, StorageError> {
        let (based_on, mut index) = self.read_index().await?;
        let keys = self.with(|inner| inner.backend.keys_with_prefix(DRAFT_PREFIX))??;
        let stored: Vec<(String, DraftId)> =
            keys.iter().filter_map(|k| parse_draft_key(k)).collect();
        let before = index.drafts.len();
        index
            .drafts
            .retain(|entry| stored.iter().any(|(form, id)| entry.is(form, id)));
        let mut changed = index.drafts.len() != before;
        let mut unreadable = Vec::new();
        for (form_id, draft_id) in &stored {
            if index.drafts.iter().any(|entry| entry.is(form_id, draft_id)) {
                continue;
            }
            match self.load(form_id, draft_id).await {
                Ok(draft) => {
                    index.upsert(DraftSummary::of(&draft));
                    changed = true;
                }
                Err(error) => unreadable.push(DraftSummary {
                    form_id: form_id.clone(),
                    draft_id: draft_id.clone(),
                    form_url: String::new(),
                    display_title: String::new(),
                    created_at: 0,
                    updated_at: 0,
                    progress: Default::default(),
                    revision: 0,
                    problem: Some(error.to_string()),
                }),
            }
        }
        if changed {
            // Best effort: the next listing repairs it again if this write loses a race.
            let _ = self.write_index(based_on, &index).await;
        }
        let mut all = index.drafts;
        all.extend(unreadable);
        // Newest first; drafts changed in the same millisecond in a fixed order.
        all.sort_unstable_by(|a, b| {
            (b.updated_at, a.draft_id.as_str()).cmp(&(a.updated_at, b.draft_id.as_str()))
        });
        Ok(all)
    }

    /// Loads one draft, decrypting it if needed.
    ///
    /// - A value that is not a readable draft is moved aside: [`StorageError::Corrupt`].
    /// - An encrypted draft that fails authentication (altered, or copied from another key)
    ///   is [`StorageError::Tampered`] and stays where it is.
    pub async fn load(&self, form_id: &str, draft_id: &DraftId) -> Result<Draft, StorageError> {
        let key = draft_key(form_id, draft_id)?;
        let (raw, crypto_key) = self.with(|inner| {
            let _ = inner.refresh_settings();
            let raw = inner.backend.get(&key)?;
            Ok::<_, StorageError>((raw, inner.key.clone()))
        })??;
        let Some(raw) = raw else {
            return Err(StorageError::NotFound {
                form_id: form_id.to_string(),
                draft_id: draft_id.to_string(),
            });
        };
        let corrupt = |reason: DraftError| {
            let moved = if should_quarantine(&reason) {
                self.with(|inner| {
                    let quarantined = inner.quarantine(&key, &raw, reason.clone());
                    quarantined.quarantine_key
                })
                .ok()
                .flatten()
            } else {
                None
            };
            StorageError::Corrupt {
                key: key.clone(),
                quarantine_key: moved,
                reason,
            }
        };
        let draft = match classify(&raw) {
            Err(reason) => return Err(corrupt(reason)),
            Ok(StoredDraft::Plain(draft)) => *draft,
            Ok(StoredDraft::Sealed(envelope)) => {
                let Some(crypto_key) = crypto_key else {
                    let missing = self.with(|inner| inner.settings.encryption.is_none())?;
                    return Err(if missing {
                        StorageError::SettingsMissing
                    } else {
                        StorageError::Locked
                    });
                };
                let aad = draft_aad(form_id, draft_id);
                let plaintext = match crypto::open(&crypto_key, &envelope, &aad).await {
                    Ok(plaintext) => plaintext,
                    Err(OpenError::Unauthentic) => return Err(StorageError::Tampered { key }),
                    Err(OpenError::Other(error)) => return Err(error),
                };
                let text = String::from_utf8(plaintext)
                    .map_err(|_| StorageError::Tampered { key: key.clone() })?;
                // Authentic but unreadable: written by a newer app, or a bug. Left in place.
                let draft = Draft::from_stored(&text).map_err(|reason| StorageError::Corrupt {
                    key: key.clone(),
                    quarantine_key: None,
                    reason,
                })?;
                if envelope
                    .revision
                    .is_some_and(|outer| outer != draft.revision)
                {
                    return Err(StorageError::Tampered { key });
                }
                draft
            }
        };
        if draft.form_id != form_id || &draft.id != draft_id {
            return Err(corrupt(DraftError::Invalid {
                message: format!(
                    "it holds draft {} of form {}, not the one its key names",
                    draft.id, draft.form_id
                ),
            }));
        }
        Ok(draft)
    }

    /// Saves `draft` (encrypted when encryption is on), then its index entry, and tells other
    /// tabs.
    ///
    /// The save happens only if the stored revision is still `draft.revision` (the one it was
    /// loaded or last saved at; 0 for a new draft). Then `draft.revision` is incremented.
    /// Otherwise it is [`StorageError::Conflict`] and nothing is written: to keep this copy
    /// anyway after the user agreed, set `draft.revision = stored_revision` and save again.
    ///
    /// On [`StorageError::QuotaFull`] nothing changed; the draft is still the caller's, so
    /// keep it in memory and offer [`DraftStore::rescue_file`].
    pub async fn save(&self, draft: &mut Draft) -> Result<(), StorageError> {
        let key = draft_key(&draft.form_id, &draft.id)?;
        let ours = draft.revision;
        let next = ours.saturating_add(1);
        let crypto_key = self.with(|inner| {
            inner.refresh_settings()?;
            inner.write_key()
        })??;

        draft.revision = next;
        let plain = draft.to_stored();
        draft.revision = ours;
        let plain = plain?;
        let value = match &crypto_key {
            None => plain,
            Some(crypto_key) => {
                let aad = draft_aad(&draft.form_id, &draft.id);
                crypto::seal(crypto_key, plain.as_bytes(), &aad, Some(next))
                    .await?
                    .to_json()?
            }
        };

        self.with(|inner| {
            // Encryption may have been set up by another tab while this one encrypted (or not).
            inner.refresh_settings()?;
            if inner.write_key()?.is_some() != crypto_key.is_some() {
                return Err(StorageError::Locked);
            }
            if let Some(stored_revision) = inner.stored_revision(&key)?
                && stored_revision != ours
            {
                return Err(StorageError::Conflict {
                    stored_revision,
                    ours,
                });
            }
            inner.backend.set(&key, &value)
        })??;
        draft.revision = next;

        // The draft is saved; a failed index update is repaired by the next listing.
        let summary = DraftSummary::of(draft);
        let _ = self
            .update_index(|index| index.upsert(summary.clone()))
            .await;
        self.notify(&ChangeNotice::Saved {
            form_id: draft.form_id.clone(),
            draft_id: draft.id.clone(),
            revision: next,
        });
        Ok(())
    }

    /// Deletes a draft (after it was submitted, or discarded). Needs the store unlocked when
    /// drafts are encrypted, so a passer-by cannot pick drafts off one by one.
    pub async fn delete(&self, form_id: &str, draft_id: &DraftId) -> Result<(), StorageError> {
        let key = draft_key(form_id, draft_id)?;
        self.with(|inner| {
            inner.refresh_settings()?;
            if inner.encryption_state() == super::EncryptionState::Locked {
                return Err(StorageError::Locked);
            }
            inner.backend.remove(&key)
        })??;
        let _ = self
            .update_index(|index| index.remove(form_id, draft_id))
            .await;
        self.notify(&ChangeNotice::Deleted {
            form_id: form_id.to_string(),
            draft_id: draft_id.clone(),
        });
        Ok(())
    }

    /// The index as stored now (the string it was read from, to detect a concurrent write).
    async fn read_index(&self) -> Result<(Option<String>, Index), StorageError> {
        let (raw, cached, crypto_key, encrypted) = self.with(|inner| {
            let _ = inner.refresh_settings();
            let raw = inner.backend.get(INDEX_KEY)?;
            let cached = match (&raw, &inner.index_cache) {
                (Some(raw), Some((cached_raw, index))) if raw == cached_raw => Some(index.clone()),
                _ => None,
            };
            let encrypted = inner.settings.encryption.is_some();
            Ok::<_, StorageError>((raw, cached, inner.key.clone(), encrypted))
        })??;
        if encrypted && crypto_key.is_none() {
            return Err(StorageError::Locked);
        }
        if let Some(index) = cached {
            return Ok((raw, index));
        }
        let Some(text) = raw.clone() else {
            return Ok((None, Index::default()));
        };
        let parsed = match serde_json::from_str::<serde_json::Value>(&text) {
            Ok(value) if value.get(SEALED_MARKER).is_some() => match crypto_key {
                None => return Err(StorageError::SettingsMissing),
                Some(crypto_key) => self.open_index(&crypto_key, value).await,
            },
            _ => Index::from_stored(&text),
        };
        match parsed {
            Ok(index) => {
                let _ = self.with(|inner| inner.index_cache = Some((text, index.clone())));
                Ok((raw, index))
            }
            // Unreadable: start afresh (listing rebuilds it from the drafts), keeping the
            // old value aside.
            Err(reason) => {
                self.with(|inner| {
                    let quarantined = inner.quarantine(INDEX_KEY, &text, reason);
                    inner.startup.push(quarantined);
                })?;
                Ok((None, Index::default()))
            }
        }
    }

    async fn open_index(
        &self,
        crypto_key: &CryptoKey,
        value: serde_json::Value,
    ) -> Result<Index, DraftError> {
        let envelope = SealedEnvelope::from_value(value)?;
        let damaged = || DraftError::Invalid {
            message: "the encrypted index fails authentication".to_string(),
        };
        let plaintext = crypto::open(crypto_key, &envelope, INDEX_AAD)
            .await
            .map_err(|_| damaged())?;
        let text = String::from_utf8(plaintext).map_err(|_| damaged())?;
        Index::from_stored(&text)
    }

    /// Writes `index` if the stored index is still `based_on`; `Ok(false)` if another tab
    /// wrote it meanwhile.
    async fn write_index(
        &self,
        based_on: Option<String>,
        index: &Index,
    ) -> Result<bool, StorageError> {
        let crypto_key = self.with(|inner| inner.write_key())??;
        let plain = index.to_stored()?;
        let value = match &crypto_key {
            None => plain,
            Some(crypto_key) => crypto::seal(crypto_key, plain.as_bytes(), INDEX_AAD, None)
                .await?
                .to_json()?,
        };
        self.with(|inner| {
            if inner.backend.get(INDEX_KEY)? != based_on {
                return Ok(false);
            }
            inner.backend.set(INDEX_KEY, &value)?;
            inner.index_cache = Some((value, index.clone()));
            Ok(true)
        })?
    }

    /// Applies `change` to the stored index, retrying when another tab wrote it meanwhile.
    async fn update_index(&self, change: impl Fn(&mut Index)) -> Result<(), StorageError> {
        for _ in 0..INDEX_RETRIES {
            let (based_on, mut index) = self.read_index().await?;
            change(&mut index);
            if self.write_index(based_on, &index).await? {
                return Ok(());
            }
        }
        Ok(())
    }

    /// Encrypts every draft stored in the clear, and the index (after `enable_encryption`).
    pub(crate) async fn encrypt_existing(&self) -> Result<(), StorageError> {
        let crypto_key = self.with(|inner| inner.write_key())??;
        let Some(crypto_key) = crypto_key else {
            return Ok(());
        };
        let keys = self.with(|inner| inner.backend.keys_with_prefix(DRAFT_PREFIX))??;
        let mut first_error = None;
        for key in keys {
            let Some((form_id, draft_id)) = parse_draft_key(&key) else {
                continue;
            };
            let Some(raw) = self.with(|inner| inner.backend.get(&key))?? else {
                continue;
            };
            let Ok(StoredDraft::Plain(draft)) = classify(&raw) else {
                continue;
            };
            let aad = draft_aad(&form_id, &draft_id);
            let sealed = crypto::seal(&crypto_key, raw.as_bytes(), &aad, Some(draft.revision))
                .await?
                .to_json()?;
            let written = self.with(|inner| {
                // Skip a draft another tab changed meanwhile: its next save encrypts it.
                if inner.backend.get(&key)?.as_deref() != Some(raw.as_str()) {
                    return Ok(());
                }
                inner.backend.set(&key, &sealed)
            })?;
            if let Err(error) = written {
                first_error.get_or_insert(error);
            }
        }
        // Re-encrypt the index: read it (plain), write it (sealed).
        let index_written = self.update_index(|_| {}).await;
        match (first_error, index_written) {
            (Some(error), _) | (None, Err(error)) => Err(error),
            (None, Ok(())) => Ok(()),
        }
    }
}
