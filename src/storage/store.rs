//! [`DraftStore`]: opening storage, the startup check, encryption set-up, unlock, lock and
//! "forget this device". Reading and writing drafts is in `drafts_io.rs`.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use serde_json::Value;
use web_sys::CryptoKey;

use super::backend::Backend;
use super::crypto::{self, MIN_ITERATIONS, OpenError, SALT_LEN, SealedEnvelope};
use super::index::Index;
use super::keys::{
    DRAFT_PREFIX, INDEX_KEY, KEY_CHECK_AAD, OUR_PREFIX, SETTINGS_KEY, parse_draft_key,
    quarantine_key,
};
use super::notify::{ChangeNotice, Channel};
use super::settings::{EncryptionSettings, KDF, KEY_CHECK_PLAINTEXT, Settings};
use super::{MIN_PASSPHRASE_CHARS, StorageError};
use crate::drafts::{Draft, DraftError, SEALED_MARKER};

/// How a store is opened.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StoreOptions {
    /// The deployment requires a passphrase: until encryption is set up on the device, saves
    /// fail with [`StorageError::EncryptionRequired`] instead of writing in the clear.
    pub require_encryption: bool,
}

/// Where drafts are kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Persistence {
    /// In the browser's storage: they survive closing the page.
    Browser,
    /// In memory only, because browser storage is unavailable: show a warning, drafts are lost
    /// when the page closes (offer "save to file").
    MemoryOnly {
        /// Why browser storage could not be used.
        reason: String,
    },
}

/// Whether drafts on this device are encrypted, and whether the key is at hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncryptionState {
    /// Drafts are stored in the clear.
    Off,
    /// Drafts are encrypted and the passphrase has not been given (or the store was locked).
    Locked,
    /// Drafts are encrypted and the key is in memory.
    Unlocked,
}

/// A value found under one of our keys that could not be read, and was moved aside.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quarantined {
    /// Where it was found.
    pub original_key: String,
    /// Where it is now (`None`: there was no room to move it, so it was left in place).
    pub quarantine_key: Option<String>,
    /// What is wrong with it.
    pub reason: DraftError,
}

/// A draft as found in storage, before decryption.
pub(crate) enum StoredDraft {
    Plain(Box<Draft>),
    Sealed(SealedEnvelope),
}

/// Reads a value stored under a draft key without decrypting it.
pub(crate) fn classify(stored: &str) -> Result<StoredDraft, DraftError> {
    let value: Value = serde_json::from_str(stored).map_err(|error| DraftError::NotJson {
        line: error.line(),
        column: error.column(),
        message: error.to_string(),
    })?;
    if value.get(SEALED_MARKER).is_some() {
        SealedEnvelope::from_value(value).map(StoredDraft::Sealed)
    } else {
        Draft::from_stored_value(value).map(|draft| StoredDraft::Plain(Box::new(draft)))
    }
}

/// A newer app's value is left alone (the newer app can read it); anything else unreadable
/// is moved aside.
pub(crate) fn should_quarantine(reason: &DraftError) -> bool {
    !matches!(reason, DraftError::UnsupportedVersion { .. })
}

pub(crate) struct Inner {
    pub(crate) backend: Backend,
    pub(crate) persistence: Persistence,
    pub(crate) options: StoreOptions,
    pub(crate) settings: Settings,
    /// The settings string last read, to notice another tab's change cheaply.
    pub(crate) settings_raw: Option<String>,
    pub(crate) key: Option<CryptoKey>,
    /// The index string last read or written, and what it decrypts to.
    pub(crate) index_cache: Option<(String, Index)>,
    pub(crate) startup: Vec<Quarantined>,
    /// Encrypted drafts were seen on this device: plain writes are then refused even if the
    /// settings disappear (a damaged or deleted settings value must not silently turn
    /// encryption off).
    pub(crate) sealed_seen: bool,
    quarantine_counter: u32,
    pub(crate) channel: Option<Channel>,
}

impl Inner {
    /// Moves the value under `key` to a fresh quarantine key (copy, then remove: a failure in
    /// between leaves two copies, never none).
    pub(crate) fn quarantine(&mut self, key: &str, value: &str, reason: DraftError) -> Quarantined {
        self.quarantine_counter = self.quarantine_counter.wrapping_add(1);
        let now = js_sys::Date::now().max(0.0) as u64;
        let target = quarantine_key(key, now, self.quarantine_counter);
        let moved = self.backend.set(&target, value).is_ok() && self.backend.remove(key).is_ok();
        Quarantined {
            original_key: key.to_string(),
            quarantine_key: moved.then_some(target),
            reason,
        }
    }

