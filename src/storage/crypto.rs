//! Encryption at rest through the browser's WebCrypto (`SubtleCrypto`): no cryptography is
//! implemented here, only calls.
//!
//! - Key: PBKDF2-HMAC-SHA256 over the passphrase, with a random 16-byte salt and at least
//!   [`MIN_ITERATIONS`] iterations, giving a **non-extractable** AES-256-GCM `CryptoKey`
//!   (script can use it but never read its bytes).
//! - Each write: AES-256-GCM with a fresh random 12-byte nonce from `crypto.getRandomValues`,
//!   and associated data naming the key the value is stored under, so a ciphertext copied
//!   under another key fails to decrypt.
//! - Stored as `{"caseforms_sealed": 1, "nonce": b64, "ciphertext": b64}` ([`SealedEnvelope`]).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use js_sys::{Array, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use super::StorageError;
use super::error::{js_error_message, js_error_name};
use crate::drafts::{DRAFT_ENVELOPE_VERSION, DraftError, SEALED_MARKER};

/// The fewest PBKDF2-HMAC-SHA256 iterations accepted (OWASP's 2023 recommendation).
pub const MIN_ITERATIONS: u32 = 600_000;
/// The most accepted from stored settings, so damaged settings cannot freeze the page.
pub(crate) const MAX_ITERATIONS: u32 = 10_000_000;
/// Salt length in bytes.
pub(crate) const SALT_LEN: usize = 16;
/// AES-GCM nonce length in bytes.
pub(crate) const NONCE_LEN: usize = 12;
/// AES-GCM tag length in bytes: every ciphertext is at least this long.
const TAG_LEN: usize = 16;

/// An encrypted value as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedEnvelope {
    /// The envelope version (1).
    pub caseforms_sealed: u32,
    /// The 12-byte nonce, base64.
    pub nonce: String,
    /// Ciphertext and tag, base64.
    pub ciphertext: String,
    /// For drafts: the draft's revision, readable without decrypting so a save can check for
    /// a conflict in the same task as its write. It is repeated inside the ciphertext and the
    /// two are compared on load, so changing it makes the draft read as tampered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<u64>,
}

impl SealedEnvelope {
    /// Reads an envelope from a JSON value that has the `caseforms_sealed` marker.
    pub(crate) fn from_value(value: serde_json::Value) -> Result<SealedEnvelope, DraftError> {
        if let Some(marker) = value.get(SEALED_MARKER) {
            crate::drafts::check_envelope_version(marker)?;
        }
        let envelope: SealedEnvelope =
            serde_json::from_value(value).map_err(|error| DraftError::Invalid {
                message: format!("encrypted envelope: {error}"),
            })?;
        let nonce_ok = BASE64
            .decode(&envelope.nonce)
            .is_ok_and(|nonce| nonce.len() == NONCE_LEN);
        let ciphertext_ok = BASE64
            .decode(&envelope.ciphertext)
            .is_ok_and(|ciphertext| ciphertext.len() >= TAG_LEN);
        if !nonce_ok || !ciphertext_ok {
            return Err(DraftError::Invalid {
                message: "encrypted envelope: the nonce or ciphertext is not valid base64 of the \
                          right length"
                    .to_string(),
            });
        }
        Ok(envelope)
    }

    /// The envelope as JSON.
    pub(crate) fn to_json(&self) -> Result<String, StorageError> {
        serde_json::to_string(self).map_err(|error| {
            StorageError::Draft(DraftError::Serialise {
                message: error.to_string(),
            })
        })
    }
}

fn browser_crypto() -> Result<web_sys::Crypto, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::CryptoUnavailable {
        message: "there is no browser window".to_string(),
    })?;
    window
        .crypto()
        .map_err(|error| StorageError::CryptoUnavailable {
            message: js_error_message(&error),
        })
}

fn subtle() -> Result<SubtleCrypto, StorageError> {
    let subtle = browser_crypto()?.subtle();
    // `crypto.subtle` is `undefined` outside secure contexts (plain http:// pages).
    if JsValue::from(subtle.clone()).is_undefined() {
        return Err(StorageError::CryptoUnavailable {
            message: "crypto.subtle is undefined (not a secure context)".to_string(),
        });
    }
    Ok(subtle)
}

/// Fills `buffer` from the browser's cryptographic random source.
pub(crate) fn random_bytes(buffer: &mut [u8]) -> Result<(), StorageError> {
    browser_crypto()?
        .get_random_values_with_u8_array(buffer)
        .map(|_| ())
        .map_err(|error| StorageError::CryptoUnavailable {
            message: js_error_message(&error),
        })
}

