//! Everything that can go wrong keeping drafts in the browser, as values with a message that
//! can be shown to a caseworker.

use wasm_bindgen::{JsCast, JsValue};

use crate::drafts::DraftError;

/// A storage failure. None of them loses data: the draft the caller holds stays valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser's storage for this site is full (`QuotaExceededError`). The draft is still
    /// open in memory: offer "save to file" (`DraftStore::rescue_file`) or deleting old drafts.
    #[error(
        "the device's storage for caseforms is full, so the draft was not saved on the device. \
         It is still open: save it to a file, or delete drafts you no longer need"
    )]
    QuotaFull,
    /// Another tab (or window) saved this draft since it was loaded here: saving would
    /// overwrite its changes. `stored_revision` 0 means the other tab deleted the draft.
    #[error("{}", conflict_message(*stored_revision, *ours))]
    Conflict {
        /// The revision now stored (0: no longer stored).
        stored_revision: u64,
        /// The revision this copy was loaded at.
        ours: u64,
    },
    /// There is no such draft on this device.
    #[error("there is no draft {draft_id} of form {form_id} on this device")]
    NotFound {
        /// The form id asked for.
        form_id: String,
        /// The draft id asked for.
        draft_id: String,
    },
    /// The value under one of our keys is not a readable draft. It was moved aside (to
    /// `quarantine_key`, when there was room) so it is not lost, and the app carries on.
    #[error("the value stored under {key} is not a readable draft ({reason}){}",
        quarantine_key.as_deref().map(|q| format!("; it was moved to {q}")).unwrap_or_default())]
    Corrupt {
        /// Where it was found.
        key: String,
        /// Where it is now, if it could be moved.
        quarantine_key: Option<String>,
        /// What is wrong with it.
        reason: DraftError,
    },
    /// The drafts on this device are encrypted and the passphrase has not been given (or the
    /// store was locked).
    #[error("the drafts are locked: enter the passphrase to open them")]
    Locked,
    /// The passphrase does not open this device's drafts. Nothing was changed.
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// An encrypted value failed authentication: it was altered, or copied from another
    /// draft's key. It cannot be decrypted; it was left where it is.
    #[error(
        "the encrypted draft under {key} has been altered or does not belong under this key, so \
         it cannot be opened"
    )]
    Tampered {
        /// Where it is.
        key: String,
    },
    /// The deployment requires encryption and it is not set up on this device yet: nothing is
    /// written in the clear.
    #[error("this deployment requires a passphrase: set one up before drafts can be saved")]
    EncryptionRequired,
    /// `enable_encryption` on a device that already has it.
    #[error("encryption is already set up on this device")]
    EncryptionAlreadyEnabled,
    /// `unlock` on a device without encryption.
    #[error("encryption is not set up on this device")]
    EncryptionNotEnabled,
    /// Encrypted drafts exist but the settings holding the key's salt are missing or damaged
    /// (they were quarantined): the drafts cannot be opened with any passphrase.
    #[error(
        "encrypted drafts are on this device but its encryption settings are missing or damaged; \
         the damaged settings, if any, were kept under caseforms:v1:quarantine:"
    )]
    SettingsMissing,
    /// A passphrase shorter than [`super::MIN_PASSPHRASE_CHARS`].
    #[error("a passphrase needs at least {min} characters")]
    PassphraseTooShort {
        /// The minimum.
        min: usize,
    },
    /// A form id that cannot be part of a storage key (it must match `^[a-z][a-z0-9_]*$`).
    #[error("{form_id:?} is not a valid form id for storage")]
    InvalidFormId {
        /// The id given.
        form_id: String,
    },
    /// The draft could not be serialised, or a draft id is invalid.
    #[error(transparent)]
    Draft(#[from] DraftError),
    /// WebCrypto is missing: `crypto.subtle` exists only on https:// pages (and localhost).
    #[error("this browser offers no WebCrypto on this page (it needs https): {message}")]
    CryptoUnavailable {
        /// What the browser said.
        message: String,
    },
    /// A text that is not a caseforms rescue file.
    #[error("this file is not a caseforms draft file: {reason}")]
    NotARescueFile {
        /// What is wrong with it.
        reason: String,
    },
    /// The store's state was in use (an internal re-entrancy guard; retry).
    #[error("the draft store is busy; try again")]
    Busy,
    /// Any other refusal by the browser.
    #[error("the browser refused to {operation}: {message}")]
    Browser {
        /// What was being done, e.g. "write to localStorage".
        operation: &'static str,
        /// What the browser said.
        message: String,
    },
}

fn conflict_message(stored_revision: u64, ours: u64) -> String {
    if stored_revision == 0 {
        format!(
            "this draft was deleted in another tab or window after it was opened here \
             (revision {ours}); it was not saved again, so nothing was overwritten"
        )
    } else {
        format!(
            "this draft was saved in another tab or window (revision {stored_revision}) after \
             it was opened here (revision {ours}); it was not saved, so nothing was overwritten"
        )
    }
}

/// The `name` of a thrown value (`"QuotaExceededError"`, `"OperationError"`, ...).
pub(crate) fn js_error_name(error: &JsValue) -> Option<String> {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return Some(exception.name());
    }
    error
        .dyn_ref::<js_sys::Error>()
        .map(|error| String::from(error.name()))
}

/// A readable message for a thrown value.
pub(crate) fn js_error_message(error: &JsValue) -> String {
    if let Some(exception) = error.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", exception.name(), exception.message());
    }
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return format!(
            "{}: {}",
            String::from(error.name()),
            String::from(error.message())
        );
    }
    error
        .as_string()
        .unwrap_or_else(|| "an unknown error".to_string())
}

/// A browser refusal, except a full quota, which gets its own variant.
pub(crate) fn from_js(operation: &'static str, error: &JsValue) -> StorageError {
    let quota = match error.dyn_ref::<web_sys::DomException>() {
        // Firefox used to report the name NS_ERROR_DOM_QUOTA_REACHED; the legacy code is 22.
        Some(exception) => {
            exception.name() == "QuotaExceededError"
                || exception.name() == "NS_ERROR_DOM_QUOTA_REACHED"
                || exception.code() == 22
        }
        None => js_error_name(error).as_deref() == Some("QuotaExceededError"),
    };
    if quota {
        StorageError::QuotaFull
    } else {
        StorageError::Browser {
            operation,
            message: js_error_message(error),
        }
    }
}