    /// Re-reads the settings if another tab changed them; a tab that enabled encryption or
    /// forgot the device leaves this one locked.
    pub(crate) fn refresh_settings(&mut self) -> Result<(), StorageError> {
        let raw = self.backend.get(SETTINGS_KEY)?;
        if raw == self.settings_raw {
            return Ok(());
        }
        let settings = match &raw {
            None => Settings::default(),
            Some(text) => match Settings::from_stored(text) {
                Ok(settings) => settings,
                Err(reason) => {
                    let text = text.clone();
                    let quarantined = self.quarantine(SETTINGS_KEY, &text, reason);
                    self.startup.push(quarantined);
                    Settings::default()
                }
            },
        };
        if settings != self.settings {
            self.key = None;
            self.index_cache = None;
        }
        self.settings = settings;
        self.settings_raw = self.backend.get(SETTINGS_KEY)?;
        Ok(())
    }

    pub(crate) fn encryption_state(&self) -> EncryptionState {
        match (&self.settings.encryption, &self.key) {
            (None, _) => EncryptionState::Off,
            (Some(_), None) => EncryptionState::Locked,
            (Some(_), Some(_)) => EncryptionState::Unlocked,
        }
    }

    /// The key to write with: `None` for plain writes, [`StorageError::Locked`] when drafts are
    /// encrypted and the key is not at hand.
    pub(crate) fn write_key(&mut self) -> Result<Option<CryptoKey>, StorageError> {
        match self.encryption_state() {
            EncryptionState::Off if self.options.require_encryption => {
                Err(StorageError::EncryptionRequired)
            }
            EncryptionState::Off if self.sealed_seen && self.any_sealed_draft() => {
                Err(StorageError::SettingsMissing)
            }
            EncryptionState::Off => {
                self.sealed_seen = false;
                Ok(None)
            }
            EncryptionState::Locked => Err(StorageError::Locked),
            EncryptionState::Unlocked => Ok(self.key.clone()),
        }
    }

    /// Whether any stored draft is encrypted (a scan; only run in the rare case above).
    fn any_sealed_draft(&self) -> bool {
        let keys = self
            .backend
            .keys_with_prefix(DRAFT_PREFIX)
            .unwrap_or_default();
        keys.iter().any(|key| {
            matches!(self.backend.get(key), Ok(Some(raw)) if matches!(classify(&raw), Ok(StoredDraft::Sealed(_))))
        })
    }

    fn lock(&mut self) {
        self.key = None;
        self.index_cache = None;
    }

    /// The startup check: every value under our keys is readable or moved aside.
    fn check_all(&mut self) {
        // A failed read is reported again by the operation that needs the settings.
        let _ = self.refresh_settings();
        if let Ok(Some(raw)) = self.backend.get(INDEX_KEY) {
            let parsed = match serde_json::from_str::<Value>(&raw) {
                Ok(value) if value.get(SEALED_MARKER).is_some() => {
                    SealedEnvelope::from_value(value).map(|_| ())
                }
                _ => Index::from_stored(&raw).map(|_| ()),
            };
            if let Err(reason) = parsed
                && should_quarantine(&reason)
            {
                let quarantined = self.quarantine(INDEX_KEY, &raw, reason);
                self.startup.push(quarantined);
            }
        }
        let keys = self
            .backend
            .keys_with_prefix(DRAFT_PREFIX)
            .unwrap_or_default();
        for key in keys {
            let Ok(Some(raw)) = self.backend.get(&key) else {
                continue;
            };
            let problem = match (parse_draft_key(&key), classify(&raw)) {
                (None, _) => Some(DraftError::NotOurs {
                    found: "a value under a draft key that names no form and draft".to_string(),
                }),
                (_, Err(reason)) => Some(reason),
                (Some((form_id, draft_id)), Ok(StoredDraft::Plain(draft))) => (draft.form_id
                    != form_id
                    || draft.id != draft_id)
                    .then(|| DraftError::Invalid {
                        message: format!(
                            "it holds draft {} of form {}, not the one its key names",
                            draft.id, draft.form_id
                        ),
                    }),
                (Some(_), Ok(StoredDraft::Sealed(_))) => {
                    self.sealed_seen = true;
                    None
                }
            };
            if let Some(reason) = problem.filter(should_quarantine) {
                let quarantined = self.quarantine(&key, &raw, reason);
                self.startup.push(quarantined);
            }
        }
    }
}

/// The drafts on this device: the one place that reads and writes browser storage.
///
/// Cloning is cheap and gives another handle to the same store (hand one to each task).
/// Methods take `&self` and never hold internal state across an `await`.
#[derive(Clone)]
pub struct DraftStore {
    pub(crate) inner: Rc<RefCell<Inner>>,
}

