//! Text boxes: one line, several lines, whole and decimal numbers, dates and times. Numbers are
//! typed as text (the engine reads them), so a half-typed "3," is kept, not lost.

use leptos::prelude::*;

use crate::definition::FieldType;

use super::FieldContext;

/// The `<input>` or `<textarea>` of a text-like field. The answer is set on every keystroke, so
/// calculations follow the typing; errors show once the field is left.
pub fn text_input(context: &FieldContext, field_type: FieldType, has_hint: bool) -> AnyView {
    let value = {
        let context = context.clone();
        move || context.answer_text()
    };
    let on_input = {
        let context = context.clone();
        move |event: leptos::ev::Event| context.set_text(event_target_value(&event))
    };
    let readonly = context.readonly_attribute();
    if field_type == FieldType::Textarea {
        return view! {
            <textarea
                class="input"
                id=context.id.clone()
                name=context.id.clone()
                rows="4"
                prop:value=value
                readonly=readonly
                aria-required=context.aria_required()
                aria-invalid=context.aria_invalid()
                aria-describedby=context.describedby(has_hint)
                on:input=on_input
                on:blur=context.on_leave()
            ></textarea>
        }
        .into_any();
    }
    let (input_type, inputmode, size_class) = match field_type {
        FieldType::Integer => ("text", Some("numeric"), "input input-short"),
        FieldType::Decimal => ("text", Some("decimal"), "input input-short"),
        FieldType::Date => ("date", None, "input input-medium"),
        FieldType::Time => ("time", None, "input input-short"),
        FieldType::Datetime => ("datetime-local", None, "input input-medium"),
        _ => ("text", None, "input"),
    };
    view! {
        <input
            class=size_class
            type=input_type
            id=context.id.clone()
            name=context.id.clone()
            inputmode=inputmode
            prop:value=value
            readonly=readonly
            aria-required=context.aria_required()
            aria-invalid=context.aria_invalid()
            aria-describedby=context.describedby(has_hint)
            on:input=on_input
            on:blur=context.on_leave()
        />
    }
    .into_any()
}
