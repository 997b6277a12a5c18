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
    error
        .as_string()
        .unwrap_or_else(|| "unknown error".to_string())
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
