//! What storage has to tell the user: a memory-only store, values moved aside at startup, and
//! the open draft's save status with what to do when saving fails.

use leptos::prelude::*;

use super::{DraftSession, SaveStatus, browser, tr, ui_language, use_drafts};
use crate::i18n::{Msg, format};
use crate::storage::Persistence;

/// Warnings about storage as a whole, shown on every screen: drafts kept in memory only, and
/// values that were unreadable and were moved aside at startup.
#[component]
pub fn StorageNotices() -> impl IntoView {
    let store = use_drafts().store();
    let ui = ui_language();
    let memory_only = match store.persistence() {
        Persistence::Browser => None,
        Persistence::MemoryOnly { reason } => Some(view! {
            <div class="notice notice-warning" role="alert">
                <h2>{tr(ui, Msg::DraftsNotKeptHeading)}</h2>
                <p>{move || format(ui.get(), Msg::DraftsNotKept, &[("reason", &reason)])}</p>
            </div>
        }),
    };
    let report = store.startup_report();
    let quarantined = (!report.is_empty()).then(|| {
        view! {
            <div class="notice notice-warning" role="alert">
                <h2>{tr(ui, Msg::QuarantineHeading)}</h2>
                <p>{tr(ui, Msg::QuarantineIntro)}</p>
                <ul>
                    {report
                        .into_iter()
                        .map(|item| {
                            let reason = item.reason.to_string();
                            let line = move || match &item.quarantine_key {
                                Some(place) => format(
                                    ui.get(),
                                    Msg::QuarantineItemKept,
                                    &[
                                        ("key", &item.original_key),
                                        ("reason", &reason),
                                        ("place", place),
                                    ],
                                ),
                                None => format!("{}: {reason}", item.original_key),
                            };
                            view! { <li>{line}</li> }
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
    let ui = ui_language();
    let rescue_error = RwSignal::new(None::<String>);
    let rescue = move |_| {
        leptos::task::spawn_local(async move {
            rescue_error.set(session.rescue(ui.get_untracked()).await.err());
        });
    };
    let rescue_button = move || {
        view! {
            <button type="button" class="button button-secondary" on:click=rescue>
                {tr(ui, Msg::SaveToFile)}
            </button>
        }
    };
    let line = move || match session.status().get() {
        SaveStatus::Opened => view! { <p class="save-status" role="status"></p> }.into_any(),
        SaveStatus::Pending => {
            view! { <p class="save-status" role="status">{tr(ui, Msg::DraftSaving)}</p> }.into_any()
        }
        SaveStatus::Saved(at) => view! {
            <p class="save-status" role="status">{move || {
                let ui = ui.get();
                format(ui, Msg::DraftSavedAt, &[("time", &browser::format_time(at, ui))])
            }}</p>
        }
        .into_any(),
        SaveStatus::QuotaFull => view! {
            <div class="notice notice-error" role="alert">
                <h2>{tr(ui, Msg::QuotaFullHeading)}</h2>
                <p>{tr(ui, Msg::QuotaFullAdvice)}</p>
                {rescue_button()}
            </div>
        }
        .into_any(),
        SaveStatus::Conflict { stored_revision } => {
            let heading = if stored_revision == 0 {
                Msg::ConflictDeleted
            } else {
                Msg::ConflictChanged
            };
            view! {
                <div class="notice notice-error" role="alert">
                    <h2>{tr(ui, heading)}</h2>
                    <p>{tr(ui, Msg::ConflictAdvice)}</p>
                    <div class="button-row">
                        <button type="button" class="button" on:click=move |_| browser::reload()>
                            {tr(ui, Msg::LoadOtherCopy)}
                        </button>
                        <button type="button" class="button button-secondary" on:click=move |_| session.keep_mine()>
                            {tr(ui, Msg::KeepThisCopy)}
                        </button>
                        {rescue_button()}
                    </div>
                </div>
            }
            .into_any()
        }
        SaveStatus::Failed(message) => view! {
            <div class="notice notice-error" role="alert">
                <h2>{tr(ui, Msg::SaveFailedHeading)}</h2>
                <p>{move || format(ui.get(), Msg::SaveFailedDetail, &[("detail", &message)])}</p>
                {rescue_button()}
            </div>
        }
        .into_any(),
    };
    view! {
        {line}
        {move || rescue_error.get().map(|error| view! {
            <p class="status status-error" role="alert">{move || format(ui.get(), Msg::RescueFailed, &[("detail", &error)])}</p>
        })}
    }
}
