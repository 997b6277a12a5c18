//! Fields that show rather than ask: notes, and values computed by `calculate`.

use leptos::prelude::*;

use crate::engine::FieldInfo;

use super::FieldContext;
use crate::app::locale;

/// A note: its text and hint, no control.
pub fn note(context: &FieldContext, field: &FieldInfo) -> AnyView {
    let session = context.session;
    let label = field.definition.label.clone();
    let hint = field.definition.hint.clone();
    view! {
        <div class="note" id=context.id.clone()>
            <p>{move || session.optional_text(label.as_ref())}</p>
            {hint.map(|hint| view! { <p class="field-hint">{move || session.text(&hint)}</p> })}
        </div>
    }
    .into_any()
}

/// A calculated value, shown in the form's locale and announced politely when it changes.
pub fn calculated(context: &FieldContext) -> AnyView {
    let session = context.session;
    let instance = context.instance.clone();
    let value = move || {
        let language = session.language.get();
        session.with_field(&instance, |state| {
            state
                .map(|state| locale::value(&language, &state.value))
                .unwrap_or_default()
        })
    };
    view! {
        <div class="calculated">
            <output id=context.id.clone() aria-live="polite">{value}</output>
        </div>
    }
    .into_any()
}
