//! Where values are kept: the browser's `localStorage`, or memory when it is unavailable.
//!
//! This file talks to `web_sys::Storage` directly rather than through `gloo-storage`:
//! `gloo_storage::LocalStorage::raw()` calls `window.localStorage` on every use and panics
//! (`expect_throw`) when that access throws — exactly the "storage unavailable" case we must
//! survive — and its `get`/`set` JSON-quote strings. Here `localStorage` is fetched once, with
//! every failure caught, and values are stored as the exact strings given.

use std::collections::BTreeMap;

use super::StorageError;
use super::error::{from_js, js_error_message};

/// A key-value store of strings.
pub(crate) enum Backend {
    /// `window.localStorage`.
    Local(web_sys::Storage),
    /// Memory only: lost when the page closes.
    Memory(BTreeMap<String, String>),
}

impl Backend {
    /// `window.localStorage`, or why it cannot be used (no window, access throws — blocked
    /// cookies, sandboxed frames, some private modes — or the browser has none).
    pub(crate) fn local() -> Result<Backend, String> {
        let window = web_sys::window().ok_or_else(|| "there is no browser window".to_string())?;
        let storage = window
            .local_storage()
            .map_err(|error| format!("reading localStorage failed: {}", js_error_message(&error)))?
            .ok_or_else(|| "this browser offers no localStorage".to_string())?;
        // Touch it once: some browsers hand out a storage object that throws on every use.
        storage
            .length()
            .map_err(|error| format!("localStorage is unusable: {}", js_error_message(&error)))?;
        Ok(Backend::Local(storage))
    }

    /// True for the memory fallback.
    pub(crate) fn is_memory(&self) -> bool {
        matches!(self, Backend::Memory(_))
    }

    pub(crate) fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match self {
            Backend::Local(storage) => storage
                .get_item(key)
                .map_err(|error| from_js("read from localStorage", &error)),
            Backend::Memory(map) => Ok(map.get(key).cloned()),
        }
    }

    /// Writes `value`; a full quota is [`StorageError::QuotaFull`], and then nothing changed.
    pub(crate) fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        match self {
            Backend::Local(storage) => storage
                .set_item(key, value)
                .map_err(|error| from_js("write to localStorage", &error)),
            Backend::Memory(map) => {
                map.insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    pub(crate) fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        match self {
            Backend::Local(storage) => storage
                .remove_item(key)
                .map_err(|error| from_js("remove from localStorage", &error)),
            Backend::Memory(map) => {
                map.remove(key);
                Ok(())
            }
        }
    }

    /// Every key that starts with `prefix`, in no particular order.
    pub(crate) fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StorageError> {
        match self {
            Backend::Local(storage) => {
                let length = storage
                    .length()
                    .map_err(|error| from_js("list localStorage", &error))?;
                let mut keys = Vec::new();
                for index in 0..length {
                    let key = storage
                        .key(index)
                        .map_err(|error| from_js("list localStorage", &error))?;
                    if let Some(key) = key.filter(|key| key.starts_with(prefix)) {
                        keys.push(key);
                    }
                }
                Ok(keys)
            }
            Backend::Memory(map) => Ok(map
                .keys()
                .filter(|key| key.starts_with(prefix))
                .cloned()
                .collect()),
        }
    }
}
