//! The browser APIs the app uses, each wrapped once: a failure becomes a value (`None`, a
//! [`FetchError`]) or is ignored where nothing better can be done, never a panic.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a download failed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// No response at all: offline, refused, blocked by CORS, or a malformed address.
    #[error("{0}")]
    Network(String),
    /// The server answered with an HTTP error status.
    #[error("HTTP {status} {status_text}")]
    Http {
        /// The status code, e.g. 404.
        status: u16,
        /// The reason phrase, e.g. "Not Found" (may be empty).
        status_text: String,
    },
}

/// A JavaScript error as a short sentence.
fn describe(error: &JsValue) -> String {
    if let Some(error) = error.dyn_ref::<js_sys::Error>() {
        return String::from(error.message());
    }
    error.as_string().unwrap_or_else(|| "unknown error".to_string())
}

/// Downloads `url` (relative to the page) as text.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or_else(|| FetchError::Network("no window".to_string()))?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|error| FetchError::Network(describe(&error)))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|error| FetchError::Network(describe(&error)))?;
    if !response.ok() {
        return Err(FetchError::Http {
            status: response.status(),
            status_text: response.status_text(),
        });
    }
    let promise = response
        .text()
        .map_err(|error| FetchError::Network(describe(&error)))?;
    let text = JsFuture::from(promise)
        .await
        .map_err(|error| FetchError::Network(describe(&error)))?;
    Ok(text.as_string().unwrap_or_default())
}

/// The page's query string parameters (`?form=...&lang=...`).
pub fn query_params() -> Vec<(String, String)> {
    let Some(search) = web_sys::window().and_then(|window| window.location().search().ok()) else {
        return Vec::new();
    };
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&search) else {
        return Vec::new();
    };
    let mut pairs = Vec::new();
    let entries = js_sys::try_iter(&params).ok().flatten();
    for entry in entries.into_iter().flatten().flatten() {
        let pair = js_sys::Array::from(&entry);
        if let (Some(key), Some(value)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            pairs.push((key, value));
        }
    }
    pairs
}

/// A query string (with its `?`, or empty) for `pairs`, percent-encoded.
pub fn query_string(pairs: &[(&str, &str)]) -> String {
    let Ok(params) = web_sys::UrlSearchParams::new() else {
        return String::new();
    };
    for (key, value) in pairs {
        params.append(key, value);
    }
    let encoded = String::from(params.to_string());
    if encoded.is_empty() { encoded } else { format!("?{encoded}") }
}

/// Puts `query` (from [`query_string`]) in the address bar: a new history entry when `push`,
/// else replacing the current one. The page's path stays as it is.
pub fn set_query(query: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let path = window.location().pathname().unwrap_or_default();
    let target = if query.is_empty() { path } else { format!("{path}{query}") };
    let Ok(history) = window.history() else { return };
    let current = format!(
        "{}{}",
        window.location().pathname().unwrap_or_default(),
        window.location().search().unwrap_or_default()
    );
    if current == target {
        return;
    }
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(&target))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(&target))
    };
}

/// A new random id for a repeat row: `crypto.randomUUID()`. Outside a secure context (plain
/// http on a LAN address) that function is missing, so a v4 UUID is built from
/// `crypto.getRandomValues` instead.
pub fn random_uuid() -> String {
    let Some(crypto) = web_sys::window().and_then(|window| window.crypto().ok()) else {
        return fallback_uuid(None);
    };
    let has_random_uuid = js_sys::Reflect::get(&crypto, &JsValue::from_str("randomUUID"))
        .map(|f| f.is_function())
        .unwrap_or(false);
    if has_random_uuid {
        crypto.random_uuid()
    } else {
        fallback_uuid(Some(&crypto))
    }
}

fn fallback_uuid(crypto: Option<&web_sys::Crypto>) -> String {
    let mut bytes = [0u8; 16];
    let filled = crypto.is_some_and(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).is_ok());
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}

/// The element with this id, if it is on the page.
pub fn element_by_id(id: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .get_element_by_id(id)?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Moves the keyboard focus to the element with this id (and so scrolls it into view).
/// Returns whether the element was found.
pub fn focus_by_id(id: &str) -> bool {
    match element_by_id(id) {
        Some(element) => {
            let _ = element.focus();
            true
        }
        None => false,
    }
}

/// Scrolls to the top of the page (after a page change).
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Sets `lang` and `dir` on the `<html>` element, so the browser's own parts (scroll bars,
/// form controls, the document language screen readers announce) follow the chosen language.
pub fn set_document_language(language: &str, direction: &str) {
    let Some(root) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element())
    else {
        return;
    };
    let _ = root.set_attribute("lang", language);
    let _ = root.set_attribute("dir", direction);
}

/// Sets the document's title (the browser tab).
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// The browser's preferred languages, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let languages = window.navigator().languages();
    languages.iter().filter_map(|language| language.as_string()).collect()
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
