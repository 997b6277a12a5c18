//! A tally: one count box per item, and their total (the field's value, from the engine).

use std::collections::BTreeMap;

use leptos::prelude::*;

use crate::answers::Answer;
use crate::app::locale;
use crate::i18n::{Msg, text as ui_text};

use super::FieldContext;

/// The counts of the answer now.
fn counts(context: &FieldContext) -> BTreeMap<String, String> {
    match context.answer() {
        Some(Answer::Counts(counts)) => counts,
        _ => BTreeMap::new(),
    }
}

/// The count boxes and the total.
pub fn tally(context: &FieldContext) -> AnyView {
    let session = context.session;
    let items = context
        .options()
        .into_iter()
        .map(|item| {
            let input_id = format!("{}-{}", context.id, item.id);
            let value = {
                let context = context.clone();
                let item_id = item.id.clone();
                move || counts(&context).get(&item_id).cloned().unwrap_or_default()
            };
            let on_input = {
                let context = context.clone();
                let item_id = item.id.clone();
                move |event: leptos::ev::Event| {
                    let mut all = counts(&context);
                    let typed = event_target_value(&event);
                    if typed.is_empty() {
                        all.remove(&item_id);
                    } else {
                        all.insert(item_id.clone(), typed);
                    }
                    context.set((!all.is_empty()).then_some(Answer::Counts(all)));
                }
            };
            let label = item.label.clone();
            view! {
                <div class="tally-item">
                    <label for=input_id.clone()>{move || session.text(&label)}</label>
                    <input
                        class="input"
                        type="text"
                        inputmode="numeric"
                        id=input_id
                        prop:value=value
                        aria-invalid=context.aria_invalid()
                        on:input=on_input
                        on:blur=context.on_leave()
                    />
                </div>
            }
        })
        .collect_view();
    let total = {
        let context = context.clone();
        move || {
            let language = session.language.get();
            session.with_field(&context.instance, |state| {
                state
                    .map(|state| locale::value(&language, &state.value))
                    .unwrap_or_default()
            })
        }
    };
    view! {
        <div class="tally-items">{items}</div>
        <p class="tally-total">{move || ui_text(session.ui(), Msg::Total)}": "<output aria-live="polite">{total}</output></p>
    }
    .into_any()
}
