//! What a deployment says about drafts, read once from `<meta>` tags in `index.html`:
//!
//! ```html
//! <meta name="caseforms-require-passphrase" content="true" />
//! <meta name="caseforms-lock-minutes" content="10" />
//! <meta name="caseforms-user" content="J. Doe" />
//! ```
//!
//! Meta tags rather than a fetched `caseforms.json`: they are read synchronously before the
//! first screen, so there is never a moment where drafts are shown before the deployment's
//! rules are known, and a deployment that is only static files can still set them.

use std::time::Duration;

/// The inactivity lock when the deployment does not set one.
pub const DEFAULT_LOCK_MINUTES: f64 = 10.0;

/// The deployment's settings for drafts.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftsConfig {
    /// Drafts may only be stored encrypted: ask for a passphrase before anything is saved.
    pub require_passphrase: bool,
    /// With encryption on, lock after this long without a key press or touch.
    pub lock_after: Duration,
    /// The user's name, recorded with every edit in the draft's history.
    pub user: Option<String>,
}

impl DraftsConfig {
    /// Reads the settings through `meta`, which gives the `content` of the tag with a name.
    /// Missing or unreadable values take their defaults (no passphrase, 10 minutes, no user).
    pub fn from_meta(meta: impl Fn(&str) -> Option<String>) -> DraftsConfig {
        let minutes = meta("caseforms-lock-minutes")
            .and_then(|text| text.trim().parse::<f64>().ok())
            .filter(|minutes| minutes.is_finite() && *minutes > 0.0)
            .unwrap_or(DEFAULT_LOCK_MINUTES);
        DraftsConfig {
            require_passphrase: meta("caseforms-require-passphrase")
                .is_some_and(|text| text.trim().eq_ignore_ascii_case("true")),
            lock_after: Duration::from_secs_f64(minutes * 60.0),
            user: meta("caseforms-user")
                .map(|name| name.trim().to_string())
                .filter(|name| !name.is_empty()),
        }
    }

    /// The settings of this page's `<meta>` tags.
    pub fn from_document() -> DraftsConfig {
        DraftsConfig::from_meta(super::browser::meta_content)
    }
}
