//! The stored form of a draft: `{"caseforms_draft": 1, ...the draft's fields}`.
//!
//! The marker comes first so a person reading browser storage sees what the value is, and so
//! a value that is not ours (a partner page on the same origin, a truncated write, a newer
//! app) is told apart from a damaged draft.

use serde::Serialize;
use serde_json::Value;

use super::{Draft, DraftError};

/// The envelope version this build writes and reads.
pub const DRAFT_ENVELOPE_VERSION: u32 = 1;

/// The key that marks a plain draft envelope; its value is the envelope version.
pub const DRAFT_MARKER: &str = "caseforms_draft";

/// The key that marks an encrypted envelope (written by `storage`); its value is the version.
pub const SEALED_MARKER: &str = "caseforms_sealed";

#[derive(Serialize)]
struct StoredDraft<'a> {
    caseforms_draft: u32,
    #[serde(flatten)]
    draft: &'a Draft,
}

pub(super) fn to_stored(draft: &Draft) -> Result<String, DraftError> {
    serde_json::to_string(&StoredDraft {
        caseforms_draft: DRAFT_ENVELOPE_VERSION,
        draft,
    })
    .map_err(|error| DraftError::Serialise {
        message: error.to_string(),
    })
}

pub(super) fn from_stored(stored: &str) -> Result<Draft, DraftError> {
    let value: Value = serde_json::from_str(stored).map_err(|error| DraftError::NotJson {
        line: error.line(),
        column: error.column(),
        message: without_position(&error),
    })?;
    from_value(value)
}

pub(super) fn from_value(value: Value) -> Result<Draft, DraftError> {
    let Value::Object(mut object) = value else {
        return Err(DraftError::NotOurs {
            found: describe(&value).to_string(),
        });
    };
    let marker = match object.remove(DRAFT_MARKER) {
        Some(marker) => marker,
        None if object.contains_key(SEALED_MARKER) => return Err(DraftError::Sealed),
        None => {
            return Err(DraftError::NotOurs {
                found: format!("an object without {DRAFT_MARKER:?}"),
            });
        }
    };
    check_envelope_version(&marker)?;
    serde_json::from_value::<Draft>(Value::Object(object)).map_err(|error| DraftError::Invalid {
        message: error.to_string(),
    })
}

/// Checks an envelope's version marker (the value of `caseforms_draft` or
/// `caseforms_sealed`): it must be the whole number [`DRAFT_ENVELOPE_VERSION`].
pub fn check_envelope_version(marker: &Value) -> Result<(), DraftError> {
    let Some(found) = marker.as_u64() else {
        return Err(DraftError::BadVersionMarker {
            found: marker.to_string(),
        });
    };
    if found == u64::from(DRAFT_ENVELOPE_VERSION) {
        Ok(())
    } else {
        Err(DraftError::UnsupportedVersion {
            found,
            supported: DRAFT_ENVELOPE_VERSION,
        })
    }
}

/// serde_json appends " at line L column C"; the error variant carries those separately.
fn without_position(error: &serde_json::Error) -> String {
    let message = error.to_string();
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a true/false value",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
