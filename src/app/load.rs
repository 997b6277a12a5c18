//! Opening a form: download the definition, check and compile it ([`open_source`]: the fast
//! way for a valid definition, the whole checker for a broken one), and turn whatever went
//! wrong into sentences a person can act on. Never a blank page, never a panic.

use std::sync::Arc;

use leptos::prelude::*;

use crate::check::{Problem, Severity, open_source};
use crate::engine::Form;
use crate::i18n::{Msg, UiLanguage, format, text};

use super::locale;
use super::web::{self, FetchError};

/// Why a form cannot be used.
#[derive(Clone)]
pub enum Failure {
    /// The definition could not be downloaded: the sentence says why.
    Download(String),
    /// The definition has errors: one line per problem, `file:line:column: path: message`.
    Problems(Vec<String>),
}

/// Downloads, checks and compiles the definition at `url`; messages are in `ui`.
pub async fn load(url: String, ui: UiLanguage) -> Result<Arc<Form>, Failure> {
    let download = web::fetch_text(&url);
    locale::prepare(ui.code());
    let source = match download.await {
        Ok(source) => source,
        Err(FetchError::Http {
            status,
            status_text,
        }) => {
            let status = format!("HTTP {status} {status_text}");
            return Err(Failure::Download(format(
                ui,
                Msg::HttpError,
                &[("url", &url), ("status", status.trim())],
            )));
        }
        Err(FetchError::Network(detail)) => {
            return Err(Failure::Download(format(
                ui,
                Msg::NetworkError,
                &[("url", &url), ("detail", &detail)],
            )));
        }
    };
    if !source.trim_start().starts_with(['{', '[']) {
        return Err(Failure::Download(format(
            ui,
            Msg::NotJson,
            &[("url", &url)],
        )));
    }
    match open_source(&source) {
        Ok(form) => Ok(Arc::new(form)),
        Err(problems) => {
            let errors = describe(&url, &problems);
            if errors.is_empty() {
                Err(Failure::Download(format(
                    ui,
                    Msg::NotJson,
                    &[("url", &url)],
                )))
            } else {
                Err(Failure::Problems(errors))
            }
        }
    }
}

/// The errors among `problems`, one line each.
fn describe(url: &str, problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .filter(|problem| problem.severity == Severity::Error)
        .map(|problem| {
            let place = problem.location.as_ref().map_or_else(
                || url.to_string(),
                |location| format!("{url}:{}:{}", location.line, location.column),
            );
            let suggestion = problem
                .suggestion
                .as_ref()
                .map(|suggestion| format!(" ({suggestion})"))
                .unwrap_or_default();
            format!("{place}: {}: {}{suggestion}", problem.path, problem.message)
        })
        .collect()
}

/// The page shown when a form cannot be used: why, and a way back.
#[component]
pub fn LoadFailure(failure: Failure, ui: UiLanguage) -> impl IntoView {
    match failure {
        Failure::Download(message) => view! {
            <h1>{text(ui, Msg::LoadFailedHeading)}</h1>
            <p class="status status-error" role="alert">{message}</p>
        }
        .into_any(),
        Failure::Problems(problems) => view! {
            <h1>{text(ui, Msg::ProblemsHeading)}</h1>
            <ul class="problem-list">
                {problems.into_iter().map(|problem| view! { <li class="problem"><code>{problem}</code></li> }).collect_view()}
            </ul>
        }
        .into_any(),
    }
}
