//! What can go wrong reading or building a draft.

/// A problem with a draft value: every way a stored value can fail to be a draft of ours.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    /// The value is not JSON at all (truncated, or overwritten with something else).
    #[error("the stored value is not JSON (line {line}, column {column}: {message})")]
    NotJson {
        /// 1-based line of the first problem.
        line: usize,
        /// 1-based column of the first problem.
        column: usize,
        /// What the JSON parser expected.
        message: String,
    },
    /// The value is JSON but not a caseforms draft (another application's value, or a value
    /// without the `caseforms_draft` marker).
    #[error("the stored value is not a caseforms draft: it is {found}")]
    NotOurs {
        /// What it is instead, e.g. "an array" or "an object without \"caseforms_draft\"".
        found: String,
    },
    /// The value is an encrypted envelope (`caseforms_sealed`): it must be decrypted first.
    #[error("the stored value is encrypted: unlock with the passphrase to read it")]
    Sealed,
    /// The envelope's version marker is not a whole number.
    #[error("the draft's envelope version {found} is not a whole number")]
    BadVersionMarker {
        /// The marker as found, as JSON.
        found: String,
    },
    /// The envelope was written by a different (newer) caseforms.
    #[error(
        "the draft was saved by a newer caseforms (envelope version {found}; this one reads \
         version {supported}): update the app to open it"
    )]
    UnsupportedVersion {
        /// The version found.
        found: u64,
        /// The version this build reads.
        supported: u32,
    },
    /// The envelope is ours but its content does not have the shape of a draft.
    #[error("the stored draft is damaged: {message}")]
    Invalid {
        /// What is wrong, from the deserialiser (names the field).
        message: String,
    },
    /// A draft id that cannot be used in storage keys.
    #[error("{id:?} is not a valid draft id: {reason}")]
    InvalidId {
        /// The id given.
        id: String,
        /// Why it was refused.
        reason: &'static str,
    },
    /// The draft could not be turned into JSON.
    #[error("the draft could not be serialised: {message}")]
    Serialise {
        /// The serialiser's message.
        message: String,
    },
    /// The draft was filled in against a different form than the definition given.
    #[error("the draft belongs to form {draft_form:?}, not to {definition_form:?}")]
    OtherForm {
        /// The draft's form id.
        draft_form: String,
        /// The definition's form id.
        definition_form: String,
    },
}
