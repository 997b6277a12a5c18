//! [`FormSession`]: the one place that holds a form being filled in, shared with every view
//! through context.
//!
//! The answers and field states live in the engine's [`FormState`], a plain value kept in a
//! `StoredValue`. Views do not re-read the whole state on every change: each field instance has
//! its own trigger, and an edit notifies only the instances the engine reports as changed
//! ([`Changes`]). `version` counts accepted edits, for whatever needs to know that *something*
//! changed (the progress line, an autosave).

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::prelude::*;

use crate::answers::{Answer, RowId};
use crate::definition::Text;
use crate::engine::{Changes, EditError, FieldState, Form, FormState, Instance, Invalid};
use crate::i18n::{MessageContext, UiLanguage, invalid_message};

use super::locale;

/// How the sections are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageMode {
    /// One section at a time, with next/back buttons and a section list.
    Paged,
    /// Every section on one long page.
    SinglePage,
}

/// A form being filled in: the engine state, and what the page shows of it. `Copy`, so views
/// and event handlers take it by value.
#[derive(Clone, Copy)]
pub struct FormSession {
    form: StoredValue<Arc<Form>, LocalStorage>,
    state: StoredValue<FormState, LocalStorage>,
    /// One trigger per field instance a view has read.
    triggers: StoredValue<HashMap<Instance, ArcTrigger>, LocalStorage>,
    /// Notified when a section's relevance changes.
    sections: Trigger,
    /// Instances the user has left at least once: their errors are shown.
    touched: StoredValue<HashSet<Instance>, LocalStorage>,
    /// Counts accepted edits (answers, rows, a replaced state).
    pub version: RwSignal<u64>,
    /// The form's language, one of the definition's `languages`.
    pub language: RwSignal<String>,
    /// The index of the section shown in paged mode.
    pub section: RwSignal<usize>,
    /// Paged or one long page.
    pub mode: RwSignal<PageMode>,
    /// Set once the user has tried to submit: every error is shown from then on.
    pub submitted: RwSignal<bool>,
}

impl FormSession {
    /// A session over `state`, shown in `language`.
    pub fn new(state: FormState, language: String) -> Self {
        let form = state.shared_form();
        let mode = match form.definition().layout {
            crate::definition::Layout::Paged => PageMode::Paged,
            crate::definition::Layout::SinglePage => PageMode::SinglePage,
        };
        Self {
            form: StoredValue::new_local(form),
            state: StoredValue::new_local(state),
            triggers: StoredValue::new_local(HashMap::new()),
            sections: Trigger::new(),
            touched: StoredValue::new_local(HashSet::new()),
            version: RwSignal::new(0),
            language: RwSignal::new(language),
            section: RwSignal::new(0),
            mode: RwSignal::new(mode),
            submitted: RwSignal::new(false),
        }
    }

    /// The session of the form on this page (provided by the form view).
    pub fn expect() -> Self {
        expect_context::<FormSession>()
    }

    /// The compiled form.
    pub fn form(self) -> Arc<Form> {
        self.form.with_value(Arc::clone)
    }

    /// Reads the whole state without tracking (for a submit, a save, an export).
    pub fn with_state<R>(self, read: impl FnOnce(&FormState) -> R) -> R {
        self.state.with_value(read)
    }

    /// Replaces the whole state (for example with a resumed draft); every view updates.
    pub fn replace_state(self, state: FormState) {
        self.state.set_value(state);
        self.triggers
            .with_value(|triggers| triggers.values().for_each(Notify::notify));
        self.sections.notify();
        self.version.update(|version| *version += 1);
    }

    fn trigger(self, at: &Instance) -> ArcTrigger {
        if let Some(trigger) = self
            .triggers
            .with_value(|triggers| triggers.get(at).cloned())
        {
            return trigger;
        }
        let trigger = ArcTrigger::new();
        self.triggers
            .update_value(|triggers| drop(triggers.insert(at.clone(), trigger.clone())));
        trigger
    }

    fn notify(self, changes: &Changes) {
        self.triggers.with_value(|triggers| {
            for instance in &changes.instances {
                if let Some(trigger) = triggers.get(instance) {
                    trigger.notify();
                }
            }
        });
        if !changes.sections.is_empty() {
            self.sections.notify();
        }
        self.version.update(|version| *version += 1);
    }

    /// Reads one instance's state, tracking only that instance.
    pub fn with_field<R>(self, at: &Instance, read: impl FnOnce(Option<&FieldState>) -> R) -> R {
        self.trigger(at).track();
        self.state.with_value(|state| read(state.field_state(at)))
    }

