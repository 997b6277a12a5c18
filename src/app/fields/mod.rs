//! One field instance on the page: the frame every question shares (label or legend, hint,
//! error, required mark, relevance) and the control for its type, one file per kind.
//!
//! Every reactive read here goes through [`FieldContext`], which reads only this instance's
//! state: a change elsewhere in the form re-runs nothing in this field.

mod choice;
mod display;
mod media;
mod signature;
mod tally;
mod text;

use std::ops::Deref;
use std::sync::Arc;

use leptos::prelude::*;

use crate::answers::{Answer, RowId};
use crate::definition::{Choice, FieldType};
use crate::engine::{FieldInfo, FieldKey, Form, Instance};
use crate::i18n::{Msg, text as ui_text};

use super::repeat::RepeatView;
use super::session::FormSession;

/// The DOM id of a field instance: the field id, then its row ids (ids are unique per scope).
pub fn dom_id(form: &Form, instance: &Instance) -> String {
    let mut id = form.field(instance.field).id().to_string();
    for row in &instance.rows {
        id.push('-');
        id.push_str(row.as_str());
    }
    id
}

/// The options of a choice field, or the items of a tally: what its errors may name.
pub fn options_of(field: &FieldInfo) -> &[Choice] {
    if field.field_type() == FieldType::Tally {
        &field.definition.items
    } else {
        &field.options
    }
}

/// What the view of one field instance needs, cloned into its closures. A clone shares the
/// one [`FieldPlace`], so the dozen closures of a field cost no copies of its id and rows.
#[derive(Clone)]
pub struct FieldContext(Arc<FieldPlace>);

/// The field instance a [`FieldContext`] is about.
pub struct FieldPlace {
    /// The form's session.
    pub session: FormSession,
    /// The field.
    pub key: FieldKey,
    /// The instance (the field in its repeat rows).
    pub instance: Instance,
    /// The DOM id of the instance's control (or fieldset).
    pub id: String,
}

impl Deref for FieldContext {
    type Target = FieldPlace;

    fn deref(&self) -> &FieldPlace {
        &self.0
    }
}

impl FieldContext {
    fn new(session: FormSession, key: FieldKey, rows: &[RowId]) -> Self {
        let instance = Instance {
            field: key,
            rows: rows.to_vec(),
        };
        let id = dom_id(&session.form(), &instance);
        Self(Arc::new(FieldPlace {
            session,
            key,
            instance,
            id,
        }))
    }

    /// The field's options (for choices) or items (for a tally).
    pub fn options(&self) -> Vec<Choice> {
        options_of(self.session.form().field(self.key)).to_vec()
    }

    /// Whether the instance is shown.
    pub fn relevant(&self) -> bool {
        self.session.with_field(&self.instance, |state| {
            state.is_some_and(|state| state.relevant)
        })
    }

    /// Whether an answer is required now.
    pub fn required(&self) -> bool {
        self.session.with_field(&self.instance, |state| {
            state.is_some_and(|state| state.required)
        })
    }

    /// Whether the answer cannot be changed now.
    pub fn readonly(&self) -> bool {
        self.session.with_field(&self.instance, |state| {
            state.is_some_and(|state| state.readonly)
        })
    }

    /// The error messages to show now (after the field was left, or after a submit).
    pub fn shown_errors(&self) -> Option<String> {
        if !self.session.shows_errors(&self.instance) {
            return None;
        }
        let errors = self
            .session
            .with_field(&self.instance, |state| {
                state.map(|state| state.errors.clone())
            })
            .unwrap_or_default();
        if errors.is_empty() {
            return None;
        }
        let form = self.session.form();
        let options = options_of(form.field(self.key));
        let messages: Vec<String> = errors
            .iter()
            .map(|error| self.session.message(error, options))
            .collect();
        Some(messages.join(" "))
    }

    /// The answer now.
    pub fn answer(&self) -> Option<Answer> {
        self.session.answer(&self.instance)
    }

    /// The answer as text (what a text box shows).
    pub fn answer_text(&self) -> String {
        match self.answer() {
            Some(Answer::Text(text)) => text,
            Some(Answer::Number(number)) => number.to_string(),
            _ => String::new(),
        }
    }

