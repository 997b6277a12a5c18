//! "Save to file": a draft as a file the user can download when it cannot be kept on the
//! device (storage full or unavailable), and reading such a file back.
//!
//! A plain file is the draft's stored envelope (`{"caseforms_draft": 1, …}`). An encrypted
//! file is self-contained — it carries the key derivation's salt and cost — so it opens on any
//! device with the passphrase:
//!
//! ```json
//! {"caseforms_rescue": 1, "form_id": "…", "draft_id": "…", "kdf": "PBKDF2-SHA256",
//!  "iterations": 600000, "salt": "b64", "nonce": "b64", "ciphertext": "b64"}
//! ```
//!
//! The file name holds only the form id and the draft id, never the display title.

use serde::{Deserialize, Serialize};
use web_sys::CryptoKey;

use super::crypto::{self, MIN_ITERATIONS, OpenError, SALT_LEN, SealedEnvelope};
use super::keys::{check_form_id, rescue_aad};
use super::settings::KDF;
use super::{DraftStore, MIN_PASSPHRASE_CHARS, StorageError};
use crate::drafts::{DRAFT_ENVELOPE_VERSION, DRAFT_MARKER, Draft, DraftId};

const RESCUE_MARKER: &str = "caseforms_rescue";

/// A file to offer for download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RescueFile {
    /// A suggested file name, e.g. `caseforms-cp_registration-<draft id>.json`.
    pub file_name: String,
    /// The media type, `application/json`.
    pub media_type: &'static str,
    /// The file's text.
    pub contents: String,
    /// Whether the contents are encrypted.
    pub encrypted: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct SealedFile {
    caseforms_rescue: u32,
    form_id: String,
    draft_id: DraftId,
    kdf: String,
    iterations: u32,
    salt: String,
    nonce: String,
    ciphertext: String,
}

fn file_name(draft: &Draft, encrypted: bool) -> String {
    let suffix = if encrypted { "-encrypted" } else { "" };
    format!("caseforms-{}-{}{suffix}.json", draft.form_id, draft.id)
}

/// The draft as a plain (readable) file.
pub fn plain_rescue_file(draft: &Draft) -> Result<RescueFile, StorageError> {
    Ok(RescueFile {
        file_name: file_name(draft, false),
        media_type: "application/json",
        contents: draft.to_stored()?,
        encrypted: false,
    })
}

/// The draft as a file encrypted with `passphrase` (a fresh salt; the key is derived with
/// [`MIN_ITERATIONS`] iterations, which takes about a second on a tablet).
pub async fn sealed_rescue_file(
    draft: &Draft,
    passphrase: &str,
) -> Result<RescueFile, StorageError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(StorageError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    let mut salt = [0_u8; SALT_LEN];
    crypto::random_bytes(&mut salt)?;
    let key = crypto::derive_key(passphrase, &salt, MIN_ITERATIONS).await?;
    seal_with(draft, &key, &salt, MIN_ITERATIONS).await
}

async fn seal_with(
    draft: &Draft,
    key: &CryptoKey,
    salt: &[u8],
    iterations: u32,
) -> Result<RescueFile, StorageError> {
    check_form_id(&draft.form_id)?;
    let plain = draft.to_stored()?;
    let aad = rescue_aad(&draft.form_id, &draft.id);
    let sealed = crypto::seal(key, plain.as_bytes(), &aad, None).await?;
    let file = SealedFile {
        caseforms_rescue: DRAFT_ENVELOPE_VERSION,
        form_id: draft.form_id.clone(),
        draft_id: draft.id.clone(),
        kdf: KDF.to_string(),
        iterations,
        salt: crypto::to_base64(salt),
        nonce: sealed.nonce,
        ciphertext: sealed.ciphertext,
    };
    let contents = serde_json::to_string_pretty(&file).map_err(|error| {
        StorageError::Draft(crate::drafts::DraftError::Serialise {
            message: error.to_string(),
        })
    })?;
    Ok(RescueFile {
        file_name: file_name(draft, true),
        media_type: "application/json",
        contents,
        encrypted: true,
    })
}

