//! The drafts on this device, on the home screen: form, display title, last change and
//! progress; resume, or delete after a confirmation. And "Forget this device".

use leptos::prelude::*;

use super::{browser, tr, ui_language, use_drafts};
use crate::i18n::{Msg, format, text};
use crate::storage::DraftSummary;

/// The address that resumes a draft: its definition's address, or for a draft stored without
/// one, the bundled form of its id (a bundled form's file is named after its id,
/// `forms/<id>.json`; a test in `tests/drafts.rs` keeps it so).
fn resume_href(summary: &DraftSummary) -> String {
    let form_url = if summary.form_url.is_empty() {
        format!("forms/{}.json", summary.form_id)
    } else {
        summary.form_url.clone()
    };
    format!(
        "?form={}&draft={}",
        js_sys::encode_uri_component(&form_url),
        summary.draft_id
    )
}

/// The list of drafts stored on this device, newest first.
#[component]
pub fn DraftsList(
    /// Each bundled form's id and title, to name the form of a draft.
    #[prop(into)]
    form_titles: Signal<Vec<(String, String)>>,
) -> impl IntoView {
    let drafts = use_drafts();
    let ui = ui_language();
    // Bumped after a delete, and when another tab changes storage, to list again.
    let reload = RwSignal::new(0_u32);
    Effect::new(move || {
        if drafts.notice.get().is_some() {
            reload.update(|n| *n += 1);
        }
    });
    let listed = LocalResource::new(move || {
        reload.track();
        let store = drafts.store();
        async move { store.list().await.map_err(|error| error.to_string()) }
    });
    let title_of = move |form_id: &str| {
        form_titles.with(|titles| {
            titles
                .iter()
                .find(|(id, _)| id == form_id)
                .map_or_else(|| form_id.to_string(), |(_, title)| title.clone())
        })
    };
    let rows = move || {
        listed.get().map(|listed| match listed {
            Err(error) => view! {
                <p class="status status-error" role="alert">{move || format(ui.get(), Msg::DraftsListFailed, &[("detail", &error)])}</p>
            }
            .into_any(),
            Ok(list) if list.is_empty() => {
                view! { <p>{tr(ui, Msg::NoDrafts)}</p> }.into_any()
            }
            Ok(list) => view! {
                <ul class="draft-list">
                    {list
                        .into_iter()
                        .map(|summary| {
                            let form_title = title_of(&summary.form_id);
                            view! { <DraftRow summary=summary form_title=form_title reload=reload /> }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any(),
        })
    };
    view! {
        <section class="drafts" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{tr(ui, Msg::DraftsHeading)}</h2>
            {rows}
            <ForgetDevice />
        </section>
    }
}

/// One draft: its titles, last change and progress, "Resume", and "Delete" with a
/// confirmation in place.
#[component]
fn DraftRow(summary: DraftSummary, form_title: String, reload: RwSignal<u32>) -> impl IntoView {
    let drafts = use_drafts();
    let ui = ui_language();
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let (problem, title) = (summary.problem.clone(), summary.display_title.clone());
    let record = Signal::derive(move || match (&problem, title.is_empty()) {
        (Some(problem), _) => format(ui.get(), Msg::DraftUnreadable, &[("detail", problem)]),
        (None, true) => text(ui.get(), Msg::DraftUnnamed).to_string(),
        (None, false) => title.clone(),
    });
    let progress = summary.progress;
    let progress_text = move || {
        format(
            ui.get(),
            Msg::DraftProgress,
            &[
                ("answered", &progress.answered.to_string()),
                ("total", &progress.total.to_string()),
                ("percent", &progress.percent().to_string()),
            ],
        )
    };
    let updated_at = summary.updated_at;
    let changed = move || {
        let ui = ui.get();
        format(
            ui,
            Msg::LastChange,
            &[("time", &browser::format_time(updated_at, ui))],
        )
    };
    let form = form_title.clone();
    let name = Signal::derive(move || {
        format(
            ui.get(),
            Msg::DraftName,
            &[("record", &record.get()), ("form", &form)],
        )
    });
    let href = resume_href(&summary);
    let (form_id, draft_id) = (summary.form_id.clone(), summary.draft_id.clone());
    let delete = move |_| {
        let (form_id, draft_id) = (form_id.clone(), draft_id.clone());
        leptos::task::spawn_local(async move {
            match drafts.store().delete(&form_id, &draft_id).await {
                Ok(()) => reload.update(|n| *n += 1),
                Err(failure) => error.set(Some(failure.to_string())),
            }
        });
    };
    let actions = {
        move || {
            if confirming.get() {
                view! {
                    <p class="confirm" role="alert">{move || format(ui.get(), Msg::ConfirmDeleteDraft, &[("name", &name.get())])}</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning" on:click=delete.clone()>{tr(ui, Msg::YesDeleteIt)}</button>
                        <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>{tr(ui, Msg::KeepIt)}</button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="button-row">
                        <a class="button" href=href.clone() aria-label=move || format(ui.get(), Msg::ResumeDraft, &[("name", &name.get())])>{tr(ui, Msg::Resume)}</a>
                        <button
                            type="button"
                            class="button button-secondary"
                            aria-label=move || format(ui.get(), Msg::DeleteDraft, &[("name", &name.get())])
                            on:click=move |_| confirming.set(true)
                        >
                            {tr(ui, Msg::Delete)}
                        </button>
                    </div>
                }
                .into_any()
            }
        }
    };
    view! {
        <li class="draft">
            <h3 class="draft-title">{record}</h3>
            <p class="draft-form">{form_title}</p>
            <p class="draft-meta">{changed}</p>
            <p class="draft-meta">
                <progress max=progress.total.max(1) value=progress.answered aria-label=tr(ui, Msg::DraftProgressLabel)></progress>
                " "{progress_text}
            </p>
            {actions}
            {move || error.get().map(|error| view! {
                <p class="status status-error" role="alert">{move || format(ui.get(), Msg::DraftDeleteFailed, &[("detail", &error)])}</p>
            })}
        </li>
    }
}

/// "Forget this device": removes every draft and setting of caseforms here, after a
/// confirmation.
#[component]
pub(super) fn ForgetDevice() -> impl IntoView {
    let drafts = use_drafts();
    let ui = ui_language();
    let confirming = RwSignal::new(false);
    let outcome = RwSignal::new(None::<String>);
    let forget = move |_| {
        let ui = ui.get_untracked();
        let message = match drafts.store().forget_device() {
            Ok(_) => {
                drafts.refresh_encryption();
                browser::reload();
                text(ui, Msg::DeviceForgotten).to_string()
            }
            Err(error) => format(ui, Msg::ForgetFailed, &[("detail", &error.to_string())]),
        };
        confirming.set(false);
        outcome.set(Some(message));
    };
    view! {
        <div class="forget-device">
            {move || if confirming.get() {
                view! {
                    <p class="confirm" role="alert">{tr(ui, Msg::ForgetConfirm)}</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning" on:click=forget>{tr(ui, Msg::YesForgetDevice)}</button>
                        <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>{tr(ui, Msg::Cancel)}</button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="button button-secondary" on:click=move |_| confirming.set(true)>
                        {tr(ui, Msg::ForgetDevice)}
                    </button>
                }
                .into_any()
            }}
            {move || outcome.get().map(|text| view! { <p role="status">{text}</p> })}
        </div>
    }
}