    /// Sets the answer; empty text clears it.
    pub fn set_text(&self, text: String) {
        self.set((!text.is_empty()).then_some(Answer::Text(text)));
    }

    /// Sets or clears the answer.
    pub fn set(&self, answer: Option<Answer>) {
        self.session.set_answer(&self.instance, answer);
    }

    /// The user left the field: its errors show from now on.
    pub fn touch(&self) {
        self.session.touch(&self.instance);
    }

    /// The `blur` handler of a text box: leaving it shows its errors (also when nothing was
    /// typed, which a `change` event would miss).
    pub fn on_leave(&self) -> impl Fn(leptos::ev::FocusEvent) + 'static {
        let context = self.clone();
        move |_| context.touch()
    }

    /// The id of the hint element.
    pub fn hint_id(&self) -> String {
        format!("{}-hint", self.id)
    }

    /// The id of the error element.
    pub fn error_id(&self) -> String {
        format!("{}-error", self.id)
    }

    /// The `aria-describedby` of the control: the hint and the error, when there are.
    pub fn describedby(
        &self,
        has_hint: bool,
    ) -> impl Fn() -> Option<String> + Send + Sync + 'static {
        let context = self.clone();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(context.hint_id());
            }
            if context.shown_errors().is_some() {
                ids.push(context.error_id());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    /// `aria-invalid="true"` while an error is shown.
    pub fn aria_invalid(&self) -> impl Fn() -> Option<&'static str> + Send + Sync + 'static {
        let context = self.clone();
        move || context.shown_errors().map(|_| "true")
    }

    /// `aria-required="true"` while required; nothing to follow for a field that never is.
    pub fn aria_required(
        &self,
    ) -> Option<impl Fn() -> Option<&'static str> + Send + Sync + 'static> {
        let context = self.clone();
        self.field_may_be(FieldInfo::may_be_required)
            .then_some(move || context.required().then_some("true"))
    }

    /// The `readonly` (or `disabled`) attribute while the answer cannot be changed; nothing to
    /// follow for a field whose answer always can.
    pub fn readonly_attribute(&self) -> Option<impl Fn() -> bool + Send + Sync + 'static> {
        let context = self.clone();
        self.field_may_be(FieldInfo::may_be_readonly)
            .then_some(move || context.readonly())
    }

    /// Whether the field has `property` (one of `FieldInfo`'s `may_be_…` or `filters_options`).
    pub fn field_may_be(&self, property: fn(&FieldInfo) -> bool) -> bool {
        property(self.session.form().field(self.key))
    }
}

/// The label, hint and error texts of a field, with the required mark.
struct Parts {
    label: AnyView,
    hint: Option<AnyView>,
    has_hint: bool,
    error: AnyView,
}

fn parts(context: &FieldContext) -> Parts {
    let session = context.session;
    let form = session.form();
    let field = form.field(context.key);
    let label_text = field.definition.label.clone();
    let id = field.id().to_string();
    let label = {
        let required = context.clone();
        view! {
            {move || session.optional_text(label_text.as_ref()).unwrap_or_else(|| id.clone())}
            {required.field_may_be(FieldInfo::may_be_required).then_some(move || required.required().then(|| view! {
                <span class="required-mark">" "{ui_text(session.ui(), Msg::Required)}</span>
            }))}
        }
        .into_any()
    };
    let hint_text = field.definition.hint.clone();
    let has_hint = hint_text.is_some();
    let hint = hint_text.map(|hint| {
        let hint_id = context.hint_id();
        view! { <p class="field-hint" id=hint_id>{move || session.text(&hint)}</p> }.into_any()
    });
    let error = {
        let context = context.clone();
        let error_id = context.error_id();
        move || {
            context.shown_errors().map(|message| {
                view! {
                    <p class="field-error" id=error_id.clone()>
                        <span class="visually-hidden">{ui_text(session.ui(), Msg::ErrorPrefix)}" "</span>
                        {message}
                    </p>
                }
            })
        }
    }
    .into_any();
    Parts {
        label,
        hint,
        has_hint,
        error,
    }
}

