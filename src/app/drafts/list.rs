//! The drafts on this device, on the home screen: form, display title, last change and
//! progress; resume, or delete after a confirmation. And "Forget this device".

use leptos::prelude::*;

use super::{browser, use_drafts};
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
                <p class="status status-error" role="alert">{format!("The drafts could not be listed: {error}")}</p>
            }
            .into_any(),
            Ok(list) if list.is_empty() => {
                view! { <p>"No drafts on this device yet."</p> }.into_any()
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
            <h2 id="drafts-heading">"Drafts on this device"</h2>
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
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let record = match (&summary.problem, summary.display_title.is_empty()) {
        (Some(problem), _) => format!("(cannot be read: {problem})"),
        (None, true) => "(no name yet)".to_string(),
        (None, false) => summary.display_title.clone(),
    };
    let progress = summary.progress;
    let progress_text = format!(
        "{} of {} answered ({}%)",
        progress.answered,
        progress.total,
        progress.percent()
    );
    let changed = format!("Last change {}", browser::format_time(summary.updated_at));
    let name = format!("{record}, {form_title}");
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
        let name = name.clone();
        move || {
            if confirming.get() {
                view! {
                    <p class="confirm" role="alert">{format!("Delete the draft {name}? This cannot be undone.")}</p>
                    <div class="button-row">
                        <button type="button" class="button button-warning" on:click=delete.clone()>"Yes, delete it"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>"Keep it"</button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="button-row">
                        <a class="button" href=href.clone() aria-label=format!("Resume {name}")>"Resume"</a>
                        <button
                            type="button"
                            class="button button-secondary"
                            aria-label=format!("Delete {name}")
                            on:click=move |_| confirming.set(true)
                        >
                            "Delete"
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
                <progress max=progress.total.max(1) value=progress.answered aria-label="Progress"></progress>
                " "{progress_text}
            </p>
            {actions}
            {move || error.get().map(|error| view! {
                <p class="status status-error" role="alert">{format!("The draft could not be deleted: {error}")}</p>
            })}
        </li>
    }
}

/// "Forget this device": removes every draft and setting of caseforms here, after a
/// confirmation.
#[component]
pub(super) fn ForgetDevice() -> impl IntoView {
    let drafts = use_drafts();
    let confirming = RwSignal::new(false);
    let outcome = RwSignal::new(None::<String>);
    let forget = move |_| {
        let message = match drafts.store().forget_device() {
            Ok(_) => {
                drafts.refresh_encryption();
                browser::reload();
                "Every draft and setting of caseforms was removed from this device.".to_string()
            }
            Err(error) => format!("This device could not be forgotten: {error}"),
        };
        confirming.set(false);
        outcome.set(Some(message));
    };
    view! {
        <div class="forget-device">
            {move || if confirming.get() {
                view! {
                    <p class="confirm" role="alert">
                        "Remove every draft and the passphrase set-up of caseforms from this device? "
                        "Drafts not sent or saved to a file are lost."
                    </p>
                    <div class="button-row">
                        <button type="button" class="button button-warning" on:click=forget>"Yes, forget this device"</button>
                        <button type="button" class="button button-secondary" on:click=move |_| confirming.set(false)>"Cancel"</button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <button type="button" class="button button-secondary" on:click=move |_| confirming.set(true)>
                        "Forget this device"
                    </button>
                }
                .into_any()
            }}
            {move || outcome.get().map(|text| view! { <p role="status">{text}</p> })}
        </div>
    }
}
