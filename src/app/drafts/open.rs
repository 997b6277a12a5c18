//! Opening a form's draft: the one named by `?draft=` (resumed against the definition as it is
//! now, reporting answers that no longer fit), or a new one whose id goes into the address so
//! that a reload reopens it.

use std::sync::Arc;

use leptos::prelude::*;

use super::super::web;
use super::notices::SaveStatusLine;
use super::{DraftSession, Drafts, browser, tr, ui_language, use_drafts};
use crate::answers::Answer;
use crate::drafts::{Draft, DraftId, Progress, display_title, reopen};
use crate::engine::{Environment, Form, FormState, Invalid, UnfittingAnswer};
use crate::i18n::{Msg, UiLanguage, format, text};
use crate::storage::StorageError;

/// A draft ready for the form view.
#[derive(Clone)]
pub struct Opened {
    /// The field states for the draft's answers.
    pub state: FormState,
    /// Where every change goes (autosave, history).
    pub session: DraftSession,
    /// The section the user was on.
    pub section: usize,
    /// The language the user chose.
    pub language: String,
}

/// What loading gave.
#[derive(Clone)]
enum Loaded {
    Ready {
        draft: Box<Draft>,
        state: FormState,
        unfitting: Vec<UnfittingAnswer>,
    },
    Failed(String),
    /// No id could be made for a new draft.
    NoId,
}

/// The page's `?form=` address.
fn form_url() -> String {
    web::query_params()
        .into_iter()
        .find(|(key, _)| key == "form")
        .map_or_else(String::new, |(_, url)| url)
}

/// Loads draft `id` of `form`, or starts a new one (also when `id` is not stored yet: a
/// draft is first saved at its first change, so a reload before that finds nothing).
async fn load(drafts: Drafts, form: Arc<Form>, environment: Environment) -> Loaded {
    let definition = form.definition();
    let requested = web::query_params()
        .into_iter()
        .find(|(key, _)| key == "draft")
        .and_then(|(_, id)| DraftId::new(id).ok());
    if let Some(id) = &requested {
        match drafts.store().load(&definition.id, id).await {
            Ok(mut draft) => {
                draft.form_url = form_url();
                return match reopen(&draft, Arc::clone(&form), environment) {
                    Ok(reopened) => {
                        // The answers that no longer fit stay in the draft and are shown every
                        // time it opens; from now on it is filled against this definition.
                        draft.adopt_definition(definition);
                        Loaded::Ready {
                            draft: Box::new(draft),
                            state: reopened.state,
                            unfitting: reopened.unfitting,
                        }
                    }
                    Err(error) => Loaded::Failed(error.to_string()),
                };
            }
            Err(StorageError::NotFound { .. }) => {}
            Err(error) => return Loaded::Failed(error.to_string()),
        }
    }
    // `new_id` gives a UUID, or hex digits and '-' where there is no `randomUUID`: both valid.
    let id = requested.or_else(|| DraftId::new(web::new_id()).ok());
    let Some(id) = id else {
        return Loaded::NoId;
    };
    let state = FormState::new_draft(Arc::clone(&form), environment);
    let mut draft = Draft::new(id, definition, browser::now());
    draft.form_url = form_url();
    draft.answers = state.answers().clone();
    let completion = state.completion();
    draft.progress = Progress::from_counts(completion.answered, completion.total);
    draft.display_title = display_title(definition, &draft.answers);
    // The address names the draft so that a reload reopens it. Changing the address costs
    // the browser 10-20 ms, and nothing is saved before the first change: it is done once the
    // form is on screen.
    let draft_id = draft.id.as_str().to_string();
    request_animation_frame(move || {
        set_timeout(
            move || web::set_query_param("draft", Some(&draft_id)),
            std::time::Duration::ZERO,
        );
    });
    Loaded::Ready {
        draft: Box::new(draft),
        state,
        unfitting: Vec::new(),
    }
}

/// Opens the draft of `form` named in the address (or a new one) and shows `render` with it,
/// above it the save status and, if the definition changed, the answers that no longer fit.
#[component]
pub fn OpenDraft<R>(
    /// The compiled form.
    form: Arc<Form>,
    /// Today and now, for the engine.
    environment: Environment,
    /// The form view for the opened draft.
    render: R,
) -> impl IntoView
where
    R: Fn(Opened) -> AnyView + Send + Sync + 'static,
{
    let drafts = use_drafts();
    let ui = ui_language();
    let loaded = LocalResource::new(move || load(drafts, Arc::clone(&form), environment));
    move || {
        loaded.get().map(|loaded| match loaded {
            Loaded::Failed(_) | Loaded::NoId => {
                let message = move || match &loaded {
                    Loaded::Failed(message) => message.clone(),
                    _ => text(ui.get(), Msg::NoDraftId).to_string(),
                };
                view! {
                    <h1>{tr(ui, Msg::DraftOpenFailed)}</h1>
                    <p class="status status-error" role="alert">{message}</p>
                    <p><a href="./">{tr(ui, Msg::BackToDrafts)}</a></p>
                }
                .into_any()
            }
            Loaded::Ready {
                draft,
                state,
                unfitting,
            } => {
                let section = draft.section;
                let language = draft.language.clone();
                let session = DraftSession::start(drafts, *draft);
                view! {
                    <SaveStatusLine session=session />
                    <UnfittingNotice unfitting=unfitting />
                    {render(Opened { state, session, section, language })}
                }
                .into_any()
            }
        })
    }
}

/// Why a kept answer no longer fits.
fn unfitting_reason(reason: &Option<Invalid>) -> Msg {
    match reason {
        None => Msg::UnfittingRemoved,
        Some(Invalid::NotAnOption { .. }) => Msg::UnfittingOptionRemoved,
        Some(Invalid::WrongKind) => Msg::UnfittingWrongKind,
        Some(_) => Msg::UnfittingOther,
    }
}

/// An answer as short text, in `ui` where the words are the app's.
fn answer_text(answer: &Answer, ui: UiLanguage) -> String {
    match answer {
        Answer::Bool(value) => text(
            ui,
            if *value {
                Msg::AnswerYes
            } else {
                Msg::AnswerNo
            },
        )
        .to_string(),
        Answer::Number(number) => number.to_string(),
        Answer::Text(text) => text.clone(),
        Answer::Choices(choices) => choices.join(", "),
        Answer::Rows(rows) => format(ui, Msg::AnswerRows, &[("count", &rows.len().to_string())]),
        Answer::Counts(counts) => counts
            .iter()
            .map(|(option, count)| format!("{option}: {count}"))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The answers kept in a draft that the definition as it is now does not take.
#[component]
fn UnfittingNotice(unfitting: Vec<UnfittingAnswer>) -> impl IntoView {
    let ui = ui_language();
    (!unfitting.is_empty()).then(|| {
        view! {
            <div class="notice notice-warning" role="status">
                <h2>{tr(ui, Msg::FormChangedHeading)}</h2>
                <p>{tr(ui, Msg::FormChangedIntro)}</p>
                <ul class="unfitting-list">
                    {unfitting
                        .iter()
                        .map(|item| {
                            let path = item.path.to_string();
                            let answer = item.answer.clone();
                            let reason = unfitting_reason(&item.reason);
                            let line = move || {
                                let ui = ui.get();
                                format(
                                    ui,
                                    Msg::UnfittingItem,
                                    &[
                                        ("path", &path),
                                        ("answer", &answer_text(&answer, ui)),
                                        ("reason", text(ui, reason)),
                                    ],
                                )
                            };
                            view! { <li>{line}</li> }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}
