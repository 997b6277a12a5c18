//! The names of everything caseforms keeps in browser storage, and the data bound to each
//! ciphertext.
//!
//! Every key starts with `caseforms:` (and, for this layout, `caseforms:v1:`), so a partner
//! page on the same origin cannot collide with ours, and "forget this device" can remove
//! exactly our keys and nothing else.

use crate::drafts::DraftId;

use super::StorageError;

/// Every key of ours, of any layout version, starts with this.
pub const OUR_PREFIX: &str = "caseforms:";
/// Every key of this layout version starts with this.
pub const V1_PREFIX: &str = "caseforms:v1:";
/// The list of drafts (titles, progress, last change), so listing does not read every draft.
pub const INDEX_KEY: &str = "caseforms:v1:index";
/// Device settings: the key derivation's salt and cost, and the key-check value.
pub const SETTINGS_KEY: &str = "caseforms:v1:settings";
/// Drafts: `caseforms:v1:draft:<form_id>:<draft_id>`.
pub const DRAFT_PREFIX: &str = "caseforms:v1:draft:";
/// Values that were under our keys but could not be read: `caseforms:v1:quarantine:<…>`.
pub const QUARANTINE_PREFIX: &str = "caseforms:v1:quarantine:";

/// The data bound to the index's ciphertext.
pub(crate) const INDEX_AAD: &str = "caseforms:v1:index";
/// The data bound to the key-check value's ciphertext.
pub(crate) const KEY_CHECK_AAD: &str = "caseforms:v1:key-check";

/// The longest form id accepted in a key.
const FORM_ID_MAX_LEN: usize = 100;

/// Checks that `form_id` has the definition format's shape, `^[a-z][a-z0-9_]*$`, so it
/// cannot contain the `:` that separates the parts of a key.
pub(crate) fn check_form_id(form_id: &str) -> Result<(), StorageError> {
    let mut bytes = form_id.bytes();
    let starts_well = bytes.next().is_some_and(|b| b.is_ascii_lowercase());
    let rest_ok = bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if starts_well && rest_ok && form_id.len() <= FORM_ID_MAX_LEN {
        Ok(())
    } else {
        Err(StorageError::InvalidFormId {
            form_id: form_id.to_string(),
        })
    }
}

/// `caseforms:v1:draft:<form_id>:<draft_id>`.
pub(crate) fn draft_key(form_id: &str, draft_id: &DraftId) -> Result<String, StorageError> {
    check_form_id(form_id)?;
    Ok(format!("{DRAFT_PREFIX}{form_id}:{draft_id}"))
}

/// The associated data of a draft's ciphertext: `caseforms:v1:<form_id>:<draft_id>`. A
/// ciphertext copied under another draft's key fails to decrypt.
pub(crate) fn draft_aad(form_id: &str, draft_id: &DraftId) -> String {
    format!("{V1_PREFIX}{form_id}:{draft_id}")
}

/// The associated data of a rescue file's ciphertext, distinct from every storage value's.
pub(crate) fn rescue_aad(form_id: &str, draft_id: &DraftId) -> String {
    format!("{V1_PREFIX}rescue:{form_id}:{draft_id}")
}

/// The form id and draft id of a draft key; `None` when `key` is not a well-formed one.
pub(crate) fn parse_draft_key(key: &str) -> Option<(String, DraftId)> {
    let rest = key.strip_prefix(DRAFT_PREFIX)?;
    let (form_id, draft_id) = rest.split_once(':')?;
    check_form_id(form_id).ok()?;
    let draft_id = DraftId::new(draft_id).ok()?;
    Some((form_id.to_string(), draft_id))
}

/// A fresh quarantine key for a value found under `original`: the original key's part after
/// `caseforms:v1:`, prefixed with the time and a counter so several quarantines never collide.
pub(crate) fn quarantine_key(original: &str, now_ms: u64, counter: u32) -> String {
    let rest = original.strip_prefix(V1_PREFIX).unwrap_or(original);
    format!("{QUARANTINE_PREFIX}{now_ms}-{counter}:{rest}")
}
