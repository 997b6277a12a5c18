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

/// Downloads `url` (relative to the page) as text. The request starts when this is called,
/// not when the result is first awaited, so the caller can do other work meanwhile; if
/// `index.html` already started it (the form named by `?form=`), that request is used.
pub fn fetch_text(url: &str) -> impl Future<Output = Result<String, FetchError>> + use<> {
    let request = web_sys::window()
        .map(|window| early_request(&window, url).unwrap_or_else(|| window.fetch_with_str(url)));
    async move {
        let request = request.ok_or_else(|| FetchError::Network("no window".to_string()))?;
        read_text(request).await
    }
}

/// The request for `url` that `index.html` started while the app was downloading, taken
/// (so that it is used once): the inline script there keeps it as `caseformsEarlyFetch`,
/// `{ url, response }`.
fn early_request(window: &web_sys::Window, url: &str) -> Option<js_sys::Promise> {
    let key = JsValue::from_str("caseformsEarlyFetch");
    let early = js_sys::Reflect::get(window, &key).ok()?;
    let early_url = js_sys::Reflect::get(&early, &JsValue::from_str("url")).ok()?;
    if early_url.as_string().as_deref() != Some(url) {
        return None;
    }
    let _ = js_sys::Reflect::delete_property(window, &key);
    js_sys::Reflect::get(&early, &JsValue::from_str("response"))
        .ok()?
        .dyn_into()
        .ok()
}

/// The body of the response `request` gives, as text.
async fn read_text(request: js_sys::Promise) -> Result<String, FetchError> {
    let response = JsFuture::from(request)
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

/// A new random id for a repeat row (a UUID from the browser's `crypto.randomUUID`; a
/// time-and-random fallback where it is missing, as on plain-HTTP pages).
pub fn new_id() -> String {
    let crypto = web_sys::window().and_then(|window| window.crypto().ok());
    let uuid = crypto.and_then(|crypto| {
        // `randomUUID` exists only in secure contexts: test for it instead of throwing.
        let has = js_sys::Reflect::has(&crypto, &JsValue::from_str("randomUUID")).unwrap_or(false);
        has.then(|| crypto.random_uuid())
    });
    uuid.unwrap_or_else(|| {
        let now = js_sys::Date::now() as u64;
        let random = (js_sys::Math::random() * 1e12) as u64;
        format!("{now:x}-{random:x}")
    })
}

/// Moves the keyboard focus to the element with this id (and scrolls it into view).
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // Focusing only fails for elements that cannot take focus; nothing better to do then.
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Scrolls the page back to its top.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Sets (or with `None` removes) one query parameter of the page's address without reloading,
/// so a reload keeps it (e.g. `&lang=ar`).
pub fn set_query_param(key: &str, value: Option<&str>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(&location.search().unwrap_or_default())
    else {
        return;
    };
    match value {
        Some(value) => params.set(key, value),
        None => params.delete(key),
    }
    let query = String::from(params.to_string());
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = if query.is_empty() {
        format!("{path}{hash}")
    } else {
        format!("{path}?{query}{hash}")
    };
    if let Ok(history) = window.history() {
        // Refused only for a cross-origin address, which this never builds.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Opens the browser's print dialog (the print style shows the filled form).
pub fn print() {
    if let Some(window) = web_sys::window() {
        // Fails only where printing is blocked; nothing better to do then.
        let _ = window.print();
    }
}

/// The width of the browser's viewport in CSS pixels (0 without a window).
pub fn viewport_width() -> f64 {
    web_sys::window()
        .and_then(|window| window.inner_width().ok())
        .and_then(|width| width.as_f64())
        .unwrap_or(0.0)
}
