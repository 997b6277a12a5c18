//! What storage has to tell the user: a memory-only store, values moved aside at startup, and
//! the open draft's save status with what to do when saving fails.

use leptos::prelude::*;

use super::{DraftSession, SaveStatus, browser, use_drafts};
use crate::storage::Persistence;

/// Warnings about storage as a whole, shown on every screen: drafts kept in memory only, and
/// values that were unreadable and were moved aside at startup.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let store = use_drafts().store();
    let memory_only = match store.persistence() {
        Persistence::Browser => None,
        Persistence::MemoryOnly { reason } => Some(view! {
            <div class="notice notice-warning" role="alert">
                <h2>"Drafts are not kept on this device"</h2>
                <p>
                    "This browser does not let caseforms use its storage ("{reason}"). "
                    "What you fill in is kept only while this page is open: save it to a file "
                    "before you close the page."
                </p>
            </div>
        }),
    };
    let report = store.startup_report();
    let quarantined = (!report.is_empty()).then(|| {
        view! {
            <div class="notice notice-warning" role="alert">
                <h2>"Some stored data could not be read"</h2>
                <p>"It was set aside, not deleted, and the app carries on without it:"</p>
                <ul>
                    {report
                        .into_iter()
                        .map(|item| {
                            let place = item
                                .quarantine_key
                                .map(|key| format!("; kept under {key}"))
                                .unwrap_or_default();
                            view! { <li>{format!("{}: {}{place}", item.original_key, item.reason)}</li> }
                        })
                        .collect_view()}
                </ul>
            </div>
        }
    });
    view! { {memory_only} {quarantined} }
}

/// The open draft's save status: quiet while all is well; a message with what to do when
/// storage is full or another tab changed the draft.
#[component]
pub fn SaveStatusLine(
    /// The open draft.
    session: DraftSession,
) -> impl IntoView {
    let rescue_error = RwSignal::new(None::<String>);
    let rescue = move |_| {
        leptos::task::spawn_local(async move {
            rescue_error.set(session.rescue().await.err());
        });
    };
    let rescue_button = move || {
        view! {
            <button type="button" class="button button-secondary" on:click=rescue>
                "Save to a file"
            </button>
        }
    };
    let line = move || {
        match session.status().get() {
        SaveStatus::Opened => view! { <p class="save-status" role="status"></p> }.into_any(),
        SaveStatus::Pending => {
            view! { <p class="save-status" role="status">"Saving…"</p> }.into_any()
        }
        SaveStatus::Saved(at) => view! {
            <p class="save-status" role="status">{format!("Saved on this device at {}", browser::format_time(at))}</p>
        }
        .into_any(),
        SaveStatus::QuotaFull => view! {
            <div class="notice notice-error" role="alert">
                <h2>"The draft could not be saved: this device's storage is full"</h2>
                <p>
                    "Nothing is lost yet: the draft is still open here. Save it to a file now, "
                    "or delete drafts you no longer need from the list of drafts."
                </p>
                {rescue_button()}
            </div>
        }
        .into_any(),
        SaveStatus::Conflict { stored_revision } => {
            let what = if stored_revision == 0 {
                "deleted in another tab or window"
            } else {
                "changed in another tab or window"
            };
            view! {
                <div class="notice notice-error" role="alert">
                    <h2>{format!("This draft was {what}")}</h2>
                    <p>
                        "Saving here has stopped, so neither copy overwrites the other. "
                        "Choose which copy to keep."
                    </p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| browser::reload()>
                            "Load the other copy"
                        </button>
                        <button type="button" class="button button-secondary" on:click=move |_| session.keep_mine()>
                            "Keep this copy"
                        </button>
                        {rescue_button()}
                    </div>
                </div>
            }
            .into_any()
        }
        SaveStatus::Failed(message) => view! {
            <div class="notice notice-error" role="alert">
                <h2>"The draft could not be saved"</h2>
                <p>{message}". The draft is still open here."</p>
                {rescue_button()}
            </div>
        }
        .into_any(),
    }
    };
    view! {
        {line}
        {move || rescue_error.get().map(|error| view! {
            <p class="status status-error" role="alert">{format!("The file could not be made: {error}")}</p>
        })}
    }
}
