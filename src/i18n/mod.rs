//! The app's own words in every interface language, and language facts.
//!
//! Plain Rust (no DOM, no IO), so it is tested natively (tests/i18n.rs):
//!
//! - [`Msg`] and [`text`]/[`format`]: the interface strings (buttons, progress, summary,
//!   messages) in English, French, Spanish and Arabic ([`UiLanguage`]). A form definition may be
//!   in any language; the interface falls back to English for the ones it lacks.
//! - [`invalid_message`]: the engine's typed validation errors as sentences.
//! - [`is_rtl`], [`direction`], [`display_name`]: facts about any language code.
//!
//! Locale-aware display of numbers and dates needs the browser's `Intl` and lives in the app.

mod invalid;
mod languages;
mod messages;

pub use invalid::{MessageContext, invalid_message};
pub use languages::{UiLanguage, direction, display_name, intl_locale, is_rtl, native_name};
pub use messages::Msg;

/// The text of a message in an interface language, placeholders left as `{name}`.
pub fn text(language: UiLanguage, message: Msg) -> &'static str {
    message.texts()[language.index()]
}

/// The text of a message with its `{name}` placeholders filled from `arguments`.
///
/// A placeholder without an argument is left as it is, so a mistake shows instead of vanishing.
pub fn format(language: UiLanguage, message: Msg, arguments: &[(&str, &str)]) -> String {
    fill(text(language, message), arguments)
}

/// Fills the `{name}` placeholders of `template` from `arguments`, in one pass (an argument's
/// value is never searched for placeholders itself).
pub fn fill(template: &str, arguments: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return out;
        };
        let name = &after[..close];
        match arguments.iter().find(|(key, _)| *key == name) {
            Some((_, value)) => out.push_str(value),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The names of the `{name}` placeholders in a template, in order (for tests).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else { break };
        names.push(&after[..close]);
        rest = &after[close + 1..];
    }
    names
}
