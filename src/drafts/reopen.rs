//! Reopening a draft against the current definition of its form.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::{Draft, DraftError, definition_hash};
use crate::definition::FormDefinition;
use crate::engine::{Environment, Form, FormState, UnfittingAnswer};

/// How the definition given differs from the one a draft was filled against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DefinitionChange {
    /// The same definition (same id, version and content hash).
    Unchanged,
    /// The same form, changed since the draft was saved. Some answers may no longer fit;
    /// they are kept and reported. `from_version == to_version` means the definition was
    /// edited without bumping its version (only the hash tells).
    Changed {
        /// The version the draft was filled against.
        from_version: String,
        /// The version given now.
        to_version: String,
    },
}

/// Compares `draft`'s recorded definition (id, version, hash) with `form`.
///
/// A draft of another form is [`DraftError::OtherForm`]: opening it with this definition
/// would misread every answer.
pub fn compare_definition(
    draft: &Draft,
    form: &FormDefinition,
) -> Result<DefinitionChange, DraftError> {
    if draft.form_id != form.id {
        return Err(DraftError::OtherForm {
            draft_form: draft.form_id.clone(),
            definition_form: form.id.clone(),
        });
    }
    // The hash covers the version too, so a bumped version alone also reads as changed.
    if draft.form_hash == definition_hash(form) && draft.form_version == form.version {
        return Ok(DefinitionChange::Unchanged);
    }
    Ok(DefinitionChange::Changed {
        from_version: draft.form_version.clone(),
        to_version: form.version.clone(),
    })
}

/// A draft opened against the current definition of its form.
#[derive(Debug, Clone)]
pub struct Reopened {
    /// The field states for the draft's answers (defaults are not applied again).
    pub state: FormState,
    /// How the definition changed since the draft was saved.
    pub change: DefinitionChange,
    /// Answers kept in the draft that no longer fit the definition (a removed field, a
    /// removed option, a changed type). They stay in `draft.answers`; show them to the user.
    pub unfitting: Vec<UnfittingAnswer>,
}

/// Opens `draft` with the compiled `form` (its current definition): compares id, version and
/// hash ([`compare_definition`]) and resumes the engine's state from the draft's answers
/// (`FormState::resume`), which reports — and keeps — the answers that no longer fit.
///
/// The draft itself is not changed; once the user carries on, call
/// [`Draft::adopt_definition`] so the next save records the definition it now matches.
pub fn reopen(
    draft: &Draft,
    form: Arc<Form>,
    environment: Environment,
) -> Result<Reopened, DraftError> {
    let change = compare_definition(draft, form.definition())?;
    let (state, unfitting) = FormState::resume(form, draft.answers.clone(), environment);
    Ok(Reopened {
        state,
        change,
        unfitting,
    })
}