impl DraftStore {
    /// Opens the drafts in `localStorage`, or in memory when it is unavailable (see
    /// [`DraftStore::persistence`]), and runs the startup check: values under our keys that
    /// are not readable are moved to `caseforms:v1:quarantine:…` and listed in
    /// [`DraftStore::startup_report`]. Never fails.
    pub fn open(options: StoreOptions) -> DraftStore {
        match Backend::local() {
            Ok(backend) => DraftStore::with_backend(backend, Persistence::Browser, options),
            Err(reason) => DraftStore::with_backend(
                Backend::Memory(Default::default()),
                Persistence::MemoryOnly { reason },
                options,
            ),
        }
    }

    /// A store in memory only (nothing survives the page).
    pub fn in_memory(options: StoreOptions) -> DraftStore {
        DraftStore::with_backend(
            Backend::Memory(Default::default()),
            Persistence::MemoryOnly {
                reason: "opened in memory on purpose".to_string(),
            },
            options,
        )
    }

    fn with_backend(backend: Backend, persistence: Persistence, options: StoreOptions) -> Self {
        let mut inner = Inner {
            backend,
            persistence,
            options,
            settings: Settings::default(),
            settings_raw: None,
            key: None,
            index_cache: None,
            startup: Vec::new(),
            sealed_seen: false,
            quarantine_counter: 0,
            channel: None,
        };
        inner.check_all();
        let is_memory = inner.backend.is_memory();
        let store = DraftStore {
            inner: Rc::new(RefCell::new(inner)),
        };
        if !is_memory {
            store.open_channel();
        }
        store
    }

    /// Runs `f` on the store's state; [`StorageError::Busy`] instead of a panic should it
    /// ever be in use already.
    pub(crate) fn with<R>(&self, f: impl FnOnce(&mut Inner) -> R) -> Result<R, StorageError> {
        let mut inner = self
            .inner
            .try_borrow_mut()
            .map_err(|_| StorageError::Busy)?;
        Ok(f(&mut inner))
    }

    fn open_channel(&self) {
        let Some(mut channel) = Channel::open() else {
            return;
        };
        let weak: Weak<RefCell<Inner>> = Rc::downgrade(&self.inner);
        channel.listen(move |notice| react_to(&weak, &notice, None));
        if let Ok(mut inner) = self.inner.try_borrow_mut() {
            inner.channel = Some(channel);
        }
    }

    /// Calls `listener` for every change another tab or window makes (a save, a delete,
    /// "forget this device", encryption set up), so the app can tell its user. Replaces an
    /// earlier listener. Nothing is delivered for a memory-only store.
    pub fn on_change(&self, listener: impl Fn(ChangeNotice) + 'static) {
        let weak = Rc::downgrade(&self.inner);
        let listener: Rc<dyn Fn(ChangeNotice)> = Rc::new(listener);
        let _ = self.with(|inner| {
            if let Some(channel) = inner.channel.as_mut() {
                channel.listen(move |notice| react_to(&weak, &notice, Some(&listener)));
            }
        });
    }

    pub(crate) fn notify(&self, notice: &ChangeNotice) {
        let _ = self.with(|inner| {
            if let Some(channel) = &inner.channel {
                channel.post(notice);
            }
        });
    }

    /// Where drafts are kept; `MemoryOnly` is a warning to show.
    pub fn persistence(&self) -> Persistence {
        self.with(|inner| inner.persistence.clone())
            .unwrap_or(Persistence::Browser)
    }

    /// What the startup check (and later settings reads) moved aside.
    pub fn startup_report(&self) -> Vec<Quarantined> {
        self.with(|inner| inner.startup.clone()).unwrap_or_default()
    }

    /// The keys of values moved aside, on this device now.
    pub fn quarantined_keys(&self) -> Result<Vec<String>, StorageError> {
        self.with(|inner| {
            inner
                .backend
                .keys_with_prefix(super::keys::QUARANTINE_PREFIX)
        })?
    }

    /// Whether drafts are encrypted, and whether the key is at hand.
    pub fn encryption_state(&self) -> EncryptionState {
        self.with(|inner| {
            let _ = inner.refresh_settings();
            inner.encryption_state()
        })
        .unwrap_or(EncryptionState::Locked)
    }

    /// Forgets the key and every decrypted value the store holds (the index of titles). The
    /// app calls this from its inactivity timer, after saving, and must drop its own open
    /// draft and form state too. A save already running finishes with the key it started with.
    pub fn lock(&self) {
        let _ = self.with(Inner::lock);
    }

