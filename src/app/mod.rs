//! The Leptos app (wasm only): the home screen, and one form (`?form=<url>`) filled in against
//! the engine. The module map:
//!
//! - `mod.rs`: [`App`], the page frame, and routing by query string (`?form=`, `&lang=`).
//! - `home`: the list of bundled forms; `load`: download + check → the form or readable problems.
//! - `session`: [`FormSession`], the one holder of the live state (the engine's `FormState`).
//! - `form_view`: one form: header, summary or record, sections, submit.
//! - `navigation`: section list, progress, next/back; `summary`: error summary, completed record.
//! - `fields/`: one file per kind of control; `repeat`: repeat groups; `language`: the switcher.
//! - `locale`: numbers and dates through `Intl`; `web`: every other browser API, wrapped once.

pub mod drafts;
mod fields;
mod form_view;
mod home;
mod language;
mod load;
mod locale;
mod navigation;
mod repeat;
mod session;
mod summary;
mod web;

use leptos::prelude::*;

use crate::engine::Environment;
use crate::i18n::{Msg, UiLanguage, direction, text};
use crate::value::{Date, DateTime, Time};

pub use form_view::FormView;
pub use language::PageLanguage;
pub use session::{FormSession, PageMode};

/// The application: the home screen, or the form named by `?form=`.
#[component]
pub fn App() -> impl IntoView {
    let params = web::query_params();
    let param = |name: &str| {
        params
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    };
    let form_url = param("form");
    let requested = param("lang");
    let ui = UiLanguage::for_code(requested.as_deref().unwrap_or("en"));
    let page = RwSignal::new(ui.code().to_string());
    provide_context(PageLanguage(page));
    drafts::provide_drafts();
    let home_href = if ui == UiLanguage::En {
        "./".to_string()
    } else {
        format!("./?lang={}", ui.code())
    };
    view! {
        <div class="app" lang=move || page.get() dir=move || direction(&page.get())>
            <header class="app-header">
                <div class="app-header-inner">
                    <a class="brand" href=home_href>{text(ui, Msg::AppName)}</a>
                </div>
            </header>
            <main class="app-main" id="main">
                // Drafts: the passphrase screens and storage warnings (src/app/drafts/).
                <drafts::LockGate>
                    {match form_url.clone() {
                        Some(url) => view! { <FormPage url=url requested=requested.clone() /> }.into_any(),
                        None => view! { <home::Home ui=ui /> }.into_any(),
                    }}
                </drafts::LockGate>
            </main>
        </div>
    }
}

/// Loads the form at `url` and shows it, or says why it cannot be used.
#[component]
fn FormPage(
    /// Where the definition is.
    url: String,
    /// The language asked for in the address, if any.
    requested: Option<String>,
) -> impl IntoView {
    let ui = UiLanguage::for_code(requested.as_deref().unwrap_or("en"));
    let loaded = LocalResource::new(move || load::load(url.clone(), ui));
    // The way back follows the form's language once the form is shown.
    let PageLanguage(page) = expect_context::<PageLanguage>();
    let back = move || text(UiLanguage::for_code(&page.get()), Msg::BackToForms);
    view! {
        <p class="no-print"><a href="./">{back}</a></p>
        <Suspense fallback=move || view! { <p>{text(ui, Msg::FormLoading)}</p> }>
            {move || {
                loaded.get().map(|loaded| match loaded {
                    Ok(form) => match environment() {
                        Some(environment) => {
                            // Drafts: the draft named by `&draft=` (or a new one) is opened
                            // around the form view, and autosaved (src/app/drafts/).
                            let requested = requested.clone();
                            let render = move |opened: drafts::Opened| {
                                let language = language::initial_language(
                                    opened.state.form().definition(),
                                    requested.as_deref().or(Some(opened.language.as_str())),
                                );
                                view! { <FormView state=opened.state language=language draft=opened.session section=opened.section /> }.into_any()
                            };
                            view! { <drafts::OpenDraft form=form environment=environment render=render /> }.into_any()
                        }
                        None => view! {
                            <load::LoadFailure failure=load::Failure::Download(text(ui, Msg::ClockWrong).to_string()) ui=ui />
                        }
                        .into_any(),
                    },
                    Err(failure) => view! { <load::LoadFailure failure=failure ui=ui /> }.into_any(),
                })
            }}
        </Suspense>
    }
}

/// Today and now from the device clock (`None` only if the clock gives an impossible date).
fn environment() -> Option<Environment> {
    let now = js_sys::Date::new_0();
    let today = Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    )?;
    let time = Time::from_hms(now.get_hours(), now.get_minutes(), now.get_seconds())?;
    Some(Environment {
        today,
        now: DateTime::new(today, time),
    })
}
