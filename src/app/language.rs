//! The page's language: which one a form opens in, the switcher, and `lang`/`dir` on the page.

use leptos::prelude::*;

use crate::definition::FormDefinition;
use crate::i18n::{Msg, display_name, text};

use super::session::FormSession;
use super::web;

/// The language of the whole page (`lang` and `dir` of the app's root), shared through
/// context. A form view sets it to the form's language.
#[derive(Clone, Copy)]
pub struct PageLanguage(pub RwSignal<String>);

/// The language a form opens in: `requested` (from `?lang=`) if the definition has it, else the
/// definition's default language.
pub fn initial_language(definition: &FormDefinition, requested: Option<&str>) -> String {
    requested
        .filter(|code| definition.languages.iter().any(|language| language == code))
        .map_or_else(|| definition.default_language.clone(), str::to_string)
}

/// The language switcher of a form (nothing for a form in one language). Switching keeps every
/// answer: only the texts change. The choice goes into the address (`&lang=`), so a reload
/// keeps it.
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let session = FormSession::expect();
    let languages = session.form().definition().languages.clone();
    if languages.len() < 2 {
        return ().into_any();
    }
    let options = languages
        .into_iter()
        .map(|code| {
            let name = display_name(&code);
            view! { <option value=code.clone() lang=code>{name}</option> }
        })
        .collect_view();
    let on_change = move |event: leptos::ev::Event| {
        let code = event_target_value(&event);
        web::set_query_param("lang", Some(&code));
        session.language.set(code);
    };
    view! {
        <div class="inline-field">
            <label for="form-language">{move || text(session.ui(), Msg::Language)}</label>
            <select class="input" id="form-language" prop:value=move || session.language.get() on:change=on_change>
                {options}
            </select>
        </div>
    }
    .into_any()
}
