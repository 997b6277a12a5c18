//! Telling other tabs what changed, through a `BroadcastChannel` named
//! `caseforms:v1:changes`.
//!
//! A message never carries answers or titles: only which draft changed and its new revision,
//! so another tab can say "this draft was changed in another tab" before its user types on.

use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::closure::Closure;
use web_sys::{BroadcastChannel, MessageEvent};

use crate::drafts::DraftId;

/// The channel's name.
pub const CHANNEL_NAME: &str = "caseforms:v1:changes";

/// A change made by another tab or window of caseforms on this device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ChangeNotice {
    /// A draft was saved.
    Saved {
        /// Its form.
        form_id: String,
        /// Its id.
        draft_id: DraftId,
        /// The revision now stored: a save here from an older one will be refused.
        revision: u64,
    },
    /// A draft was deleted.
    Deleted {
        /// Its form.
        form_id: String,
        /// Its id.
        draft_id: DraftId,
    },
    /// "Forget this device" ran: every draft and setting is gone. Drop what is open.
    Forgotten,
    /// Encryption was set up: this tab's store locked itself and needs the passphrase.
    EncryptionEnabled,
}

/// An open channel, with the listener that is called for messages from other tabs.
pub(crate) struct Channel {
    channel: BroadcastChannel,
    listener: Option<Closure<dyn FnMut(MessageEvent)>>,
}

impl Channel {
    /// Opens the channel; `None` where the browser has no `BroadcastChannel`.
    pub(crate) fn open() -> Option<Channel> {
        BroadcastChannel::new(CHANNEL_NAME)
            .ok()
            .map(|channel| Channel {
                channel,
                listener: None,
            })
    }

    /// Posts `notice` to the other tabs (best effort: a tab that misses it still cannot
    /// overwrite, the revision check refuses its save).
    pub(crate) fn post(&self, notice: &ChangeNotice) {
        if let Ok(text) = serde_json::to_string(notice) {
            let _ = self.channel.post_message(&JsValue::from_str(&text));
        }
    }

    /// Calls `listener` with each notice from another tab; replaces an earlier listener.
    pub(crate) fn listen(&mut self, mut listener: impl FnMut(ChangeNotice) + 'static) {
        let closure = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let notice = event
                .data()
                .as_string()
                .and_then(|text| serde_json::from_str::<ChangeNotice>(&text).ok());
            if let Some(notice) = notice {
                listener(notice);
            }
        });
        self.channel
            .set_onmessage(Some(closure.as_ref().unchecked_ref()));
        self.listener = Some(closure);
    }
}

impl Drop for Channel {
    fn drop(&mut self) {
        // Detach first, so the browser never calls a freed closure.
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}
