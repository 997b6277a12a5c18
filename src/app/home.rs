//! The home screen: the bundled forms (from `forms/index.json`), and a box to open a definition
//! from any web address.

use leptos::prelude::*;

use crate::definition::Text;
use crate::i18n::{Msg, UiLanguage, display_name, format, text};

use super::web;

/// One entry of `forms/index.json`.
#[derive(Clone, serde::Deserialize)]
struct IndexEntry {
    file: String,
    title: Text,
    #[serde(default)]
    description: Option<Text>,
}

/// The home screen, in `ui`.
#[component]
pub fn Home(
    /// The interface language.
    ui: UiLanguage,
) -> impl IntoView {
    let index = LocalResource::new(|| async {
        let text = web::fetch_text("forms/index.json")
            .await
            .map_err(|error| error.to_string())?;
        serde_json::from_str::<Vec<IndexEntry>>(&text).map_err(|error| error.to_string())
    });
    let code = ui.code();
    let lang_param = if ui == UiLanguage::En {
        String::new()
    } else {
        format!("&lang={code}")
    };
    // Drafts: each form's id (its file name, see DraftsList) and title, for the list of drafts.
    let form_titles = Signal::derive(move || {
        index
            .get()
            .and_then(Result::ok)
            .map_or_else(Vec::new, |entries| {
                entries
                    .iter()
                    .map(|entry| {
                        (
                            entry.file.trim_end_matches(".json").to_string(),
                            entry.title.get(code, "en").to_string(),
                        )
                    })
                    .collect()
            })
    });
    let list = move || {
        index.get().map(|result| match result {
            Ok(entries) if entries.is_empty() => view! { <p>{text(ui, Msg::NoForms)}</p> }.into_any(),
            Ok(entries) => view! {
                <ul class="form-list">
                    {entries
                        .into_iter()
                        .map(|entry| {
                            let href = format!("?form=forms/{}{lang_param}", entry.file);
                            let title = entry.title.get(code, "en").to_string();
                            let description = entry.description.map(|d| d.get(code, "en").to_string());
                            view! {
                                <li class="form-card">
                                    <h3><a href=href>{title}</a></h3>
                                    {description.map(|d| view! { <p>{d}</p> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any(),
            Err(error) => view! {
                <p class="status status-error" role="alert">{format(ui, Msg::FormsLoadFailed, &[("detail", &error)])}</p>
            }
            .into_any(),
        })
    };
    // The interface languages, each in its own name; the choice stays in the address.
    let languages = UiLanguage::ALL
        .into_iter()
        .map(|language| {
            let code = language.code();
            let current = (language == ui).then_some("true");
            view! {
                <li><a href=format!("?lang={code}") lang=code hreflang=code aria-current=current>{display_name(code)}</a></li>
            }
        })
        .collect_view();
    view! {
        <nav class="home-languages" aria-label=text(ui, Msg::Language)>
            <ul>{languages}</ul>
        </nav>
        <h1>{text(ui, Msg::AppName)}</h1>
        <p class="lead">{text(ui, Msg::HomeIntro)}</p>
        <super::drafts::DraftsList form_titles=form_titles />
        <h2>{text(ui, Msg::FormsHeading)}</h2>
        <Suspense fallback=move || view! { <p>{text(ui, Msg::FormsLoading)}</p> }>{list}</Suspense>
        <section class="open-address">
            <h2>{text(ui, Msg::OpenFromAddress)}</h2>
            // A plain GET form: the browser itself builds `?form=<address>`.
            <form method="get" action="">
                <label class="field-label" for="open-address">{text(ui, Msg::AddressLabel)}</label>
                <div class="open-address-row">
                    <input class="input" type="url" id="open-address" name="form" required />
                    <button type="submit" class="button">{text(ui, Msg::Open)}</button>
                </div>
            </form>
        </section>
    }
}
