//! The browser APIs the drafts UI needs besides storage and those in `app/web.rs`, each
//! wrapped once; a failure is a value or is ignored where nothing better can be done, never a
//! panic.

use wasm_bindgen::{JsCast, JsValue};

use crate::drafts::UnixMillis;
use crate::i18n::{UiLanguage, intl_locale};
use crate::storage::RescueFile;

/// `Date.now()`, as the drafts core takes times.
pub fn now() -> UnixMillis {
    js_sys::Date::now().max(0.0) as UnixMillis
}

/// The `content` of `<meta name="{name}">`, if the page has one.
pub fn meta_content(name: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let selector = format!("meta[name=\"{name}\"]");
    document
        .query_selector(&selector)
        .ok()??
        .get_attribute("content")
}

/// A point in time in the interface language, e.g. "2 Dec 2026, 16:55" or "2 déc. 2026, 16:55".
pub fn format_time(at: UnixMillis, ui: UiLanguage) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    String::from(date.to_locale_string(&intl_locale(ui.code()), &options))
}

/// Reloads the page (to read what another tab saved).
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Whether the page is hidden (another tab, the app switcher, a locked screen).
pub fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|window| window.document())
        .is_some_and(|document| document.hidden())
}

/// Offers `file` as a download, through a `Blob` and a temporary `<a download>`.
pub fn download(file: &RescueFile) -> Result<(), String> {
    let describe = |error: JsValue| format!("{error:?}");
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(&file.contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(file.media_type);
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(describe)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_string())?;
    anchor.set_href(&url);
    anchor.set_download(&file.file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
