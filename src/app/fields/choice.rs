//! Choices: radios or a dropdown for `select_one`, radios for `yes_no`, checkboxes for
//! `select_multiple`, one tick box for `boolean`. Options a `choice_filter` rules out are hidden.

use leptos::prelude::*;

use crate::answers::Answer;
use crate::definition::{Appearance, FieldType};
use crate::engine::FieldInfo;
use crate::i18n::{Msg, text as ui_text};

use super::{FieldContext, Parts, options_of};

/// A `select_one` is a dropdown when the definition says so, or, without an `appearance`, when
/// it has more than six options.
pub fn is_dropdown(field: &FieldInfo) -> bool {
    match field.definition.appearance {
        Some(Appearance::Dropdown) => true,
        Some(Appearance::Radio) => false,
        None => field.options.len() > 6,
    }
}

/// The label of option `index`, in the form's language (`yes_no` uses the app's own words).
fn option_label(context: &FieldContext, field_type: FieldType, index: usize) -> String {
    let form = context.session.form();
    let Some(option) = options_of(form.field(context.key)).get(index) else {
        return String::new();
    };
    match (field_type, option.id.as_str()) {
        (FieldType::YesNo, "yes") => ui_text(context.session.ui(), Msg::Yes).to_string(),
        (FieldType::YesNo, "no") => ui_text(context.session.ui(), Msg::No).to_string(),
        _ => context.session.text(&option.label),
    }
}

/// Whether option `index` is offered now.
fn offered(context: &FieldContext, index: usize) -> bool {
    context.session.with_field(&context.instance, |state| {
        state.is_none_or(|state| state.visible_options.contains(&index))
    })
}

/// One radio button per option.
pub fn radios(context: &FieldContext, field_type: FieldType) -> AnyView {
    context
        .options()
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let checked = {
                let context = context.clone();
                let option_id = option.id.clone();
                move || matches!(context.answer(), Some(Answer::Text(text)) if text == option_id)
            };
            let on_change = {
                let context = context.clone();
                let option_id = option.id.clone();
                move |_: leptos::ev::Event| {
                    context.set(Some(Answer::Text(option_id.clone())));
                    context.touch();
                }
            };
            option_box(context, field_type, index, option.id, checked, on_change)
        })
        .collect_view()
        .into_any()
}

/// One option of a radio or checkbox list (checkboxes for `select_multiple`): the box and its
/// label, hidden while a `choice_filter` rules the option out.
fn option_box(
    context: &FieldContext,
    field_type: FieldType,
    index: usize,
    option_id: String,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_change: impl FnMut(leptos::ev::Event) + 'static,
) -> impl IntoView {
    let is_radio = field_type != FieldType::SelectMultiple;
    let box_id = format!("{}-{}", context.id, option_id);
    // Without a `choice_filter` every option is always offered: nothing to follow.
    let hidden = {
        let context = context.clone();
        context
            .field_may_be(FieldInfo::filters_options)
            .then_some(move || !offered(&context, index))
    };
    let label = {
        let context = context.clone();
        move || option_label(&context, field_type, index)
    };
    let disabled = context.readonly_attribute();
    let aria_invalid = is_radio.then(|| context.aria_invalid());
    view! {
        <div class="choice" hidden=hidden>
            <input
                type=if is_radio { "radio" } else { "checkbox" }
                id=box_id.clone()
                name=context.id.clone()
                value=option_id
                prop:checked=checked
                disabled=disabled
                aria-invalid=aria_invalid
                on:change=on_change
            />
            <label for=box_id>{label}</label>
        </div>
    }
}

/// A `<select>` with the options offered now, and an empty first choice.
pub fn dropdown(context: &FieldContext, has_hint: bool) -> AnyView {
    let options = {
        let context = context.clone();
        move || {
            let offered: Vec<usize> = context.session.with_field(&context.instance, |state| {
                state
                    .map(|state| state.visible_options.clone())
                    .unwrap_or_default()
            });
            let selected = context.answer_text();
            let all = context.options();
            offered
                .into_iter()
                .filter_map(|index| all.get(index).map(|option| (index, option.id.clone())))
                .map(|(index, id)| {
                    let is_selected = id == selected;
                    let label = option_label(&context, FieldType::SelectOne, index);
                    view! { <option value=id selected=is_selected>{label}</option> }
                })
                .collect_view()
        }
    };
    let value = {
        let context = context.clone();
        move || context.answer_text()
    };
    let on_change = {
        let context = context.clone();
        move |event: leptos::ev::Event| {
            context.set_text(event_target_value(&event));
            context.touch();
        }
    };
    let session = context.session;
    let disabled = context.readonly_attribute();
    view! {
        <select
            class="input"
            id=context.id.clone()
            name=context.id.clone()
            prop:value=value
            disabled=disabled
            aria-required=context.aria_required()
            aria-invalid=context.aria_invalid()
            aria-describedby=context.describedby(has_hint)
            on:change=on_change
        >
            <option value="">{move || ui_text(session.ui(), Msg::ChooseOption)}</option>
            {options}
        </select>
    }
    .into_any()
}

/// One checkbox per option; the answer lists the chosen ids in the order they were chosen.
pub fn checkboxes(context: &FieldContext) -> AnyView {
    context
        .options()
        .into_iter()
        .enumerate()
        .map(|(index, option)| {
            let checked = {
                let context = context.clone();
                let option_id = option.id.clone();
                move || matches!(context.answer(), Some(Answer::Choices(chosen)) if chosen.contains(&option_id))
            };
            let on_change = {
                let context = context.clone();
                let option_id = option.id.clone();
                move |event: leptos::ev::Event| {
                    let mut chosen = match context.answer() {
                        Some(Answer::Choices(chosen)) => chosen,
                        _ => Vec::new(),
                    };
                    chosen.retain(|id| id != &option_id);
                    if event_target_checked(&event) {
                        chosen.push(option_id.clone());
                    }
                    context.set((!chosen.is_empty()).then_some(Answer::Choices(chosen)));
                    context.touch();
                }
            };
            option_box(context, FieldType::SelectMultiple, index, option.id, checked, on_change)
        })
        .collect_view()
        .into_any()
}

/// A `boolean`: one tick box whose label is the question.
pub fn tick_box(context: &FieldContext, parts: Parts) -> AnyView {
    let checked = {
        let context = context.clone();
        move || matches!(context.answer(), Some(Answer::Bool(true)))
    };
    let on_change = {
        let context = context.clone();
        move |event: leptos::ev::Event| {
            context.set(Some(Answer::Bool(event_target_checked(&event))));
            context.touch();
        }
    };
    let disabled = context.readonly_attribute();
    view! {
        {parts.error}
        <div class="choice">
            <input
                type="checkbox"
                id=context.id.clone()
                name=context.id.clone()
                prop:checked=checked
                disabled=disabled
                aria-required=context.aria_required()
                aria-invalid=context.aria_invalid()
                aria-describedby=context.describedby(parts.has_hint)
                on:change=on_change
            />
            <label for=context.id.clone()>{parts.label}</label>
        </div>
        {parts.hint}
    }
    .into_any()
}
