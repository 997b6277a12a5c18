//! The passphrase screens and the inactivity lock.
//!
//! While the drafts are encrypted and locked — or the deployment requires a passphrase and
//! none is set on this device yet — [`LockGate`] shows a passphrase screen instead of the app.
//! While unlocked, it locks after the deployment's inactivity time: the open draft is saved,
//! the store drops its key and decrypted index, and the app's content (the open draft and its
//! form state with it) is unmounted.

use std::time::Duration;

use leptos::prelude::*;

use super::list::ForgetDevice;
use super::{Drafts, StorageNotices, tr, ui_language, use_drafts};
use crate::i18n::{Msg, UiLanguage, format, text};
use crate::storage::{EncryptionState, MIN_PASSPHRASE_CHARS, StorageError};

/// Key presses, touches and clicks count as activity.
const ACTIVITY_EVENTS: [&str; 3] = ["keydown", "pointerdown", "input"];

/// Shows `children` only while the drafts can be read, a passphrase screen otherwise; locks
/// after inactivity. Also shows [`StorageNotices`] above everything.
#[component]
pub fn LockGate(children: ChildrenFn) -> impl IntoView {
    let drafts = use_drafts();
    let require = drafts.config().require_passphrase;
    let ui = ui_language();
    watch_inactivity(drafts);
    view! {
        <StorageNotices />
        {move || match drafts.encryption.get() {
            EncryptionState::Locked => view! { <Unlock /> }.into_any(),
            EncryptionState::Off if require => view! { <SetPassphrase /> }.into_any(),
            EncryptionState::Off | EncryptionState::Unlocked => {
                let lock = (drafts.encryption.get_untracked() == EncryptionState::Unlocked).then(|| view! {
                    <p class="lock-row">
                        <button type="button" class="button button-secondary" on:click=move |_| lock_now(drafts)>
                            {tr(ui, Msg::Lock)}
                        </button>
                    </p>
                });
                view! { {lock} {children()} }.into_any()
            }
        }}
    }
}

/// Saves the open draft, then locks the store and shows the unlock screen (which unmounts the
/// open draft and its state).
fn lock_now(drafts: Drafts) {
    leptos::task::spawn_local(async move {
        if let Some(session) = drafts.open.try_get_value().flatten() {
            session.save().await;
        }
        drafts.store().lock();
        drafts.refresh_encryption();
    });
}

/// Locks after the deployment's inactivity time while the drafts are unlocked.
fn watch_inactivity(drafts: Drafts) {
    let lock_after = drafts.config().lock_after;
    let last_activity = StoredValue::new(js_sys::Date::now());
    let listeners: Vec<_> = ACTIVITY_EVENTS
        .iter()
        .map(|event| {
            window_event_listener_untyped(event, move |_| {
                last_activity.set_value(js_sys::Date::now());
            })
        })
        .collect();
    // Check a few times per lock period (at most every 15 s), so the lock comes on time.
    let tick = (lock_after / 4).min(Duration::from_secs(15));
    let interval = set_interval_with_handle(
        move || {
            let idle_ms = js_sys::Date::now() - last_activity.get_value();
            if drafts.encryption.get_untracked() == EncryptionState::Unlocked
                && idle_ms >= lock_after.as_millis() as f64
            {
                lock_now(drafts);
            }
        },
        tick,
    );
    on_cleanup(move || {
        for listener in listeners {
            listener.remove();
        }
        if let Ok(interval) = interval {
            interval.clear();
        }
    });
}

/// The error of a passphrase screen, in words (storage's own words for a failure other than
/// a wrong passphrase).
fn passphrase_error(error: &StorageError, ui: UiLanguage) -> String {
    match error {
        StorageError::WrongPassphrase => text(ui, Msg::WrongPassphrase).to_string(),
        other => format!("{}{}", capitalised(&other.to_string()), "."),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The unlock screen: the passphrase, and "Forget this device" for a forgotten passphrase.
#[component]
fn Unlock() -> impl IntoView {
    let drafts = use_drafts();
    let ui = ui_language();
    let passphrase = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        busy.set(true);
        error.set(None);
        let typed = passphrase.get_untracked();
        leptos::task::spawn_local(async move {
            let result = drafts.store().unlock(&typed).await;
            busy.set(false);
            match result {
                Ok(()) => {
                    passphrase.set(String::new());
                    drafts.refresh_encryption();
                }
                Err(failure) => error.set(Some(passphrase_error(&failure, ui.get_untracked()))),
            }
        });
    };
    view! {
        <h1>{tr(ui, Msg::LockedHeading)}</h1>
        <p>{tr(ui, Msg::LockedIntro)}</p>
        <form class="passphrase-form" on:submit=submit>
            <label class="field-label" for="unlock-passphrase">{tr(ui, Msg::PassphraseLabel)}</label>
            <input
                class="input"
                id="unlock-passphrase"
                type="password"
                autocomplete="current-password"
                prop:value=move || passphrase.get()
                on:input=move |ev| passphrase.set(event_target_value(&ev))
            />
            {move || error.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            <button type="submit" class="button" disabled=move || busy.get()>
                {move || text(ui.get(), if busy.get() { Msg::Unlocking } else { Msg::Unlock })}
            </button>
        </form>
        <h2>{tr(ui, Msg::ForgotPassphraseHeading)}</h2>
        <p>{tr(ui, Msg::ForgotPassphrase)}</p>
        <ForgetDevice />
    }
}

/// The first set-up when the deployment requires a passphrase.
#[component]
fn SetPassphrase() -> impl IntoView {
    let drafts = use_drafts();
    let ui = ui_language();
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let (typed, again) = (first.get_untracked(), second.get_untracked());
        if typed != again {
            error.set(Some(
                text(ui.get_untracked(), Msg::PassphrasesDiffer).to_string(),
            ));
            return;
        }
        busy.set(true);
        error.set(None);
        leptos::task::spawn_local(async move {
            let result = drafts.store().enable_encryption(&typed).await;
            busy.set(false);
            match result {
                Ok(()) => drafts.refresh_encryption(),
                Err(failure) => error.set(Some(passphrase_error(&failure, ui.get_untracked()))),
            }
        });
    };
    view! {
        <h1>{tr(ui, Msg::SetPassphraseHeading)}</h1>
        <p>
            {move || {
                let min = MIN_PASSPHRASE_CHARS.to_string();
                format(ui.get(), Msg::SetPassphraseIntro, &[("min", &min)])
            }}
        </p>
        <form class="passphrase-form" on:submit=submit>
            <label class="field-label" for="new-passphrase">{tr(ui, Msg::NewPassphrase)}</label>
            <input
                class="input"
                id="new-passphrase"
                type="password"
                autocomplete="new-password"
                on:input=move |ev| first.set(event_target_value(&ev))
            />
            <label class="field-label" for="repeat-passphrase">{tr(ui, Msg::RepeatPassphrase)}</label>
            <input
                class="input"
                id="repeat-passphrase"
                type="password"
                autocomplete="new-password"
                on:input=move |ev| second.set(event_target_value(&ev))
            />
            {move || error.get().map(|text| view! { <p class="field-error" role="alert">{text}</p> })}
            <button type="submit" class="button" disabled=move || busy.get()>{tr(ui, Msg::SetPassphraseButton)}</button>
        </form>
    }
}
