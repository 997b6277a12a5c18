//! Device settings (`caseforms:v1:settings`): whether drafts are encrypted, and the public
//! parameters needed to derive the key again (salt, iteration count) plus a key-check value.
//!
//! Nothing here is secret: the salt only makes precomputed guessing useless, and the
//! key-check value tells a wrong passphrase from a damaged draft.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::crypto::{MAX_ITERATIONS, MIN_ITERATIONS, SALT_LEN, SealedEnvelope, from_base64};
use crate::drafts::DraftError;

/// The marker and version of the settings value.
const SETTINGS_MARKER: &str = "caseforms_settings";
const SETTINGS_VERSION: u64 = 1;
/// The only key derivation written and read.
pub(crate) const KDF: &str = "PBKDF2-SHA256";
/// The plaintext of the key-check value.
pub(crate) const KEY_CHECK_PLAINTEXT: &[u8] = b"caseforms key check v1";

/// How the key is derived, and the key-check value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct EncryptionSettings {
    /// Always [`KDF`].
    pub kdf: String,
    /// PBKDF2 iterations.
    pub iterations: u32,
    /// The 16-byte salt, base64.
    pub salt: String,
    /// [`KEY_CHECK_PLAINTEXT`] sealed under the key.
    pub check: SealedEnvelope,
}

impl EncryptionSettings {
    /// The salt's bytes (checked when the settings were read).
    pub(crate) fn salt_bytes(&self) -> Vec<u8> {
        from_base64(&self.salt).unwrap_or_default()
    }
}

/// The whole settings value.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Settings {
    /// Present once encryption was set up on this device.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encryption: Option<EncryptionSettings>,
}

#[derive(Serialize)]
struct StoredSettings<'a> {
    caseforms_settings: u64,
    #[serde(flatten)]
    settings: &'a Settings,
}

impl Settings {
    /// Reads stored settings; anything unexpected is an error (the value is then quarantined).
    pub(crate) fn from_stored(stored: &str) -> Result<Settings, DraftError> {
        let invalid = |message: String| DraftError::Invalid { message };
        let mut value: Value =
            serde_json::from_str(stored).map_err(|error| DraftError::NotJson {
                line: error.line(),
                column: error.column(),
                message: error.to_string(),
            })?;
        let marker = value
            .as_object_mut()
            .and_then(|object| object.remove(SETTINGS_MARKER));
        match marker {
            None => {
                return Err(DraftError::NotOurs {
                    found: format!("a value without {SETTINGS_MARKER:?}"),
                });
            }
            Some(marker) if marker.as_u64() != Some(SETTINGS_VERSION) => {
                return Err(DraftError::UnsupportedVersion {
                    found: marker.as_u64().unwrap_or(0),
                    supported: 1,
                });
            }
            Some(_) => {}
        }
        let settings: Settings =
            serde_json::from_value(value).map_err(|error| invalid(format!("settings: {error}")))?;
        if let Some(encryption) = &settings.encryption {
            if encryption.kdf != KDF {
                return Err(invalid(format!(
                    "unknown key derivation {:?}",
                    encryption.kdf
                )));
            }
            if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&encryption.iterations) {
                return Err(invalid(format!(
                    "{} key derivation iterations is outside {MIN_ITERATIONS}..={MAX_ITERATIONS}",
                    encryption.iterations
                )));
            }
            if from_base64(&encryption.salt).is_none_or(|salt| salt.len() != SALT_LEN) {
                return Err(invalid("the salt is not 16 bytes of base64".to_string()));
            }
        }
        Ok(settings)
    }

    /// The settings as stored.
    pub(crate) fn to_stored(&self) -> Result<String, DraftError> {
        serde_json::to_string(&StoredSettings {
            caseforms_settings: SETTINGS_VERSION,
            settings: self,
        })
        .map_err(|error| DraftError::Serialise {
            message: error.to_string(),
        })
    }
}
