//! Photo and file fields: a native file picker (the camera first for a photo). The file is kept
//! in the answer as a data URL, so it travels with the draft; `max_size_kb` is checked first.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

use crate::answers::Answer;
use crate::definition::FieldType;
use crate::engine::FieldInfo;
use crate::i18n::{Msg, format, text as ui_text};

use super::FieldContext;

/// Reads `file` as a data URL and gives it to `done`.
fn read_file(file: &web_sys::File, done: impl FnOnce(String) + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else {
        return;
    };
    let target = reader.clone();
    let onload = Closure::once(move || {
        if let Some(url) = target.result().ok().and_then(|result| result.as_string()) {
            done(url);
        }
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    // The reader owns the callback until it fires once.
    onload.forget();
    // Fails only for a file the browser can no longer read; the answer then stays as it was.
    let _ = reader.read_as_data_url(file);
}

/// The file picker, what is recorded, and a button to remove it.
pub fn file_input(context: &FieldContext, field: &FieldInfo, has_hint: bool) -> AnyView {
    let session = context.session;
    let accept = (!field.definition.accept.is_empty()).then(|| field.definition.accept.join(","));
    let capture = (field.field_type() == FieldType::Photo).then_some("environment");
    let max_kb = field.definition.max_size_kb;
    let too_large = RwSignal::new(None::<u32>);
    let on_change = {
        let context = context.clone();
        move |event: leptos::ev::Event| {
            let input = event
                .target()
                .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
            let Some(file) = input
                .and_then(|input| input.files())
                .and_then(|files| files.get(0))
            else {
                return;
            };
            if let Some(max) = max_kb.filter(|max| file.size() > f64::from(*max) * 1024.0) {
                too_large.set(Some(max));
                return;
            }
            too_large.set(None);
            let context = context.clone();
            read_file(&file, move |url| {
                context.set(Some(Answer::Text(url)));
                context.touch();
            });
        }
    };
    let recorded = {
        let context = context.clone();
        move || !context.answer_text().is_empty()
    };
    let remove = {
        let context = context.clone();
        move |_| context.set(None)
    };
    view! {
        <input
            class="input"
            type="file"
            id=context.id.clone()
            accept=accept
            capture=capture
            aria-required=context.aria_required()
            aria-invalid=context.aria_invalid()
            aria-describedby=context.describedby(has_hint)
            on:change=on_change
        />
        <p class="field-error" role="alert" hidden=move || too_large.get().is_none()>
            {move || too_large.get().map(|max| format(session.ui(), Msg::FileTooLarge, &[("max", &max.to_string())]))}
        </p>
        <Show when=recorded.clone()>
            <p role="status">{move || ui_text(session.ui(), Msg::FileRecorded)}</p>
            <button type="button" class="button button-secondary" on:click=remove.clone()>
                {move || ui_text(session.ui(), Msg::RemoveFile)}
            </button>
        </Show>
    }
    .into_any()
}