    /// The answer of one instance, tracking only that instance.
    pub fn answer(self, at: &Instance) -> Option<Answer> {
        self.trigger(at).track();
        self.state.with_value(|state| state.answer(at).cloned())
    }

    /// Sets or clears an answer. The instance is notified even when the engine refuses the
    /// edit, so its control shows the stored answer again.
    pub fn set_answer(self, at: &Instance, answer: Option<Answer>) {
        let result = self
            .state
            .try_update_value(|state| state.set_answer(at, answer));
        match result {
            Some(Ok(changes)) => self.notify(&changes),
            _ => self.trigger(at).notify(),
        }
    }

    /// The row ids of a repeat instance, tracking that repeat.
    pub fn rows(self, repeat: &Instance) -> Vec<RowId> {
        self.trigger(repeat).track();
        self.state.with_value(|state| state.rows(repeat))
    }

    /// Adds a row with a new id at the end of a repeat.
    pub fn add_row(self, repeat: &Instance) -> Result<RowId, EditError> {
        let id = RowId(super::web::new_id());
        let result = self
            .state
            .try_update_value(|state| state.add_row(repeat, id.clone()))
            .unwrap_or(Err(EditError::NoSuchInstance));
        self.after_rows_changed(repeat, result).map(|()| id)
    }

    /// Removes a row of a repeat, with its answers.
    pub fn remove_row(self, repeat: &Instance, id: &RowId) -> Result<(), EditError> {
        let result = self
            .state
            .try_update_value(|state| state.remove_row(repeat, id))
            .unwrap_or(Err(EditError::NoSuchInstance));
        self.after_rows_changed(repeat, result)
    }

    fn after_rows_changed(
        self,
        repeat: &Instance,
        result: Result<Changes, EditError>,
    ) -> Result<(), EditError> {
        let changes = result?;
        self.notify(&changes);
        self.trigger(repeat).notify();
        Ok(())
    }

    /// Whether a section is shown, tracking section relevance only.
    pub fn section_relevant(self, section: usize) -> bool {
        self.sections.track();
        self.state
            .with_value(|state| state.section_relevant(section))
    }

    /// The sections shown now, in order.
    pub fn relevant_sections(self) -> Vec<usize> {
        let count = self.form.with_value(|form| form.section_count());
        (0..count)
            .filter(|section| self.section_relevant(*section))
            .collect()
    }

    /// Marks an instance as left by the user, so its errors show.
    pub fn touch(self, at: &Instance) {
        let added = self
            .touched
            .try_update_value(|touched| touched.insert(at.clone()))
            .unwrap_or(false);
        if added {
            self.trigger(at).notify();
        }
    }

    /// Whether the errors of an instance are shown: once it was left, or after a submit.
    pub fn shows_errors(self, at: &Instance) -> bool {
        // Tracked: `touch` notifies the instance's trigger.
        self.trigger(at).track();
        self.submitted.get() || self.touched.with_value(|touched| touched.contains(at))
    }

    /// The interface language that goes with the form's language.
    pub fn ui(self) -> UiLanguage {
        UiLanguage::for_code(&self.language.read())
    }

    /// A definition text in the current language (tracks the language).
    pub fn text(self, text: &Text) -> String {
        let language = self.language.read();
        let fallback = self
            .form
            .with_value(|form| form.definition().default_language.clone());
        text.get(&language, &fallback).to_string()
    }

    /// An optional definition text in the current language; `None` when absent or empty.
    pub fn optional_text(self, text: Option<&Text>) -> Option<String> {
        text.map(|text| self.text(text))
            .filter(|text| !text.is_empty())
    }

    /// A validation error as a sentence in the current languages; `options` names the options
    /// or tally items of the field, for errors that mention one.
    pub fn message(self, invalid: &Invalid, options: &[crate::definition::Choice]) -> String {
        let language = self.language.read().clone();
        let fallback = self
            .form
            .with_value(|form| form.definition().default_language.clone());
        let value = |value: &crate::value::Value| locale::value(&language, value);
        let label = |id: &str| {
            options.iter().find(|choice| choice.id == id).map_or_else(
                || id.to_string(),
                |choice| choice.label.get(&language, &fallback).to_string(),
            )
        };
        let context = MessageContext {
            ui: self.ui(),
            language: &language,
            fallback: &fallback,
            value: &value,
            label: &label,
        };
        invalid_message(&context, invalid)
    }
}
