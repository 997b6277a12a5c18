//! Browser storage for drafts (wasm only): the one module that touches `localStorage`.
//!
//! [`DraftStore`] keeps [`crate::drafts::Draft`]s under namespaced keys
//! (`caseforms:v1:draft:<form_id>:<draft_id>`, `caseforms:v1:index`,
//! `caseforms:v1:settings`, `caseforms:v1:quarantine:…`), encrypted at rest with a
//! passphrase when the deployment asks for one (AES-256-GCM through WebCrypto, key from
//! PBKDF2-SHA256). Every failure is a [`StorageError`] with a message for the user; none loses
//! the draft the caller holds:
//!
//! - full storage → [`StorageError::QuotaFull`]: keep the draft in memory, offer
//!   [`DraftStore::rescue_file`];
//! - a value under our keys that is not readable → moved to a quarantine key, reported
//!   ([`DraftStore::startup_report`], [`StorageError::Corrupt`]), the app carries on;
//! - no usable `localStorage` → an in-memory store, [`Persistence::MemoryOnly`] to warn;
//! - another tab saved the same draft → [`StorageError::Conflict`], never an overwrite, and a
//!   [`ChangeNotice`] in the other tab.
//!
//! See `docs/drafts.md` for the threat model and for how the app should autosave.

mod backend;
mod crypto;
mod drafts_io;
mod error;
mod index;
mod keys;
mod notify;
mod rescue;
mod settings;
mod store;

pub use crypto::{MIN_ITERATIONS, SealedEnvelope};
pub use error::StorageError;
pub use index::DraftSummary;
pub use keys::{DRAFT_PREFIX, INDEX_KEY, OUR_PREFIX, QUARANTINE_PREFIX, SETTINGS_KEY, V1_PREFIX};
pub use notify::{CHANNEL_NAME, ChangeNotice};
pub use rescue::{RescueFile, open_rescue_file, plain_rescue_file, sealed_rescue_file};
pub use store::{DraftStore, EncryptionState, Persistence, Quarantined, StoreOptions};

/// The shortest passphrase accepted when encryption is set up, in characters. A deployment
/// can ask for more in its own screen; PBKDF2 slows guessing, it cannot save a short secret.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// `performance.now()` in milliseconds (0 where there is no `performance`), for timings.
pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|window| window.performance())
        .map_or(0.0, |performance| performance.now())
}