/// A question with one control: `<label for=…>`, hint, error, control.
fn labelled(context: &FieldContext, control: impl FnOnce(bool) -> AnyView) -> AnyView {
    let parts = parts(context);
    view! {
        <label class="field-label" for=context.id.clone()>{parts.label}</label>
        {parts.hint}
        {parts.error}
        {control(parts.has_hint)}
    }
    .into_any()
}

/// A question with several controls: `<fieldset>` with `<legend>`, hint, error, controls. The
/// fieldset carries the instance's id, so the error summary can move the focus to it.
fn grouped(context: &FieldContext, controls: impl FnOnce(bool) -> AnyView) -> AnyView {
    let parts = parts(context);
    let describedby = context.describedby(parts.has_hint);
    view! {
        <fieldset class="choices" id=context.id.clone() tabindex="-1" aria-describedby=describedby>
            <legend>{parts.label}</legend>
            {parts.hint}
            {parts.error}
            {controls(parts.has_hint)}
        </fieldset>
    }
    .into_any()
}

/// The view of every field in `keys`, in `rows`.
pub fn field_list(session: FormSession, keys: &[FieldKey], rows: &[RowId]) -> AnyView {
    keys.iter()
        .map(|key| field_view(session, *key, rows))
        .collect_view()
        .into_any()
}

/// The view of one field instance, which exists only while the field is shown: a hidden
/// field costs one memo of its relevance and a placeholder, so a form of many gated sections
/// costs, at load and in memory, only what is on screen (docs/performance.md). The control
/// reads its state from the engine when it is built, so nothing is lost by dropping it.
pub fn field_view(session: FormSession, key: FieldKey, rows: &[RowId]) -> AnyView {
    let context = FieldContext::new(session, key, rows);
    let relevance = context.clone();
    let shown = Memo::new(move |_| relevance.relevant());
    // Built untracked: only a change of relevance rebuilds the field, not every change of
    // the state it reads while it is built.
    (move || shown.get().then(|| untrack(|| framed(&context)))).into_any()
}

/// The frame of a shown field instance around its control.
fn framed(context: &FieldContext) -> AnyView {
    let invalid = context.clone();
    view! {
        <div class="field" class:field-invalid=move || invalid.shown_errors().is_some()>
            {control(context)}
        </div>
    }
    .into_any()
}

/// The control of one field instance, by the field's type.
fn control(context: &FieldContext) -> AnyView {
    let session = context.session;
    let rows = context.instance.rows.as_slice();
    let form = session.form();
    let field = form.field(context.key);
    match field.field_type() {
        FieldType::Text
        | FieldType::Textarea
        | FieldType::Integer
        | FieldType::Decimal
        | FieldType::Date
        | FieldType::Time
        | FieldType::Datetime => labelled(context, |hint| {
            text::text_input(context, field.field_type(), hint)
        }),
        FieldType::SelectOne if choice::is_dropdown(field) => {
            labelled(context, |hint| choice::dropdown(context, hint))
        }
        FieldType::SelectOne | FieldType::YesNo => {
            grouped(context, |_| choice::radios(context, field.field_type()))
        }
        FieldType::SelectMultiple => grouped(context, |_| choice::checkboxes(context)),
        FieldType::Boolean => choice::tick_box(context, parts(context)),
        FieldType::Tally => grouped(context, |_| tally::tally(context)),
        FieldType::Signature => grouped(context, |_| signature::signature(context)),
        FieldType::Photo | FieldType::File => {
            labelled(context, |hint| media::file_input(context, field, hint))
        }
        FieldType::Note => display::note(context, field),
        FieldType::Calculated => labelled(context, |_| display::calculated(context)),
        FieldType::Group => {
            let parts = parts(context);
            view! {
                <fieldset class="group" id=context.id.clone()>
                    <legend>{parts.label}</legend>
                    {parts.hint}
                    {field_list(session, &field.children, rows)}
                </fieldset>
            }
            .into_any()
        }
        FieldType::Repeat => view! { <RepeatView context=context.clone() /> }.into_any(),
    }
}