    /// Sets up encryption on this device with `passphrase`: a random salt, the key derived
    /// with PBKDF2-SHA256 ([`MIN_ITERATIONS`] iterations), a key-check value, then every
    /// draft already stored in the clear and the index are encrypted. The store is then
    /// unlocked. A draft that cannot be re-encrypted (full storage) stays readable in the
    /// clear and is encrypted at its next save; the first such error is returned.
    pub async fn enable_encryption(&self, passphrase: &str) -> Result<(), StorageError> {
        self.with(|inner| inner.refresh_settings())??;
        if self.with(|inner| inner.settings.encryption.is_some())? {
            return Err(StorageError::EncryptionAlreadyEnabled);
        }
        if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(StorageError::PassphraseTooShort {
                min: MIN_PASSPHRASE_CHARS,
            });
        }
        let mut salt = [0_u8; SALT_LEN];
        crypto::random_bytes(&mut salt)?;
        let key = crypto::derive_key(passphrase, &salt, MIN_ITERATIONS).await?;
        let check = crypto::seal(&key, KEY_CHECK_PLAINTEXT, KEY_CHECK_AAD, None).await?;
        let settings = Settings {
            encryption: Some(EncryptionSettings {
                kdf: KDF.to_string(),
                iterations: MIN_ITERATIONS,
                salt: crypto::to_base64(&salt),
                check,
            }),
        };
        let stored = settings.to_stored()?;
        self.with(|inner| {
            inner.refresh_settings()?;
            if inner.settings.encryption.is_some() {
                return Err(StorageError::EncryptionAlreadyEnabled);
            }
            inner.backend.set(SETTINGS_KEY, &stored)?;
            inner.settings = settings;
            inner.settings_raw = Some(stored);
            inner.key = Some(key);
            inner.sealed_seen = true;
            Ok(())
        })??;
        self.notify(&ChangeNotice::EncryptionEnabled);
        self.encrypt_existing().await
    }

    /// Opens the drafts with `passphrase`. A wrong one is [`StorageError::WrongPassphrase`]
    /// and changes nothing.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), StorageError> {
        self.with(|inner| inner.refresh_settings())??;
        let encryption = self.with(|inner| inner.settings.encryption.clone())?;
        let Some(encryption) = encryption else {
            return Err(StorageError::EncryptionNotEnabled);
        };
        if passphrase.is_empty() {
            return Err(StorageError::WrongPassphrase);
        }
        let salt = encryption.salt_bytes();
        let key = crypto::derive_key(passphrase, &salt, encryption.iterations).await?;
        match crypto::open(&key, &encryption.check, KEY_CHECK_AAD).await {
            Ok(plaintext) if plaintext == KEY_CHECK_PLAINTEXT => {}
            Ok(_) | Err(OpenError::Unauthentic) => return Err(StorageError::WrongPassphrase),
            Err(OpenError::Other(error)) => return Err(error),
        }
        self.with(|inner| {
            // Another tab may have forgotten the device meanwhile.
            if inner.settings.encryption.as_ref() == Some(&encryption) {
                inner.key = Some(key);
                Ok(())
            } else {
                Err(StorageError::Locked)
            }
        })?
    }

    /// "Forget this device": removes every key that starts with `caseforms:` (drafts, index,
    /// settings, quarantine, any layout version) and nothing else, drops the key, and tells
    /// other tabs. Returns how many values were removed. Works while locked.
    pub fn forget_device(&self) -> Result<usize, StorageError> {
        let removed = self.with(|inner| {
            let keys = inner.backend.keys_with_prefix(OUR_PREFIX)?;
            for key in &keys {
                inner.backend.remove(key)?;
            }
            inner.lock();
            inner.settings = Settings::default();
            inner.settings_raw = None;
            inner.startup.clear();
            inner.sealed_seen = false;
            Ok::<usize, StorageError>(keys.len())
        })??;
        self.notify(&ChangeNotice::Forgotten);
        Ok(removed)
    }
}

/// What a store does itself when another tab reports a change, before telling the app.
fn react_to(
    inner: &Weak<RefCell<Inner>>,
    notice: &ChangeNotice,
    listener: Option<&Rc<dyn Fn(ChangeNotice)>>,
) {
    if matches!(
        notice,
        ChangeNotice::Forgotten | ChangeNotice::EncryptionEnabled
    ) && let Some(inner) = inner.upgrade()
        && let Ok(mut inner) = inner.try_borrow_mut()
    {
        inner.lock();
        let _ = inner.refresh_settings();
    }
    if let Some(listener) = listener {
        listener(notice.clone());
    }
}
