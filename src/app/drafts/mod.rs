//! The drafts UI: autosave, the list of drafts, resuming against a newer definition, the
//! failure messages of storage, and the passphrase screens. Everything here goes through
//! [`crate::storage::DraftStore`] and the plain-Rust [`crate::drafts`] core; see
//! `docs/drafts.md` for how the rest of the app hooks in:
//!
//! - [`provide_drafts`] once at the top of the app, and [`LockGate`] around its content;
//! - [`DraftsList`] on the home screen;
//! - [`OpenDraft`] around a form: it loads or creates the draft and hands the form view a
//!   [`FormState`](crate::engine::FormState) and a [`DraftSession`], which the form view
//!   hands its `FormSession` ([`DraftSession::follow`]): every change then passes through it.

mod autosave;
mod browser;
mod config;
mod list;
mod lock;
mod notices;
mod open;

pub use autosave::{DraftSession, SaveStatus};
pub use config::{DEFAULT_LOCK_MINUTES, DraftsConfig};
pub use list::DraftsList;
pub use lock::LockGate;
pub use notices::StorageNotices;
pub use open::{OpenDraft, Opened};

use leptos::prelude::*;

use super::PageLanguage;
use crate::i18n::{Msg, UiLanguage, text};
use crate::storage::{ChangeNotice, DraftStore, EncryptionState, StoreOptions};

/// The drafts side of the app, shared through context: the store, the deployment's settings,
/// and what the UI reacts to. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Drafts {
    store: StoredValue<DraftStore, LocalStorage>,
    config: StoredValue<DraftsConfig>,
    /// The store's encryption state, as the UI last saw it.
    encryption: RwSignal<EncryptionState>,
    /// The last change another tab reported.
    notice: RwSignal<Option<ChangeNotice>>,
    /// The draft open on this page, saved before the app locks.
    open: StoredValue<Option<DraftSession>, LocalStorage>,
}

impl Drafts {
    /// A handle to the store.
    pub fn store(self) -> DraftStore {
        self.store.get_value()
    }

    /// The deployment's settings.
    pub fn config(self) -> DraftsConfig {
        self.config.get_value()
    }

    /// Reads the store's encryption state again (after unlocking, locking, another tab).
    fn refresh_encryption(self) {
        self.encryption.set(self.store().encryption_state());
    }
}

/// Opens the store with the deployment's settings (read from `<meta>` tags, see
/// [`DraftsConfig`]) and provides [`Drafts`] as context. Call once, at the top of the app.
pub fn provide_drafts() -> Drafts {
    let config = DraftsConfig::from_document();
    let store = DraftStore::open(StoreOptions {
        require_encryption: config.require_passphrase,
    });
    let drafts = Drafts {
        encryption: RwSignal::new(store.encryption_state()),
        store: StoredValue::new_local(store.clone()),
        config: StoredValue::new(config),
        notice: RwSignal::new(None),
        open: StoredValue::new_local(None),
    };
    store.on_change(move |notice| {
        if matches!(
            notice,
            ChangeNotice::Forgotten | ChangeNotice::EncryptionEnabled
        ) {
            drafts.refresh_encryption();
        }
        drafts.notice.set(Some(notice));
    });
    provide_context(drafts);
    drafts
}

/// The [`Drafts`] provided by [`provide_drafts`].
pub fn use_drafts() -> Drafts {
    expect_context::<Drafts>()
}

/// The page's interface language: the home screen's `?lang=`, or the open form's language as
/// the user switches it. Call it in a component (it reads [`PageLanguage`] from context).
fn ui_language() -> Signal<UiLanguage> {
    let PageLanguage(page) = expect_context::<PageLanguage>();
    Signal::derive(move || UiLanguage::for_code(&page.read()))
}

/// A message that follows the interface language, for a view.
fn tr(ui: Signal<UiLanguage>, message: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync {
    move || text(ui.get(), message)
}