impl DraftStore {
    /// The draft as a file to download: encrypted with this device's key when drafts are
    /// encrypted (the same passphrase opens it, on any device), plain otherwise. No key
    /// derivation, so it is quick enough to run at once when a save fails. Where a plain file
    /// is not acceptable but there is no key ([`StorageError::EncryptionRequired`],
    /// [`StorageError::SettingsMissing`], [`StorageError::Locked`]), ask for a passphrase and
    /// use [`sealed_rescue_file`].
    pub async fn rescue_file(&self, draft: &Draft) -> Result<RescueFile, StorageError> {
        let (key, encryption) = self.with(|inner| {
            let _ = inner.refresh_settings();
            (inner.write_key(), inner.settings.encryption.clone())
        })?;
        match (key?, encryption) {
            (Some(key), Some(encryption)) => {
                seal_with(draft, &key, &encryption.salt_bytes(), encryption.iterations).await
            }
            _ => plain_rescue_file(draft),
        }
    }
}

/// Reads a file made by [`DraftStore::rescue_file`], [`plain_rescue_file`] or
/// [`sealed_rescue_file`]. An encrypted file needs `passphrase`; a wrong one (or a damaged
/// file: the two cannot be told apart) is [`StorageError::WrongPassphrase`].
pub async fn open_rescue_file(
    contents: &str,
    passphrase: Option<&str>,
) -> Result<Draft, StorageError> {
    let not_ours = |reason: &str| StorageError::NotARescueFile {
        reason: reason.to_string(),
    };
    let value: serde_json::Value =
        serde_json::from_str(contents).map_err(|_| not_ours("it is not JSON"))?;
    if value.get(DRAFT_MARKER).is_some() {
        return Ok(Draft::from_stored_value(value)?);
    }
    if value.get(RESCUE_MARKER).is_none() {
        return Err(not_ours(
            "it has neither caseforms_draft nor caseforms_rescue",
        ));
    }
    let file: SealedFile = serde_json::from_value(value)
        .map_err(|error| not_ours(&format!("it is damaged: {error}")))?;
    if file.caseforms_rescue != DRAFT_ENVELOPE_VERSION {
        return Err(not_ours("it was written by a newer caseforms"));
    }
    if file.kdf != KDF
        || !(MIN_ITERATIONS..=super::crypto::MAX_ITERATIONS).contains(&file.iterations)
    {
        return Err(not_ours("it uses an unknown key derivation"));
    }
    let salt = crypto::from_base64(&file.salt)
        .filter(|salt| salt.len() == SALT_LEN)
        .ok_or_else(|| not_ours("its salt is damaged"))?;
    let Some(passphrase) = passphrase.filter(|p| !p.is_empty()) else {
        return Err(StorageError::WrongPassphrase);
    };
    check_form_id(&file.form_id)?;
    let key = crypto::derive_key(passphrase, &salt, file.iterations).await?;
    let envelope = SealedEnvelope {
        caseforms_sealed: DRAFT_ENVELOPE_VERSION,
        nonce: file.nonce,
        ciphertext: file.ciphertext,
        revision: None,
    };
    let aad = rescue_aad(&file.form_id, &file.draft_id);
    let plaintext = match crypto::open(&key, &envelope, &aad).await {
        Ok(plaintext) => plaintext,
        Err(OpenError::Unauthentic) => return Err(StorageError::WrongPassphrase),
        Err(OpenError::Other(error)) => return Err(error),
    };
    let text = String::from_utf8(plaintext).map_err(|_| StorageError::WrongPassphrase)?;
    let draft = Draft::from_stored(&text)?;
    if draft.form_id != file.form_id || draft.id != file.draft_id {
        return Err(not_ours("its contents do not match its header"));
    }
    Ok(draft)
}