fn crypto_error(operation: &'static str, error: &JsValue) -> StorageError {
    StorageError::Browser {
        operation,
        message: js_error_message(error),
    }
}

/// Awaits a WebCrypto call: a synchronous throw and a rejected promise end up alike.
async fn resolve(promise: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// Derives the non-extractable AES-256-GCM key for `passphrase`.
pub(crate) async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
) -> Result<CryptoKey, StorageError> {
    let subtle = subtle()?;
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let passphrase_bytes = Uint8Array::from(passphrase.as_bytes());
    let base =
        resolve(subtle.import_key_with_str("raw", &passphrase_bytes, "PBKDF2", false, &usages))
            .await
            .map_err(|error| crypto_error("import the passphrase", &error))?;
    // Overwrite the JS copy of the passphrase bytes; the Rust string belongs to the caller.
    passphrase_bytes.fill(0, 0, passphrase_bytes.length());
    let base: CryptoKey = base
        .dyn_into()
        .map_err(|error| crypto_error("import the passphrase", &error))?;

    let salt = Uint8Array::from(salt);
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &salt);
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let key =
        resolve(subtle.derive_key_with_object_and_object(&params, &base, &aes, false, &usages))
            .await
            .map_err(|error| crypto_error("derive the key", &error))?;
    key.dyn_into()
        .map_err(|error| crypto_error("derive the key", &error))
}

/// Encrypts `plaintext` under `key`, binding `aad`, with a fresh random nonce.
pub(crate) async fn seal(
    key: &CryptoKey,
    plaintext: &[u8],
    aad: &str,
    revision: Option<u64>,
) -> Result<SealedEnvelope, StorageError> {
    let subtle = subtle()?;
    let mut nonce = [0_u8; NONCE_LEN];
    random_bytes(&mut nonce)?;
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&nonce[..]));
    params.set_additional_data_u8_array(&Uint8Array::from(aad.as_bytes()));
    let ciphertext = resolve(subtle.encrypt_with_object_and_u8_array(&params, key, plaintext))
        .await
        .map_err(|error| crypto_error("encrypt", &error))?;
    let ciphertext = Uint8Array::new(&ciphertext).to_vec();
    Ok(SealedEnvelope {
        caseforms_sealed: DRAFT_ENVELOPE_VERSION,
        nonce: BASE64.encode(nonce),
        ciphertext: BASE64.encode(ciphertext),
        revision,
    })
}

/// Why [`open`] failed.
pub(crate) enum OpenError {
    /// Authentication failed: wrong key, altered ciphertext, or different associated data.
    Unauthentic,
    /// Anything else.
    Other(StorageError),
}

/// Decrypts and authenticates `envelope` under `key` with `aad`.
pub(crate) async fn open(
    key: &CryptoKey,
    envelope: &SealedEnvelope,
    aad: &str,
) -> Result<Vec<u8>, OpenError> {
    let subtle = subtle().map_err(OpenError::Other)?;
    let (Ok(nonce), Ok(ciphertext)) = (
        BASE64.decode(&envelope.nonce),
        BASE64.decode(&envelope.ciphertext),
    ) else {
        return Err(OpenError::Unauthentic);
    };
    if nonce.len() != NONCE_LEN || ciphertext.len() < TAG_LEN {
        return Err(OpenError::Unauthentic);
    }
    let params = AesGcmParams::new_with_u8_array("AES-GCM", &Uint8Array::from(&nonce[..]));
    params.set_additional_data_u8_array(&Uint8Array::from(aad.as_bytes()));
    match resolve(subtle.decrypt_with_object_and_u8_array(&params, key, &ciphertext)).await {
        Ok(plaintext) => Ok(Uint8Array::new(&plaintext).to_vec()),
        // WebCrypto reports a failed GCM tag check as an OperationError, and nothing else.
        Err(error) if js_error_name(&error).as_deref() == Some("OperationError") => {
            Err(OpenError::Unauthentic)
        }
        Err(error) => Err(OpenError::Other(crypto_error("decrypt", &error))),
    }
}

/// Base64 of `bytes` (salts in settings and rescue files).
pub(crate) fn to_base64(bytes: &[u8]) -> String {
    BASE64.encode(bytes)
}

/// Bytes of a base64 text, if it is one.
pub(crate) fn from_base64(text: &str) -> Option<Vec<u8>> {
    BASE64.decode(text).ok()
}
